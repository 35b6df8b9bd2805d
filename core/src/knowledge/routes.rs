//! Who should see the patient first when it is not (yet) an interventional
//! pain specialist (clinical-reference §2 and §6). When several routes fire,
//! the highest `priority` decides; red flags outrank them all. Each route
//! names what has to happen first (`still_needed`).

use super::{Effect, Place, Route, Rule};
use crate::answers::Field as F;
use crate::answers::{CareTried, Diagnosis, Region, YesNo};
use crate::assessment::Procedure::*;
use crate::assessment::{Candidacy, SpecialistKind, Urgency};
use crate::facts::{care_reads, Facts};

/// Pregnancy, or maybe: the obstetric team and the regular doctor first
/// (clinical-reference §4; LCD L34228).
pub const PREGNANCY: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: true,
        still_needed: Some("still.pregnancy_first"),
    },
    priority: 95,
};
/// Under 18: a paediatric pathway through the regular doctor
/// (clinical-reference §1; AoMRC EBI applies RFD from age 19).
pub const UNDER_18: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: true,
        still_needed: Some("still.young_person_first"),
    },
    priority: 94,
};
pub const RHEUMATOLOGY: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::Rheumatologist,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.rheumatology_first"),
    },
    priority: 80,
};
pub const MULTIDISCIPLINARY: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotSuitable,
        keep_procedures: false,
        still_needed: Some("still.team_care"),
    },
    priority: 70,
};
pub const HEADACHE_NEUROLOGY: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::HeadacheNeurologist,
        candidacy: Candidacy::Possible,
        keep_procedures: true,
        still_needed: Some("still.headache_specialist"),
    },
    priority: 60,
};
pub const TOO_SEVERE_FOR_THERAPY: Route = Route {
    place: Place {
        urgency: Urgency::SeePainSpecialist,
        specialist: SpecialistKind::InterventionalPain,
        candidacy: Candidacy::Possible,
        keep_procedures: true,
        still_needed: Some("still.specialist_exam"),
    },
    priority: 55,
};
pub const ACUTE_PRIMARY_CARE: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.conservative_care"),
    },
    priority: 50,
};
/// New shingles: antiviral and pain medicines from the regular doctor first.
pub const NEW_SHINGLES: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.shingles_medicines"),
    },
    priority: 51,
};
pub const CONSERVATIVE_CARE_FIRST: Route = Route {
    place: Place {
        urgency: Urgency::SeePrimaryCare,
        specialist: SpecialistKind::PrimaryCare,
        candidacy: Candidacy::NotYet,
        keep_procedures: true,
        still_needed: Some("still.conservative_care"),
    },
    priority: 40,
};
/// Nerve pain or a headache with no first-line medicines tried yet.
pub const MEDICINES_FIRST: Route = Route {
    place: Place {
        still_needed: Some("still.medicines_first"),
        ..CONSERVATIVE_CARE_FIRST.place
    },
    priority: 40,
};
/// Mild pain goes where widespread pain goes: primary care, with a plan that
/// does not need a procedure.
pub const MILD_PAIN: Route = Route {
    place: MULTIDISCIPLINARY.place,
    priority: 30,
};

/// Pain under 4 weeks: most of it settles with simple care (AHCPR: about 90%
/// back to activity within a month). A confirmed compression fracture is the
/// exception: vertebral augmentation is considered in the first weeks.
fn acute(f: &Facts) -> bool {
    f.weeks.is_some_and(|w| w < 4) && !f.confirmed_compression_fracture
}

/// Seed 004: a specialist may be seen before the usual 2–3 weeks when pain is
/// too severe to do exercises or physical therapy. Not in the first week.
fn too_severe_for_therapy(f: &Facts) -> bool {
    f.too_painful_for_therapy && f.weeks.is_some_and(|w| w >= 1)
}

/// After 4 weeks of pain, no first-line care tried yet; not for a confirmed
/// fracture or pain too severe for therapy.
fn care_not_started(f: &Facts) -> bool {
    f.weeks.is_some_and(|w| w >= 4)
        && !f.confirmed_compression_fracture
        && !f.too_painful_for_therapy
}

/// No physical therapy or home exercise tried at all, in a pattern whose
/// first-line care is physical (clinical-reference §2).
fn no_conservative_care(f: &Facts) -> bool {
    let h = &f.a.history;
    care_not_started(f)
        && !f.medicine_first
        && h.physical_therapy == Some(CareTried::NotTried)
        && h.home_exercise == Some(CareTried::NotTried)
}

