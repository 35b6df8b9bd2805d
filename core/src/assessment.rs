//! The assessment: what to do first, candidacy, procedures, specialist,
//! questions, precautions, scores and the trace of every rule that fired.
//! Ids are stable: the UI, links and tests depend on them.

use serde::Serialize;

use super::answers::choice;
use super::Tri;

choice!(
    /// What to do first. Ordered from least to most pressing.
    Urgency {
        SeePainSpecialist = "see_pain_specialist",
        SeeOtherSpecialist = "see_other_specialist",
        SeePrimaryCare = "see_primary_care",
        Urgent = "urgent",
        Emergency = "emergency",
    }
);

choice!(
    /// When to act on what to do first: one per assessment, from the
    /// urgency alone ([`crate::timing::frame`]). Every timing word on the
    /// results comes from it through the `{when}` placeholder.
    TimeFrame { Now = "now", Within24Hours = "within_24_hours", Routine = "routine" }
);

choice!(
    /// Whether interventional pain care looks right now.
    Candidacy { Likely = "likely", Possible = "possible", NotYet = "not_yet", NotSuitable = "not_suitable" }
);

choice!(
    /// How well a procedure matches the pattern.
    Fit { Possible = "possible", Strong = "strong" }
);

choice!(
    /// The procedures PainPath can discuss, in the order a plan usually meets them.
    Procedure {
        EpiduralSteroidInjection = "epidural_steroid_injection",
        MedialBranchBlock = "medial_branch_block",
        RadiofrequencyAblation = "radiofrequency_ablation",
        SacroiliacJointInjection = "sacroiliac_joint_injection",
        JointInjection = "joint_injection",
        GenicularNerveTreatment = "genicular_nerve_treatment",
        TriggerPointInjection = "trigger_point_injection",
        OccipitalNerveBlock = "occipital_nerve_block",
        SympatheticBlock = "sympathetic_block",
        VertebralAugmentation = "vertebral_augmentation",
        SpinalCordStimulation = "spinal_cord_stimulation",
        PeripheralNerveStimulation = "peripheral_nerve_stimulation",
    }
);

choice!(
    /// The kind of clinician to see first.
    SpecialistKind {
        EmergencyCare = "emergency_care",
        PrimaryCare = "primary_care",
        InterventionalPain = "interventional_pain",
        SpineSurgeon = "spine_surgeon",
        Rheumatologist = "rheumatologist",
        HeadacheNeurologist = "headache_neurologist",
        Neurologist = "neurologist",
        PelvicSpecialist = "pelvic_specialist",
        SurgicalTeam = "surgical_team",
    }
);

choice!(
    /// Care that works alongside the main specialist.
    Support {
        PhysicalTherapist = "physical_therapist",
        PainPsychologist = "pain_psychologist",
        MultidisciplinaryProgram = "multidisciplinary_program",
        SpineSurgeon = "spine_surgeon",
    }
);

/// A reason shown to the patient: the rule that produced it and its text key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub rule: &'static str,
    pub text: &'static str,
}

/// Something that must be true before (or on the way to) a procedure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Prerequisite {
    pub text: &'static str,
    /// `met`, `not_met` or `unknown` from the answers; clinic steps are `unknown`.
    pub status: Tri,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProcedureMatch {
    pub id: Procedure,
    pub fit: Fit,
    pub reasons: Vec<Reason>,
    pub prerequisites: Vec<Prerequisite>,
    pub cautions: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CandidacyResult {
    pub verdict: Candidacy,
    pub reasons: Vec<Reason>,
    pub still_needed: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Specialist {
    pub kind: SpecialistKind,
    pub why: Vec<Reason>,
    pub credentials: Vec<&'static str>,
    pub also: Vec<Support>,
}

/// A consultation question and why it is on the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    pub text: &'static str,
    pub why: &'static str,
}

/// Screening scores. `None` when the items were not all answered.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Scores {
    /// PEG: mean of three 0–10 items (Krebs 2009).
    pub peg: Option<f32>,
    /// PHQ-2: 0–6, 3 or more is a positive screen.
    pub phq2: Option<u8>,
    /// GAD-2: 0–6, 3 or more is a positive screen.
    pub gad2: Option<u8>,
    /// Budapest symptom categories reported (0–4); the exam decides.
    pub budapest_symptom_categories: u8,
    /// ASAS inflammatory back pain items met (0–5).
    pub asas_items: u8,
    /// DN4 interview items reported (0–7): a hint of nerve pain, not a score.
    pub dn4_interview_items: u8,
}

/// One rule that fired, with the answers that made it fire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceEntry {
    pub rule: &'static str,
    pub answers: Vec<(String, String)>,
    pub sources: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub urgency: Urgency,
    /// When to act on it; the `{when}` in every text is said from this.
    pub time_frame: TimeFrame,
    pub urgency_reasons: Vec<Reason>,
    pub candidacy: CandidacyResult,
    pub procedures: Vec<ProcedureMatch>,
    pub specialist: Specialist,
    pub questions: Vec<Question>,
    pub precautions: Vec<Reason>,
    pub scores: Scores,
    pub trace: Vec<TraceEntry>,
    /// Every source behind this result, in citation order.
    pub sources: Vec<&'static str>,
}
