//! "Where does it hurt": an SVG front and back view whose regions are
//! buttons (keyboard and screen reader), plus a plain list alternative.

use painpath_core::answers::EnumSet;

use yew::prelude::*;

use crate::text::t;
use crate::ui::state::{Action, State};
use painpath_core::answers::{Answers, Region};

/// Add or remove a region.
pub fn toggle_region(a: &mut Answers, id: &str) {
    if let Some(r) = Region::ALL.iter().copied().find(|r| r.id() == id) {
        if !a.pain.regions.remove(&r) {
            a.pain.regions.insert(r);
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct BodyMapProps {
    pub regions: EnumSet<Region>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The SVG shapes of each region: front view x 0–170, back view x 170–340.
fn shapes(region: Region) -> Html {
    match region {
        Region::Head => html! { <circle cx="85" cy="36" r="24" /> },
        Region::Shoulders => html! { <>
            <ellipse cx="50" cy="86" rx="19" ry="13" /><ellipse cx="120" cy="86" rx="19" ry="13" />
        </> },
        Region::ArmsHands => html! { <>
            <rect x="14" y="100" width="22" height="120" rx="10" transform="rotate(8 25 160)" />
            <rect x="134" y="100" width="22" height="120" rx="10" transform="rotate(-8 145 160)" />
        </> },
        Region::Hips => html! { <>
            <ellipse cx="61" cy="196" rx="17" ry="15" /><ellipse cx="109" cy="196" rx="17" ry="15" />
        </> },
        Region::Knees => html! { <>
            <circle cx="68" cy="276" r="14" /><circle cx="102" cy="276" r="14" />
        </> },
        Region::LegsFeet => html! { <>
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

/// Outline parts that are not buttons: the torso and the back view's limbs.
fn silhouette() -> Html {
    html! {
        <g class="silhouette" aria-hidden="true">
            <rect x="46" y="72" width="78" height="132" rx="22" />
            <rect x="75" y="58" width="20" height="18" />
            <rect x="56" y="206" width="24" height="60" rx="10" />
            <rect x="90" y="206" width="24" height="60" rx="10" />
            <circle cx="255" cy="34" r="24" />
            <rect x="196" y="96" width="20" height="124" rx="10" />
            <rect x="294" y="96" width="20" height="124" rx="10" />
            <rect x="228" y="216" width="24" height="140" rx="10" />
            <rect x="258" y="216" width="24" height="140" rx="10" />
        </g>
    }
}

#[function_component(BodyMap)]
pub fn body_map(props: &BodyMapProps) -> Html {
    let region_button = |r: Region| {
        let selected = props.regions.contains(&r);
        let d = props.dispatch.clone();
        let onclick =
            Callback::from(move |_: MouseEvent| d.dispatch(Action::Toggle(toggle_region, r.id())));
        let d = props.dispatch.clone();
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                d.dispatch(Action::Toggle(toggle_region, r.id()));
            }
        });
        let name = t(&format!("opt.region.{}", r.id()));
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
        Region::Shoulders,
        Region::ArmsHands,
        Region::Hips,
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
            <h2 class="question-label" id="map-label">{ t("q.regions") }</h2>
            <p class="help">{ t("q.regions.help") }</p>
            <svg viewBox="0 0 340 380" role="group" aria-labelledby="map-label" class="map">
                { silhouette() }
                <text x="85" y="12" text-anchor="middle" class="view-label" aria-hidden="true">{ t("map.front") }</text>
                <text x="255" y="12" text-anchor="middle" class="view-label" aria-hidden="true">{ t("map.back") }</text>
                { for front.into_iter().map(region_button) }
                { for back.into_iter().map(region_button) }
            </svg>
            <fieldset class="region-list">
                <legend>{ t("map.list_legend") }</legend>
                <div class="options options-grid">
                { for Region::ALL.iter().map(|r| {
                    let d = props.dispatch.clone();
                    let id = r.id();
                    let onchange = Callback::from(move |_: Event| d.dispatch(Action::Toggle(toggle_region, id)));
                    let input_id = format!("region-{id}");
                    html! {
                        <label class="option" for={input_id.clone()}>
                            <input type="checkbox" id={input_id} checked={props.regions.contains(r)} {onchange} />
                            <span>{ t(&format!("opt.region.{id}")) }</span>
                        </label>
                    }
                }) }
                </div>
            </fieldset>
        </div>
    }
}
