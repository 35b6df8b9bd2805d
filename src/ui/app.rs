use std::rc::Rc;

use gloo::events::EventListener;
use yew::prelude::*;

use super::context::{navigate, AppContext};
use super::language;
use super::pages::{
    clinics::ClinicsPage,
    procedure::ProcedurePage,
    results::{ResultsPage, SharedPage},
    review::ReviewPage,
    step::StepPage,
    summary::SummaryPage,
    welcome::Welcome,
};
use super::route::Route;
use super::state::{storage, Action};
use crate::text::{self, t, LANGUAGES};
use painpath_core::assess;
use painpath_core::assessment::Urgency;
use painpath_core::clinic::Clinic;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Move focus to the new screen's heading so keyboard and screen-reader users
/// start at the top of what changed.
fn focus_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(h1)) = doc.query_selector("main h1") {
        use wasm_bindgen::JsCast;
        if let Ok(h1) = h1.dyn_into::<web_sys::HtmlElement>() {
            let _ = h1.focus();
        }
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Clinic settings from the page's query string. Read at start-up (for the
/// link's language) and once by the app.
pub(crate) fn clinic_from_location() -> (Clinic, Vec<&'static str>) {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Clinic::from_query(&query)
}

/// Apply a clinic's accent colour through the CSS object model (allowed by
/// the Content-Security-Policy, unlike inline styles).
fn apply_accent(accent: Option<&str>) {
    let Some(accent) = accent else { return };
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = style.set_property("--accent", &format!("#{accent}"));
        let _ = style.set_property("--accent-dark", &format!("#{accent}"));
    }
}

