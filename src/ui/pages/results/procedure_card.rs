use yew::prelude::*;

use super::{status_mark, Voice};
use crate::text::keys::{self, ProcedurePart};
use crate::text::{fill, k, t};
use crate::ui::route::Route;
use painpath_core::assessment::{Fit, ProcedureMatch};

/// One procedure that may fit: why, what it is, what must come first, and
/// a link to its guide.
pub fn view(voice: Voice, p: &ProcedureMatch) -> Html {
    let id = p.id.id();
    let fit = match p.fit {
        Fit::Strong => "fit-strong",
        Fit::Possible => "fit-possible",
    };
    html! {
        <article class="card procedure" aria-labelledby={format!("proc-{id}")} data-procedure={id}>
            <div class="procedure-head">
                <h3 id={format!("proc-{id}")}>{ t(keys::procedure(p.id, ProcedurePart::Name)) }</h3>
                <span class={classes!("badge", fit)}>{ t(keys::fit(p.fit)) }</span>
            </div>
            <p class="plain-name">{ t(keys::procedure(p.id, ProcedurePart::Plain)) }</p>
            if !voice.clinic.offers(p.id) {
                <p class="referral">{ t(k::RESULTS_PROC_REFERRAL) }</p>
            }
            // What the person said matters, in view: only there when chosen.
            { super::values::card_lines(voice.answers, p.id) }
            <details class="more-details">
            <summary>{ t(k::RESULTS_DETAILS_PROCEDURE) }</summary>
            <h4>{ t(k::RESULTS_PROC_WHY) }</h4>
            { voice.list(p.reasons.iter().map(|r| r.text)) }
            <dl class="facts">
                <dt>{ t(k::RESULTS_PROC_WHAT) }</dt><dd>{ t(keys::procedure(p.id, ProcedurePart::What)) }</dd>
                <dt>{ t(k::RESULTS_PROC_RELIEF) }</dt><dd>{ t(keys::procedure(p.id, ProcedurePart::Relief)) }</dd>
                <dt>{ t(k::RESULTS_PROC_RISKS) }</dt><dd>{ t(keys::procedure(p.id, ProcedurePart::Risks)) }</dd>
            </dl>
            { super::evidence::view(p.id, "h4") }
            <h4>{ t(k::RESULTS_PROC_FIRST) }</h4>
            <ul class="checks">
            { for p.prerequisites.iter().map(|g| {
                let (class, label) = status_mark(g.status);
                html! { <li class={class}><span class="status">{ t(label) }</span>{ voice.say(g.text) }</li> }
            }) }
            </ul>
            if !p.cautions.is_empty() {
                <h4>{ t(k::RESULTS_PROC_CAVEATS) }</h4>
                { voice.list(p.cautions.iter().map(|c| c.text)) }
            }
            </details>
            <a class="more" href={Route::Procedure(p.id).hash()}>
                { fill(t(k::RESULTS_PROC_GUIDE), &[("name", t(keys::procedure(p.id, ProcedurePart::Name)))]) }
            </a>
        </article>
    }
}
