//! The app's behaviour over time, one hook per concern, so the root
//! component only composes them.

mod use_emergency_redirect;
mod use_focus_on_route;
mod use_full_app;
mod use_locale_rest;
mod use_route;
mod use_update_ready;

pub use use_emergency_redirect::use_emergency_redirect;
pub use use_focus_on_route::use_focus_on_route;
pub use use_full_app::{use_full_app, FullApp};
pub use use_locale_rest::{use_locale_rest, LocaleRest, Words};
pub use use_route::use_route;
pub use use_update_ready::use_update_ready;
