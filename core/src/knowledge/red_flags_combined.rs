//! Red flags that need several answers together (clinical-reference §1):
//! the dangerous combinations that are emergencies, fracture after minor
//! trauma, cancer (NICE NG234), headache in pregnancy and pelvic or belly
//! pain in a pregnancy.

use super::red_flags::{HEAD, SPINE_URGENT};
use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{Activity, Diagnosis, Onset, Region};
use crate::assessment::Urgency::{Emergency, Urgent};
use crate::facts::{is_yes, yes_or_unsure, Facts};
use crate::Tri;

const FRACTURE: &[&str] = &["ahcpr_1994", "nice_cks_gcare", "acp_aps_2007"];
const EPIDURAL: &[&str] = &["bmj_spinal_epidural", "clinical_reference_s1"];
const CANCER: &[&str] = &["nice_ng234", "ahcpr_1994"];

/// The answers behind [`Facts::neuro_change`].
const NEURO: [F; 4] = [
    F::NumbnessTingling,
    F::Qualities,
    F::SlowlyWorseningWeakness,
    F::RapidWeakness,
];

/// Bones at risk of breaking after minor trauma: osteoporosis, long-term
/// steroids, or age 70 or older.
/// "Not sure" about long-term steroids counts (clinical-reference §0).
fn fragile_bones(f: &Facts) -> bool {
    f.dx(Diagnosis::Osteoporosis)
        || crate::facts::yes_or_unsure(f.a.red_flags.long_term_steroids)
        || f.a.age.is_some_and(|age| age >= 70)
}

/// A fragility fracture is plausible: a fall, lift or injury (or a
/// compression fracture a doctor mentioned but no scan has confirmed) in
/// someone with fragile bones, with pain in the spine (not already scanned)
/// or the hips and pelvis, that is not long-standing. The fall or injury is
/// either the safety question's (any fall or knock, even a slip at home;
/// "not sure" counts, clinical-reference §0) or how the pain started.
fn fragility_fracture(f: &Facts) -> bool {
    let trigger = yes_or_unsure(f.a.red_flags.fall_or_injury)
        || matches!(
            f.a.history.onset,
            Some(Onset::Fall | Onset::Lifting | Onset::Injury)
        )
        || (f.dx(Diagnosis::CompressionFracture) && !f.confirmed_compression_fracture);
    // The spine, the hip or the pelvis (clinical-reference §1: same-day X-ray
    // for the spine and the hip/pelvis).
    let place = (f.spine && !f.confirmed_compression_fracture)
        || f.has(Region::Hips)
        || f.has(Region::PelvisGroin);
    fragile_bones(f) && trigger && place && !f.chronic
}

/// Severe central back pain eased by lying down, with bone risk.
fn severe_pain_eased_lying(f: &Facts) -> bool {
    let a = f.a;
    let risk = f.dx(Diagnosis::Osteoporosis)
        || is_yes(a.red_flags.long_term_steroids)
        || a.age.is_some_and(|age| age >= 65);
    (f.has(Region::LowerBack) || f.has(Region::UpperBack))
        && f.pain_score.is_some_and(|s| s >= 7)
        && a.pain.better_with.contains(&Activity::LyingDown)
        && risk
        && !f.confirmed_compression_fracture
}

fn cancer(f: &Facts) -> bool {
    is_yes(f.a.red_flags.cancer_history)
}

/// Sudden, severe spine pain: under 4 weeks (or of unknown duration), and
/// severe (7 or more) or of unknown strength.
fn sudden_severe_spine_pain(f: &Facts) -> bool {
    f.spine && f.weeks_at_least(4) != Tri::Met && f.pain_at_least(7) != Tri::NotMet
}

/// Giant cell arteritis is suspected (BSR 2020 guideline; NICE CKS): age
/// 50 or more (or not given), head or face pain, and either a new headache
/// or jaw pain on chewing with a sore scalp or temple or a change in sight,
/// or jaw pain on chewing (jaw claudication, its most telling symptom) in
/// pain that is not long-standing. "Not sure" counts as yes
/// (clinical-reference §0).
fn giant_cell_arteritis(f: &Facts) -> bool {
    let r = &f.a.red_flags;
    let jaw = yes_or_unsure(r.jaw_pain_chewing);
    let trigger = yes_or_unsure(r.headache_new_after_50) || jaw;
    let sign = yes_or_unsure(r.temple_tender) || yes_or_unsure(r.sight_changes);
    f.a.age
        .is_none_or(|age| age >= crate::questionnaire::GCA_AGE)
        && f.a.pain.any(&[Region::Head, Region::FaceJaw])
        && ((trigger && sign) || (jaw && !f.chronic))
}

