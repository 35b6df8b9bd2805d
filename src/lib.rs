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

/// Get the words ready in the right language, then mount the app on
/// `<body>`. Called by the wasm binary's `main`.
pub fn start() {
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
        yew::Renderer::<ui::App>::new().render();
    });
}
