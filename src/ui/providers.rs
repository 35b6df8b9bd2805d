//! The contexts every screen reads: the language on screen, the clinic's
//! settings and the patient's answers. Each provider owns its state; each
//! `use_*` hook returns its context. A missing provider is a mistake in the
//! code (the root component sets all three up), so those hooks panic saying so.

mod answers;
mod clinic;
mod language;

pub use answers::{use_answers, AnswersContext, AnswersProvider};
pub(crate) use clinic::clinic_from_location;
pub use clinic::{use_clinic, ClinicContext, ClinicProvider};
pub use language::{use_language, LanguageContext, LanguageProvider};

use yew::prelude::*;

/// Wrap `children` in a provider of `context`.
fn provide<T: Clone + PartialEq + 'static>(context: T, children: Html) -> Html {
    html! { <ContextProvider<T> {context}>{ children }</ContextProvider<T>> }
}

/// A context the root component always provides; `provider` names it in
/// the message should a component ever be mounted without it.
#[hook]
fn use_provided<T: Clone + PartialEq + 'static>(provider: &'static str) -> T {
    use_context::<T>().unwrap_or_else(|| panic!("needs a <{provider}> above it"))
}
