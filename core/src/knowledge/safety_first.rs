//! "Not sure" and unanswered are never "no" (clinical-reference §0).
//!
//! - Not sure to an emergency-level question (where its flag applies): get
//!   checked today, and go to the emergency department now if the sign is
//!   there — at least urgent.
//! - Not sure to an urgent-level question: a doctor checks it soon, first
//!   (urgent); no procedure is put forward as a fit until then.
//! - A question of the safety screen left unanswered: no candidacy verdict
//!   and no procedure; the result says the safety questions come first.
//!
//! Red flags outrank routes, so a yes anywhere still decides; among routes,
//! the safety questions come first.

use super::red_flags::{Flag, FLAGS};
use super::{Effect, Place, Route, Rule};
use crate::answers::YesNo;
use crate::answers::{Field as F, Region};
use crate::assessment::Urgency::{self, Emergency, Urgent};
use crate::assessment::{Candidacy, SpecialistKind};
use crate::facts::{yes_no, Facts};
use crate::questionnaire::unanswered_safety_questions;

const SOURCES: &[&str] = &[
    "clinical_reference_s0",
    "bmj_cauda_equina",
    "girft_2023_ces",
];

/// The safety questions of `level` answered "not sure" where their flag
/// applies, in the order they are asked: the results name them.
pub fn unsure_fields<'a>(f: &'a Facts, level: Urgency) -> impl Iterator<Item = F> + 'a {
    FLAGS
        .iter()
        .filter(move |x: &&Flag| x.level == level)
        .filter(|x| yes_no(x.field, f.a) == Some(YesNo::NotSure) && (x.scope)(f))
        .map(|x| x.field)
}

/// Not sure to a flag where it applies.
fn unsure(f: &Facts, level: Urgency) -> bool {
    unsure_fields(f, level).next().is_some()
}

/// Every field these rules read: the red-flag questions (the screen's
/// among them) and what the flags' scopes read.
const RED_FLAG_READS: &[F] = &[
    F::SaddleNumbness,
    F::BladderChange,
    F::BowelControl,
    F::BothLegsWeak,
    F::SexualFunctionChange,
    F::RapidWeakness,
    F::ThunderclapHeadache,
    F::HeadacheFeverStiffNeck,
    F::HeadacheNeuroSigns,
    F::HeadacheAfterHeadInjury,
    F::ChestSymptoms,
    F::JawPainExertion,
    F::FeverChills,
    F::RecentInfection,
    F::InjectsDrugs,
    F::WeakImmuneSystem,
    F::AfterSpinalProcedure,
    F::DeviceSiteInfection,
    F::FallOrInjury,
    F::MajorTrauma,
    F::WeightLoss,
    F::ConstantNightPain,
    F::LongTermSteroids,
    F::SlowlyWorseningWeakness,
    F::Myelopathy,
    F::HeadacheNewAfter50,
    F::HeadachePatternChange,
    F::HeadachePosturalOrCough,
    F::HeadachePregnancyCancerHiv,
    F::ShinglesNearEye,
    F::CancerHistory,
    F::Regions,
    F::Duration,
    F::Pregnant,
    // Which safety questions are asked depends on the age too (pregnancy
    // under 56, the giant cell arteritis questions at 50 and over).
    F::Age,
];

/// Safety questions left unanswered: they come first.
pub const SAFETY_QUESTIONS_FIRST: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.safety_questions_first"),
    },
    priority: 100,
};

pub const RULES: &[Rule] = &[
    Rule {
        // Not sure about new saddle numbness, bladder or bowel change,
        // weakness getting worse fast, a headache emergency or chest signs.
        id: "unsure.emergency_sign",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.unsure.emergency_sign",
        reads: RED_FLAG_READS,
        sources: SOURCES,
        when: |f| unsure(f, Emergency),
    },
    Rule {
        // Not sure about fever, injected drugs, a weak immune system, a
        // recent serious accident, weight loss, night pain, weakness slowly
        // getting worse, or the other urgent signs: checked soon, first.
        id: "unsure.warning_sign",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.unsure.warning_sign",
        reads: RED_FLAG_READS,
        sources: &["clinical_reference_s0", "ahcpr_1994"],
        when: |f| unsure(f, Urgent),
    },
    Rule {
        // Not sure about a history of cancer, with pain where cancer's own
        // flags apply: new spine pain, the upper back or neck at any
        // duration, spine pain with nerve pain, numbness or weakness at any
        // duration (the cord-compression flag has no time limit), new hip
        // or pelvis pain (NICE NG234). Checked soon, first.
        id: "unsure.cancer_history",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.unsure.cancer_history",
        reads: &[
            F::CancerHistory,
            F::Regions,
            F::Duration,
            F::BelowKnee,
            F::DownArm,
            F::NumbnessTingling,
            F::Qualities,
            F::SlowlyWorseningWeakness,
            F::RapidWeakness,
        ],
        sources: &["clinical_reference_s0", "nice_ng234"],
        when: |f| {
            let nerve = f.neuro_change || f.lumbar_radicular || f.cervical_radicular;
            yes_no(F::CancerHistory, f.a) == Some(YesNo::NotSure)
                && ((f.spine && (!f.chronic || nerve))
                    || f.neck
                    || f.has(Region::UpperBack)
                    || ((f.has(Region::Hips) || f.has(Region::PelvisGroin)) && !f.chronic))
        },
    },
    Rule {
        id: "route.safety_questions_first",
        effect: Effect::Route(SAFETY_QUESTIONS_FIRST),
        reason: "reason.safety_questions_first",
        reads: RED_FLAG_READS,
        sources: &["clinical_reference_s0"],
        when: |f| !unanswered_safety_questions(f.a).is_empty(),
    },
];
