//! PainPath: an in-browser guide for people in persistent pain.
//!
//! - [`painpath_core`] is pure: answers in, assessment out, no web APIs.
//! - [`text`] holds the patient-facing words, looked up by key.
//! - [`ui`] renders with Yew and keeps the answers; it makes no clinical decision.
//! - [`platform`] is the only door to the browser and the page's scripts.

pub mod crash;
pub mod platform;
pub mod text;
pub mod ui;

use std::cell::RefCell;

thread_local! {
    /// Takes the running app off the page (see [`unmount`]).
    static MOUNTED: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// The questionnaire's app, the first a patient downloads. Called by the
/// `painpath` binary's `main`.
pub fn start() {
    start_app::<ui::AskApp>();
}

/// The whole patient app, started by the questionnaire's app when a screen
/// needs it. Called by the `painpath-full` binary's `main`.
pub fn start_full() {
    start_app::<ui::App>();
}

/// The clinic page's app. Called by the `painpath-clinic` binary's `main`.
pub fn start_clinic() {
    start_app::<ui::ClinicApp>();
}

/// Get the words ready in the right language, then mount `A` on `<body>`.
fn start_app<A: yew::BaseComponent<Properties = ()>>() {
    crash::install();
    crash::reset_if_asked();
    let (clinic, _) = ui::clinic_from_location();
    let lang = ui::language::initial(clinic.lang.as_deref());
    platform::spawn(async move {
        let ready = match ui::language::load(lang).await {
            Ok(()) => lang,
            // Fall back to English rather than show nothing.
            Err(_) if lang != text::DEFAULT_LANGUAGE => {
                match ui::language::load(text::DEFAULT_LANGUAGE).await {
                    Ok(()) => text::DEFAULT_LANGUAGE,
                    Err(_) => return ui::language::show_load_error(),
                }
            }
            Err(_) => return ui::language::show_load_error(),
        };
        ui::language::apply(ready);
        let app = yew::Renderer::<A>::new().render();
        MOUNTED.with(|m| *m.borrow_mut() = Some(Box::new(move || app.destroy())));
        platform::modules::started();
    });
}

/// Take the running app off the page, so another can start in its place.
pub fn unmount() {
    if let Some(destroy) = MOUNTED.with(|m| m.borrow_mut().take()) {
        destroy();
    }
}
