//! Pain patterns outside the spine's joints and nerve roots, and the
//! procedures that match them (clinical-reference §3): CRPS, muscle knots,
//! joints, headache, compression fractures and nerve pain. The spine's
//! patterns are in [`super::patterns`].

use super::patterns::crps;
use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{Diagnosis, HeadacheKind, Region};
use crate::assessment::Fit::{Possible, Strong};
use crate::assessment::Procedure::*;
use crate::facts::{care_reads, is_yes, Facts};
pub const RULES: &[Rule] = &[
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
        effect: Effect::Exclude(&[EpiduralSteroidInjection]),
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
        effect: Effect::Exclude(&[TriggerPointInjection]),
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
    Rule {
        // Not for nerve pain (LCD L34211; clinical-reference §3; CW-12):
        // nerve-type qualities (3 or more DN4 interview items), or pain
        // travelling down a limb with nerve-type qualities.
        id: "exclude.trigger_point.nerve_pain",
        effect: Effect::Exclude(&[TriggerPointInjection]),
        reason: "reason.exclude.trigger_point_nerve_pain",
        reads: &[
            F::Qualities,
            F::NumbnessTingling,
            F::Regions,
            F::BelowKnee,
            F::DownArm,
        ],
        sources: &["lcd_l34211", "dn4"],
        when: |f| {
            let radicular = f.lumbar_radicular || f.cervical_radicular;
            f.dn4_items >= 3
                || (radicular && (f.dn4_items > 0 || is_yes(f.a.pain.numbness_tingling)))
        },
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
        // LCD L34228: acute (< 6 weeks) or subacute (6–12 weeks), pain ≥ 5/10,
        // the fracture confirmed on a scan (MRI).
        id: "pattern.compression_fracture.vertebral_augmentation",
        effect: Effect::Match(VertebralAugmentation, Strong),
        reason: "reason.pattern.compression_fracture",
        reads: AUGMENTATION_READS,
        sources: &["lcd_l34228", "seed_001"],
        when: |f| augmentation_window(f) && f.confirmed_compression_fracture,
    },
    Rule {
        // The same without a scan that confirms the fracture: at most a
        // possible fit until an MRI decides (LCD L34228; sham-controlled
        // trials found no important benefit, clinical-reference §3).
        id: "pattern.compression_fracture.vertebral_augmentation_unconfirmed",
        effect: Effect::Match(VertebralAugmentation, Possible),
        reason: "reason.pattern.compression_fracture_unconfirmed",
        reads: AUGMENTATION_READS,
        sources: &["lcd_l34228", "seed_001"],
        when: |f| augmentation_window(f) && !f.confirmed_compression_fracture,
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
        reads: care_reads![F::Duration, F::Qualities],
        sources: &["cms_pns_lcd", "dn4"],
        when: |f| f.limb && f.dn4_items >= 3 && f.chronic && f.care_failed == crate::Tri::Met,
    },
];

/// What [`augmentation_window`] and the scan confirmation read.
const AUGMENTATION_READS: &[F] = &[
    F::Diagnoses,
    F::Regions,
    F::Duration,
    F::PegPain,
    F::Imaging,
];

/// A compression fracture a doctor mentioned, in the upper or low back, in its
/// first 12 weeks, with pain of 5/10 or more (LCD L34228).
fn augmentation_window(f: &Facts) -> bool {
    f.dx(Diagnosis::CompressionFracture)
        && (f.has(Region::UpperBack) || f.has(Region::LowerBack))
        && f.weeks.is_some_and(|w| w < 13)
        && f.pain_score.is_some_and(|p| p >= 5)
}
