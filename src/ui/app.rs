//! The root component: the contexts, the route, and the screen the route
//! names inside the shell.

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{
    use_emergency_redirect, use_focus_on_route, use_route, use_update_ready, LocaleRest,
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
use crate::platform::dom;
use crate::text::{k, t};

/// The root: it holds the language, the clinic's settings and the answers,
/// follows the route, and shows the route's screen inside the shell.
#[function_component(App)]
pub fn app() -> Html {
    let contexts = Contexts {
        language: use_language_state(),
        clinic: use_clinic_state(),
        answers: use_answers_state(),
    };
    let route = use_route();
    use_focus_on_route(route);
    use_emergency_redirect(route, contexts.answers.clone());
    // Marks each committed render, so benchmarks can time an answer change
    // to the updated screen.
    use_effect(dom::mark_rendered);
    let update_ready = use_update_ready();
    let started = contexts.answers.started();
    let page = page(route, started, contexts.language.rest);
    let shell = shell::view(route, started, &contexts, update_ready, page);
    html! {
        <ContextProvider<Rc<Contexts>> context={Rc::new(contexts)}>{ shell }</ContextProvider<Rc<Contexts>>>
    }
}

fn page(route: Route, started: bool, rest: LocaleRest) -> Html {
    // Screens past the questions wait for the rest of the words.
    let needs_rest = matches!(
        route,
        Route::Results | Route::Procedure(_) | Route::Summary | Route::Shared(_) | Route::Clinics
    );
    match route {
        _ if needs_rest && !rest.complete && rest.failed => html! {
            <section class="card" role="alert">
                <p>{ t(k::NOTICE_REST_UNAVAILABLE) }</p>
            </section>
        },
        _ if needs_rest && !rest.complete => html! {
            <section class="card" role="status" aria-busy="true">
                <p>{ t(k::UI_LOADING) }</p>
            </section>
        },
        Route::Welcome => html! { <Welcome resume={started} /> },
        Route::Step(id) => html! { <StepPage {id} /> },
        Route::Review => html! { <CheckAnswersPage /> },
        Route::Results => html! { <ResultsPage /> },
        Route::Procedure(id) => html! { <ProcedurePage {id} /> },
        Route::Summary => html! { <SummaryPage /> },
        Route::Shared(code) => html! { <SharedPage {code} /> },
        Route::Clinics => html! { <ClinicsPage /> },
        Route::NotFound => html! {
            <section class="card">
                <h1 tabindex="-1">{ t(k::NOTFOUND_TITLE) }</h1>
                <p>{ t(k::NOTFOUND_BODY) }</p>
                <a class="btn btn-primary" href="#/">{ t(k::NOTFOUND_HOME) }</a>
            </section>
        },
    }
}
