//! What the team needs to know before a procedure (clinical-reference §4):
//! bleeding risk by procedure (ASRA/ESRA 2018, second edition), opioids,
//! sleep apnoea, kidney disease, smoking and a planned joint replacement.
//! Each is asked only where it changes a precaution or a question.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::assessment::Procedure;
use crate::facts::yes_or_unsure;

pub const RULES: &[Rule] = &[
    Rule {
        // ASRA/ESRA 2018: epidural injections are intermediate bleeding risk.
        id: "precaution.esi_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::EpiduralSteroidInjection)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: &[F::BloodThinners],
        sources: &["asra_anticoag"],
        when: |f| yes_or_unsure(f.a.precautions.blood_thinners),
    },
    Rule {
        // ASRA/ESRA 2018: sympathetic blocks are intermediate bleeding risk.
        id: "precaution.sympathetic_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::SympatheticBlock)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: &[F::BloodThinners],
        sources: &["asra_anticoag"],
        when: |f| yes_or_unsure(f.a.precautions.blood_thinners),
    },
    Rule {
        // ASRA/ESRA 2018: facet procedures of the neck are intermediate risk
        // (those of the low back are low risk).
        id: "precaution.neck_facet_bleeding_risk",
        effect: Effect::Precaution(Some(Procedure::MedialBranchBlock)),
        reason: "precaution.intermediate_bleeding_risk",
        reads: &[F::BloodThinners, F::Regions],
        sources: &["asra_anticoag"],
        when: |f| f.neck && yes_or_unsure(f.a.precautions.blood_thinners),
    },
    Rule {
        // Opioid dose matters for sedation and for implant screening.
        id: "precaution.opioids",
        effect: Effect::Precaution(None),
        reason: "precaution.opioids",
        reads: &[F::Opioids],
        sources: &["clinical_reference_s4", "ncd_160_7"],
        when: |f| yes_or_unsure(f.a.precautions.opioids),
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
