//! Pain patterns of the spine and the procedures that match them
//! (clinical-reference §3): radicular pain and stenosis, facet pain, the
//! sacroiliac joint and pain after spine surgery. Other patterns are in
//! [`super::patterns_body`]. A match says a procedure is worth discussing;
//! its gates in [`super::procedures`] say what must be true first.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{
    AblationRelief, Activity, Diagnosis, DiagnosticBlocks, Dominance, PriorInjections, Region,
    SinceSurgery, YesNo,
};
use crate::assessment::Fit::{Possible, Strong};
use crate::assessment::Procedure::*;
use crate::facts::{is_yes, Facts};

const ESI: &[&str] = &["lcd_l39240", "lcd_l33906", "nice_ng59", "seed_002"];
const FACET: &[&str] = &["lcd_l38801", "nice_qs155", "seed_002", "seed_004"];
const SCS: &[&str] = &[
    "ncd_160_7",
    "lcd_l37632",
    "asra_2023_scs",
    "seed_004",
    "seed_002",
];

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

/// Neck pain with facet features: worse on leaning the head back or
/// turning it (extension or rotation), or arthritis of the spine
/// (clinical-reference §3; LCD L38801). Standing is a low-back feature.
fn neck_facet_features(f: &Facts) -> bool {
    f.a.pain
        .worse_with
        .contains(&Activity::LeaningBackOrTwisting)
        || f.dx(Diagnosis::SpineArthritis)
}

/// The answers [`untreated_radicular`] reads.
const UNTREATED_RADICULAR_READS: &[F] = &[
    F::Regions,
    F::BelowKnee,
    F::WorseWith,
    F::BetterWith,
    F::PriorInjections,
];

/// Radiculopathy or claudication that has not been treated rules out facet
/// procedures for the low back (LCD L38801).
fn untreated_radicular(f: &Facts) -> bool {
    (f.lumbar_radicular || f.claudication)
        && !matches!(
            f.a.history.prior_injections,
            Some(PriorInjections::LongRelief | PriorInjections::ShortRelief)
        )
}

/// Leg pain on walking or standing eased by sitting or bending forward, or
/// known spinal stenosis with low back pain.
fn stenosis_claudication(f: &Facts) -> bool {
    f.claudication || (f.low_back && f.dx(Diagnosis::SpinalStenosis))
}

/// Stenosis or claudication with no disc herniation to explain a nerve-root
/// pain: the epidural's evidence here is weak (NICE NG59).
fn claudication_without_disc(f: &Facts) -> bool {
    stenosis_claudication(f) && !f.dx(Diagnosis::DiscHerniation)
}

const CLAUDICATION_READS: &[F] = &[
    F::Regions,
    F::BelowKnee,
    F::WorseWith,
    F::BetterWith,
    F::Diagnoses,
];

/// The CRPS symptom screen or diagnosis ([`Facts::crps`]). The exam decides.
pub(super) fn crps(f: &Facts) -> bool {
    f.crps
}

/// Spine surgery at least 3 months ago (or, when the time since is not
/// known, pain for 3 months or more) and spine pain now.
fn post_surgery(f: &Facts) -> bool {
    let long_enough = match f.a.history.since_spine_surgery {
        Some(SinceSurgery::ThreeToTwelveMonths | SinceSurgery::OverTwelveMonths) => true,
        Some(SinceSurgery::UnderThreeMonths) => false,
        _ => f.chronic,
    };
    is_yes(f.a.history.spine_surgery) && long_enough && f.spine
}

/// The pain after surgery is mainly in a leg or arm: the indication with the
/// strongest evidence for spinal cord stimulation (ASRA 2023; CW-9).
fn limb_dominant(f: &Facts) -> bool {
    match f.a.pain.dominance {
        Some(Dominance::LimbWorse) => true,
        Some(Dominance::SpineWorse) => false,
        _ => f.lumbar_radicular || f.cervical_radicular,
    }
}

