use yew::prelude::*;

use super::{status_mark, Voice};
use crate::text::{fill, t};
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
                <h3 id={format!("proc-{id}")}>{ t(&format!("procedure.{id}.name")) }</h3>
                <span class={classes!("badge", fit)}>{ t(&format!("fit.{}", p.fit.id())) }</span>
            </div>
            if !voice.clinic.offers(p.id) {
                <p class="referral">{ t("results.proc.referral") }</p>
            }
            <h4>{ t("results.proc.why") }</h4>
            { voice.list(p.reasons.iter().map(|r| r.text)) }
            <dl class="facts">
                <dt>{ t("results.proc.what") }</dt><dd>{ t(&format!("procedure.{id}.what")) }</dd>
                <dt>{ t("results.proc.relief") }</dt><dd>{ t(&format!("procedure.{id}.relief")) }</dd>
                <dt>{ t("results.proc.risks") }</dt><dd>{ t(&format!("procedure.{id}.risks")) }</dd>
            </dl>
            <h4>{ t("results.proc.first") }</h4>
            <ul class="checks">
            { for p.prerequisites.iter().map(|g| {
                let (class, label) = status_mark(g.status);
                html! { <li class={class}><span class="status">{ t(label) }</span>{ voice.say(g.text) }</li> }
            }) }
            </ul>
            if !p.cautions.is_empty() {
                <h4>{ t("results.proc.caveats") }</h4>
                { voice.list(p.cautions.iter().map(|c| c.text)) }
            }
            <a class="more" href={Route::Procedure(p.id).hash()}>
                { fill(t("results.proc.guide"), &[("name", t(&format!("procedure.{id}.name")))]) }
            </a>
        </article>
    }
}
