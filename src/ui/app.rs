//! The root components. A patient's first visit downloads only the
//! questionnaire's app ([`AskApp`]); the whole app ([`App`]: results,
//! guides, summary, shared results) follows when a screen needs it, from a
//! second wasm module the page loads in the background. The clinic page has
//! its own page and app ([`ClinicApp`]).
//!
//! Each root holds the contexts, follows the route and shows the route's
//! screen inside the shell. The questionnaire's screens are the same in both
//! patient apps ([`questionnaire_page`]).

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{
    use_emergency_redirect, use_focus_on_route, use_full_app, use_locale_rest, use_route,
    use_update_ready, FullApp, LocaleRest, Words,
};
use super::pages::{
    check::CheckAnswersPage,
    clinics::ClinicsPage,
    procedure::ProcedurePage,
    results::{ResultsPage, SharedPage},
    step::StepPage,
    summary::SummaryPage,
    welcome::Welcome,
};
use super::providers::{use_answers_state, use_clinic_state, use_language_state, Contexts};
use super::route::Route;
use super::shell;
use crate::platform::{dom, location};
use crate::text::{self, fill, k, keys, t};
use painpath_core::assess;
use painpath_core::assessment::Urgency;
use painpath_core::questionnaire::STEPS;

/// The whole patient app: every screen but the clinic page.
#[function_component(App)]
pub fn app() -> Html {
    let contexts = Contexts {
        language: use_language_state(true),
        clinic: use_clinic_state(),
        answers: use_answers_state(|_| true),
    };
    let route = use_route();
    use_focus_on_route(route, true);
    use_emergency_redirect(route, contexts.answers.clone());
    // Marks each committed render, so benchmarks can time an answer change
    // to the updated screen.
    use_effect(dom::mark_rendered);
    let update_ready = use_update_ready();
    let started = contexts.answers.started();
    let assessment = use_memo(contexts.answers.answers().clone(), assess);
    let rest = contexts.language.rest;
    let live = (started && rest.complete && route == Route::Results).then(|| {
        format!(
            "{} {}",
            t(k::RESULTS_LIVE),
            crate::text::say(
                keys::urgency_title(assessment.urgency),
                contexts.answers.answers(),
                assessment.time_frame,
                &contexts.clinic.clinic.emergency_number,
            )
        )
    });
    let page = questionnaire_page(route, started, rest)
        .unwrap_or_else(|| results_page(route, rest, assessment));
    let shell = shell::view(live, &contexts, update_ready, page);
    provide(contexts, shell)
}

/// The questionnaire's app: welcome, the questions and the check of the
/// answers. Any other screen starts the whole app ([`use_full_app`]); an
/// emergency answer is shown at once, whether or not it can start.
#[function_component(AskApp)]
pub fn ask_app() -> Html {
    let contexts = Contexts {
        language: use_language_state(false),
        clinic: use_clinic_state(),
        // The whole app tells of kept answers on its own screens.
        answers: use_answers_state(questionnaire_route),
    };
    let route = use_route();
    use_emergency_redirect(route, contexts.answers.clone());
    use_effect(dom::mark_rendered);
    let update_ready = use_update_ready();
    let started = contexts.answers.started();
    // Past the first step, the other questions' words are fetched (each move
    // tries again after a failure).
    let lang = contexts.language.lang();
    let words = use_locale_rest(lang, needs_question_words(route), Words::Questions, route);
    use_focus_on_route(route, words.complete);
    let page = questionnaire_page(route, started, words);
    let full = use_full_app(page.is_none());
    let emergency = contexts.answers.red_flag == Some(Urgency::Emergency);
    let number = contexts.clinic.clinic.emergency_number.clone();
    let page = page.unwrap_or_else(|| waiting_for_results(full, emergency.then_some(number)));
    let shell = shell::view(None, &contexts, update_ready, page);
    provide(contexts, shell)
}

/// The clinic page's app: the link and snippet builder, nothing else.
#[function_component(ClinicApp)]
pub fn clinic_app() -> Html {
    let contexts = Contexts {
        language: use_language_state(true),
        clinic: use_clinic_state(),
        answers: use_answers_state(|_| false),
    };
    let rest = contexts.language.rest;
    let page = if rest.complete {
        html! { <ClinicsPage /> }
    } else {
        rest_pending(rest)
    };
    let shell = shell::view(None, &contexts, false, page);
    provide(contexts, shell)
}

