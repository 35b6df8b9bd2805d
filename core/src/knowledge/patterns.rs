//! Pain patterns and the procedures that match them (clinical-reference §3).
//! A match says a procedure is worth discussing; its gates in
//! [`super::procedures`] say what must be true first.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{
    Activity, Diagnosis, DiagnosticBlocks, Dominance, HeadacheKind, PriorInjections, Region, YesNo,
};
use crate::assessment::Fit::{Possible, Strong};
use crate::assessment::Procedure::*;
use crate::facts::{is_yes, Facts};

const ESI: &[&str] = &["lcd_l39240", "lcd_l33906", "nice_ng59", "seed_002"];
const FACET: &[&str] = &["lcd_l38801", "nice_qs155", "seed_002", "seed_004"];

/// Radicular pain with features that point at a nerve root: numbness or
/// tingling, the leg (or arm) worse than the back, or a known disc or stenosis.
fn radicular_features(f: &Facts) -> bool {
    is_yes(f.a.pain.numbness_tingling)
        || f.a.pain.dominance == Some(Dominance::LimbWorse)
        || f.dx(Diagnosis::DiscHerniation)
        || f.dx(Diagnosis::SpinalStenosis)
}

/// Axial pain with facet features: worse leaning back, twisting or standing,
/// or arthritis of the spine.
fn facet_features(f: &Facts) -> bool {
    let w = &f.a.pain.worse_with;
    w.contains(&Activity::LeaningBackOrTwisting)
        || w.contains(&Activity::Standing)
        || f.dx(Diagnosis::SpineArthritis)
}

/// Radiculopathy or claudication that has not been treated rules out facet
/// procedures for the low back (LCD L38801).
fn untreated_radicular(f: &Facts) -> bool {
    (f.lumbar_radicular || f.claudication)
        && !matches!(
            f.a.history.prior_injections,
            Some(PriorInjections::LongRelief | PriorInjections::ShortRelief)
        )
}

/// Symptom part of Budapest: pain out of proportion and symptoms in at least
/// 3 of 4 categories. The exam decides; this only screens.
fn crps_screen(f: &Facts) -> bool {
    f.limb && is_yes(f.a.limb.out_of_proportion) && f.budapest_categories >= 3
}

fn crps(f: &Facts) -> bool {
    crps_screen(f) || (f.limb && f.dx(Diagnosis::Crps))
}

fn post_surgery(f: &Facts) -> bool {
    is_yes(f.a.history.spine_surgery) && f.chronic && f.spine
}