/// Nerve pain or a headache whose first-line care is medicines, no
/// medicines tried yet (NICE CG173), and no other care that has failed (a
/// second, mechanical pain keeps its own pathway).
fn no_first_line_medicines(f: &Facts) -> bool {
    care_not_started(f)
        && f.medicine_first
        && f.a.history.medicines == Some(CareTried::NotTried)
        && f.care_failed != crate::Tri::Met
}

/// Pain down a leg below the knee or down an arm from the neck, with
/// numbness or tingling, and a scan a doctor said explains it.
fn concordant_nerve_root_pain(f: &Facts) -> bool {
    (f.lumbar_radicular || f.cervical_radicular)
        && crate::facts::is_yes(f.a.pain.numbness_tingling)
        && f.a.history.imaging == Some(crate::answers::Imaging::Matches)
}

const WIDESPREAD_READS: &[F] = &[
    F::Regions,
    F::ArmSide,
    F::LegSide,
    F::Diagnoses,
    F::BelowKnee,
    F::DownArm,
    F::NumbnessTingling,
    F::Imaging,
];

/// Under 18 years old.
fn under_18(f: &Facts) -> bool {
    f.a.age.is_some_and(|age| age < 18)
}

/// The pregnancy question not answered, at an age (under 56, or not given)
/// where the answer could be yes. The result then says it must be answered
/// before any X-ray-guided or steroid procedure (care.rs); it does not
/// lower a procedure's fit, as "yes" or "not sure" does (clinical-reference
/// §0 and §4: "not sure" to a precaution shows the precaution as "yes"
/// would; a blank one is asked, not assumed either way).
pub(super) fn pregnancy_unanswered(f: &Facts) -> bool {
    f.a.precautions.pregnant.is_none()
        && f.a
            .age
            .is_none_or(|age| age < crate::facts::PREGNANCY_ASKED_UNDER)
}

fn pregnant(f: &Facts) -> bool {
    crate::facts::may_be_pregnant(f.a)
}

/// Ablation, vertebral augmentation and implants: not in pregnancy, and not
/// under 18 (clinical-reference §1, §4).
const NOT_IN_PREGNANCY_OR_YOUNG: &[crate::assessment::Procedure] = &[
    RadiofrequencyAblation,
    GenicularNerveTreatment,
    VertebralAugmentation,
    SpinalCordStimulation,
    PeripheralNerveStimulation,
];

/// The answers behind the two "first-line care not started" routes.
const CARE_ROUTE_READS: &[F] = care_reads![F::Duration, F::Imaging];

