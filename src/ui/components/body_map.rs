//! "Where does it hurt": an SVG front and back view whose regions are
//! buttons (keyboard and screen reader), plus a plain list alternative.

use painpath_core::answers::{Field, Region, Value};
use yew::prelude::*;

use super::option_input::{option_input, InputKind, OptionInput};
use crate::text::{k, t};
use crate::ui::answer_words;

#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    /// The regions chosen (the answer to [`Field::Regions`]).
    pub value: Value,
    pub on_change: Callback<Value>,
}

/// A region's place in the regions' value list.
fn index(r: Region) -> u8 {
    Region::ALL.iter().position(|x| *x == r).unwrap_or(0) as u8
}

/// The SVG shapes of each region: front view x 0–170, back view x 170–340.
fn shapes(region: Region) -> Html {
    match region {
        // The head shows in both views; the face and jaw sit over its front.
        Region::Head => html! { <>
            <circle cx="85" cy="36" r="24" /><circle cx="255" cy="34" r="24" />
        </> },
        Region::FaceJaw => html! { <ellipse cx="85" cy="50" rx="13" ry="9" /> },
        Region::ChestBelly => html! { <rect x="58" y="100" width="54" height="82" rx="12" /> },
        Region::PelvisGroin => html! { <ellipse cx="85" cy="200" rx="13" ry="12" /> },
        Region::Shoulders => html! { <>
            <ellipse cx="50" cy="86" rx="19" ry="13" /><ellipse cx="120" cy="86" rx="19" ry="13" />
        </> },
        // The arms and the legs are tappable in both views, the thighs too.
        Region::ArmsHands => html! { <>
            <rect x="14" y="100" width="22" height="120" rx="10" transform="rotate(8 25 160)" />
            <rect x="134" y="100" width="22" height="120" rx="10" transform="rotate(-8 145 160)" />
            <rect x="196" y="96" width="20" height="124" rx="10" />
            <rect x="294" y="96" width="20" height="124" rx="10" />
        </> },
        Region::Hips => html! { <>
            <ellipse cx="56" cy="196" rx="15" ry="15" /><ellipse cx="114" cy="196" rx="15" ry="15" />
        </> },
        Region::Knees => html! { <>
            <circle cx="68" cy="276" r="14" /><circle cx="102" cy="276" r="14" />
        </> },
        Region::LegsFeet => html! { <>
            <rect x="56" y="212" width="24" height="50" rx="10" /><rect x="90" y="212" width="24" height="50" rx="10" />
            <rect x="228" y="220" width="24" height="136" rx="10" /><rect x="258" y="220" width="24" height="136" rx="10" />
            <rect x="56" y="294" width="22" height="62" rx="9" /><rect x="92" y="294" width="22" height="62" rx="9" />
            <ellipse cx="64" cy="364" rx="15" ry="7" /><ellipse cx="106" cy="364" rx="15" ry="7" />
        </> },
        Region::Neck => html! { <rect x="243" y="58" width="24" height="20" rx="6" /> },
        Region::UpperBack => html! { <rect x="220" y="80" width="70" height="62" rx="12" /> },
        Region::LowerBack => html! { <rect x="224" y="144" width="62" height="40" rx="10" /> },
        Region::Buttocks => html! { <>
            <ellipse cx="240" cy="202" rx="17" ry="16" /><ellipse cx="270" cy="202" rx="17" ry="16" />
        </> },
    }
}

/// Outline parts that are not buttons: the torso and the front of the neck.
fn silhouette() -> Html {
    html! {
        <g class="silhouette" aria-hidden="true">
            <rect x="46" y="72" width="78" height="132" rx="22" />
            <rect x="75" y="58" width="20" height="18" />
        </g>
    }
}

/// The list alternative, from head to foot.
const LIST: [Region; 13] = [
    Region::Head,
    Region::FaceJaw,
    Region::Neck,
    Region::Shoulders,
    Region::UpperBack,
    Region::ChestBelly,
    Region::LowerBack,
    Region::ArmsHands,
    Region::Buttocks,
    Region::Hips,
    Region::PelvisGroin,
    Region::Knees,
    Region::LegsFeet,
];

const _: () = assert!(LIST.len() == Region::ALL.len(), "every region is listed");

#[function_component(BodyMap)]
pub fn body_map(props: &BodyMapProps) -> Html {
    let toggle = |r: Region| {
        let (value, on_change) = (props.value, props.on_change.clone());
        move || on_change.emit(value.toggled(index(r)))
    };
    let region_button = |r: Region| {
        let selected = props.value.holds(index(r));
        let flip = toggle(r);
        let onclick = Callback::from(move |_: MouseEvent| flip());
        let flip = toggle(r);
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                flip();
            }
        });
        let name = answer_words::option(Field::Regions, index(r));
        html! {
            <g class={classes!("region", selected.then_some("selected"))} role="button" tabindex="0"
               aria-pressed={if selected { "true" } else { "false" }} aria-label={name.to_string()}
               data-region={r.id()} {onclick} {onkeydown}>
                <title>{ name }</title>
                { shapes(r) }
            </g>
        }
    };
    let front = [
        Region::Head,
        Region::FaceJaw,
        Region::Shoulders,
        Region::ArmsHands,
        Region::ChestBelly,
        Region::Hips,
        Region::PelvisGroin,
        Region::Knees,
        Region::LegsFeet,
    ];
    let back = [
        Region::Neck,
        Region::UpperBack,
        Region::LowerBack,
        Region::Buttocks,
    ];
    html! {
        <div class="question body-map">
            <h2 class="question-label" id="map-label">{ answer_words::question(Field::Regions) }</h2>
            if let Some(help) = answer_words::question_help(Field::Regions) {
                <p class="help">{ help }</p>
            }
            <svg viewBox="0 0 340 380" role="group" aria-labelledby="map-label" class="map">
                { silhouette() }
                <text x="85" y="12" text-anchor="middle" class="view-label" aria-hidden="true">{ t(k::MAP_FRONT) }</text>
                <text x="255" y="12" text-anchor="middle" class="view-label" aria-hidden="true">{ t(k::MAP_BACK) }</text>
                { for front.into_iter().map(region_button) }
                { for back.into_iter().map(region_button) }
            </svg>
            <fieldset class="region-list">
                <legend>{ t(k::MAP_LIST_LEGEND) }</legend>
                <div class="options options-grid">
                { for LIST.iter().map(|&r| {
                    let flip = toggle(r);
                    option_input(OptionInput {
                        kind: InputKind::Checkbox,
                        id: format!("region-{}", r.id()).into(),
                        name: None,
                        value: None,
                        checked: props.value.holds(index(r)),
                        label: answer_words::option(Field::Regions, index(r)).into(),
                        on_change: Callback::from(move |()| flip()),
                    })
                }) }
                </div>
            </fieldset>
        </div>
    }
}
