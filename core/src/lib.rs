//! PainPath's pure core: everything that decides or validates, with no web
//! dependency (Cargo enforces it: this crate depends on serde and nothing
//! else; `scripts/test.sh` fails if that ever changes).
//!
//! - [`answers`]: what the questionnaire captures, and its one field schema.
//! - [`questionnaire`]: the steps, their questions and when each is asked
//!   (skip logic is clinical content: it decides which red flags are asked).
//! - [`facts`], [`knowledge`], [`assess`]: the engine. Same answers in, same
//!   assessment out; no clock, no randomness.
//! - [`codec`]: the compact code of the answers for links and storage.
//! - [`clinic`]: clinic-link settings, validated.
//! - [`fhir`]: the questionnaire as a FHIR R4 `Questionnaire` and a
//!   person's answers as a `QuestionnaireResponse`, for a clinic's records.
//! - [`locale`], [`phrases`]: reading the locale files and the values of the
//!   placeholders in reasons (the words themselves live in `locales/`).
//! - `case_review` (feature `json`): reading case files and printing an
//!   assessment for the clinician's `review` command.
//! - `validate` (feature `json`): checking cases against their expectations,
//!   and the accuracy report of `review --validate DIR`.
//! - `surveyjs` (feature `json`): the questionnaire, skip logic included, as
//!   a SurveyJS survey for the side-by-side benchmark (`review --surveyjs`).

pub mod answers;
pub mod assessment;
#[cfg(feature = "json")]
pub mod case_review;
pub mod clinic;
pub mod codec;
#[cfg(feature = "json")]
pub mod consistency;
pub mod facts;
pub mod fhir;
pub mod knowledge;
pub mod locale;
pub mod phrases;
pub mod questionnaire;
#[cfg(feature = "json")]
pub mod surveyjs;
pub mod timing;
#[cfg(feature = "json")]
pub mod validate;

mod assess;

pub use answers::{AnswerError, Answers};
pub use assess::{
    assess, red_flag_level, red_flag_tables, GATE_CARE_TOO_PAINFUL, STILL_PAIN_CONTROL_FIRST,
};
pub use assessment::Assessment;

use serde::Serialize;

/// Three-valued answer to "is this true yet?".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    Met,
    NotMet,
    Unknown,
}
