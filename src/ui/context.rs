//! The step page's view of the contexts, from before they were split in
//! three. New code uses [`use_answers`], [`use_clinic`] and [`use_language`].

use std::rc::Rc;

use yew::prelude::*;

use super::providers::Contexts;
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

/// The contexts together, or `None` outside the app.
#[hook]
pub fn use_app() -> Option<AppContext> {
    let c = use_context::<Rc<Contexts>>()?;
    Some(AppContext {
        state: c.answers.state.clone(),
        assessment: c.answers.assessment.clone(),
        clinic: c.clinic.clinic.clone(),
        lang: c.language.lang(),
    })
}
