//! "Where does it hurt": a front and a back view whose regions are buttons
//! (keyboard and screen reader), plus a plain list alternative. Each view is
//! drawn large enough that every region takes a finger (44 CSS px or more at
//! a phone's width): on a phone one view shows at a time, with a Front and
//! Back switch above it; on a wider screen both show side by side. Limbs have
//! a left and a right shape; a tap lights one side (see [`state::tap`]).

use painpath_core::answers::{Field, Region, Side};
use yew::prelude::*;

use super::option_input::{option_input, InputKind, OptionInput};
use crate::text::{k, t, Key};
use crate::ui::answer_words;
use crate::ui::providers::use_answers;
use crate::ui::state::{self, Action};

/// A rectangle with rounded corners: x, y, width, height, rx, ry (an
/// ellipse when rx and ry are half the width and height).
type Rect = [u16; 6];

/// One button of a view: a region, the person's own side for a limb, and
/// its shapes, drawn in order (a later button takes the taps where it
/// overlaps an earlier one).
type Button = (Region, Option<Side>, &'static [Rect]);

const L: Option<Side> = Some(Side::Left);
const R: Option<Side> = Some(Side::Right);

/// The front view, 200 x 456: the person's right is on the viewer's left.
const FRONT: &[Button] = &[
    (Region::ChestBelly, None, &[[48, 96, 104, 122, 18, 18]]),
    (
        Region::LegsFeet,
        R,
        &[
            [52, 250, 44, 70, 14, 14],
            [56, 346, 38, 66, 14, 14],
            [44, 406, 50, 24, 12, 12],
        ],
    ),
    (
        Region::LegsFeet,
        L,
        &[
            [104, 250, 44, 70, 14, 14],
            [106, 346, 38, 66, 14, 14],
            [106, 406, 50, 24, 12, 12],
        ],
    ),
    (Region::Hips, R, &[[48, 210, 34, 48, 10, 10]]),
    (Region::Hips, L, &[[118, 210, 34, 48, 10, 10]]),
    (Region::PelvisGroin, None, &[[82, 208, 36, 52, 12, 12]]),
    (Region::Knees, R, &[[52, 310, 44, 44, 14, 14]]),
    (Region::Knees, L, &[[104, 310, 44, 44, 14, 14]]),
    (Region::Shoulders, R, &[[10, 92, 54, 42, 14, 14]]),
    (Region::Shoulders, L, &[[136, 92, 54, 42, 14, 14]]),
    (Region::ArmsHands, R, &[[6, 136, 38, 170, 16, 16]]),
    (Region::ArmsHands, L, &[[156, 136, 38, 170, 16, 16]]),
    (Region::Head, None, &[[60, 4, 80, 84, 40, 42]]),
    (Region::FaceJaw, None, &[[78, 44, 44, 46, 18, 20]]),
];

/// The back view, 200 x 456: the person's left is on the viewer's left.
const BACK: &[Button] = &[
    (Region::UpperBack, None, &[[48, 96, 104, 76, 18, 18]]),
    (Region::LowerBack, None, &[[48, 170, 104, 50, 12, 12]]),
    (
        Region::LegsFeet,
        L,
        &[[52, 250, 44, 162, 14, 14], [44, 406, 50, 24, 12, 12]],
    ),
    (
        Region::LegsFeet,
        R,
        &[[104, 250, 44, 162, 14, 14], [106, 406, 50, 24, 12, 12]],
    ),
    (
        Region::Buttocks,
        None,
        &[[48, 216, 52, 50, 20, 20], [100, 216, 52, 50, 20, 20]],
    ),
    (Region::Shoulders, L, &[[10, 92, 54, 42, 14, 14]]),
    (Region::Shoulders, R, &[[136, 92, 54, 42, 14, 14]]),
    (Region::ArmsHands, L, &[[6, 136, 38, 170, 16, 16]]),
    (Region::ArmsHands, R, &[[156, 136, 38, 170, 16, 16]]),
    (Region::Head, None, &[[60, 4, 80, 84, 40, 42]]),
    (Region::Neck, None, &[[80, 70, 40, 40, 12, 12]]),
];

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

/// A region's place in the regions' value list.
fn index(r: Region) -> u8 {
    r as u8
}

/// The words for the person's own left or right.
fn side_word(s: Side) -> &'static str {
    t(if s == Side::Left {
        k::MAP_LEFT
    } else {
        k::MAP_RIGHT
    })
}

