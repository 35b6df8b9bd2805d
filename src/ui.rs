//! The Yew interface. It renders and collects answers; every clinical decision
//! is made by [`painpath_core`]. Browser calls go through [`crate::platform`].

pub mod answer_words;
mod app;
pub mod components;
pub mod hooks;
pub mod language;
pub mod pages;
pub mod providers;
pub mod route;
mod shell;
pub mod state;

pub use app::{App, AskApp, ClinicApp};
pub(crate) use providers::clinic_from_location;
