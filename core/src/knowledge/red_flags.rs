//! Red flags (clinical-reference §1). Any emergency flag overrides everything:
//! the result leads with getting help now, and no procedure is offered.
//! Urgent flags ask for a doctor within 24 hours before any elective care.

use super::{Effect, Rule};
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
        reads: &["red_flags.saddle_numbness"],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.saddle_numbness),
    },
    Rule {
        id: "red_flag.bladder_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.bladder_change",
        reads: &["red_flags.bladder_change"],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.bladder_change),
    },
    Rule {
        id: "red_flag.bowel_control",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.bowel_control",
        reads: &["red_flags.bowel_control"],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.bowel_control),
    },
    Rule {
        id: "red_flag.both_legs_weak",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.both_legs_weak",
        reads: &["red_flags.both_legs_weak"],
        sources: CAUDA,
        when: |f| is_yes(f.a.red_flags.both_legs_weak),
    },
    Rule {
        // New sexual dysfunction counts with back or leg pain.
        id: "red_flag.sexual_function_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.sexual_function_change",
        reads: &["red_flags.sexual_function_change", "pain.regions"],
        sources: CAUDA,
        when: |f| {
            is_yes(f.a.red_flags.sexual_function_change) && (f.low_back || f.has(Region::LegsFeet))
        },
    },
    Rule {
        id: "red_flag.rapid_weakness",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.rapid_weakness",
        reads: &["red_flags.rapid_weakness"],
        sources: &["ahcpr_1994", "nice_ng59"],
        when: |f| is_yes(f.a.red_flags.rapid_weakness),
    },
    // ── Emergency: headache ──────────────────────────────────────────────
    Rule {
        id: "red_flag.thunderclap_headache",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.thunderclap_headache",
        reads: &["red_flags.thunderclap_headache"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.thunderclap_headache),
    },
    Rule {
        id: "red_flag.headache_fever_stiff_neck",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_fever_stiff_neck",
        reads: &["red_flags.headache_fever_stiff_neck"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_fever_stiff_neck),
    },
    Rule {
        id: "red_flag.headache_neuro_signs",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_neuro_signs",
        reads: &["red_flags.headache_neuro_signs"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_neuro_signs),
    },
    Rule {
        id: "red_flag.headache_after_head_injury",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.headache_after_head_injury",
        reads: &["red_flags.headache_after_head_injury"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_after_head_injury),
    },
    // ── Urgent: possible infection ───────────────────────────────────────
    Rule {
        // Fever with pain anywhere: spinal infection, or an infected joint.
        id: "red_flag.fever_chills",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.fever_chills",
        reads: &["red_flags.fever_chills"],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.fever_chills),
    },
    Rule {
        id: "red_flag.recent_infection",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.recent_infection",
        reads: &["red_flags.recent_infection", "pain.regions"],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.recent_infection),
    },
    Rule {
        id: "red_flag.injects_drugs",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.injects_drugs",
        reads: &["red_flags.injects_drugs", "pain.regions"],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.injects_drugs),
    },
    Rule {
        id: "red_flag.weak_immune_system",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.weak_immune_system",
        reads: &["red_flags.weak_immune_system", "pain.regions"],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.weak_immune_system),
    },
    // ── Urgent: possible fracture ────────────────────────────────────────
    Rule {
        id: "red_flag.major_trauma",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.major_trauma",
        reads: &["red_flags.major_trauma"],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.major_trauma),
    },
    Rule {
        id: "red_flag.fragility_fracture",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.fragility_fracture",
        reads: &[
            "history.onset",
            "diagnoses",
            "red_flags.long_term_steroids",
            "age",
            "history.imaging",
        ],
        sources: SPINE_URGENT,
        when: fragility_fracture,
    },
    Rule {
        id: "red_flag.severe_pain_eased_lying",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.severe_pain_eased_lying",
        reads: &["peg.pain", "pain.better_with", "diagnoses", "age"],
        sources: &["ahcpr_1994", "nice_cks_gcare"],
        when: severe_pain_eased_lying,
    },
    // ── Urgent: possible cancer ──────────────────────────────────────────
    Rule {
        // A history of cancer matters most when the back pain is new.
        id: "red_flag.cancer_history_new_pain",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.cancer_history_new_pain",
        reads: &["red_flags.cancer_history", "pain.duration"],
        sources: SPINE_URGENT,
        when: |f| f.spine && is_yes(f.a.red_flags.cancer_history) && !f.chronic,
    },
    Rule {
        id: "red_flag.weight_loss",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.weight_loss",
        reads: &["red_flags.weight_loss"],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.weight_loss),
    },
    Rule {
        id: "red_flag.constant_night_pain",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.constant_night_pain",
        reads: &["red_flags.constant_night_pain"],
        sources: SPINE_URGENT,
        when: |f| is_yes(f.a.red_flags.constant_night_pain),
    },
    // ── Urgent: headache ─────────────────────────────────────────────────
    Rule {
        id: "red_flag.headache_new_after_50",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_new_after_50",
        reads: &["red_flags.headache_new_after_50"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_new_after_50),
    },
    Rule {
        id: "red_flag.headache_pattern_change",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_pattern_change",
        reads: &["red_flags.headache_pattern_change"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_pattern_change),
    },
    Rule {
        id: "red_flag.headache_postural_or_cough",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_postural_or_cough",
        reads: &["red_flags.headache_postural_or_cough"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_postural_or_cough),
    },
    Rule {
        id: "red_flag.headache_pregnancy_cancer_hiv",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.headache_pregnancy_cancer_hiv",
        reads: &["red_flags.headache_pregnancy_cancer_hiv"],
        sources: HEAD,
        when: |f| is_yes(f.a.red_flags.headache_pregnancy_cancer_hiv),
    },
];
