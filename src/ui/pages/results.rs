use std::rc::Rc;

use yew::prelude::*;

use crate::text::say;
use crate::text::{fill, t};
use crate::ui::context::{navigate, use_app};
use crate::ui::route::{shared_code, Route};
use crate::ui::state::{Action, State};
use painpath_core::assessment::{Candidacy, Fit, ProcedureMatch, Reason, Urgency};
use painpath_core::clinic::Clinic;
use painpath_core::{assess, codec, Answers, Assessment, Tri};

/// Text for `key` in the patient's own terms, with the clinic's emergency number.
pub fn s(key: &str, a: &Answers, clinic: &Clinic) -> String {
    say(key, a, &clinic.emergency_number)
}

pub fn status_mark(status: Tri) -> (&'static str, &'static str) {
    match status {
        Tri::Met => ("met", "ui.status.met"),
        Tri::NotMet => ("not-met", "ui.status.not_met"),
        Tri::Unknown => ("unknown", "ui.status.unknown"),
    }
}

fn procedure_card(p: &ProcedureMatch, a: &Answers, clinic: &Clinic) -> Html {
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
            if !clinic.offers(p.id) {
                <p class="referral">{ t("results.proc.referral") }</p>
            }
            <h4>{ t("results.proc.why") }</h4>
            <ul>{ for p.reasons.iter().map(|r| html! { <li>{ s(r.text, a, clinic) }</li> }) }</ul>
            <dl class="facts">
                <dt>{ t("results.proc.what") }</dt><dd>{ t(&format!("procedure.{id}.what")) }</dd>
                <dt>{ t("results.proc.relief") }</dt><dd>{ t(&format!("procedure.{id}.relief")) }</dd>
                <dt>{ t("results.proc.risks") }</dt><dd>{ t(&format!("procedure.{id}.risks")) }</dd>
            </dl>
            <h4>{ t("results.proc.first") }</h4>
            <ul class="checks">
            { for p.prerequisites.iter().map(|g| {
                let (class, label) = status_mark(g.status);
                html! { <li class={class}><span class="status">{ t(label) }</span>{ s(g.text, a, clinic) }</li> }
            }) }
            </ul>
            if !p.cautions.is_empty() {
                <h4>{ t("results.proc.caveats") }</h4>
                <ul>{ for p.cautions.iter().map(|c| html! { <li>{ s(c.text, a, clinic) }</li> }) }</ul>
            }
            <a class="more" href={Route::Procedure(p.id).hash()}>
                { fill(t("results.proc.guide"), &[("name", t(&format!("procedure.{id}.name")))]) }
            </a>
        </article>
    }
}

