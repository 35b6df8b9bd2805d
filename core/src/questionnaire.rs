//! The questionnaire as data: steps, their questions, and when each is asked.
//!
//! This is clinical content, reviewed with the rules: skip logic decides
//! which red flags a patient is ever asked, and a flag never asked can never
//! fire. Every condition below says in words when it holds; the words appear
//! in `docs/answers.md`. Conditions are data ([`Cond`]), not code, so they
//! can be read as well as tested: the review command exports the whole
//! questionnaire, skip logic included, as a SurveyJS survey for the
//! side-by-side benchmark (`review --surveyjs`).
//!
//! Each question asks one answer field of the schema
//! ([`crate::answers::Field`]); the field's kind decides how it is answered
//! (see [`Widget`]) and its value set gives the options. Text keys: a step's
//! title is `step.<id>.title` and its optional intro `step.<id>.intro`; a
//! question's label is `q.<field id>`, its optional help `q.<field id>.help`.

use crate::answers::{Answers, Field as F, Kind, Region, Value};

mod conditions;
mod screen;
pub use conditions::GCA_AGE;
use conditions::*;
pub use screen::*;

/// A skip-logic condition on the answers so far. Sets of values are bits
/// ([`Region::bit`], [`YesNo::bit`]...): a value's bit is its place in its
/// field's value list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cond {
    /// Always true.
    Always,
    /// Any of these regions hurts.
    Hurts(u32),
    /// Any of these regions hurts, or no region is marked (yet): a safety
    /// question that depends on where it hurts is asked of everyone who
    /// leaves the body map empty.
    HurtsOrUnmarked(u32),
    /// More than this many regions hurt.
    RegionsOver(u8),
    /// A one-value field's answer is one of these values, or a set field
    /// holds any of them.
    Is(F, u32),
    /// The field is not answered with any of these values: unanswered, or
    /// another value (a set field holds none of them). "Not answered" is
    /// never "no": a question that must be asked unless an answer rules it
    /// out uses this.
    IsNot(F, u32),
    /// A number field is answered, with at least this.
    AtLeast(F, u8),
    /// A number field is not answered, or is under this.
    Under(F, u8),
    /// Any of these holds.
    Any(&'static [Cond]),
    /// All of these hold.
    All(&'static [Cond]),
}

impl Cond {
    pub fn holds(&self, a: &Answers) -> bool {
        match *self {
            Cond::Always => true,
            Cond::Hurts(regions) => a.pain.any_of(regions),
            Cond::HurtsOrUnmarked(regions) => a.pain.regions.is_empty() || a.pain.any_of(regions),
            Cond::RegionsOver(n) => a.pain.regions.len() > usize::from(n),
            Cond::Is(field, values) => match field.get(a) {
                Value::One(i) => values & (1 << i) != 0,
                Value::Set(bits) => values & bits != 0,
                _ => false,
            },
            Cond::IsNot(field, values) => match field.get(a) {
                Value::One(i) => values & (1 << i) == 0,
                Value::Set(bits) => values & bits == 0,
                _ => true,
            },
            Cond::AtLeast(field, min) => matches!(field.get(a), Value::Number(n) if n >= min),
            Cond::Under(field, max) => !matches!(field.get(a), Value::Number(n) if n >= max),
            Cond::Any(conds) => conds.iter().any(|c| c.holds(a)),
            Cond::All(conds) => conds.iter().all(|c| c.holds(a)),
        }
    }
}

/// When a step or question is asked: a condition on the answers so far, and
/// the same condition in words for the answers documentation (kept only
/// with the `json` feature, the review tool's: the app never shows them).
#[derive(Clone, Copy)]
pub struct When {
    pub cond: Cond,
}

impl When {
    /// The condition in words (for the answers documentation).
    pub fn says(&self) -> &'static str {
        conditions::says(&self.cond)
    }

    pub fn holds(&self, a: &Answers) -> bool {
        self.cond.holds(a)
    }
}

