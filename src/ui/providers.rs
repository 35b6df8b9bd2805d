//! What every screen reads: the language on screen, the clinic's settings
//! and the patient's answers. Each part is built by its own hook, called
//! once by the root component, and read below it with [`use_language`],
//! [`use_clinic`] or [`use_answers`].
//!
//! The three travel in one context: each provider a Yew app adds costs
//! download size, and the shell reads all three anyway.

mod answers;
mod clinic;
mod language;

pub use answers::{use_answers_state, AnswersContext};
pub(crate) use clinic::clinic_from_location;
pub use clinic::{use_clinic_state, ClinicContext};
pub use language::{use_language_state, LanguageContext};

use std::rc::Rc;

use yew::prelude::*;

/// The three parts together, as the root component provides them (in an
/// `Rc`, so that reading one part clones only that part).
#[derive(Clone)]
pub struct Contexts {
    pub language: LanguageContext,
    pub clinic: ClinicContext,
    pub answers: AnswersContext,
}

/// Whether the screens must re-render.
impl PartialEq for Contexts {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
            && self.clinic == other.clinic
            && self.answers.same_as(&other.answers)
    }
}

/// The root component always provides the contexts, so their absence is a
/// mistake in the code, never something a person can cause.
#[hook]
fn use_contexts() -> Rc<Contexts> {
    use_context::<Rc<Contexts>>().expect("mounted outside the App component's context")
}

/// The language on screen.
#[hook]
pub fn use_language() -> LanguageContext {
    use_contexts().language.clone()
}

/// The clinic's settings (defaults when the link set none).
#[hook]
pub fn use_clinic() -> ClinicContext {
    use_contexts().clinic.clone()
}

/// The answers and their assessment.
#[hook]
pub fn use_answers() -> AnswersContext {
    use_contexts().answers.clone()
}
