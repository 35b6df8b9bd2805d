//! The root component: three providers around the shell and the screen the
//! route names.

use yew::prelude::*;

use super::hooks::{use_emergency_redirect, use_focus_on_route, use_route, LocaleRest};
use super::pages::{
    check::CheckAnswersPage,
    clinics::ClinicsPage,
    procedure::ProcedurePage,
    results::{ResultsPage, SharedPage},
    step::StepPage,
    summary::SummaryPage,
    welcome::Welcome,
};
use super::providers::{
    use_answers, use_language, AnswersProvider, ClinicProvider, LanguageProvider,
};
use super::route::Route;
use super::shell::Shell;
use crate::platform::dom;
use crate::text::t;

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <LanguageProvider>
            <ClinicProvider>
                <AnswersProvider>
                    <Screens />
                </AnswersProvider>
            </ClinicProvider>
        </LanguageProvider>
    }
}

/// Follows the route: focus, the emergency redirect, and the screen itself.
#[function_component(Screens)]
fn screens() -> Html {
    let route = use_route();
    use_focus_on_route(route);
    use_emergency_redirect(route);
    // Marks each committed render, so benchmarks can time an answer change
    // to the updated screen.
    use_effect(dom::mark_rendered);
    let started = use_answers().started();
    let rest = use_language().rest;
    html! {
        <Shell {route}>{ page(route, started, rest) }</Shell>
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
                <p>{ t("notice.rest_unavailable") }</p>
            </section>
        },
        _ if needs_rest && !rest.complete => html! {
            <section class="card" role="status" aria-busy="true">
                <p>{ t("ui.loading") }</p>
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
                <h1 tabindex="-1">{ t("notfound.title") }</h1>
                <p>{ t("notfound.body") }</p>
                <a class="btn btn-primary" href="#/">{ t("notfound.home") }</a>
            </section>
        },
    }
}