/// The answers [`post_surgery`] and [`limb_dominant`] read.
const POST_SURGERY_READS: &[F] = &[
    F::SpineSurgery,
    F::SinceSpineSurgery,
    F::Duration,
    F::Regions,
    F::BelowKnee,
    F::DownArm,
    F::Dominance,
];

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
        // NICE NG59 advises against epidurals for neurogenic claudication
        // in central canal stenosis (LESS trial, NEJM 2014); US LCDs cover
        // them. So at most possible, on the LCD's basis (clinical review CW-6).
        id: "pattern.neurogenic_claudication.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.neurogenic_claudication",
        reads: CLAUDICATION_READS,
        sources: &["lcd_l39240", "lcd_l33906"],
        when: stenosis_claudication,
    },
    Rule {
        // The radicular rules must not make it strong when the pain is
        // claudication rather than a disc pressing on a nerve root.
        id: "limit.esi.neurogenic_claudication",
        effect: Effect::Limit(&[EpiduralSteroidInjection]),
        reason: "caution.esi.claudication_evidence",
        reads: CLAUDICATION_READS,
        sources: &["nice_ng59", "lcd_l39240"],
        when: claudication_without_disc,
    },
    Rule {
        id: "precaution.esi.neurogenic_claudication",
        effect: Effect::Precaution(Some(EpiduralSteroidInjection)),
        reason: "caution.esi.claudication_evidence",
        reads: CLAUDICATION_READS,
        sources: &["nice_ng59", "lcd_l39240"],
        when: claudication_without_disc,
    },
    Rule {
        // Acute shingles pain is listed among epidural indications (LCD L39240).
        id: "pattern.acute_shingles.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.acute_shingles",
        reads: &[F::Diagnoses, F::Duration, F::Regions],
        sources: &["lcd_l39240"],
        // Acute zoster of the spine or trunk only; never the face or eye (CW-7).
        when: |f| {
            f.dx(Diagnosis::Shingles)
                && f.weeks.is_some_and(|w| w < 13)
                && (f.spine || f.has(Region::ChestBelly))
        },
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
        // Like the low back: strong only with facet features.
        id: "pattern.axial_neck.facet",
        effect: Effect::Match(MedialBranchBlock, Strong),
        reason: "reason.pattern.axial_neck_facet",
        reads: &[F::Regions, F::DownArm, F::WorseWith, F::Diagnoses],
        sources: FACET,
        when: |f| f.axial_neck && neck_facet_features(f),
    },
    Rule {
        id: "pattern.axial_neck.unclear",
        effect: Effect::Match(MedialBranchBlock, Possible),
        reason: "reason.pattern.axial_neck",
        reads: &[F::Regions, F::DownArm, F::WorseWith, F::Diagnoses],
        sources: FACET,
        when: |f| f.axial_neck && !neck_facet_features(f),
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
        reads: &[
            F::Regions,
            F::BelowKnee,
            F::DownArm,
            F::DiagnosticBlocks,
            F::PriorAblation,
        ],
        sources: FACET,
        when: |f| {
            (f.axial_low_back || f.axial_neck)
                && f.a.history.diagnostic_blocks != Some(DiagnosticBlocks::TwoWithBigRelief)
                && f.a.history.prior_ablation != Some(AblationRelief::HalfForSixMonths)
        },
    },
    Rule {
        id: "exclude.facet.untreated_radicular",
        effect: Effect::Exclude(&[MedialBranchBlock]),
        reason: "reason.exclude.facet_untreated_radicular",
        reads: UNTREATED_RADICULAR_READS,
        sources: &["lcd_l38801"],
        when: untreated_radicular,
    },
    Rule {
        // A compression fracture explains the pain: no facet procedure (CW-5).
        id: "exclude.facet.fracture_explains_pain",
        effect: Effect::Exclude(&[MedialBranchBlock, RadiofrequencyAblation]),
        reason: "reason.exclude.facet_fracture",
        reads: &[F::Diagnoses],
        sources: &["lcd_l38801", "lcd_l34228"],
        when: |f| f.dx(Diagnosis::CompressionFracture),
    },
    Rule {
        id: "exclude.rfa.untreated_radicular",
        effect: Effect::Exclude(&[RadiofrequencyAblation]),
        reason: "reason.exclude.facet_untreated_radicular",
        reads: UNTREATED_RADICULAR_READS,
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
        // Only when the pain is known not to go below the knee (CW-12).
        when: |f| {
            f.a.pain.main_region == Some(Region::Buttocks) && f.a.pain.below_knee == Some(YesNo::No)
        },
    },
    Rule {
        id: "pattern.sacroiliac.possible",
        effect: Effect::Match(SacroiliacJointInjection, Possible),
        reason: "reason.pattern.sacroiliac_possible",
        reads: &[F::Regions, F::MainRegion, F::BelowKnee],
        sources: &["lcd_l39462"],
        // Buttock pain that is not the main one, or whether it goes below
        // the knee is not known yet.
        when: |f| {
            let main = f.a.pain.main_region == Some(Region::Buttocks);
            let below = f.a.pain.below_knee;
            f.has(Region::Buttocks)
                && below != Some(YesNo::Yes)
                && !(main && below == Some(YesNo::No))
        },
    },
    // ── Persistent pain after spine surgery ──────────────────────────────
    Rule {
        id: "pattern.post_surgery.scs",
        effect: Effect::Match(SpinalCordStimulation, Strong),
        reason: "reason.pattern.post_surgery",
        reads: POST_SURGERY_READS,
        sources: SCS,
        when: |f| post_surgery(f) && limb_dominant(f),
    },
    Rule {
        // Mainly back or neck pain after surgery: a weaker indication (ASRA 2023).
        id: "pattern.post_surgery_axial.scs",
        effect: Effect::Match(SpinalCordStimulation, Possible),
        reason: "reason.pattern.post_surgery_axial",
        reads: POST_SURGERY_READS,
        sources: SCS,
        when: |f| post_surgery(f) && !limb_dominant(f),
    },
    Rule {
        id: "pattern.post_surgery_radicular.esi",
        effect: Effect::Match(EpiduralSteroidInjection, Possible),
        reason: "reason.pattern.post_surgery_radicular",
        reads: POST_SURGERY_READS,
        sources: &["lcd_l39240"],
        when: |f| post_surgery(f) && (f.lumbar_radicular || f.cervical_radicular),
    },
];
