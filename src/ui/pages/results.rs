use yew::prelude::*;

use crate::engine::assessment::{Candidacy, Fit, ProcedureMatch, Urgency};
use crate::engine::knowledge::sources::citation;
use crate::engine::{Answers, Assessment, Tri};
use crate::text::personal::{say, DEFAULT_EMERGENCY_NUMBER};
use crate::text::t;
use crate::ui::context::use_app;
use crate::ui::route::Route;
use crate::ui::state::{Action, State};

/// Text for `key` in the patient's own terms.
pub fn s(key: &str, a: &Answers) -> String {
    say(key, a, DEFAULT_EMERGENCY_NUMBER)
}

pub fn status_mark(status: Tri) -> (&'static str, &'static str) {
    match status {
        Tri::Met => ("met", "ui.status.met"),
        Tri::NotMet => ("not-met", "ui.status.not_met"),
        Tri::Unknown => ("unknown", "ui.status.unknown"),
    }
}

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub urgency: Urgency,
    pub reasons: Vec<String>,
}

/// What to do first, and why.
#[function_component(UrgencyBanner)]
pub fn urgency_banner(props: &BannerProps) -> Html {
    let id = props.urgency.id();
    let a = Answers::default();
    html! {
        <section class={classes!("banner", format!("banner-{id}"))} aria-labelledby="urgency-title">
            <p class="eyebrow">{ t("results.first") }</p>
            <h2 id="urgency-title">{ t(&format!("urgency.{id}.title")) }</h2>
            <p>{ s(&format!("urgency.{id}.body"), &a) }</p>
            if props.urgency == Urgency::Emergency {
                <a class="btn btn-emergency" href={format!("tel:{DEFAULT_EMERGENCY_NUMBER}")}>
                    { crate::text::fill(t("results.call"), &[("number", DEFAULT_EMERGENCY_NUMBER)]) }
                </a>
            }
            if !props.reasons.is_empty() {
                <h3 class="small-heading">{ t("results.because") }</h3>
                <ul>{ for props.reasons.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
            }
        </section>
    }
}

fn procedure_card(p: &ProcedureMatch, a: &Answers) -> Html {
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
            <h4>{ t("results.proc.why") }</h4>
            <ul>{ for p.reasons.iter().map(|r| html! { <li>{ s(r.text, a) }</li> }) }</ul>
            <dl class="facts">
                <dt>{ t("results.proc.what") }</dt><dd>{ t(&format!("procedure.{id}.what")) }</dd>
                <dt>{ t("results.proc.relief") }</dt><dd>{ t(&format!("procedure.{id}.relief")) }</dd>
                <dt>{ t("results.proc.risks") }</dt><dd>{ t(&format!("procedure.{id}.risks")) }</dd>
            </dl>
            <h4>{ t("results.proc.first") }</h4>
            <ul class="checks">
            { for p.prerequisites.iter().map(|g| {
                let (class, label) = status_mark(g.status);
                html! { <li class={class}><span class="status">{ t(label) }</span>{ s(g.text, a) }</li> }
            }) }
            </ul>
            if !p.cautions.is_empty() {
                <h4>{ t("results.proc.caveats") }</h4>
                <ul>{ for p.cautions.iter().map(|c| html! { <li>{ s(c.text, a) }</li> }) }</ul>
            }
            <a class="more" href={Route::Procedure(p.id).hash()}>
                { crate::text::fill(t("results.proc.guide"), &[("name", t(&format!("procedure.{id}.name")))]) }
            </a>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub assessment: std::rc::Rc<Assessment>,
    pub answers: Answers,
    pub ticked: std::collections::BTreeSet<String>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The consultation checklist with tick boxes.
#[function_component(Checklist)]
pub fn checklist(props: &ChecklistProps) -> Html {
    html! {
        <ul class="checklist">
        { for props.assessment.questions.iter().enumerate().map(|(i, q)| {
            let d = props.dispatch.clone();
            let key = q.text;
            let onchange = Callback::from(move |_: Event| d.dispatch(Action::Tick(key)));
            let id = format!("ask-{i}");
            html! {
                <li>
                    <input type="checkbox" id={id.clone()} checked={props.ticked.contains(q.text)} {onchange} />
                    <label for={id}>
                        <span class="ask">{ s(q.text, &props.answers) }</span>
                        <span class="why">{ s(q.why, &props.answers) }</span>
                    </label>
                </li>
            }
        }) }
        </ul>
    }
}

/// Candidacy reasons not already given in the banner above.
fn c_reasons(r: &Assessment, shown: usize) -> Vec<&crate::engine::assessment::Reason> {
    let banner = &r.urgency_reasons[..shown.min(r.urgency_reasons.len())];
    r.candidacy
        .reasons
        .iter()
        .filter(|x| !banner.contains(x))
        .collect()
}

/// The results: what to do first, candidacy, procedures, specialist,
/// checklist, precautions and sources.
#[function_component(ResultsPage)]
pub fn results_page() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let a = &ctx.state.answers;
    let r = ctx.assessment.clone();
    // Red flags are all listed; otherwise the banner gives the headline reason
    // and the candidacy card below gives the rest.
    let red_flag = r.urgency >= Urgency::Urgent;
    let shown = if red_flag { r.urgency_reasons.len() } else { 1 };
    let reasons: Vec<String> = r
        .urgency_reasons
        .iter()
        .take(shown)
        .map(|x| s(x.text, a))
        .collect();
    let candidacy_reasons: Vec<&crate::engine::assessment::Reason> = c_reasons(&r, shown);
    // Precautions already on a procedure card are not repeated below.
    let general_precautions: Vec<&crate::engine::assessment::Reason> = r
        .precautions
        .iter()
        .filter(|p| !r.procedures.iter().any(|m| m.cautions.contains(p)))
        .collect();
    let c = &r.candidacy;
    let verdict_class = match c.verdict {
        Candidacy::Likely => "verdict-likely",
        Candidacy::Possible => "verdict-possible",
        Candidacy::NotYet => "verdict-not-yet",
        Candidacy::NotSuitable => "verdict-not-suitable",
    };
    let start_over = {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::StartOver);
            crate::ui::context::navigate(Route::Welcome);
        })
    };
    let sp = &r.specialist;
    html! {
        <div class="results">
            <h1 id="results-title" tabindex="-1">{ t("results.title") }</h1>
            <UrgencyBanner urgency={r.urgency} reasons={reasons} />

            <section class="card" aria-labelledby="candidacy-title">
                <h2 id="candidacy-title">{ t("results.candidacy.title") }</h2>
                <p class={classes!("verdict", verdict_class)}>{ t(&format!("candidacy.{}", c.verdict.id())) }</p>
                <ul>{ for candidacy_reasons.iter().map(|x| html! { <li>{ s(x.text, a) }</li> }) }</ul>
                if !c.still_needed.is_empty() {
                    <h3>{ t("results.candidacy.still") }</h3>
                    <ul>{ for c.still_needed.iter().map(|x| html! { <li>{ s(x, a) }</li> }) }</ul>
                }
            </section>

            if !r.procedures.is_empty() {
                <section aria-labelledby="procedures-title">
                    <h2 id="procedures-title" class="section-title">{ t("results.procedures.title") }</h2>
                    <p class="small">{ t("results.procedures.intro") }</p>
                    { for r.procedures.iter().map(|p| procedure_card(p, a)) }
                </section>
            }

            <section class="card" aria-labelledby="specialist-title">
                <h2 id="specialist-title">{ t("results.specialist.title") }</h2>
                <p class="specialist-name">{ t(&format!("specialist.{}", sp.kind.id())) }</p>
                <p>{ s(sp.why.last().map_or("", |w| w.text), a) }</p>
                <h3>{ t("results.specialist.look_for") }</h3>
                <ul>{ for sp.credentials.iter().map(|c| html! { <li>{ s(c, a) }</li> }) }</ul>
                if !sp.also.is_empty() {
                    <h3>{ t("results.specialist.also") }</h3>
                    <ul>{ for sp.also.iter().map(|x| html! { <li>{ t(&format!("support.{}", x.id())) }</li> }) }</ul>
                }
            </section>

            <section class="card" aria-labelledby="checklist-title">
                <h2 id="checklist-title">{ t("results.checklist.title") }</h2>
                <p class="small">{ t("results.checklist.intro") }</p>
                <Checklist assessment={r.clone()} answers={a.clone()} ticked={ctx.state.ticked.clone()} dispatch={ctx.state.dispatcher()} />
            </section>

            if !general_precautions.is_empty() {
                <section class="card" aria-labelledby="precautions-title">
                    <h2 id="precautions-title">{ t("results.precautions.title") }</h2>
                    <ul>{ for general_precautions.iter().map(|p| html! { <li>{ s(p.text, a) }</li> }) }</ul>
                </section>
            }

            <section class="card" aria-labelledby="sources-title">
                <h2 id="sources-title">{ t("results.sources.title") }</h2>
                <details>
                    <summary>{ crate::text::fill(t("results.sources.count"), &[("count", &r.sources.len().to_string())]) }</summary>
                    <ul class="sources">{ for r.sources.iter().map(|id| html! { <li>{ citation(id).unwrap_or(id) }</li> }) }</ul>
                </details>
                <p class="small">{ t("footer.not_diagnosis") }</p>
            </section>

            <nav class="result-actions" aria-label={t("results.actions")}>
                <a class="btn btn-primary" href={Route::Summary.hash()}>{ t("results.print") }</a>
                <a class="btn" href={Route::Review.hash()}>{ t("results.review") }</a>
                <button type="button" class="btn" onclick={start_over}>{ t("ui.start_over") }</button>
            </nav>
        </div>
    }
}
