use yew::prelude::*;

use super::Voice;
use crate::text::t;
use painpath_core::assessment::Specialist;

/// Which specialist to seek, why, and what to look for in one.
pub fn view(voice: Voice, sp: &Specialist) -> Html {
    html! {
        <section class="card" aria-labelledby="specialist-title">
            <h2 id="specialist-title">{ t("results.specialist.title") }</h2>
            <p class="specialist-name">{ t(&format!("specialist.{}", sp.kind.id())) }</p>
            <p>{ voice.say(sp.why.last().map_or("", |w| w.text)) }</p>
            <h3>{ t("results.specialist.look_for") }</h3>
            { voice.list(sp.credentials.iter().copied()) }
            if !sp.also.is_empty() {
                <h3>{ t("results.specialist.also") }</h3>
                <ul>{ for sp.also.iter().map(|x| html! { <li>{ t(&format!("support.{}", x.id())) }</li> }) }</ul>
            }
        </section>
    }
}
