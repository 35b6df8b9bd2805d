//! Precautions, supporting care and questions driven by the patient's own
//! answers (clinical-reference §4, §5, §7).

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{DiagnosticBlocks, PriorInjections, Region, SurgeonAdvice};
use crate::assessment::Support::*;
use crate::assessment::{Procedure, SpecialistKind};
use crate::facts::{is_yes, yes_or_unsure, Facts};

use super::team_needs::{high_bleeding_risk, HIGH_RISK_READS};

/// Spine pain at an age where other causes are a little more likely: new
/// (under 6 weeks) after 50, or at any duration under 20 (AHCPR: age under 20
/// is a warning sign until imaging is done). A single flag like this predicts
/// little on its own (Verhagen 2016), so it is a precaution with a prompt
/// check, not urgent care: age alone is never urgent.
fn age_with_new_spine_pain(f: &Facts) -> bool {
    let young = f.a.age.is_some_and(|a| a < 20);
    let older_new = f.a.age.is_some_and(|a| a > 50) && f.weeks.is_some_and(|w| w < 6);
    f.spine && (young || older_new)
}

fn earlier_procedures(f: &Facts) -> bool {
    let h = &f.a.history;
    matches!(
        h.prior_injections,
        Some(
            PriorInjections::LongRelief | PriorInjections::ShortRelief | PriorInjections::NoRelief
        )
    ) || matches!(
        h.diagnostic_blocks,
        Some(
            DiagnosticBlocks::TwoWithBigRelief
                | DiagnosticBlocks::OneWithBigRelief
                | DiagnosticBlocks::LittleRelief
        )
    ) || is_yes(h.spine_surgery)
}

/// The answers behind [`Facts::widespread`].
const WIDESPREAD: &[F] = &[F::Regions, F::ArmSide, F::LegSide, F::Diagnoses];