pub const RULES: &[Rule] = &[
    // ── Radicular pain and stenosis → epidural steroid injection ────────
    Rule {
        id: "pattern.lumbar_radicular.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Strong),
        reason: "reason.pattern.lumbar_radicular",
        reads: &[
            F::BelowKnee,
            F::Regions,
            F::NumbnessTingling,
            F::Dominance,
            F::Diagnoses,
        ],
        sources: ESI,
        when: |f| f.lumbar_radicular && radicular_features(f),
    },
    Rule {
        id: "pattern.lumbar_radicular_unclear.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.lumbar_radicular_unclear",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::NumbnessTingling,
            F::Dominance,
            F::Diagnoses,
        ],
        sources: ESI,
        when: |f| f.lumbar_radicular && !radicular_features(f),
    },
    Rule {
        id: "pattern.cervical_radicular.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Strong),
        reason: "reason.pattern.cervical_radicular",
        reads: &[F::DownArm, F::Regions, F::NumbnessTingling],
        sources: ESI,
        when: |f| f.cervical_radicular,
    },
    Rule {
        id: "pattern.neurogenic_claudication.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Strong),
        reason: "reason.pattern.neurogenic_claudication",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::WorseWith,
            F::BetterWith,
            F::Diagnoses,
        ],
        sources: ESI,
        when: |f| f.claudication || (f.low_back && f.dx(Diagnosis::SpinalStenosis)),
    },
    Rule {
        // Acute shingles pain is listed among epidural indications (LCD L39240).
        id: "pattern.acute_shingles.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.acute_shingles",
        reads: &[F::Diagnoses, F::Duration],
        sources: &["lcd_l39240"],
        when: |f| f.dx(Diagnosis::Shingles) && f.weeks.is_some_and(|w| w < 13),
    },
    // ── Axial (facet) pain → medial branch block, then RFA ───────────────
    Rule {
        id: "pattern.axial_low_back.facet",
        effect: Effect::Match(MedialBranchBlock, Strong),
        reason: "reason.pattern.axial_low_back_facet",
        reads: &[F::Regions, F::BelowKnee, F::WorseWith, F::Diagnoses],
        sources: FACET,
        when: |f| f.axial_low_back && facet_features(f),
    },
    Rule {
        id: "pattern.axial_low_back.unclear",
        effect: Effect::Match(MedialBranchBlock, Possible),
        reason: "reason.pattern.axial_low_back",
        reads: &[F::Regions, F::BelowKnee, F::WorseWith, F::Diagnoses],
        sources: FACET,
        when: |f| f.axial_low_back && !facet_features(f),
    },
    Rule {
        id: "pattern.axial_neck.facet",
        effect: Effect::Match(MedialBranchBlock, Strong),
        reason: "reason.pattern.axial_neck",
        reads: &[F::Regions, F::DownArm],
        sources: FACET,
        when: |f| f.axial_neck,
    },
    Rule {
        id: "pattern.facet.rfa_after_blocks",
        effect: Effect::Match(RadiofrequencyAblation, Strong),
        reason: "reason.pattern.rfa_after_blocks",
        reads: &[F::Regions, F::BelowKnee, F::DownArm, F::DiagnosticBlocks],
        sources: FACET,
        when: |f| {
            (f.axial_low_back || f.axial_neck)
                && f.a.history.diagnostic_blocks == Some(DiagnosticBlocks::TwoWithBigRelief)
        },
    },
    Rule {
        id: "pattern.facet.rfa_later",
        effect: Effect::Match(RadiofrequencyAblation, Possible),
        reason: "reason.pattern.rfa_later",
        reads: &[F::Regions, F::BelowKnee, F::DownArm, F::DiagnosticBlocks],
        sources: FACET,
        when: |f| {
            (f.axial_low_back || f.axial_neck)
                && f.a.history.diagnostic_blocks != Some(DiagnosticBlocks::TwoWithBigRelief)
        },
    },
    Rule {
        id: "exclude.facet.untreated_radicular",
        effect: Effect::Exclude(MedialBranchBlock),
        reason: "reason.exclude.facet_untreated_radicular",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::WorseWith,
            F::BetterWith,
            F::PriorInjections,
        ],
        sources: &["lcd_l38801"],
        when: untreated_radicular,
    },
    Rule {
        id: "exclude.rfa.untreated_radicular",
        effect: Effect::Exclude(RadiofrequencyAblation),
        reason: "reason.exclude.facet_untreated_radicular",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::WorseWith,
            F::BetterWith,
            F::PriorInjections,
        ],
        sources: &["lcd_l38801"],
        when: untreated_radicular,
    },
    // ── Sacroiliac joint ─────────────────────────────────────────────────
    Rule {
        id: "pattern.sacroiliac.main",
        effect: Effect::Match(SacroiliacJointInjection, Strong),
        reason: "reason.pattern.sacroiliac",
        reads: &[F::MainRegion, F::BelowKnee],
        sources: &["lcd_l39462"],
        when: |f| {
            f.a.pain.main_region == Some(Region::Buttocks)
                && f.a.pain.below_knee != Some(YesNo::Yes)
        },
    },
    Rule {
        id: "pattern.sacroiliac.possible",
        effect: Effect::Match(SacroiliacJointInjection, Possible),
        reason: "reason.pattern.sacroiliac_possible",
        reads: &[F::Regions, F::MainRegion, F::BelowKnee],
        sources: &["lcd_l39462"],
        when: |f| {
            f.has(Region::Buttocks)
                && f.a.pain.main_region != Some(Region::Buttocks)
                && f.a.pain.below_knee == Some(YesNo::No)
        },
    },
    // ── Persistent pain after spine surgery ──────────────────────────────
    Rule {
        id: "pattern.post_surgery.scs",
        effect: Effect::Match(SpinalCordStimulation, Strong),
        reason: "reason.pattern.post_surgery",
        reads: &[F::SpineSurgery, F::Duration, F::Regions],
        sources: &[
            "ncd_160_7",
            "lcd_l37632",
            "asra_2023_scs",
            "seed_004",
            "seed_002",
        ],
        when: post_surgery,
    },
    Rule {
        id: "pattern.post_surgery_radicular.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.post_surgery_radicular",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::DownArm,
            F::Duration,
            F::SpineSurgery,
        ],
        sources: &["lcd_l39240"],
        when: |f| post_surgery(f) && (f.lumbar_radicular || f.cervical_radicular),
    },
    // ── CRPS ─────────────────────────────────────────────────────────────
    Rule {
        id: "pattern.crps.sympathetic_block",
        effect: Effect::Match(SympatheticBlock, Strong),
        reason: "reason.pattern.crps",
        reads: &[
            F::Regions,
            F::OutOfProportion,
            F::TouchHurts,
            F::ColourOrTemperature,
            F::SwellingOrSweating,
            F::StiffnessOrSkinChanges,
            F::Diagnoses,
        ],
        sources: &["budapest", "aetna_cpb_0447", "seed_001"],
        when: crps,
    },
    Rule {
        id: "pattern.crps.scs",
        effect: Effect::Match(SpinalCordStimulation, Possible),
        reason: "reason.pattern.crps_scs",
        reads: &[
            F::Regions,
            F::Duration,
            F::OutOfProportion,
            F::TouchHurts,
            F::ColourOrTemperature,
            F::SwellingOrSweating,
            F::StiffnessOrSkinChanges,
            F::Diagnoses,
        ],
        sources: &["ncd_160_7", "asra_2023_scs", "seed_002"],
        when: |f| crps(f) && f.chronic,
    },
    Rule {
        id: "exclude.esi.crps_only",
        effect: Effect::Exclude(EpiduralSteroidInjection),
        reason: "reason.exclude.esi_crps",
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::DownArm,
            F::WorseWith,
            F::BetterWith,
            F::OutOfProportion,
            F::TouchHurts,
            F::ColourOrTemperature,
            F::SwellingOrSweating,
            F::StiffnessOrSkinChanges,
            F::Diagnoses,
        ],
        sources: &["lcd_l39240"],
        when: |f| crps(f) && !f.lumbar_radicular && !f.cervical_radicular && !f.claudication,
    },
    // ── Muscle knots → trigger points ────────────────────────────────────
    Rule {
        id: "pattern.myofascial.trigger_point",
        effect: Effect::Match(TriggerPointInjection, Strong),
        reason: "reason.pattern.myofascial",
        reads: &[F::MuscleKnots],
        sources: &["lcd_l34211", "seed_003"],
        when: |f| is_yes(f.a.pain.muscle_knots),
    },
    Rule {
        id: "pattern.tension_headache.trigger_point",
        effect: Effect::Match(TriggerPointInjection, Possible),
        reason: "reason.pattern.tension_headache",
        reads: &[F::Regions, F::HeadacheKind],
        sources: &["lcd_l34211"],
        when: |f| f.has(Region::Head) && f.a.headache.kind == Some(HeadacheKind::TensionBand),
    },
    Rule {
        id: "exclude.trigger_point.fibromyalgia_crps",
        effect: Effect::Exclude(TriggerPointInjection),
        reason: "reason.exclude.trigger_point",
        reads: &[
            F::Regions,
            F::OutOfProportion,
            F::TouchHurts,
            F::ColourOrTemperature,
            F::SwellingOrSweating,
            F::StiffnessOrSkinChanges,
            F::Diagnoses,
        ],
        sources: &["lcd_l34211"],
        when: |f| f.dx(Diagnosis::Fibromyalgia) || crps(f),
    },
    // ── Joints ───────────────────────────────────────────────────────────
    Rule {
        id: "pattern.joint_arthritis.joint_injection",
        effect: Effect::Match(JointInjection, Strong),
        reason: "reason.pattern.joint_arthritis",
        reads: &[F::Regions, F::Diagnoses],
        sources: &["seed_001"],
        when: |f| {
            (f.has(Region::Knees) && f.dx(Diagnosis::KneeArthritis))
                || (f.has(Region::Hips) && f.dx(Diagnosis::HipArthritis))
                || (f.has(Region::Shoulders) && f.dx(Diagnosis::ShoulderArthritis))
        },
    },
    Rule {
        // Joint pain past 50 without a named diagnosis: worth checking for arthritis.
        id: "pattern.joint_pain_unclear.joint_injection",
        effect: Effect::Match(JointInjection, Possible),
        reason: "reason.pattern.joint_pain_unclear",
        reads: &[F::Age, F::Regions, F::Duration, F::Diagnoses],
        sources: &["seed_001"],
        when: |f| {
            let joint = (f.has(Region::Knees) && !f.dx(Diagnosis::KneeArthritis))
                || (f.has(Region::Hips) && !f.dx(Diagnosis::HipArthritis) && !f.low_back)
                || (f.has(Region::Shoulders) && !f.dx(Diagnosis::ShoulderArthritis) && !f.neck);
            joint && f.a.age.is_some_and(|a| a >= 50) && f.chronic
        },
    },
    Rule {
        // Offered by some clinics; evidence is mixed, so never a strong fit.
        id: "pattern.knee_arthritis.genicular",
        effect: Effect::Match(GenicularNerveTreatment, Possible),
        reason: "reason.pattern.knee_genicular",
        reads: &[F::Regions, F::Diagnoses, F::Duration],
        sources: &["seed_001", "rapm_2023_genicular"],
        when: |f| f.has(Region::Knees) && f.dx(Diagnosis::KneeArthritis) && f.chronic,
    },
    // ── Head ─────────────────────────────────────────────────────────────
    Rule {
        id: "pattern.occipital_neuralgia.onb",
        effect: Effect::Match(OccipitalNerveBlock, Strong),
        reason: "reason.pattern.occipital_neuralgia",
        reads: &[F::Regions, F::HeadacheKind, F::ScalpTender],
        sources: &["ichd3_13_4"],
        when: |f| {
            f.has(Region::Head) && f.a.headache.kind == Some(HeadacheKind::ShootingBackOfHead)
        },
    },
    Rule {
        id: "pattern.migraine_cluster.onb",
        effect: Effect::Match(OccipitalNerveBlock, Possible),
        reason: "reason.pattern.migraine_cluster",
        reads: &[F::Regions, F::HeadacheKind, F::Diagnoses],
        sources: &["ichd3_13_4", "seed_001"],
        when: |f| {
            f.has(Region::Head)
                && (matches!(
                    f.a.headache.kind,
                    Some(HeadacheKind::Migraine | HeadacheKind::Cluster)
                ) || f.dx(Diagnosis::Migraine))
        },
    },
    // ── Osteoporotic compression fracture ────────────────────────────────
    Rule {
        // LCD L34228: acute (< 6 weeks) or subacute (6–12 weeks), pain ≥ 5/10.
        id: "pattern.compression_fracture.vertebral_augmentation",
        effect: Effect::Match(VertebralAugmentation, Strong),
        reason: "reason.pattern.compression_fracture",
        reads: &[F::Diagnoses, F::Regions, F::Duration, F::PegPain],
        sources: &["lcd_l34228", "seed_001"],
        when: |f| {
            f.dx(Diagnosis::CompressionFracture)
                && (f.has(Region::UpperBack) || f.has(Region::LowerBack))
                && f.weeks.is_some_and(|w| w < 13)
                && f.pain_score.is_some_and(|p| p >= 5)
        },
    },
    // ── Nerve pain ───────────────────────────────────────────────────────
    Rule {
        id: "pattern.diabetic_neuropathy.scs",
        effect: Effect::Match(SpinalCordStimulation, Possible),
        reason: "reason.pattern.diabetic_neuropathy",
        reads: &[F::Diagnoses, F::Regions, F::Duration],
        sources: &["asra_2023_scs", "seed_001"],
        when: |f| f.dx(Diagnosis::DiabeticNeuropathy) && f.has(Region::LegsFeet) && f.chronic,
    },
    Rule {
        // Long-standing nerve pain in a limb after other care: PNS may be discussed.
        id: "pattern.refractory_limb_nerve_pain.pns",
        effect: Effect::Match(PeripheralNerveStimulation, Possible),
        reason: "reason.pattern.refractory_nerve_pain",
        reads: &[
            F::Regions,
            F::Duration,
            F::Qualities,
            F::PhysicalTherapy,
            F::HomeExercise,
            F::CareResult,
        ],
        sources: &["cms_pns_lcd", "dn4"],
        when: |f| f.limb && f.dn4_items >= 3 && f.chronic && f.care_failed == crate::Tri::Met,
    },
];
