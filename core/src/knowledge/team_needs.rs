//! What the team needs to know before a procedure (clinical-reference §4):
//! blood thinners by kind and reason, and bleeding risk by procedure
//! (ASRA/ESRA 2018, second edition: high — stimulators, vertebral
//! augmentation; intermediate — epidurals, neck facet procedures,
//! sympathetic blocks; low — the rest), a bleeding disorder, opioids, sleep
//! apnoea, kidney disease, smoking and a planned joint replacement. Each is
//! asked only where it changes a precaution or a question.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{BloodThinner, ThinnerReason};
use crate::assessment::Procedure;
use crate::facts::{yes_or_unsure, Facts};

/// The answers behind [`Facts::bleeding_risk`] and [`high_bleeding_risk`].
const BLEEDING_READS: &[F] = &[F::BloodThinners, F::BleedingDisorder];
pub(super) const HIGH_RISK_READS: &[F] = BLEEDING_READS;

/// High-risk procedures (stimulator implants, vertebral augmentation):
/// any blood thinner, aspirin alone included, or a bleeding disorder.
pub(super) fn high_bleeding_risk(f: &Facts) -> bool {
    f.thinner || yes_or_unsure(f.a.precautions.bleeding_disorder)
}

fn thinner_is(f: &Facts, kind: BloodThinner) -> bool {
    f.a.precautions.blood_thinners == Some(kind)
}

/// A blood thinner taken for a heart stent in the last 12 months or a
/// mechanical heart valve, or for a reason the patient is not sure of.
fn heart_reason(f: &Facts) -> bool {
    f.thinner
        && matches!(
            f.a.precautions.thinner_reason,
            Some(ThinnerReason::RecentStent | ThinnerReason::HeartValve | ThinnerReason::NotSure)
        )
}

/// The AGS Beers Criteria apply from this age.
pub const BEERS_AGE: u8 = 65;

const ASRA: &[&str] = &["asra_anticoag", "clinical_reference_s4"];

