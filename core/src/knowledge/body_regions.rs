//! The face, the chest or belly wall and the pelvis, pain after an
//! operation outside the spine, and the side of the pain (clinical review
//! OM-1):
//!
//! - trigeminal neuralgia: a neurologist first (ICHD-3 13.1.1; NICE CKS);
//! - pelvic or groin pain: gynaecology or urology first (RCOG GTG 41; EAU);
//! - pain after an operation: the surgical team first in the first 3 months,
//!   then chronic post-surgical pain (ICD-11) once the site is checked;
//! - post-herpetic neuralgia of the trunk: medicines first (NICE CG173);
//! - sciatica in both legs: a cauda equina safety net; nerve-root pain on
//!   one side: a scan that agrees with that side (LCD L39240).

use super::{Effect, Place, Route, Rule};
use crate::answers::Field as F;
use crate::answers::{Diagnosis, Onset, Region};
use crate::assessment::Procedure::JointInjection;
use crate::assessment::{Candidacy, SpecialistKind, Urgency};
use crate::facts::Facts;

/// Trigeminal neuralgia: a neurologist confirms it, looks for a cause
/// (a scan when needed) and starts the medicine (NICE CG173: carbamazepine).
pub const NEUROLOGY_FACE: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::Neurologist,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.neurology_face_first"),
    },
    priority: 62,
};

/// Pelvic pain: gynaecology or urology first, usually through the regular
/// doctor (RCOG Green-top Guideline 41; EAU chronic pelvic pain guideline).
pub const PELVIC_FIRST: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::PelvicSpecialist,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.pelvic_first"),
    },
    priority: 59,
};

/// In the first 3 months after an operation, the team that did it checks
/// the pain first (ICD-11: post-surgical pain is chronic from 3 months).
pub const OPERATION_TEAM_FIRST: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::SurgicalTeam,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.operation_team_first"),
    },
    priority: 58,
};

/// The pelvis or groin is where it hurts most, and no hip arthritis or
/// operation explains it.
/// Pelvic or groin pain as the main pain, not explained by hip arthritis, an
/// operation, a fall, lift or injury (a broken bone comes first), or a past
/// cancer (bone first, NICE NG234).
fn pelvic_pain(f: &Facts) -> bool {
    f.a.pain.main_region == Some(Region::PelvisGroin)
        && !f.dx(Diagnosis::HipArthritis)
        && !f.after_operation
        && !matches!(
            f.a.history.onset,
            Some(Onset::Fall | Onset::Lifting | Onset::Injury)
        )
        && !crate::facts::yes_or_unsure(f.a.red_flags.cancer_history)
}

/// Shingles on the trunk (back, chest or belly) for 3 months or more.
fn phn_trunk(f: &Facts) -> bool {
    f.dx(Diagnosis::Shingles)
        && f.chronic
        && f.a
            .pain
            .any(&[Region::UpperBack, Region::LowerBack, Region::ChestBelly])
}

const OPERATION_READS: &[F] = &[F::Onset, F::SpineSurgery, F::Duration];
const SIDE_READS: &[F] = &[F::Regions, F::BelowKnee, F::DownArm, F::LegSide, F::ArmSide];
const CPSP: &[&str] = &["icd11_cpsp", "iasp_icd11"];

pub const RULES: &[Rule] = &[
    // ── Face ─────────────────────────────────────────────────────────────
    Rule {
        id: "route.neurology.trigeminal_neuralgia",
        effect: Effect::Route(NEUROLOGY_FACE),
        reason: "reason.route.trigeminal_neuralgia",
        reads: &[F::Regions, F::FaceAttacks],
        sources: &["ichd3_13_1", "nice_cks_trigeminal", "nice_cg173"],
        when: |f| f.trigeminal,
    },
    // ── Pelvis ───────────────────────────────────────────────────────────
    Rule {
        id: "route.pelvic.gynaecology_urology",
        effect: Effect::Route(PELVIC_FIRST),
        reason: "reason.route.pelvic_pain",
        reads: &[
            F::Regions,
            F::MainRegion,
            F::Diagnoses,
            F::Onset,
            F::SpineSurgery,
            F::CancerHistory,
        ],
        sources: &["rcog_gtg41", "eau_cpp"],
        when: pelvic_pain,
    },
    // ── Pain after an operation outside the spine ────────────────────────
    Rule {
        id: "route.surgical_team.recent_operation",
        effect: Effect::Route(OPERATION_TEAM_FIRST),
        reason: "reason.route.recent_operation",
        reads: OPERATION_READS,
        sources: CPSP,
        when: |f| f.after_operation && f.weeks.is_some_and(|w| w < 13),
    },
    Rule {
        // Chronic post-surgical pain (ICD-11): other causes are ruled out
        // first (infection, a loose joint, a hernia back, cancer follow-up).
        id: "ask.post_surgical_pain",
        effect: Effect::Ask("question.post_surgical_pain"),
        reason: "why.post_surgical_pain",
        reads: OPERATION_READS,
        sources: CPSP,
        when: |f| f.after_operation && f.chronic,
    },
    Rule {
        // A joint that was operated on, perhaps replaced, is injected only
        // if the surgeon agrees: a steroid in a joint replacement risks
        // infection (clinical-reference §4).
        id: "limit.joint_injection.after_operation",
        effect: Effect::Limit(&[JointInjection]),
        reason: "reason.limit.joint_after_operation",
        reads: &[F::Onset, F::SpineSurgery, F::Regions],
        sources: &["clinical_reference_s4", "icd11_cpsp"],
        when: |f| {
            f.after_operation
                && f.a
                    .pain
                    .any(&[Region::Hips, Region::Knees, Region::Shoulders])
        },
    },
    // ── Trunk ────────────────────────────────────────────────────────────
    Rule {
        // Post-herpetic neuralgia of the trunk: medicines, including
        // capsaicin on the skin, come first (NICE CG173).
        id: "ask.phn_trunk",
        effect: Effect::Ask("question.phn_trunk"),
        reason: "why.phn_trunk",
        reads: &[F::Diagnoses, F::Duration, F::Regions],
        sources: &["nice_cg173"],
        when: phn_trunk,
    },
    // ── Sides ────────────────────────────────────────────────────────────
    Rule {
        // Sciatica in both legs can be an early sign of cauda equina
        // compression: a safety net, not an emergency on its own.
        id: "precaution.sciatica_both_legs",
        effect: Effect::Precaution(None),
        reason: "precaution.sciatica_both_legs",
        reads: SIDE_READS,
        sources: &["bmj_cauda_equina", "girft_2023_ces"],
        when: |f| f.sciatica_both_legs,
    },
    Rule {
        // An epidural is aimed at the nerve root the scan and the symptoms
        // agree on (LCD L39240: imaging concordant with symptoms).
        id: "ask.scan_side",
        effect: Effect::Ask("question.scan_side"),
        reason: "why.scan_side",
        reads: SIDE_READS,
        sources: &["lcd_l39240"],
        when: |f| f.radicular_one_side,
    },
];
