//! The clinical knowledge base, in one folder a clinician can read top to bottom:
//!
//! 1. [`red_flags`] — signs that need emergency or urgent care first.
//! 2. [`routes`] — who should see the patient first when it is not a pain specialist.
//! 3. [`patterns`] — pain patterns and the procedures that match them.
//! 4. [`procedures`] — each procedure's gates, cautions and questions.
//! 5. [`care`] — precautions, supporting care and answer-driven questions.
//! 6. [`sources`] — every source a rule may cite.
//!
//! Every rule has an id, the patient-facing reason (a text key in
//! `locales/`), the answers it reads (for the trace) and its source ids.

pub mod care;
pub mod patterns;
pub mod procedures;
pub mod red_flags;
pub mod routes;
pub mod sources;

use super::assessment::{Candidacy, Fit, Procedure, SpecialistKind, Support, Urgency};
use super::facts::Facts;

/// What a rule does when it fires.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effect {
    /// A red flag: urgency is at least this.
    RedFlag(Urgency),
    /// A routing decision: who first, and what it means for candidacy.
    Route(Route),
    /// A pattern matches a procedure.
    Match(Procedure, Fit),
    /// A pattern rules a procedure out.
    Exclude(Procedure),
    /// Supporting care to add.
    Support(Support),
    /// A precaution to show; applies to every procedure, or to one.
    Precaution(Option<Procedure>),
    /// A consultation question (text key) driven by the answers.
    Ask(&'static str),
}

/// Where the patient should go first when it is not (yet) a pain specialist.
/// The highest [`Route::priority`] decides between routes that fire together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub urgency: Urgency,
    pub specialist: SpecialistKind,
    pub candidacy: Candidacy,
    /// Keep matched procedures on the result (as things to discuss later).
    pub keep_procedures: bool,
    pub priority: u8,
}

/// One rule of the knowledge base.
pub struct Rule {
    pub id: &'static str,
    pub effect: Effect,
    /// Text key of the patient-facing reason.
    pub reason: &'static str,
    /// Answer fields the rule reads, shown in the trace.
    pub reads: &'static [&'static str],
    /// Source ids from [`sources::SOURCES`].
    pub sources: &'static [&'static str],
    pub when: fn(&Facts) -> bool,
}

/// Every rule, in reading order.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    red_flags::RULES
        .iter()
        .chain(routes::RULES)
        .chain(patterns::RULES)
        .chain(care::RULES)
}
