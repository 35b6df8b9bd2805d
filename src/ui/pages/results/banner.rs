use yew::prelude::*;

use super::Voice;
use crate::text::{fill, k, keys, t};
use crate::ui::components::emergency_note;
use painpath_core::assessment::{Reason, Urgency};

/// What to do first, with the reasons behind it and, in an emergency, the
/// number to call.
pub fn view(voice: Voice, urgency: Urgency, reasons: &[&Reason]) -> Html {
    let id = urgency.id();
    let number = &voice.clinic.emergency_number;
    html! {
        <section class={classes!("banner", format!("banner-{id}"), (urgency == Urgency::Emergency).then_some("emergency-box"))} aria-labelledby="urgency-title">
            <p class="eyebrow">{ t(k::RESULTS_FIRST) }</p>
            <h2 id="urgency-title">{ voice.say_key(keys::urgency_title(urgency)) }</h2>
            <p>{ voice.say_key(keys::urgency_body(urgency)) }</p>
            if urgency == Urgency::Emergency {
                <a class="btn btn-emergency" href={format!("tel:{number}")}>
                    { fill(t(k::RESULTS_CALL), &[("number", number)]) }
                </a>
                // The number as text to dial, for a frame whose host blocks
                // the call button (the stylesheet shows it only in a frame,
                // as `frame-height.js` marks it, and only the second line
                // when the button is hidden).
                <p class="tel-fallback">
                    <span class="tel-beside">{ fill(t(k::EMERGENCY_DIAL), &[("number", number)]) }</span>
                    <span class="tel-only">{ fill(t(k::EMERGENCY_DIAL_ONLY), &[("number", number)]) }</span>
                </p>
                { emergency_note::view(voice.clinic) }
            }
            if !reasons.is_empty() {
                <h3 class="small-heading">{ t(k::RESULTS_BECAUSE) }</h3>
                { voice.list(reasons.iter().map(|x| x.text)) }
            }
        </section>
    }
}