/// One question: the field it asks, and when.
#[derive(Clone, Copy)]
pub struct Question {
    pub field: F,
    pub ask_when: &'static When,
}

impl Question {
    /// The question's id: its text key is `q.<id>`.
    pub fn id(&self) -> &'static str {
        self.field.id()
    }
}

/// Questions are fixed data: one field is one question.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.field == other.field
    }
}

#[derive(Clone, Copy)]
pub struct Step {
    pub id: &'static str,
    pub questions: &'static [Question],
    pub ask_when: &'static When,
}

/// How a question is answered, from its field's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// One of several values (radio buttons).
    Choice,
    /// Any number of values (checkboxes).
    Multi,
    /// A point on a scale.
    Scale,
    /// A whole number typed in.
    Number,
    /// The body map, with its list alternative.
    BodyMap,
}

/// The widget for a field.
pub fn widget(field: F) -> Widget {
    match (field, field.kind()) {
        (F::Regions, _) => Widget::BodyMap,
        (_, Kind::One { .. }) => Widget::Choice,
        (_, Kind::Set { .. }) => Widget::Multi,
        (_, Kind::Scale { .. }) => Widget::Scale,
        (_, Kind::Number { .. }) => Widget::Number,
    }
}

/// The options offered for a choice or multi question, as indices into the
/// field's value list: all of them, except that the main region is chosen
/// from the regions the patient marked.
pub fn options(field: F, a: &Answers) -> Vec<u8> {
    match field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => (0..ids.len() as u8)
            .filter(|i| offered(field, *i))
            .filter(|i| {
                field != F::MainRegion
                    || Region::ALL
                        .get(usize::from(*i))
                        .is_some_and(|r| a.pain.has(*r))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a value is offered at all for this field: mornings and the
/// movements that hurt with a spine fracture are things that make pain
/// worse, never better.
pub fn offered(field: F, index: u8) -> bool {
    use crate::answers::Activity as Act;
    let worse_only = [
        Act::RollingOverInBed,
        Act::GettingUpFromChair,
        Act::CoughingOrSneezing,
        Act::Mornings,
    ];
    field != F::BetterWith || !worse_only.iter().any(|x| *x as u8 == index)
}

/// A question asked whenever its step is.
const fn ask(field: F) -> Question {
    Question {
        field,
        ask_when: &ALWAYS,
    }
}

/// A question asked only when `when` holds.
const fn ask_if(field: F, when: &'static When) -> Question {
    Question {
        field,
        ask_when: when,
    }
}

const fn step(id: &'static str, ask_when: &'static When, questions: &'static [Question]) -> Step {
    Step {
        id,
        questions,
        ask_when,
    }
}

/// The steps in order. Where it hurts comes first: it decides which safety
/// questions can apply. Then every emergency question that can apply
/// (`safety`, and `warning_signs` with the chest signs), before any other
/// question; then the urgent signs of the safety screen (`health`) and the
/// rest. Left empty, the body map hides no safety question
/// ([`Cond::HurtsOrUnmarked`]).
pub const STEPS: &[Step] = &[
    step(
        "where",
        &ALWAYS,
        &[ask(F::Regions), ask_if(F::MainRegion, &SEVERAL_REGIONS)],
    ),
    step(
        "safety",
        &ALWAYS,
        &[
            ask(F::SaddleNumbness),
            ask(F::BladderChange),
            ask(F::BowelControl),
            ask(F::BothLegsWeak),
            ask(F::RapidWeakness),
            ask_if(F::SexualFunctionChange, &BACK_OR_LEG_SIGNS),
            ask_if(F::ThunderclapHeadache, &HEADACHE_SIGNS),
            ask_if(F::HeadacheFeverStiffNeck, &HEADACHE_SIGNS),
            ask_if(F::HeadacheNeuroSigns, &HEADACHE_SIGNS),
            ask_if(F::HeadacheAfterHeadInjury, &HEADACHE_SIGNS),
        ],
    ),
    step(
        "warning_signs",
        &SPINE_ARM_CHEST_OR_JAW,
        &[
            ask(F::ChestSymptoms),
            ask_if(F::JawPainExertion, &FACE_SIGNS),
            ask_if(F::Myelopathy, &NECK_ARMS_UPPER_BACK_SIGNS),
            ask_if(F::AfterSpinalProcedure, &SPINE_SIGNS),
        ],
    ),
    step(
        "health",
        &ALWAYS,
        &[
            ask(F::FeverChills),
            ask(F::RecentInfection),
            ask(F::WeakImmuneSystem),
            ask(F::LongTermSteroids),
            ask(F::InjectsDrugs),
            ask(F::FallOrInjury),
            ask_if(F::MajorTrauma, &FELL_OR_INJURED),
            ask(F::CancerHistory),
            ask(F::WeightLoss),
            ask(F::ConstantNightPain),
        ],
    ),
    step(
        "about",
        &ALWAYS,
        &[
            ask(F::Age),
            ask_if(F::ArmSide, &UPPER_LIMB),
            ask_if(F::LegSide, &LOWER_LIMB),
        ],
    ),
    step(
        "travel",
        &LEG_OR_ARM_AREA,
        &[
            ask_if(F::BelowKnee, &LEG_AREA),
            ask_if(F::DownArm, &ARM_AREA),
            ask_if(F::NumbnessTingling, &TRAVELS),
            ask_if(F::Dominance, &TRAVELS),
            ask(F::SlowlyWorseningWeakness),
        ],
    ),
    step(
        "headache",
        &HEAD_OR_FACE,
        &[
            ask_if(F::HeadacheMainProblem, &HEAD),
            ask_if(F::HeadacheKind, &HEAD),
            ask_if(F::ScalpTender, &HEAD),
            ask_if(F::HeadacheNewAfter50, &HEAD_SIGNS),
            ask_if(F::HeadachePatternChange, &HEAD_SIGNS),
            ask_if(F::HeadachePosturalOrCough, &HEAD_SIGNS),
            ask_if(F::HeadachePregnancyCancerHiv, &HEAD_SIGNS),
            ask_if(F::HeadacheMedicineDays, &HEAD),
            ask_if(F::FaceAttacks, &FACE),
            ask_if(F::JawPainChewing, &FACE_50_PLUS),
            ask_if(F::TempleTender, &HEAD_OR_FACE_50_PLUS),
            ask_if(F::SightChanges, &HEAD_OR_FACE_50_PLUS),
            ask(F::ShinglesNearEye),
        ],
    ),
    // How it started comes before the CRPS signs of an arm or leg: CRPS
    // follows an injury, a broken bone, an operation or a cast of the limb,
    // so they are asked unless the answers show leg or arm pain that
    // travels from the back or neck and began with no injury
    // ([`conditions::CRPS_CAN_APPLY`]).
    step(
        "when",
        &ALWAYS,
        &[
            ask(F::Duration),
            ask(F::Onset),
            ask_if(F::OutOfProportion, &CRPS_CAN_APPLY),
            ask_if(F::TouchHurts, &CRPS_CAN_APPLY),
            ask_if(F::ColourOrTemperature, &CRPS_CAN_APPLY),
            ask_if(F::SwellingOrSweating, &CRPS_CAN_APPLY),
            ask_if(F::StiffnessOrSkinChanges, &CRPS_CAN_APPLY),
        ],
    ),
    step(
        "strength",
        &ALWAYS,
        &[ask(F::PegPain), ask(F::PegEnjoyment), ask(F::PegActivity)],
    ),
    step(
        "changes",
        &ALWAYS,
        &[
            ask(F::WorseWith),
            ask(F::BetterWith),
            ask_if(F::NightPainEasesOnRising, &LOW_BACK),
            ask_if(F::BeganBefore40, &LOW_BACK_AGE_40_PLUS),
        ],
    ),
    step("feel", &ALWAYS, &[ask(F::Qualities), ask(F::MuscleKnots)]),
    step(
        "tried",
        &ALWAYS,
        &[
            ask(F::PhysicalTherapy),
            ask(F::HomeExercise),
            ask_if(F::CareResult, &TRIED_THERAPY),
            ask(F::Medicines),
            ask(F::MedicineKinds),
            ask_if(F::AntiInflammatoryRelief, &TOOK_ANTI_INFLAMMATORY),
            ask_if(F::AcetaminophenRelief, &TOOK_ACETAMINOPHEN),
            ask_if(F::NervePainRelief, &TOOK_NERVE_PAIN),
            ask_if(F::OpioidRelief, &TOOK_OPIOID),
            ask_if(F::MuscleRelaxantRelief, &TOOK_MUSCLE_RELAXANT),
            ask(F::PsychologicalTherapy),
        ],
    ),
    step(
        "procedures_before",
        &ALWAYS,
        &[
            ask(F::PriorInjections),
            ask_if(F::PriorEpidural, &SPINE_EARLIER_INJECTIONS),
            ask_if(F::SteroidInjections12Months, &EARLIER_INJECTIONS),
            ask_if(F::DiagnosticBlocks, &SPINE_EARLIER_INJECTIONS),
            ask_if(F::PriorAblation, &SPINE_EARLIER_INJECTIONS),
            ask_if(F::SpineSurgery, &SPINE),
            ask_if(F::SinceSpineSurgery, &HAD_SPINE_SURGERY),
            ask(F::SurgeonAdvice),
            ask(F::Imaging),
        ],
    ),
    step("diagnoses", &ALWAYS, &[ask(F::Diagnoses)]),
    step(
        "precautions",
        &ALWAYS,
        &[
            ask(F::BloodThinners),
            ask_if(F::ThinnerReason, &TAKES_THINNER),
            ask(F::BleedingDisorder),
            ask(F::Diabetes),
            ask_if(F::Pregnant, &PREGNANCY_CAN_APPLY),
            ask(F::InfectionNow),
            ask(F::Allergies),
            ask(F::ImplantedDevice),
            ask_if(F::DeviceSiteInfection, &HAS_IMPLANT),
            ask(F::Opioids),
            ask(F::SleepApnea),
            ask(F::KidneyDisease),
            ask_if(F::Smoking, &SPINE_OR_LIMB),
            ask_if(F::JointReplacementPlanned, &HIPS_OR_KNEES),
        ],
    ),
    step(
        "mood",
        &ALWAYS,
        &[
            ask(F::LittleInterest),
            ask(F::FeelingDown),
            ask(F::Nervous),
            ask(F::CannotStopWorrying),
        ],
    ),
    step("goals", &ALWAYS, &[ask(F::Goals)]),
];

/// Answer fields asked on the results page ("What matters to you"), not in
/// any step: they are optional, never change the assessment, and keep the
/// first visit's download as it is. Every other field is asked by exactly
/// one step; these by none.
pub const ASKED_ON_RESULTS: &[F] = &[F::Priorities];

/// The results page's questions as a step of their own, outside [`STEPS`]:
/// the FHIR export lists them after the questionnaire's steps.
pub const WHAT_MATTERS: Step = step("what_matters", &ALWAYS, &[ask(F::Priorities)]);

/// The steps asked for these answers, in order.
pub fn visible_steps(a: &Answers) -> Vec<&'static Step> {
    STEPS.iter().filter(|s| s.ask_when.holds(a)).collect()
}

/// The questions of a step asked for these answers.
pub fn visible_questions(step: &Step, a: &Answers) -> Vec<&'static Question> {
    step.questions
        .iter()
        .filter(|q| q.ask_when.holds(a))
        .collect()
}

pub fn step_by_id(id: &str) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.id == id)
}

/// The step and question that ask a field; `None` for a field no step asks.
pub fn asked_by(field: F) -> Option<(&'static Step, &'static Question)> {
    STEPS.iter().find_map(|s| {
        s.questions
            .iter()
            .find(|q| q.field == field)
            .map(|q| (s, q))
    })
}