/// One view: its buttons, and the person's sides named under the feet.
fn view(buttons: &[Button], left_first: bool, button: &dyn Fn(&Button) -> Html) -> Html {
    let (first, second) = if left_first {
        (Side::Left, Side::Right)
    } else {
        (Side::Right, Side::Left)
    };
    html! {
        <svg viewBox="0 0 200 456" class="map">
            if !left_first {
                <rect class="silhouette" x="86" y="84" width="28" height="14" aria-hidden="true" />
            }
            { for buttons.iter().map(button) }
            <g class="side-label" aria-hidden="true">
                <text x="4" y="450">{ side_word(first) }</text>
                <text x="196" y="450" text-anchor="end">{ side_word(second) }</text>
            </g>
        </svg>
    }
}

#[function_component(BodyMap)]
pub fn body_map() -> Html {
    let ctx = use_answers();
    let back = use_state(|| false);
    let answers = ctx.answers();
    // A shape that the view not chosen repeats from the chosen one (a limb
    // is drawn on both): on a wide screen, where both views show, it is
    // left out of the tab order and of what a screen reader reads, so each
    // region and side is met once. On a phone the view not chosen is hidden.
    let repeat = |others: &'static [Button], chosen: bool| {
        move |&(r, side, _): &Button| {
            !chosen && others.iter().any(|(o, s, _)| *o == r && *s == side)
        }
    };
    let repeat_front = repeat(BACK, !*back);
    let repeat_back = repeat(FRONT, *back);
    let button = |&(r, side, rects): &Button, repeated: bool| {
        let selected = state::lit(answers, r, side);
        let tap = ctx.callback(move |()| Action::Tap(r, side));
        let onclick = {
            let tap = tap.clone();
            Callback::from(move |_: MouseEvent| tap.emit(()))
        };
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                tap.emit(());
            }
        });
        let region = answer_words::option(Field::Regions, index(r));
        let name = match side {
            Some(s) => format!("{region}: {}", side_word(s)),
            None => region.to_string(),
        };
        html! {
            <g class={classes!("region", selected.then_some("selected"))} role="button"
               tabindex={if repeated { "-1" } else { "0" }} aria-hidden={repeated.then_some("true")}
               aria-pressed={if selected { "true" } else { "false" }} aria-label={name.clone()}
               data-region={r.id()} data-side={side.map(|s| s.id())} {onclick} {onkeydown}>
                <title>{ name }</title>
                { for rects.iter().map(|[x, y, w, h, rx, ry]| html! {
                    <rect x={x.to_string()} y={y.to_string()} width={w.to_string()} height={h.to_string()}
                        rx={rx.to_string()} ry={ry.to_string()} />
                }) }
            </g>
        }
    };
    // A dot on the switch of a view that holds a region chosen (from the
    // list) that the view shown does not draw.
    let marked = |view: &[Button], other: &[Button]| {
        view.iter().any(|(r, side, _)| {
            state::lit(answers, *r, *side) && other.iter().all(|(o, _, _)| o != r)
        })
    };
    let switch = |to_back: bool, key: Key| {
        let shown = *back == to_back;
        let dot = if to_back {
            marked(BACK, FRONT)
        } else {
            marked(FRONT, BACK)
        };
        let back = back.clone();
        html! {
            <button type="button" class={classes!("btn", (dot && !shown).then_some("marked"))}
                aria-pressed={if shown { "true" } else { "false" }}
                onclick={Callback::from(move |_: MouseEvent| back.set(to_back))}>{ t(key) }</button>
        }
    };
    html! {
        <div class="question body-map">
            <h2 class="question-label" id="map-label">{ answer_words::question(Field::Regions) }</h2>
            if let Some(help) = answer_words::question_help(Field::Regions) {
                <p class="help">{ help }</p>
            }
            <div class={classes!("map-views", (*back).then_some("show-back"))} role="group" aria-labelledby="map-label">
                <div class="view-switch">
                    { switch(false, k::MAP_FRONT) }
                    { switch(true, k::MAP_BACK) }
                </div>
                <figure class="map-view front">
                    <figcaption>{ t(k::MAP_FRONT) }</figcaption>
                    { view(FRONT, false, &|b| button(b, repeat_front(b))) }
                </figure>
                <figure class="map-view back">
                    <figcaption>{ t(k::MAP_BACK) }</figcaption>
                    { view(BACK, true, &|b| button(b, repeat_back(b))) }
                </figure>
            </div>
            <fieldset class="region-list">
                <legend>{ t(k::MAP_LIST_LEGEND) }</legend>
                <div class="options options-grid">
                { for LIST.iter().map(|&r| {
                    let tap = ctx.callback(move |()| Action::Tap(r, None));
                    option_input(OptionInput {
                        kind: InputKind::Checkbox,
                        id: format!("region-{}", r.id()).into(),
                        name: None,
                        value: None,
                        checked: state::lit(answers, r, None),
                        label: answer_words::option(Field::Regions, index(r)).into(),
                        on_change: tap,
                    })
                }) }
                </div>
            </fieldset>
        </div>
    }
}