pub const RULES: &[Rule] = &[
    Rule {
        id: "route.primary_care.pregnancy",
        effect: Effect::Route(PREGNANCY),
        reason: "reason.route.pregnancy",
        reads: &[F::Pregnant],
        sources: &["clinical_reference_s4", "lcd_l34228"],
        when: pregnant,
    },
    Rule {
        id: "exclude.pregnancy.ablation_augmentation_implants",
        effect: Effect::Exclude(NOT_IN_PREGNANCY_OR_YOUNG),
        reason: "reason.route.pregnancy",
        reads: &[F::Pregnant],
        sources: &["clinical_reference_s4", "lcd_l34228"],
        when: pregnant,
    },
    Rule {
        // X-ray-guided and steroid injections usually wait until after pregnancy.
        id: "limit.pregnancy.injections",
        effect: Effect::Limit(&[
            EpiduralSteroidInjection,
            MedialBranchBlock,
            SacroiliacJointInjection,
            JointInjection,
            SympatheticBlock,
            TriggerPointInjection,
            OccipitalNerveBlock,
        ]),
        reason: "precaution.pregnant",
        reads: &[F::Pregnant],
        sources: &["clinical_reference_s4", "fda_2014_esi"],
        when: pregnant,
    },
    Rule {
        id: "route.primary_care.under_18",
        effect: Effect::Route(UNDER_18),
        reason: "reason.route.under_18",
        reads: &[F::Age],
        sources: &["ahcpr_1994", "clinical_reference_s1"],
        when: under_18,
    },
    Rule {
        id: "exclude.under_18.ablation_implants",
        effect: Effect::Exclude(NOT_IN_PREGNANCY_OR_YOUNG),
        reason: "reason.route.under_18",
        reads: &[F::Age],
        sources: &["clinical_reference_s1"],
        when: under_18,
    },
    Rule {
        // Any procedure is at most something to discuss later.
        id: "limit.under_18.all",
        effect: Effect::Limit(crate::assessment::Procedure::ALL),
        reason: "reason.route.under_18",
        reads: &[F::Age],
        sources: &["clinical_reference_s1"],
        when: under_18,
    },
    Rule {
        // ASAS: back pain > 3 months with at least 4 of 5 inflammatory features.
        id: "route.rheumatology.inflammatory_back_pain",
        effect: Effect::Route(RHEUMATOLOGY),
        reason: "reason.route.inflammatory_back_pain",
        reads: &[
            F::Age,
            F::Regions,
            F::Duration,
            F::WorseWith,
            F::BetterWith,
            F::NightPainEasesOnRising,
            F::BeganBefore40,
            F::Onset,
        ],
        sources: &["asas_ibp"],
        when: |f| f.low_back && f.chronic && f.asas_items >= 4,
    },
    Rule {
        // Widespread pain is best helped by a team, not by procedures (seed 000).
        id: "route.multidisciplinary.widespread_pain",
        effect: Effect::Route(MULTIDISCIPLINARY),
        reason: "reason.route.widespread_pain",
        reads: WIDESPREAD_READS,
        sources: &["seed_000", "lcd_l34211", "lcd_l39240"],
        when: |f| f.widespread && !concordant_nerve_root_pain(f),
    },
    Rule {
        // Fibromyalgia or widespread pain does not take away a concordant
        // nerve-root procedure; it stays possible (clinical-reference §3; CW-8).
        id: "limit.widespread.concordant_nerve_root_pain",
        effect: Effect::Limit(crate::assessment::Procedure::ALL),
        reason: "reason.limit.widespread_nerve_root",
        reads: WIDESPREAD_READS,
        sources: &["lcd_l39240", "seed_000"],
        when: |f| f.widespread && concordant_nerve_root_pain(f),
    },
    Rule {
        id: "route.headache_neurology.headache_main_problem",
        effect: Effect::Route(HEADACHE_NEUROLOGY),
        reason: "reason.route.headache_main_problem",
        reads: &[F::Regions, F::HeadacheMainProblem],
        sources: &["cmaj_2023_snoop4", "seed_001"],
        when: |f| f.has(Region::Head) && f.a.headache.main_problem == Some(YesNo::Yes),
    },
    Rule {
        id: "route.pain_specialist.too_severe_for_therapy",
        effect: Effect::Route(TOO_SEVERE_FOR_THERAPY),
        reason: "reason.route.too_severe_for_therapy",
        reads: &[F::CareResult, F::Duration],
        sources: &["seed_004"],
        when: too_severe_for_therapy,
    },
    Rule {
        // Shingles in its first weeks: antivirals and pain medicines first
        // (NICE CKS shingles), not the general advice for new pain.
        id: "route.primary_care.new_shingles",
        effect: Effect::Route(NEW_SHINGLES),
        reason: "reason.route.new_shingles",
        reads: &[F::Diagnoses, F::Duration],
        sources: &["nice_cks_shingles", "lcd_l39240"],
        when: |f| f.dx(Diagnosis::Shingles) && f.weeks.is_some_and(|w| w < 4),
    },
    Rule {
        id: "route.primary_care.acute_pain",
        effect: Effect::Route(ACUTE_PRIMARY_CARE),
        reason: "reason.route.acute_pain",
        reads: &[F::Duration, F::Diagnoses, F::Imaging],
        sources: &["ahcpr_1994", "seed_004", "choosing_wisely_asa", "acr_lbp"],
        when: acute,
    },
    Rule {
        id: "route.primary_care.conservative_care_first",
        effect: Effect::Route(CONSERVATIVE_CARE_FIRST),
        reason: "reason.route.conservative_care_first",
        reads: CARE_ROUTE_READS,
        sources: &["seed_004", "acr_lbp", "nice_ng59"],
        when: no_conservative_care,
    },
    Rule {
        id: "route.primary_care.medicines_first",
        effect: Effect::Route(MEDICINES_FIRST),
        reason: "reason.route.medicines_first",
        reads: CARE_ROUTE_READS,
        sources: &["nice_cg173", "seed_004"],
        when: no_first_line_medicines,
    },
    Rule {
        // Procedures are for pain that limits life; mild pain is managed simply.
        id: "route.primary_care.mild_pain",
        effect: Effect::Route(MILD_PAIN),
        reason: "reason.route.mild_pain",
        reads: &[F::PegPain, F::PegEnjoyment, F::PegActivity, F::Diagnoses],
        sources: &["krebs_2009_peg", "lcd_l38801"],
        when: |f| f.peg.is_some_and(|p| p < 3.0) && !f.dx(Diagnosis::CompressionFracture),
    },
];
