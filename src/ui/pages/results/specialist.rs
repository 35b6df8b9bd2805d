use yew::prelude::*;

use super::Voice;
use crate::text::{k, keys, t};
use painpath_core::assessment::Specialist;

/// Which specialist to seek, why, and what to look for in one.
pub fn view(voice: Voice, sp: &Specialist) -> Html {
    html! {
        <section class="card" aria-labelledby="specialist-title">
            <h2 id="specialist-title">{ t(k::RESULTS_SPECIALIST_TITLE) }</h2>
            <p class="specialist-name">{ t(keys::specialist(sp.kind)) }</p>
            <p class="plain-name">{ t(keys::specialist_plain(sp.kind)) }</p>
            <p>{ voice.say(sp.why.last().map_or("", |w| w.text)) }</p>
            <details class="more-details">
                <summary>{ t(k::RESULTS_DETAILS_CREDENTIALS) }</summary>
                <h3 class="visually-hidden">{ t(k::RESULTS_SPECIALIST_LOOK_FOR) }</h3>
                { voice.list(sp.credentials.iter().copied()) }
            </details>
            if !sp.also.is_empty() {
                <h3>{ t(k::RESULTS_SPECIALIST_ALSO) }</h3>
                <ul>{ for sp.also.iter().map(|x| html! { <li>{ t(keys::support(*x)) }</li> }) }</ul>
            }
        </section>
    }
}