pub const RULES: &[Rule] = &[
    // ── Precautions ──────────────────────────────────────────────────────
    Rule {
        id: "precaution.diabetes",
        effect: Effect::Precaution(None),
        reason: "precaution.diabetes",
        reads: &[F::Diabetes],
        sources: &["seed_002"],
        when: |f| yes_or_unsure(f.a.precautions.diabetes),
    },
    Rule {
        id: "precaution.pregnant",
        effect: Effect::Precaution(None),
        reason: "precaution.pregnant",
        reads: &[F::Pregnant],
        sources: &["seed_004"],
        when: |f| crate::facts::may_be_pregnant(f.a),
    },
    Rule {
        // Unanswered, where it could matter: said on the result, with the
        // question to answer before any X-ray-guided or steroid procedure.
        id: "precaution.pregnancy_unanswered",
        effect: Effect::Precaution(None),
        reason: "precaution.pregnancy_unanswered",
        reads: &[F::Pregnant, F::Age],
        sources: &["clinical_reference_s0", "clinical_reference_s4"],
        when: super::routes::pregnancy_unanswered,
    },
    Rule {
        id: "precaution.infection_now",
        effect: Effect::Precaution(None),
        reason: "precaution.infection_now",
        reads: &[F::InfectionNow],
        sources: &["seed_002"],
        when: |f| yes_or_unsure(f.a.precautions.infection_now),
    },
    Rule {
        id: "precaution.allergies",
        effect: Effect::Precaution(None),
        reason: "precaution.allergies",
        reads: &[F::Allergies],
        sources: &["seed_002"],
        when: |f| yes_or_unsure(f.a.precautions.allergies),
    },
    Rule {
        id: "precaution.implanted_device",
        effect: Effect::Precaution(None),
        reason: "precaution.implanted_device",
        reads: &[F::ImplantedDevice],
        sources: &["lcd_l37632", "lcd_l38801"],
        when: |f| yes_or_unsure(f.a.precautions.implanted_device),
    },
    Rule {
        id: "precaution.cancer_history",
        effect: Effect::Precaution(None),
        reason: "precaution.cancer_history",
        reads: &[F::CancerHistory],
        sources: &["nice_ng234", "ahcpr_1994"],
        when: |f| yes_or_unsure(f.a.red_flags.cancer_history),
    },
    Rule {
        id: "precaution.age_new_spine_pain",
        effect: Effect::Precaution(None),
        reason: "precaution.age_new_spine_pain",
        reads: &[F::Age, F::Duration, F::Regions],
        sources: &["ahcpr_1994", "nice_cks_gcare", "verhagen_2016"],
        when: age_with_new_spine_pain,
    },
    Rule {
        id: "precaution.esi_steroid_safety",
        effect: Effect::Precaution(Some(Procedure::EpiduralSteroidInjection)),
        reason: "precaution.esi_steroid_safety",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::DownArm,
            F::WorseWith,
            F::BetterWith,
        ],
        sources: &["fda_2014_esi"],
        when: |f| f.lumbar_radicular || f.cervical_radicular || f.claudication,
    },
    Rule {
        id: "precaution.scs_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::SpinalCordStimulation)),
        reason: "precaution.scs_bleeding_risk",
        reads: HIGH_RISK_READS,
        sources: &["asra_anticoag"],
        when: high_bleeding_risk,
    },
    Rule {
        // ASRA/ESRA 2018: vertebral augmentation is a high bleeding-risk procedure.
        id: "precaution.augmentation_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::VertebralAugmentation)),
        reason: "precaution.augmentation_bleeding_risk",
        reads: HIGH_RISK_READS,
        sources: &["asra_anticoag"],
        when: high_bleeding_risk,
    },
    // ── Supporting care ──────────────────────────────────────────────────
    Rule {
        // PHQ-2 ≥ 3: low mood is common with pain and treatable.
        id: "support.low_mood",
        effect: Effect::Support(PainPsychologist),
        reason: "reason.support.low_mood",
        reads: &[F::LittleInterest, F::FeelingDown],
        sources: &["arroll_2010_phq2", "seed_000", "seed_004"],
        when: |f| f.phq2.is_some_and(|s| s >= 3),
    },
    Rule {
        id: "support.worry",
        effect: Effect::Support(PainPsychologist),
        reason: "reason.support.worry",
        reads: &[F::Nervous, F::CannotStopWorrying],
        sources: &["arroll_2010_phq2", "seed_000"],
        when: |f| f.gad2.is_some_and(|s| s >= 3),
    },
    Rule {
        // Physical therapy runs alongside nearly every plan for spine and joint pain.
        id: "support.physical_therapy",
        effect: Effect::Support(PhysicalTherapist),
        reason: "reason.support.physical_therapy",
        reads: &[F::Regions],
        sources: &["seed_000", "seed_004"],
        when: |f| {
            f.spine
                || f.limb
                || f.has(Region::Knees)
                || f.has(Region::Hips)
                || f.has(Region::Shoulders)
        },
    },
    Rule {
        id: "support.widespread_team",
        effect: Effect::Support(MultidisciplinaryProgram),
        reason: "reason.support.widespread_team",
        reads: WIDESPREAD,
        sources: &["seed_000"],
        when: |f| f.widespread,
    },
    Rule {
        id: "support.widespread_psychology",
        effect: Effect::Support(PainPsychologist),
        reason: "reason.support.widespread_psychology",
        reads: WIDESPREAD,
        sources: &["seed_000"],
        when: |f| f.widespread,
    },
    Rule {
        id: "support.surgeon_opinion",
        effect: Effect::Support(SpineSurgeon),
        reason: "reason.support.surgeon_opinion",
        reads: &[F::SurgeonAdvice],
        sources: &["seed_004"],
        when: |f| f.a.history.surgeon_advice == Some(SurgeonAdvice::SurgeryAdvised),
    },
    // ── Questions driven by the answers ──────────────────────────────────
    Rule {
        id: "ask.diabetes",
        effect: Effect::Ask("question.diabetes"),
        reason: "why.diabetes",
        reads: &[F::Diabetes],
        sources: &["seed_002"],
        when: |f| yes_or_unsure(f.a.precautions.diabetes),
    },
    Rule {
        id: "ask.pregnant",
        effect: Effect::Ask("question.pregnant"),
        reason: "why.pregnant",
        reads: &[F::Pregnant],
        sources: &["seed_004"],
        when: |f| crate::facts::may_be_pregnant(f.a),
    },
    Rule {
        id: "ask.implanted_device",
        effect: Effect::Ask("question.implanted_device"),
        reason: "why.implanted_device",
        reads: &[F::ImplantedDevice],
        sources: &["lcd_l37632"],
        when: |f| yes_or_unsure(f.a.precautions.implanted_device),
    },
    Rule {
        id: "ask.allergies",
        effect: Effect::Ask("question.allergies"),
        reason: "why.allergies",
        reads: &[F::Allergies],
        sources: &["seed_002"],
        when: |f| yes_or_unsure(f.a.precautions.allergies),
    },
    Rule {
        id: "ask.earlier_procedures",
        effect: Effect::Ask("question.earlier_procedures"),
        reason: "why.earlier_procedures",
        reads: &[F::PriorInjections, F::DiagnosticBlocks, F::SpineSurgery],
        sources: &["lcd_l39240", "lcd_l38801"],
        when: earlier_procedures,
    },
    Rule {
        id: "ask.surgery_advised",
        effect: Effect::Ask("question.surgery_advised"),
        reason: "why.surgery_advised",
        reads: &[F::SurgeonAdvice],
        sources: &["seed_004"],
        when: |f| f.a.history.surgeon_advice == Some(SurgeonAdvice::SurgeryAdvised),
    },
    Rule {
        // Pain medicines taken for headache on many days a month can keep
        // the headaches going (ICHD-3 8.2, medication-overuse headache).
        id: "ask.headache_medicine_overuse",
        effect: Effect::Ask("question.headache_medicine_overuse"),
        reason: "why.headache_medicine_overuse",
        reads: &[F::Regions, F::HeadacheMedicineDays],
        sources: &["ichd3_8_2"],
        when: |f| f.has(Region::Head) && yes_or_unsure(f.a.headache.medicine_days),
    },
    Rule {
        id: "ask.goals",
        effect: Effect::Ask("question.goals"),
        reason: "why.goals",
        reads: &[F::Goals],
        sources: &["seed_002"],
        when: |f| !f.a.goals.is_empty(),
    },
    Rule {
        id: "ask.mood",
        effect: Effect::Ask("question.mood"),
        reason: "why.mood",
        reads: &[
            F::LittleInterest,
            F::FeelingDown,
            F::Nervous,
            F::CannotStopWorrying,
        ],
        sources: &["arroll_2010_phq2"],
        when: |f| f.phq2.is_some_and(|s| s >= 3) || f.gad2.is_some_and(|s| s >= 3),
    },
    // ── Where to find help, shown after every other precaution ───────────
    MOOD_HELP,
];

