//! Red flags (clinical-reference §1). Any emergency flag overrides everything:
//! the result leads with getting help now, and no procedure is offered.
//! Urgent flags ask for a doctor within 24 hours before any elective care.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{Diagnosis, Onset, Region};
use crate::assessment::Urgency::{Emergency, Urgent};
use crate::facts::{is_yes, Facts};

const CAUDA: &[&str] = &["bmj_cauda_equina", "ahcpr_1994"];
const HEAD: &[&str] = &["cmaj_2023_snoop4"];
const SPINE_URGENT: &[&str] = &["ahcpr_1994", "nice_ng59", "nice_cks_gcare", "acp_aps_2007"];

/// A fragility fracture is plausible: a fall, lift or injury in someone with
/// thin bones, long-term steroids or older age, in a spine not already scanned.
fn fragility_fracture(f: &Facts) -> bool {
    let a = f.a;
    let risk = f.dx(Diagnosis::Osteoporosis)
        || is_yes(a.red_flags.long_term_steroids)
        || a.age.is_some_and(|age| age >= 70);
    let trigger = matches!(
        a.history.onset,
        Some(Onset::Fall | Onset::Lifting | Onset::Injury)
    );
    f.spine && risk && trigger && !f.confirmed_compression_fracture
}

/// Severe central back pain eased by lying down, with bone risk.
fn severe_pain_eased_lying(f: &Facts) -> bool {
    let a = f.a;
    let risk = f.dx(Diagnosis::Osteoporosis)
        || is_yes(a.red_flags.long_term_steroids)
        || a.age.is_some_and(|age| age >= 65);
    (f.has(Region::LowerBack) || f.has(Region::UpperBack))
        && f.pain_score.is_some_and(|s| s >= 7)
        && a.pain
            .better_with
            .contains(&crate::answers::Activity::LyingDown)
        && risk
        && !f.confirmed_compression_fracture
}

pub const RULES: &[Rule] = &[
    // ── Emergency: cauda equina syndrome ─────────────────────────────────
    Rule {
        id: "red_flag.saddle_numbness",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.saddle_numbness",
        reads: &[F::SaddleNumbness],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.saddle_numbness),
    },
    Rule {
        id: "red_flag.bladder_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.bladder_change",
        reads: &[F::BladderChange],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.bladder_change),
    },
    Rule {
        id: "red_flag.bowel_control",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.bowel_control",
        reads: &[F::BowelControl],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.bowel_control),
    },
    Rule {
        id: "red_flag.both_legs_weak",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.both_legs_weak",
        reads: &[F::BothLegsWeak],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.both_legs_weak),
    },
    Rule {
        // New sexual dysfunction counts with back or leg pain.
        id: "red_flag.sexual_function_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.sexual_function_change",
        reads: &[F::SexualFunctionChange, F::Regions],
        sources: CAUDA,
        when: |f| {
            is_yes(f.a.red_flags.sexual_function_change) && (f.low_back || f.has(Region::LegsFeet))
        },
    },
    Rule {
        id: "red_flag.rapid_weakness",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.rapid_weakness",
        reads: &[F::RapidWeakness],
        sources: &["ahcpr_1994", "nice_ng59"],
        when: |f| is_yes(f.a.red_flags.rapid_weakness),
    },
    // ── Emergency: headache ──────────────────────────────────────────────
    Rule {
        id: "red_flag.thunderclap_headache",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.thunderclap_headache",
        reads: &[F::ThunderclapHeadache],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.thunderclap_headache),
    },
    Rule {
        id: "red_flag.headache_fever_stiff_neck",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_fever_stiff_neck",
        reads: &[F::HeadacheFeverStiffNeck],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_fever_stiff_neck),
    },
    Rule {
        id: "red_flag.headache_neuro_signs",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_neuro_signs",
        reads: &[F::HeadacheNeuroSigns],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_neuro_signs),
    },
    Rule {
        id: "red_flag.headache_after_head_injury",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_after_head_injury",
        reads: &[F::HeadacheAfterHeadInjury],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_after_head_injury),
    },
    // ── Urgent: possible infection ───────────────────────────────────────
    Rule {
        // Fever with pain anywhere: spinal infection, or an infected joint.
        id: "red_flag.fever_chills",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.fever_chills",
        reads: &[F::FeverChills],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.fever_chills),
    },
    Rule {
        id: "red_flag.recent_infection",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.recent_infection",
        reads: &[F::RecentInfection, F::Regions],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.recent_infection),
    },
    Rule {
        id: "red_flag.injects_drugs",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.injects_drugs",
        reads: &[F::InjectsDrugs, F::Regions],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.injects_drugs),
    },
    Rule {
        id: "red_flag.weak_immune_system",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.weak_immune_system",
        reads: &[F::WeakImmuneSystem, F::Regions],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.weak_immune_system),
    },
    // ── Urgent: possible fracture ────────────────────────────────────────
    Rule {
        id: "red_flag.major_trauma",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.major_trauma",
        reads: &[F::MajorTrauma],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.major_trauma),
    },
    Rule {
        id: "red_flag.fragility_fracture",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.fragility_fracture",
        reads: &[
            F::Age,
            F::LongTermSteroids,
            F::Regions,
            F::Onset,
            F::Imaging,
            F::Diagnoses,
        ],
        sources: SPINE_URGENT,
        when: fragility_fracture,
    },
    Rule {
        id: "red_flag.severe_pain_eased_lying",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.severe_pain_eased_lying",
        reads: &[
            F::Age,
            F::LongTermSteroids,
            F::Regions,
            F::BetterWith,
            F::PegPain,
            F::Imaging,
            F::Diagnoses,
        ],
        sources: &["ahcpr_1994", "nice_cks_gcare"],
        when: severe_pain_eased_lying,
    },
    // ── Urgent: possible cancer ──────────────────────────────────────────
    Rule {
        // A history of cancer matters most when the back pain is new.
        id: "red_flag.cancer_history_new_pain",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.cancer_history_new_pain",
        reads: &[F::CancerHistory, F::Regions, F::Duration],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.cancer_history) && !f.chronic,
    },
    Rule {
        id: "red_flag.weight_loss",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.weight_loss",
        reads: &[F::WeightLoss],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.weight_loss),
    },
    Rule {
        id: "red_flag.constant_night_pain",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.constant_night_pain",
        reads: &[F::ConstantNightPain],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.constant_night_pain),
    },
    // ── Urgent: headache ─────────────────────────────────────────────────
    Rule {
        id: "red_flag.headache_new_after_50",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_new_after_50",
        reads: &[F::HeadacheNewAfter50],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_new_after_50),
    },
    Rule {
        id: "red_flag.headache_pattern_change",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_pattern_change",
        reads: &[F::HeadachePatternChange],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_pattern_change),
    },
    Rule {
        id: "red_flag.headache_postural_or_cough",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_postural_or_cough",
        reads: &[F::HeadachePosturalOrCough],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_postural_or_cough),
    },
    Rule {
        id: "red_flag.headache_pregnancy_cancer_hiv",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_pregnancy_cancer_hiv",
        reads: &[F::HeadachePregnancyCancerHiv],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_pregnancy_cancer_hiv),
    },
];