/// Where the person can book, when a clinic link set it.
fn clinic_card(clinic: &Clinic) -> Html {
    if clinic.name.is_none() && clinic.phone.is_none() && clinic.booking.is_none() {
        return html! {};
    }
    let title = clinic.name.as_deref().map_or_else(
        || t("results.clinic.title").to_string(),
        |n| fill(t("results.clinic.named"), &[("name", n)]),
    );
    html! {
        <section class="card clinic-card" aria-labelledby="clinic-title">
            <h2 id="clinic-title">{ title }</h2>
            <p>{ t("results.clinic.body") }</p>
            <div class="clinic-actions">
                if let (Some(phone), Some(link)) = (&clinic.phone, clinic.phone_link()) {
                    <a class="btn" href={link}>{ fill(t("results.clinic.call"), &[("phone", phone)]) }</a>
                }
                if let Some(book) = &clinic.booking {
                    <a class="btn btn-primary" href={book.clone()} target="_blank" rel="noopener noreferrer">{ t("results.clinic.book") }</a>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsViewProps {
    pub answers: Answers,
    pub assessment: Rc<Assessment>,
    pub clinic: Rc<Clinic>,
    /// Opened from a results link: read only, marked as shared.
    #[prop_or_default]
    pub shared: bool,
    /// Ticked checklist items and how to tick them; `None` when shared.
    #[prop_or_default]
    pub checklist: Option<(Vec<String>, UseReducerDispatcher<State>)>,
}

/// What to do first, candidacy, procedures, specialist, checklist,
/// precautions and sources, for a set of answers.
#[function_component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let a = &props.answers;
    let r = &props.assessment;
    let clinic = &*props.clinic;
    let id = r.urgency.id();
    // Red flags are all listed; otherwise the banner gives the headline reason
    // and the candidacy card gives the rest.
    let shown = if r.urgency >= Urgency::Urgent {
        r.urgency_reasons.len()
    } else {
        1
    };
    let banner: Vec<&Reason> = r.urgency_reasons.iter().take(shown).collect();
    let c = &r.candidacy;
    let candidacy_reasons: Vec<&Reason> =
        c.reasons.iter().filter(|x| !banner.contains(x)).collect();
    // Precautions already on a procedure card are not repeated below.
    let general_precautions: Vec<&Reason> = r
        .precautions
        .iter()
        .filter(|p| !r.procedures.iter().any(|m| m.cautions.contains(p)))
        .collect();
    let verdict_class = match c.verdict {
        Candidacy::Likely => "verdict-likely",
        Candidacy::Possible => "verdict-possible",
        Candidacy::NotYet => "verdict-not-yet",
        Candidacy::NotSuitable => "verdict-not-suitable",
    };
    let sp = &r.specialist;
    html! {
        <div class="results">
            <h1 id="results-title" tabindex="-1">{ t(if props.shared { "shared.title" } else { "results.title" }) }</h1>
            if props.shared {
                <p class="notice notice-info shared-note">{ t("shared.note") }</p>
            }
            <section class={classes!("banner", format!("banner-{id}"))} aria-labelledby="urgency-title">
                <p class="eyebrow">{ t("results.first") }</p>
                <h2 id="urgency-title">{ t(&format!("urgency.{id}.title")) }</h2>
                <p>{ s(&format!("urgency.{id}.body"), a, clinic) }</p>
                if r.urgency == Urgency::Emergency {
                    <a class="btn btn-emergency" href={format!("tel:{}", clinic.emergency_number)}>
                        { fill(t("results.call"), &[("number", &clinic.emergency_number)]) }
                    </a>
                }
                if !banner.is_empty() {
                    <h3 class="small-heading">{ t("results.because") }</h3>
                    <ul>{ for banner.iter().map(|x| html! { <li>{ s(x.text, a, clinic) }</li> }) }</ul>
                }
            </section>

            <section class="card" aria-labelledby="candidacy-title">
                <h2 id="candidacy-title">{ t("results.candidacy.title") }</h2>
                <p class={classes!("verdict", verdict_class)}>{ t(&format!("candidacy.{}", c.verdict.id())) }</p>
                <ul>{ for candidacy_reasons.iter().map(|x| html! { <li>{ s(x.text, a, clinic) }</li> }) }</ul>
                if !c.still_needed.is_empty() {
                    <h3>{ t("results.candidacy.still") }</h3>
                    <ul>{ for c.still_needed.iter().map(|x| html! { <li>{ s(x, a, clinic) }</li> }) }</ul>
                }
            </section>

            if !r.procedures.is_empty() {
                <section aria-labelledby="procedures-title">
                    <h2 id="procedures-title" class="section-title">{ t("results.procedures.title") }</h2>
                    <p class="small">{ t("results.procedures.intro") }</p>
                    { for r.procedures.iter().map(|p| procedure_card(p, a, clinic)) }
                </section>
            }

            <section class="card" aria-labelledby="specialist-title">
                <h2 id="specialist-title">{ t("results.specialist.title") }</h2>
                <p class="specialist-name">{ t(&format!("specialist.{}", sp.kind.id())) }</p>
                <p>{ s(sp.why.last().map_or("", |w| w.text), a, clinic) }</p>
                <h3>{ t("results.specialist.look_for") }</h3>
                <ul>{ for sp.credentials.iter().map(|c| html! { <li>{ s(c, a, clinic) }</li> }) }</ul>
                if !sp.also.is_empty() {
                    <h3>{ t("results.specialist.also") }</h3>
                    <ul>{ for sp.also.iter().map(|x| html! { <li>{ t(&format!("support.{}", x.id())) }</li> }) }</ul>
                }
            </section>

            { clinic_card(clinic) }

            <section class="card" aria-labelledby="checklist-title">
                <h2 id="checklist-title">{ t("results.checklist.title") }</h2>
                if let Some((ticked, dispatch)) = &props.checklist {
                    <p class="small">{ t("results.checklist.intro") }</p>
                    <ul class="checklist">
                    { for r.questions.iter().enumerate().map(|(i, q)| {
                        let d = dispatch.clone();
                        let key = q.text;
                        let onchange = Callback::from(move |_: Event| d.dispatch(Action::Tick(key)));
                        let input_id = format!("ask-{i}");
                        html! {
                            <li>
                                <input type="checkbox" id={input_id.clone()} checked={ticked.iter().any(|k| k == q.text)} {onchange} />
                                <label for={input_id}>
                                    <span class="ask">{ s(q.text, a, clinic) }</span>
                                    <span class="why">{ s(q.why, a, clinic) }</span>
                                </label>
                            </li>
                        }
                    }) }
                    </ul>
                } else {
                    <ul>{ for r.questions.iter().map(|q| html! { <li>{ s(q.text, a, clinic) }</li> }) }</ul>
                }
            </section>

            if !general_precautions.is_empty() {
                <section class="card" aria-labelledby="precautions-title">
                    <h2 id="precautions-title">{ t("results.precautions.title") }</h2>
                    <ul>{ for general_precautions.iter().map(|p| html! { <li>{ s(p.text, a, clinic) }</li> }) }</ul>
                </section>
            }

            <section class="card" aria-labelledby="sources-title">
                <h2 id="sources-title">{ t("results.sources.title") }</h2>
                <details>
                    <summary>{ fill(t("results.sources.count"), &[("count", &r.sources.len().to_string())]) }</summary>
                    <ul class="sources">{ for r.sources.iter().map(|id| html! { <li>{ t(&format!("source.{id}")) }</li> }) }</ul>
                </details>
                <p class="small">{ t("footer.not_diagnosis") }</p>
            </section>
        </div>
    }
}

/// The share panel: a warning first, then the link.
#[function_component(SharePanel)]
fn share_panel() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let stage = use_state(|| 0u8);
    let open = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(1))
    };
    let create = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(2))
    };
    let link = web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!(
                "{}{}{}",
                l.origin().ok()?,
                l.pathname().ok()?,
                l.search().ok()?
            ))
        })
        .map(|base| format!("{base}#/shared/{}", codec::encode(&ctx.state.answers)))
        .unwrap_or_default();
    html! {
        <section class="card share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{ t("share.title") }</h2>
            <p>{ t("share.intro") }</p>
            if *stage == 0 {
                <button type="button" class="btn" onclick={open}>{ t("share.start") }</button>
            }
            if *stage >= 1 {
                <div class="notice notice-warning" role="note">
                    <p><strong>{ t("share.warning.title") }</strong></p>
                    <p>{ t("share.warning.body") }</p>
                </div>
            }
            if *stage == 1 {
                <button type="button" class="btn btn-primary" onclick={create}>{ t("share.create") }</button>
            }
            if *stage == 2 {
                <label for="share-link" class="question-label">{ t("share.link_label") }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={link} />
                <p class="small">{ t("share.copy_hint") }</p>
            }
        </section>
    }
}

