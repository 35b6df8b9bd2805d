use yew::prelude::*;

use crate::text::keys::{self, ProcedurePart};
use crate::text::{fill, k, t};
use crate::ui::route::Route;
use painpath_core::assessment::Procedure;
use painpath_core::knowledge::{care, procedures};

#[derive(Properties, PartialEq)]
pub struct ProcedureProps {
    pub id: Procedure,
}

/// The guide to one procedure, reachable directly by link.
#[function_component(ProcedurePage)]
pub fn procedure_page(props: &ProcedureProps) -> Html {
    let info = procedures::info(props.id);
    let part = |p: ProcedurePart| t(keys::procedure(props.id, p));
    html! {
        <article class="card guide" aria-labelledby="guide-title">
            <p class="eyebrow">{ t(k::GUIDE_EYEBROW) }</p>
            <h1 id="guide-title" tabindex="-1">{ part(ProcedurePart::Name) }</h1>
            <p class="plain-name">{ part(ProcedurePart::Plain) }</p>
            <h2>{ t(k::GUIDE_WHAT) }</h2><p>{ part(ProcedurePart::What) }</p>
            <h2>{ t(k::GUIDE_WHO) }</h2><p>{ part(ProcedurePart::Who) }</p>
            <h2>{ t(k::GUIDE_HOW) }</h2><p>{ part(ProcedurePart::How) }</p>
            <h2>{ t(k::GUIDE_RELIEF) }</h2><p>{ part(ProcedurePart::Relief) }</p>
            <h2>{ t(k::GUIDE_RISKS) }</h2><p>{ part(ProcedurePart::Risks) }</p>
            <p class="small">{ t(k::GUIDE_GENERAL_RISKS) }</p>
            { crate::ui::pages::results::evidence::view(props.id, "h2") }
            if let Some(info) = info {
                <h2>{ t(k::GUIDE_FIRST) }</h2>
                // A guide is for anyone: where a gate depends on the kind of
                // pain, it names the kinds.
                <ul>{ for info.gates.iter().map(|g| html! {
                    <li>{ fill(t(keys::engine(g.text)), &[("medicines_alone", t(k::PHRASE_MEDICINES_ALONE_WHICH))]) }</li>
                }) }</ul>
                <h2>{ t(k::GUIDE_CAVEATS) }</h2>
                <ul>{ for info.cautions.iter().map(|c| html! { <li>{ t(keys::engine(c)) }</li> }) }</ul>
                <h2>{ t(k::GUIDE_ASK) }</h2>
                <ul>
                    { for info.questions.iter().chain(care::PROCEDURE_VISIT_QUESTIONS.iter()).map(|(q, _)| html! { <li>{ t(keys::engine(q)) }</li> }) }
                </ul>
                <h2>{ t(k::GUIDE_SOURCES) }</h2>
                { crate::ui::pages::results::sources::list(info.sources) }
            }
            <a class="btn" href={Route::Results.hash()}>{ t(k::GUIDE_BACK) }</a>
        </article>
    }
}
