//! The step page's view of the three contexts, from before they were split
//! into providers. New code uses [`use_answers`], [`use_clinic`] and
//! [`use_language`] instead.

use std::rc::Rc;

use yew::prelude::*;

use super::providers::{AnswersContext, ClinicContext, LanguageContext};
use super::state::State;
use painpath_core::Assessment;

pub use super::providers::{use_answers, use_clinic, use_language};
pub use super::route::navigate;

#[derive(Clone)]
pub struct AppContext {
    pub state: UseReducerHandle<State>,
    pub assessment: Rc<Assessment>,
    pub clinic: Rc<painpath_core::clinic::Clinic>,
    /// The language on screen (see [`crate::text::language`]).
    pub lang: &'static str,
}

/// The three contexts together, or `None` outside their providers.
#[hook]
pub fn use_app() -> Option<AppContext> {
    let answers = use_context::<AnswersContext>();
    let clinic = use_context::<ClinicContext>();
    let language = use_context::<LanguageContext>();
    Some(AppContext {
        state: answers.as_ref()?.state.clone(),
        assessment: answers?.assessment,
        clinic: clinic?.clinic,
        lang: language?.lang,
    })
}