pub const RULES: &[Rule] = &[
    // ── Emergency: dangerous combinations ────────────────────────────────
    Rule {
        // Possible spinal epidural abscess.
        id: "red_flag.infection_risk_with_nerve_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.infection_risk_with_nerve_change",
        reads: &[
            F::FeverChills,
            F::InjectsDrugs,
            F::WeakImmuneSystem,
            F::RecentInfection,
            F::Regions,
            F::Duration,
            NEURO[0],
            NEURO[1],
            NEURO[2],
            NEURO[3],
        ],
        sources: EPIDURAL,
        // A new nerve change (clinical-reference §1): pain that is not
        // long-standing, or with a fever, or weakness getting worse. Months
        // of unchanged sciatica with a weak immune system is not this flag.
        when: |f| {
            f.infection_risk
                && f.spine
                && f.neuro_change
                && (!f.chronic
                    || is_yes(f.a.red_flags.fever_chills)
                    || is_yes(f.a.pain.slowly_worsening_weakness))
        },
    },
    Rule {
        // Possible spinal epidural haematoma.
        id: "red_flag.blood_thinner_sudden_pain_nerve_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.blood_thinner_sudden_pain_nerve_change",
        reads: &[
            F::BloodThinners,
            F::Regions,
            F::Duration,
            F::Onset,
            F::PegPain,
            NEURO[0],
            NEURO[1],
            NEURO[2],
            NEURO[3],
        ],
        sources: EPIDURAL,
        // Sudden (clinical-reference §1): under a week old, or under four
        // weeks and not a pain that came on gradually. (The onset question
        // has no "suddenly, by itself" answer, so a new pain of days counts
        // whatever was picked.)
        when: |f| {
            f.thinner
                && sudden_severe_spine_pain(f)
                && (f.weeks_at_least(1) != Tri::Met || f.a.history.onset != Some(Onset::Gradual))
                && f.neuro_change
        },
    },
    Rule {
        // Possible metastatic spinal cord compression (NICE NG234).
        id: "red_flag.cancer_with_nerve_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.cancer_with_nerve_change",
        reads: &[
            F::CancerHistory,
            F::Regions,
            F::BelowKnee,
            F::DownArm,
            NEURO[0],
            NEURO[1],
            NEURO[2],
            NEURO[3],
        ],
        sources: CANCER,
        when: |f| {
            cancer(f) && f.spine && (f.neuro_change || f.lumbar_radicular || f.cervical_radicular)
        },
    },
    Rule {
        // Infection or bleeding after a spinal procedure, with nerve change.
        id: "red_flag.after_spinal_procedure_nerve_change",
        effect: Effect::RedFlag(Emergency),
        reason: "reason.red_flag.after_spinal_procedure_nerve_change",
        reads: &[
            F::AfterSpinalProcedure,
            NEURO[0],
            NEURO[1],
            NEURO[2],
            NEURO[3],
        ],
        sources: EPIDURAL,
        when: |f| is_yes(f.a.red_flags.after_spinal_procedure) && f.neuro_change,
    },
    // ── Urgent: possible fracture ────────────────────────────────────────
    Rule {
        id: "red_flag.fragility_fracture",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.fragility_fracture",
        reads: &[
            F::Age,
            F::LongTermSteroids,
            F::FallOrInjury,
            F::Regions,
            F::Onset,
            F::Imaging,
            F::Diagnoses,
            F::Duration,
        ],
        sources: FRACTURE,
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
    // ── Urgent: possible cancer (NICE NG234) ─────────────────────────────
    Rule {
        // A history of cancer with new back pain (long-standing, unchanged
        // low back pain stays a precaution).
        id: "red_flag.cancer_history_new_pain",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.cancer_history_new_pain",
        reads: &[F::CancerHistory, F::Regions, F::Duration],
        sources: SPINE_URGENT,
        when: |f| f.spine && cancer(f) && !f.chronic,
    },
    Rule {
        // Upper back or neck pain after cancer, at any duration.
        id: "red_flag.cancer_history_upper_spine",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.cancer_history_upper_spine",
        reads: &[F::CancerHistory, F::Regions],
        sources: CANCER,
        when: |f| cancer(f) && (f.has(Region::UpperBack) || f.neck),
    },
    Rule {
        // New bone pain in the hips or pelvis after cancer.
        id: "red_flag.cancer_history_hip_pelvis",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.cancer_history_hip_pelvis",
        reads: &[F::CancerHistory, F::Regions, F::Duration],
        sources: CANCER,
        when: |f| cancer(f) && (f.has(Region::Hips) || f.has(Region::PelvisGroin)) && !f.chronic,
    },
    // ── Urgent: giant cell arteritis (BSR 2020; NICE CKS) ────────────────
    Rule {
        // Aged 50 or more (or age not given): a new headache or jaw pain on
        // chewing with a sore scalp or temple or changes in sight, or new
        // jaw pain on chewing: a doctor the same day, as sight can be lost.
        id: "red_flag.giant_cell_arteritis",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.giant_cell_arteritis",
        reads: &[
            F::Age,
            F::Regions,
            F::Duration,
            F::HeadacheNewAfter50,
            F::JawPainChewing,
            F::TempleTender,
            F::SightChanges,
        ],
        sources: &["bsr_2020_gca", "nice_cks_gca", "cmaj_2023_snoop4"],
        when: giant_cell_arteritis,
    },
    // ── Urgent: headache in pregnancy (SNOOP4) ───────────────────────────
    Rule {
        // Pregnancy (or maybe) with a headache that is new or has changed.
        id: "red_flag.pregnancy_new_headache",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.pregnancy_new_headache",
        reads: &[
            F::Pregnant,
            F::Regions,
            F::Duration,
            F::HeadachePatternChange,
        ],
        sources: HEAD,
        when: |f| {
            crate::facts::may_be_pregnant(f.a)
                && f.has(Region::Head)
                && (!f.chronic || is_yes(f.a.red_flags.headache_pattern_change))
        },
    },
    // ── Urgent: pelvic or belly pain in a pregnancy (NICE NG126) ─────────
    Rule {
        // Lower belly or pelvic pain in a pregnancy (or maybe): an ectopic
        // pregnancy or a miscarriage must be ruled out the same day.
        id: "red_flag.pelvic_pain_pregnancy",
        effect: Effect::RedFlag(Urgent),
        reason: "reason.red_flag.pelvic_pain_pregnancy",
        reads: &[F::Pregnant, F::Regions, F::Duration],
        sources: &["nice_ng126"],
        when: |f| {
            crate::facts::may_be_pregnant(f.a)
                && f.a.pain.any(&[Region::PelvisGroin, Region::ChestBelly])
                && !f.chronic
        },
    },
];
