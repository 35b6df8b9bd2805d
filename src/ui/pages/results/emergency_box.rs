//! On an urgent or emergency result: the signs that mean going to the
//! emergency department now, with the number to call, shown near the top and
//! again at the bottom of the results; and, on an urgent result, what to do
//! until the person is seen. The signs are the emergency signs of the safety
//! screen (clinical-reference §1: cauda equina, worsening nerve loss,
//! infection) that can appear while someone waits to be checked.

use yew::prelude::*;

use super::Voice;
use crate::text::{fill, k, t, Key};
use painpath_core::answers::{Answers, Region};
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

/// On a result that is not urgent: the signs that would make it urgent, one
/// tap away at the end of the results, as a safety net for the wait. Only
/// the signs that fit where it hurts (clinical-reference §1): the bladder and
/// numbness signs of cauda equina with low back, buttock or leg pain (as the
/// questionnaire asks them),
/// the thunderclap headache with head, face or neck pain; weakness and
/// unbearable pain or fever for everyone. No region marked shows them all.
pub fn safety_net(voice: Voice, urgency: Urgency, answers: &Answers) -> Html {
    if urgency >= Urgency::Urgent {
        return Html::default();
    }
    let pain = &answers.pain;
    let all = pain.regions.is_empty();
    let low = all || pain.any_of(Region::LOW_BACK | Region::LegsFeet.bit());
    let head = all || pain.any_of(Region::Head.bit() | Region::FaceJaw.bit() | Region::Neck.bit());
    let signs: Vec<Key> = [
        (low, k::RESULTS_EMERGENCY_BOX_BLADDER),
        (low, k::RESULTS_EMERGENCY_BOX_NUMB),
        (head, k::RESULTS_SAFETY_NET_HEADACHE),
        (true, k::RESULTS_EMERGENCY_BOX_WEAK),
        (true, k::RESULTS_EMERGENCY_BOX_PAIN),
    ]
    .into_iter()
    .filter_map(|(shown, key)| shown.then_some(key))
    .collect();
    let number = &voice.clinic.emergency_number;
    html! {
        <details class="card safety-net">
            <summary>{ t(k::RESULTS_SAFETY_NET_TITLE) }</summary>
            <p>{ voice.say_key(k::RESULTS_EMERGENCY_BOX_TITLE) }</p>
            { list(&signs) }
            <p class="tel-fallback">{ fill(t(k::EMERGENCY_DIAL), &[("number", number)]) }</p>
        </details>
    }
}
