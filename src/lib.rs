//! PainPath: an in-browser guide for people in persistent pain.
//!
//! - [`engine`] is pure: answers in, assessment out, no web APIs.
//! - [`text`] holds the patient-facing words, looked up by key.
//! - [`ui`] renders with Yew and keeps the answers; it makes no clinical decision.

pub mod clinic;
pub mod crash;
pub mod engine;
pub mod review;
pub mod text;
pub mod ui;

/// Mount the app on `<body>`. Called by the wasm binary's `main`.
pub fn start() {
    crash::install();
    crash::reset_if_asked();
    yew::Renderer::<ui::App>::new().render();
}