fn provide(contexts: Contexts, shell: Html) -> Html {
    html! {
        <ContextProvider<Rc<Contexts>> context={Rc::new(contexts)}>{ shell }</ContextProvider<Rc<Contexts>>>
    }
}

/// A screen the questionnaire's app shows itself.
fn questionnaire_route(route: Route) -> bool {
    !matches!(
        route,
        Route::Results | Route::Procedure(_) | Route::Summary | Route::Shared(_)
    )
}

/// Whether `route` shows words of questions after the first step (part 3
/// of the words).
fn needs_question_words(route: Route) -> bool {
    match route {
        Route::Step(id) => STEPS.first().is_some_and(|first| first.id != id),
        Route::Review => true,
        _ => false,
    }
}

/// The screens both patient apps show; `None` for the others. `words`:
/// whether the other questions' words are here, for the screens past the
/// first step.
fn questionnaire_page(route: Route, started: bool, words: LocaleRest) -> Option<Html> {
    if needs_question_words(route) && !text::has_questions(text::language()) {
        return Some(rest_pending(words));
    }
    Some(match route {
        Route::Welcome => html! { <Welcome resume={started} /> },
        Route::Step(id) => html! { <StepPage {id} /> },
        Route::Review => html! { <CheckAnswersPage /> },
        Route::NotFound => html! {
            <section class="card">
                <h1 tabindex="-1">{ t(k::NOTFOUND_TITLE) }</h1>
                <p>{ t(k::NOTFOUND_BODY) }</p>
                <a class="btn btn-primary" href="#/">{ t(k::NOTFOUND_HOME) }</a>
            </section>
        },
        // The clinic page is a page of its own; old links still reach it.
        Route::Clinics => {
            location::open_clinic_page();
            loading()
        }
        Route::Results | Route::Procedure(_) | Route::Summary | Route::Shared(_) => return None,
    })
}

/// Results, guides, the summary and shared results (the whole app only).
fn results_page(route: Route, rest: LocaleRest, assessment: Rc<painpath_core::Assessment>) -> Html {
    // These screens wait for the rest of the words.
    if !rest.complete {
        return rest_pending(rest);
    }
    match route {
        Route::Results => html! { <ResultsPage {assessment} /> },
        Route::Procedure(id) => html! { <ProcedurePage {id} /> },
        Route::Summary => html! { <SummaryPage {assessment} /> },
        Route::Shared(code) => html! { <SharedPage {code} /> },
        _ => loading(),
    }
}

fn rest_pending(rest: LocaleRest) -> Html {
    if rest.failed {
        unavailable()
    } else {
        loading()
    }
}

fn loading() -> Html {
    html! {
        <section class="card" role="status" aria-busy="true">
            <p>{ t(k::UI_LOADING) }</p>
        </section>
    }
}

fn unavailable() -> Html {
    html! {
        <section class="card" role="alert">
            <p>{ t(k::NOTICE_REST_UNAVAILABLE) }</p>
        </section>
    }
}

/// What the questionnaire's app shows while the whole app starts. An
/// emergency answer never waits for it: the call to get help is shown
/// straight away, and stays if the rest cannot be fetched (offline).
/// `emergency`: the number to call, when an answer is an emergency.
fn waiting_for_results(full: FullApp, emergency: Option<String>) -> Html {
    let emergency = emergency.map(|number| {
        html! {
            <section class="banner banner-emergency" role="alert">
                <h1 tabindex="-1">{ t(k::URGENCY_EMERGENCY_TITLE) }</h1>
                <p>{ fill(t(k::URGENCY_EMERGENCY_BODY), &[("emergency_number", &number)]) }</p>
                <a class="btn btn-emergency" href={format!("tel:{number}")}>
                    { fill(t(k::RESULTS_CALL), &[("number", &number)]) }
                </a>
            </section>
        }
    });
    let status = match full {
        FullApp::Failed => unavailable(),
        FullApp::Loading => loading(),
    };
    html! { <>{ for emergency }{ status }</> }
}
