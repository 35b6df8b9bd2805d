//! The clinical knowledge base, in one folder a clinician can read top to bottom:
//!
//! 1. [`red_flags`] — signs that need emergency or urgent care first;
//!    [`red_flags_combined`] — flags that need several answers together;
//!    [`safety_first`] — "not sure" and unanswered safety questions.
//! 2. [`routes`] — who should see the patient first when it is not a pain specialist.
//! 3. [`patterns`] — pain patterns and the procedures that match them.
//!    [`earlier_procedures`] — what earlier procedures say about the next one;
//!    [`body_regions`] — the face, pelvis, pain after an operation, sides.
//! 4. [`procedures`] — each procedure's gates, cautions and questions.
//! 5. [`care`] — precautions, supporting care and answer-driven questions;
//!    [`team_needs`] — bleeding risk by procedure and what the team needs to know.
//! 6. [`policy`] — what follows from the rules that fired: where the patient
//!    goes first, the candidacy verdict, and supporting care the plan adds.
//! 7. [`specialists`] — why each kind of clinician is the one to see.
//! 8. [`sources`] — every source a rule may cite.
//!
//! Every rule has an id, the patient-facing reason (a text key in
//! `locales/`), the answers it reads (for the trace) and its source ids.
//!
//! ## How rules that fire together combine (hit policies)
//!
//! The engine derives facts from the answers, runs each set of rules by its
//! [`HitPolicy`], then assembles the result:
//!
//! | rules | effect | hit policy |
//! |---|---|---|
//! | [`red_flags`] | [`Effect::RedFlag`] | [`HitPolicy::MaxBy`] urgency |
//! | [`routes`] | [`Effect::Route`] | [`HitPolicy::FirstByPriority`] |
//! | [`patterns`] | [`Effect::Match`] | [`HitPolicy::Collect`], strongest fit per procedure |
//! | [`patterns`], [`routes`] | [`Effect::Exclude`], [`Effect::Limit`] | [`HitPolicy::Subtract`] from the matches (or their fit) |
//! | [`care`] | [`Effect::Support`], [`Effect::Precaution`], [`Effect::Ask`] | [`HitPolicy::Collect`] |
//! | [`policy::URGENT_CARE`] | a red flag fired: where to go | [`HitPolicy::First`] |
//! | [`policy::CANDIDACY`] | no red flag, no route: where to go | [`HitPolicy::First`] |
//! | [`policy::SUPPORT`] | supporting care the plan adds or drops | [`HitPolicy::Collect`], then [`HitPolicy::Subtract`] |

pub mod body_regions;
pub mod care;
pub mod earlier_procedures;
pub mod evidence;
pub mod patterns;
pub mod patterns_body;
pub mod policy;
pub mod procedures;
pub mod red_flags;
pub mod red_flags_combined;
pub mod routes;
pub mod safety_first;
pub mod sources;
pub mod specialists;
pub mod team_needs;
pub mod values;

use super::answers::Field;
use super::assessment::{Candidacy, Fit, Procedure, SpecialistKind, Support, Urgency};
use super::facts::Facts;

/// How the rules of one set that fire together make one decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HitPolicy {
    /// The highest value wins; every rule at that value gives a reason.
    MaxBy,
    /// The rule with the highest priority wins.
    FirstByPriority,
    /// The first rule, in reading order, that holds decides.
    First,
    /// Every rule that fires adds its effect.
    Collect,
    /// Every rule that fires takes its effect away from what was collected.
    Subtract,
}