/// The person's own results.
#[function_component(ResultsPage)]
pub fn results_page() -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let start_over = {
        let d = ctx.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Action::StartOver);
            navigate(Route::Welcome);
        })
    };
    html! {
        <>
            <ResultsView answers={ctx.state.answers.clone()} assessment={ctx.assessment.clone()}
                clinic={ctx.clinic.clone()}
                checklist={Some((ctx.state.ticked.clone(), ctx.state.dispatcher()))} />
            <SharePanel />
            <nav class="result-actions" aria-label={t("results.actions")}>
                <a class="btn btn-primary" href={Route::Summary.hash()}>{ t("results.print") }</a>
                <a class="btn" href={Route::Review.hash()}>{ t("results.review") }</a>
                <button type="button" class="btn" onclick={start_over}>{ t("ui.start_over") }</button>
            </nav>
        </>
    }
}

/// Results opened from a results link. Decoded here, in the browser; a
/// damaged, cut-off or newer link gets a friendly message and a fresh start.
#[derive(Properties, PartialEq)]
pub struct SharedProps {
    /// The location hash, `#/shared/<code>`.
    pub hash: String,
}

#[function_component(SharedPage)]
pub fn shared_page(props: &SharedProps) -> Html {
    let Some(ctx) = use_app() else {
        return html! {};
    };
    let decoded = use_memo(props.hash.clone(), |h| {
        shared_code(h)
            .ok_or(codec::CodecError::Damaged)
            .and_then(codec::decode)
            .map(|a| {
                let r = Rc::new(assess(&a));
                (a, r)
            })
    });
    let fresh = Callback::from(|_: MouseEvent| navigate(Route::Welcome));
    match &*decoded {
        Ok((answers, assessment)) => html! {
            <>
                <ResultsView answers={answers.clone()} assessment={assessment.clone()} clinic={ctx.clinic.clone()} shared=true />
                <nav class="result-actions" aria-label={t("results.actions")}>
                    <a class="btn btn-primary" href="#/">{ t("shared.own") }</a>
                </nav>
            </>
        },
        Err(e) => {
            let key = match e {
                codec::CodecError::Version(_) => "shared.error.version",
                _ => "shared.error.damaged",
            };
            html! {
                <section class="card" aria-labelledby="shared-error">
                    <h1 id="shared-error" tabindex="-1">{ t("shared.error.title") }</h1>
                    <p>{ t(key) }</p>
                    <button type="button" class="btn btn-primary" onclick={fresh}>{ t("shared.error.fresh") }</button>
                </section>
            }
        }
    }
}