/// The root component: one reducer for the answers, the assessment derived
/// from it, the hash router, and session storage.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(storage::load);
    // The words on screen; the answers do not depend on it.
    let lang = use_state(text::language);
    let switching = use_state(|| false);
    let lang_failed = use_state(|| false);
    // The results, guide and summary words arrive just after the first
    // screen; the screen re-renders when they do.
    let words_arrived = use_force_update();
    let rest_failed = use_state(|| false);
    {
        let words_arrived = words_arrived.clone();
        let rest_failed = rest_failed.clone();
        use_effect_with(*lang, move |lang| {
            let lang = *lang;
            if !text::is_complete(lang) {
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = language::load_all(lang).await.is_ok();
                    rest_failed.set(!ok);
                    words_arrived.force_update();
                });
            }
        });
    }
    let complete = text::is_complete(*lang);
    // The route is derived from the hash; two results links share a route
    // but not a code, so the hash itself is the state.
    let hash = use_state(current_hash);
    let route = Route::parse(&hash);
    let clinic_read = use_memo((), |_| {
        let (clinic, rejected) = clinic_from_location();
        apply_accent(clinic.accent.as_deref());
        (Rc::new(clinic), rejected)
    });
    let clinic = clinic_read.0.clone();
    let rejected_settings = use_state(|| clinic_read.1.clone());
    let update_ready = use_state(|| {
        web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"painpathUpdateReady".into()).ok())
            .is_some_and(|v| v.is_truthy())
    });
    {
        let update_ready = update_ready.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                EventListener::new(&w, "painpath:update-ready", move |_| update_ready.set(true))
            });
            move || drop(listener)
        });
    }

    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| hash.set(current_hash())));
            move || drop(listener)
        });
    }
    use_effect_with((*state).clone(), storage::save);
    let first_render = use_mut_ref(|| true);
    use_effect_with(route, move |_| {
        // On first load keep the page where the browser put it.
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            focus_heading();
        }
    });

    let assessment = use_memo(state.answers.clone(), assess);
    // Marks each committed render, so benchmarks can time an answer change
    // to the updated screen.
    use_effect(|| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("painpath:rendered");
        }
    });

    // An emergency answer goes straight to the "get help now" result, once.
    {
        let state = state.clone();
        let urgency = assessment.urgency;
        use_effect_with((urgency, route), move |(urgency, route)| {
            if *urgency == Urgency::Emergency
                && matches!(route, Route::Step(_))
                && !state.emergency_shown
            {
                state.dispatch(Action::EmergencyShown);
                navigate(Route::Results);
            }
        });
    }

    let ctx = AppContext {
        state: state.clone(),
        assessment: assessment.clone(),
        clinic: clinic.clone(),
        lang: *lang,
    };
    let started = state.answers != painpath_core::Answers::default();
    // Screens past the questions wait for the rest of the words.
    let needs_all = matches!(
        route,
        Route::Results | Route::Procedure(_) | Route::Summary | Route::Shared | Route::Clinics
    );
    let page = match route {
        _ if needs_all && !complete && *rest_failed => html! {
            <section class="card" role="alert">
                <p>{ t("notice.rest_unavailable") }</p>
            </section>
        },
        _ if needs_all && !complete => html! {
            <section class="card" role="status" aria-busy="true">
                <p>{ t("ui.loading") }</p>
            </section>
        },
        Route::Welcome => html! { <Welcome resume={started} /> },
        Route::Step(id) => html! { <StepPage {id} /> },
        Route::Review => html! { <ReviewPage /> },
        Route::Results => html! { <ResultsPage /> },
        Route::Procedure(id) => html! { <ProcedurePage {id} /> },
        Route::Summary => html! { <SummaryPage /> },
        Route::Shared => html! { <SharedPage hash={(*hash).clone()} /> },
        Route::Clinics => html! { <ClinicsPage /> },
        Route::NotFound => html! {
            <section class="card">
                <h1 tabindex="-1">{ t("notfound.title") }</h1>
                <p>{ t("notfound.body") }</p>
                <a class="btn btn-primary" href="#/">{ t("notfound.home") }</a>
            </section>
        },
    };
    let apply_update = Callback::from(|_: MouseEvent| {
        if let (Some(w), Ok(e)) = (
            web_sys::window(),
            web_sys::Event::new("painpath:apply-update"),
        ) {
            let _ = w.dispatch_event(&e);
        }
    });
    let dismiss_settings = {
        let rejected = rejected_settings.clone();
        Callback::from(move |_: MouseEvent| rejected.set(Vec::new()))
    };
    let rejected_names: Vec<&str> = rejected_settings
        .iter()
        .map(|k| t(&format!("clinic.setting.{k}")))
        .collect();
    let dismiss = {
        let d = state.dispatcher();
        Callback::from(move |_: MouseEvent| d.dispatch(Action::DismissNotice))
    };
    let switch_to = |target: &'static str| {
        let lang = lang.clone();
        let switching = switching.clone();
        let failed = lang_failed.clone();
        Callback::from(move |_: MouseEvent| {
            let lang = lang.clone();
            let switching = switching.clone();
            let failed = failed.clone();
            switching.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                // All of the new language's words, so no screen shows a gap;
                // the first part is enough if the rest cannot come now.
                let _ = language::load_all(target).await;
                let ok = text::is_ready(target);
                if ok {
                    language::apply(target);
                    language::remember(target);
                    lang.set(target);
                }
                failed.set(!ok);
                switching.set(false);
            });
        })
    };
    let switches = LANGUAGES
        .iter()
        .copied()
        .filter(|l| *l != *lang)
        .map(|target| {
            html! {
                <button type="button" class="lang-switch" lang={target} disabled={*switching}
                    onclick={switch_to(target)}>{ t(&format!("ui.language.{target}")) }</button>
            }
        });
    let dismiss_lang = {
        let failed = lang_failed.clone();
        Callback::from(move |_: MouseEvent| failed.set(false))
    };
    let live = format!(
        "{} {}",
        t("results.live"),
        t(&format!("urgency.{}.title", assessment.urgency.id()))
    );
    html! {
        <ContextProvider<AppContext> context={ctx}>
            <a class="skip" href="#main" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); focus_heading(); })}>{ t("ui.skip") }</a>
            <header class="site-header no-print">
                <a class="brand" href="#/">
                    { t("app.name") }
                    if let Some(name) = &clinic.name {
                        <span class="brand-clinic">{ format!(" · {name}") }</span>
                    }
                </a>
                <div class="header-tools">
                    <span class="privacy-pill">{ t("ui.private") }</span>
                    { for switches }
                </div>
            </header>
            // Keyed by language, so every screen is rebuilt in the new words;
            // the answers live above it and are untouched.
            <main id="main" class="page" key={*lang}>
                if *lang_failed {
                    <div class="notice notice-info no-print" role="status">
                        <p>{ t("notice.language_unavailable") }</p>
                        <button type="button" class="btn btn-small" onclick={dismiss_lang}>{ t("ui.dismiss") }</button>
                    </div>
                }
                if *update_ready {
                    <div class="notice notice-info no-print" role="status">
                        <p>{ t("notice.update_ready") }</p>
                        <button type="button" class="btn btn-small" onclick={apply_update}>{ t("ui.update_now") }</button>
                    </div>
                }
                if !rejected_names.is_empty() {
                    <div class="notice notice-info no-print" role="status">
                        <p>{ crate::text::fill(t("notice.settings_rejected"), &[("names", &rejected_names.join(", "))]) }</p>
                        <button type="button" class="btn btn-small" onclick={dismiss_settings}>{ t("ui.dismiss") }</button>
                    </div>
                }
                if let Some(notice) = state.notice {
                    <div class="notice notice-info" role="status">
                        <p>{ t(notice) }</p>
                        <button type="button" class="btn btn-small" onclick={dismiss}>{ t("ui.dismiss") }</button>
                    </div>
                }
                { page }
            </main>
            <div class="visually-hidden" aria-live="polite">
                { if started && complete && route == Route::Results { live } else { String::new() } }
            </div>
            <footer class="site-footer no-print"><p>{ t("footer.not_diagnosis") }</p></footer>
        </ContextProvider<AppContext>>
    }
}
