//! The Yew interface. It renders and collects answers; every clinical decision
//! is made by [`painpath_core`].

pub mod answer_words;
mod app;
pub mod components;
pub mod context;
pub mod language;
pub mod pages;
pub mod route;
pub mod state;

pub(crate) use app::clinic_from_location;
pub use app::App;
