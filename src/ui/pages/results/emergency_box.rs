//! On an urgent or emergency result: the signs that mean going to the
//! emergency department now, with the number to call, shown near the top and
//! again at the bottom of the results; and, on an urgent result, what to do
//! until the person is seen. The signs are the emergency signs of the safety
//! screen (clinical-reference §1: cauda equina, worsening nerve loss,
//! infection) that can appear while someone waits to be checked.

use yew::prelude::*;

use super::Voice;
use crate::text::{fill, k, t, Key};
use painpath_core::assessment::Urgency;

const SIGNS: [Key; 4] = [
    k::RESULTS_EMERGENCY_BOX_BLADDER,
    k::RESULTS_EMERGENCY_BOX_NUMB,
    k::RESULTS_EMERGENCY_BOX_WEAK,
    k::RESULTS_EMERGENCY_BOX_PAIN,
];

const UNTIL_SEEN: [Key; 3] = [
    k::RESULTS_UNTIL_SEEN_MEDICINE,
    k::RESULTS_UNTIL_SEEN_MOVE,
    k::RESULTS_UNTIL_SEEN_FALL,
];

fn list(keys: &[Key]) -> Html {
    html! { <ul>{ for keys.iter().map(|key| html! { <li>{ t(*key) }</li> }) }</ul> }
}

/// The box of signs that mean "go now", on urgent and emergency results.
/// `place` is "top" or "bottom"; on an emergency result the banner itself,
/// with its call button, is the box at the top.
pub fn view(voice: Voice, urgency: Urgency, place: &'static str) -> Html {
    if urgency < Urgency::Urgent || (urgency == Urgency::Emergency && place == "top") {
        return Html::default();
    }
    let number = &voice.clinic.emergency_number;
    let call = fill(t(k::RESULTS_EMERGENCY_BOX_CALL), &[("number", number)]);
    html! {
        <section class="notice notice-emergency emergency-box" data-place={place}>
            <h2>{ voice.say_key(k::RESULTS_EMERGENCY_BOX_TITLE) }</h2>
            { list(&SIGNS) }
            <a class="btn btn-emergency" href={format!("tel:{number}")}>{ call }</a>
            <p class="tel-fallback">
                <span class="tel-beside">{ fill(t(k::EMERGENCY_DIAL), &[("number", number)]) }</span>
                <span class="tel-only">{ fill(t(k::EMERGENCY_DIAL_ONLY), &[("number", number)]) }</span>
            </p>
        </section>
    }
}

/// What to do until the person is seen, on an urgent result.
pub fn until_seen(urgency: Urgency) -> Html {
    if urgency != Urgency::Urgent {
        return Html::default();
    }
    html! {
        <section class="card until-seen" aria-labelledby="until-seen-title">
            <h2 id="until-seen-title">{ t(k::RESULTS_UNTIL_SEEN_TITLE) }</h2>
            { list(&UNTIL_SEEN) }
        </section>
    }
}