/// What a rule does when it fires.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Effect {
    /// A red flag: urgency is at least this.
    RedFlag(Urgency),
    /// A routing decision: who first, and what it means for candidacy.
    Route(Route),
    /// A pattern matches a procedure.
    Match(Procedure, Fit),
    /// A pattern or a safety rule rules these procedures out.
    Exclude(&'static [Procedure]),
    /// These procedures are at most a possible fit, never a strong one
    /// (something must be checked or settled first).
    Limit(&'static [Procedure]),
    /// Supporting care to add.
    Support(Support),
    /// A precaution to show; applies to every procedure, or to one.
    Precaution(Option<Procedure>),
    /// A consultation question (text key) driven by the answers.
    Ask(&'static str),
}

impl Effect {
    /// How rules with this effect combine when several fire.
    pub const fn hit_policy(self) -> HitPolicy {
        match self {
            Effect::RedFlag(_) => HitPolicy::MaxBy,
            Effect::Route(_) => HitPolicy::FirstByPriority,
            Effect::Exclude(_) | Effect::Limit(_) => HitPolicy::Subtract,
            Effect::Match(..) | Effect::Support(_) | Effect::Precaution(_) | Effect::Ask(_) => {
                HitPolicy::Collect
            }
        }
    }
}

/// Where the patient goes first, and what it means for candidacy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub urgency: Urgency,
    pub specialist: SpecialistKind,
    pub candidacy: Candidacy,
    /// Keep matched procedures on the result (as things to discuss later).
    pub keep_procedures: bool,
    /// Text key of what has to happen first, shown before any open gates.
    pub still_needed: Option<&'static str>,
}

/// Where the patient should go first when it is not (yet) a pain specialist.
/// The highest [`Route::priority`] decides between routes that fire together.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub place: Place,
    pub priority: u8,
}

/// One rule of the knowledge base. Most rules read the facts derived from the
/// answers; [`policy`] rules read what the other rules found (`When`).
pub struct Rule<E = Effect, When = fn(&Facts) -> bool> {
    pub id: &'static str,
    pub effect: E,
    /// Text key of the patient-facing reason.
    pub reason: &'static str,
    /// Every answer field the rule's condition reads, shown in the trace.
    /// A property test proves the list complete: changing a field not
    /// listed never changes whether the rule fires.
    pub reads: &'static [Field],
    /// Source ids from [`sources::SOURCES`].
    pub sources: &'static [&'static str],
    pub when: When,
}

impl<E, When> Rule<E, When> {
    /// How the rule is listed for reviewers and tests.
    pub fn listed(&'static self) -> Listed {
        Listed {
            id: self.id,
            reasons: std::slice::from_ref(&self.reason),
            sources: self.sources,
        }
    }
}

/// Any entry of the knowledge base that can stand in a trace: a rule, a
/// specialist or a procedure's catalogue entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Listed {
    pub id: &'static str,
    /// Text keys of the patient-facing reasons it can give.
    pub reasons: &'static [&'static str],
    pub sources: &'static [&'static str],
}

/// Every rule that reads the facts, in reading order.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    red_flags::RULES
        .iter()
        .chain(red_flags_combined::RULES)
        .chain(safety_first::RULES)
        .chain(routes::RULES)
        .chain(patterns::RULES)
        .chain(patterns_body::RULES)
        .chain(earlier_procedures::RULES)
        .chain(body_regions::RULES)
        .chain(care::RULES)
        .chain(team_needs::RULES)
}

/// Every entry a trace can name, in reading order: the rules that read the
/// facts, the policy rules, the specialists and the procedure catalogue.
pub fn every_entry() -> impl Iterator<Item = Listed> {
    all_rules()
        .map(Rule::listed)
        .chain(policy::URGENT_CARE.all().map(Rule::listed))
        .chain(policy::CANDIDACY.all().map(Rule::listed))
        .chain(policy::SUPPORT.iter().map(Rule::listed))
        .chain(std::iter::once(policy::FIT_GATES.listed()))
        .chain(specialists::SPECIALISTS.iter().map(|s| Listed {
            id: s.id,
            reasons: std::slice::from_ref(&s.why),
            sources: s.sources,
        }))
        .chain(procedures::CATALOGUE.iter().map(|p| Listed {
            id: p.rule,
            reasons: p.cautions,
            sources: p.sources,
        }))
}