pub const RULES: &[Rule] = &[
    Rule {
        // Any blood thinner, or not sure: never stop it on your own.
        id: "precaution.blood_thinners",
        effect: Effect::Precaution(None),
        reason: "precaution.blood_thinners",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| f.thinner,
    },
    Rule {
        // A recent stent or a valve makes stopping dangerous (clinical-reference §4).
        id: "precaution.thinner_heart_reason",
        effect: Effect::Precaution(None),
        reason: "precaution.thinner_heart_reason",
        reads: &[F::BloodThinners, F::ThinnerReason],
        sources: ASRA,
        when: heart_reason,
    },
    Rule {
        id: "precaution.bleeding_disorder",
        effect: Effect::Precaution(None),
        reason: "precaution.bleeding_disorder",
        reads: &[F::BleedingDisorder],
        sources: ASRA,
        when: |f| yes_or_unsure(f.a.precautions.bleeding_disorder),
    },
    Rule {
        // ASRA/ESRA 2018: epidural injections are intermediate bleeding risk.
        id: "precaution.esi_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::EpiduralSteroidInjection)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: BLEEDING_READS,
        sources: ASRA,
        when: |f| f.bleeding_risk,
    },
    Rule {
        // ASRA/ESRA 2018: sympathetic blocks are intermediate bleeding risk.
        id: "precaution.sympathetic_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::SympatheticBlock)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: BLEEDING_READS,
        sources: ASRA,
        when: |f| f.bleeding_risk,
    },
    Rule {
        // ASRA/ESRA 2018: facet procedures of the neck are intermediate risk
        // (those of the low back are low risk).
        id: "precaution.neck_facet_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::MedialBranchBlock)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: &[F::BloodThinners, F::BleedingDisorder, F::Regions],
        sources: ASRA,
        when: |f| f.neck && f.bleeding_risk,
    },
    Rule {
        // ASRA/ESRA 2018: aspirin alone is usually kept for low-risk
        // procedures; for medium- and high-risk ones the team weighs why it
        // is taken.
        id: "precaution.aspirin_only",
        effect: Effect::Precaution(None),
        reason: "precaution.aspirin_only",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| thinner_is(f, BloodThinner::AspirinOnly),
    },
    // ── The question to ask, by kind of blood thinner ────────────────────
    Rule {
        id: "ask.blood_thinners",
        effect: Effect::Ask("question.blood_thinners"),
        reason: "why.blood_thinners",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| thinner_is(f, BloodThinner::KindNotKnown) || thinner_is(f, BloodThinner::NotSure),
    },
    Rule {
        id: "ask.anticoagulant",
        effect: Effect::Ask("question.anticoagulant"),
        reason: "why.anticoagulant",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| thinner_is(f, BloodThinner::Anticoagulant),
    },
    Rule {
        id: "ask.antiplatelet",
        effect: Effect::Ask("question.antiplatelet"),
        reason: "why.antiplatelet",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| thinner_is(f, BloodThinner::Antiplatelet),
    },
    Rule {
        id: "ask.aspirin_only",
        effect: Effect::Ask("question.aspirin_only"),
        reason: "why.aspirin_only",
        reads: &[F::BloodThinners],
        sources: ASRA,
        when: |f| thinner_is(f, BloodThinner::AspirinOnly),
    },
    Rule {
        id: "ask.thinner_heart_doctor",
        effect: Effect::Ask("question.thinner_heart_doctor"),
        reason: "why.thinner_heart_doctor",
        reads: &[F::BloodThinners, F::ThinnerReason],
        sources: ASRA,
        when: heart_reason,
    },
    Rule {
        id: "ask.bleeding_disorder",
        effect: Effect::Ask("question.bleeding_disorder"),
        reason: "why.bleeding_disorder",
        reads: &[F::BleedingDisorder],
        sources: ASRA,
        when: |f| yes_or_unsure(f.a.precautions.bleeding_disorder),
    },
    Rule {
        // AGS Beers Criteria 2023: an anti-inflammatory (NSAID) with aspirin
        // or another blood thinner raises the risk of stomach bleeding, and
        // at 65 and over NSAIDs strain the kidneys and the stomach. A blood
        // thinner the patient is not sure of counts (clinical-reference §0).
        // A note for the team: it never changes how soon to be seen.
        id: "precaution.anti_inflammatory",
        effect: Effect::Precaution(None),
        reason: "precaution.anti_inflammatory",
        reads: &[F::MedicineKinds, F::BloodThinners, F::Age],
        sources: &["ags_beers_2023"],
        when: |f| f.anti_inflammatory && (f.thinner || f.a.age.is_some_and(|age| age >= BEERS_AGE)),
    },
    Rule {
        // Opioid dose matters for sedation and for implant screening.
        id: "precaution.opioids",
        effect: Effect::Precaution(None),
        reason: "precaution.opioids",
        reads: &[F::Opioids, F::MedicineKinds],
        sources: &["clinical_reference_s4", "ncd_160_7"],
        when: |f| {
            yes_or_unsure(f.a.precautions.opioids)
                || f.a
                    .history
                    .medicine_kinds
                    .contains(&crate::answers::MedicineKind::Opioid)
        },
    },
    Rule {
        id: "precaution.sleep_apnea",
        effect: Effect::Precaution(None),
        reason: "precaution.sleep_apnea",
        reads: &[F::SleepApnea],
        sources: &["clinical_reference_s4"],
        when: |f| yes_or_unsure(f.a.precautions.sleep_apnea),
    },
    Rule {
        // Contrast dye and anti-inflammatory medicines.
        id: "precaution.kidney_disease",
        effect: Effect::Precaution(None),
        reason: "precaution.kidney_disease",
        reads: &[F::KidneyDisease],
        sources: &["clinical_reference_s4"],
        when: |f| yes_or_unsure(f.a.precautions.kidney_disease),
    },
    Rule {
        // Smoking raises wound infection and implant problems.
        id: "precaution.smoking_implant",
        effect: Effect::Precaution(Some(Procedure::SpinalCordStimulation)),
        reason: "precaution.smoking_implant",
        reads: &[F::Smoking],
        sources: &["clinical_reference_s4"],
        when: |f| yes_or_unsure(f.a.precautions.smoking),
    },
    Rule {
        // A joint steroid within about 3 months before a replacement raises
        // the risk of prosthetic joint infection (clinical-reference §4).
        id: "precaution.joint_replacement_planned",
        effect: Effect::Precaution(Some(Procedure::JointInjection)),
        reason: "precaution.joint_replacement_planned",
        reads: &[F::JointReplacementPlanned],
        sources: &["clinical_reference_s4"],
        when: |f| yes_or_unsure(f.a.precautions.joint_replacement_planned),
    },
];