/// PHQ-2 ≥ 3: where to find help, including a crisis line, said calmly.
pub const MOOD_HELP: Rule = Rule {
    id: "precaution.mood_help",
    effect: Effect::Precaution(None),
    reason: "precaution.mood_help",
    reads: &[F::LittleInterest, F::FeelingDown],
    sources: &["arroll_2010_phq2"],
    when: |f| f.phq2.is_some_and(|s| s >= 3),
};

/// Questions for the visit, by the kind of clinician seen first: `(question, why)`.
pub fn visit_questions(kind: SpecialistKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        SpecialistKind::InterventionalPain => &[
            (
                "question.general.diagnosis_first",
                "why.general.diagnosis_first",
            ),
            ("question.general.experience", "why.general.experience"),
            ("question.general.all_options", "why.general.all_options"),
            ("question.general.who_performs", "why.general.who_performs"),
            (
                "question.general.board_certified",
                "why.general.board_certified",
            ),
        ],
        SpecialistKind::PrimaryCare => &[
            ("question.primary.plan", "why.primary.plan"),
            (
                "question.primary.when_referral",
                "why.primary.when_referral",
            ),
            (
                "question.primary.warning_signs",
                "why.primary.warning_signs",
            ),
        ],
        SpecialistKind::SpineSurgeon => &[
            ("question.surgeon.weakness", "why.surgeon.weakness"),
            ("question.surgeon.non_surgical", "why.surgeon.non_surgical"),
        ],
        SpecialistKind::Rheumatologist => &[("question.rheum.tests", "why.rheum.tests")],
        SpecialistKind::HeadacheNeurologist => &[
            ("question.headache.diary", "why.headache.diary"),
            ("question.headache.options", "why.headache.options"),
        ],
        SpecialistKind::EmergencyCare => &[("question.emergency.tell", "why.emergency.tell")],
        SpecialistKind::Neurologist => &[
            ("question.neurology.scan", "why.neurology.scan"),
            ("question.neurology.medicine", "why.neurology.medicine"),
        ],
        SpecialistKind::PelvicSpecialist => &[
            ("question.pelvic.causes", "why.pelvic.causes"),
            ("question.pelvic.team", "why.pelvic.team"),
        ],
        SpecialistKind::SurgicalTeam => &[
            ("question.operation.site", "why.operation.site"),
            ("question.operation.pain_team", "why.operation.pain_team"),
        ],
    }
}

/// Questions for any procedure visit (clinical-reference §7).
pub const PROCEDURE_VISIT_QUESTIONS: &[(&str, &str)] = &[
    ("question.procedure.sedation", "why.procedure.sedation"),
    (
        "question.procedure.risks_for_me",
        "why.procedure.risks_for_me",
    ),
    ("question.procedure.insurance", "why.procedure.insurance"),
    ("question.procedure.after_care", "why.procedure.after_care"),
    (
        "question.procedure.driver_medicines",
        "why.procedure.driver_medicines",
    ),
    (
        "question.procedure.medicine_plan",
        "why.procedure.medicine_plan",
    ),
];

/// Credentials that signal the right clinician (clinical-reference §6).
pub fn credentials(kind: SpecialistKind) -> &'static [&'static str] {
    match kind {
        SpecialistKind::InterventionalPain => &[
            "credential.pain.primary_board",
            "credential.pain.subspecialty",
            "credential.pain.fellowship",
        ],
        SpecialistKind::SpineSurgeon => &["credential.surgeon.board"],
        SpecialistKind::Rheumatologist => &["credential.rheum.board"],
        SpecialistKind::HeadacheNeurologist => &["credential.headache.board"],
        SpecialistKind::PrimaryCare => &["credential.primary.any"],
        SpecialistKind::EmergencyCare => &["credential.emergency.now"],
        SpecialistKind::Neurologist => &["credential.neurology.board"],
        SpecialistKind::PelvicSpecialist => &["credential.pelvic.board"],
        SpecialistKind::SurgicalTeam => &["credential.operation.team"],
    }
}
