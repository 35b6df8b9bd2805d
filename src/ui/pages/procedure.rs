use yew::prelude::*;

use crate::text::{k, keys, t};
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
    let id = props.id.id();
    let info = procedures::info(props.id);
    let part = |p: &str| t(&format!("procedure.{id}.{p}")).to_string();
    html! {
        <article class="card guide" aria-labelledby="guide-title">
            <p class="eyebrow">{ t(k::GUIDE_EYEBROW) }</p>
            <h1 id="guide-title" tabindex="-1">{ part("name") }</h1>
            <h2>{ t(k::GUIDE_WHAT) }</h2><p>{ part("what") }</p>
            <h2>{ t(k::GUIDE_WHO) }</h2><p>{ part("who") }</p>
            <h2>{ t(k::GUIDE_HOW) }</h2><p>{ part("how") }</p>
            <h2>{ t(k::GUIDE_RELIEF) }</h2><p>{ part("relief") }</p>
            <h2>{ t(k::GUIDE_RISKS) }</h2><p>{ part("risks") }</p>
            <p class="small">{ t(k::GUIDE_GENERAL_RISKS) }</p>
            if let Some(info) = info {
                <h2>{ t(k::GUIDE_FIRST) }</h2>
                <ul>{ for info.gates.iter().map(|g| html! { <li>{ t(g.text) }</li> }) }</ul>
                <h2>{ t(k::GUIDE_CAVEATS) }</h2>
                <ul>{ for info.cautions.iter().map(|c| html! { <li>{ t(c) }</li> }) }</ul>
                <h2>{ t(k::GUIDE_ASK) }</h2>
                <ul>
                    { for info.questions.iter().chain(care::PROCEDURE_VISIT_QUESTIONS.iter()).map(|(q, _)| html! { <li>{ t(q) }</li> }) }
                </ul>
                <h2>{ t(k::GUIDE_SOURCES) }</h2>
                <ul class="sources">{ for info.sources.iter().map(|s| html! { <li>{ t(keys::source(s)) }</li> }) }</ul>
            }
            <p class="small">{ t(k::FOOTER_NOT_DIAGNOSIS) }</p>
            <a class="btn" href={Route::Results.hash()}>{ t(k::GUIDE_BACK) }</a>
        </article>
    }
}
