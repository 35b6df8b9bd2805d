//! What follows from the rules that fired (clinical-reference §1, §2, §6):
//!
//! 1. [`URGENT_CARE`] — a red flag fired: where to go, and no procedure yet.
//! 2. Otherwise the winning route decides ([`super::routes`]).
//! 3. [`CANDIDACY`] — no red flag and no route: the matched procedures and
//!    their gates decide where to go and whether a procedure looks right.
//! 4. [`SUPPORT`] — supporting care the plan itself adds or drops.
//!
//! In 1 and 3 the first rule that holds decides; the last says what happens
//! otherwise. In 4 every rule that holds applies, additions first.

use super::{Place, Rule};
use crate::answers::Field as F;
use crate::assessment::{
    Candidacy, Fit, Procedure, ProcedureMatch, SpecialistKind, Support, Urgency,
};
use crate::assessment::{SpecialistKind::*, Urgency::*};
use crate::facts::{care_reads, Facts};
use crate::knowledge::procedures;
use crate::Tri;

/// What the rule sets found, for the rules that choose the place.
pub struct Findings<'a> {
    pub facts: &'a Facts<'a>,
    /// The most pressing red flag that fired.
    pub red_flag: Option<Urgency>,
    /// The procedures worth discussing, strong fits first.
    pub procedures: &'a [ProcedureMatch],
}

/// The plan so far, for the rules that change supporting care.
pub struct Plan<'a> {
    pub place: &'a Place,
    pub procedures: &'a [ProcedureMatch],
    /// Supporting care the care rules collected.
    pub support: &'a [Support],
}

/// A rule that chooses where the patient goes first.
pub type PlaceRule = Rule<Place, fn(&Findings) -> bool>;

/// Place rules read top to bottom: the first that holds decides, and
/// `otherwise` decides when none does.
pub struct FirstHit {
    pub rules: &'static [PlaceRule],
    pub otherwise: PlaceRule,
}

impl FirstHit {
    pub fn decide(&'static self, x: &Findings) -> &'static PlaceRule {
        self.rules
            .iter()
            .find(|r| (r.when)(x))
            .unwrap_or(&self.otherwise)
    }

    /// Every rule of the table, `otherwise` last.
    pub fn all(&'static self) -> impl Iterator<Item = &'static PlaceRule> {
        self.rules.iter().chain(std::iter::once(&self.otherwise))
    }
}

/// What a supporting-care rule does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SupportChange {
    Add(Support),
    Drop(Support),
    DropAll,
}

/// A rule that changes supporting care once the place is chosen.
pub type SupportRule = Rule<SupportChange, fn(&Plan) -> bool>;

/// Whether the steps a patient can take before referral are done.
pub fn referral_status(m: &ProcedureMatch) -> Tri {
    let gates = procedures::info(m.id).map(|i| i.gates).unwrap_or(&[]);
    let statuses = m
        .prerequisites
        .iter()
        .zip(gates)
        .filter(|(_, g)| g.before_referral)
        .map(|(p, _)| p.status);
    let mut out = Tri::Met;
    for s in statuses {
        match s {
            Tri::NotMet => return Tri::NotMet,
            Tri::Unknown => out = Tri::Unknown,
            Tri::Met => {}
        }
    }
    out
}

/// A rule that caps a procedure's fit by its gates.
pub type FitRule = Rule<Fit, fn(&ProcedureMatch) -> bool>;

/// A strong fit ("worth discussing") says the pattern matches AND nothing
/// the answers can settle stands in the way. So a procedure is at most a
/// possible fit while any of its gates is known not to be met (pain too
/// short or too mild, care not tried long enough or it helped, a scan not
/// done or not matching, medicines not tried), or while a step the patient
/// takes before referral is not answered. Gates only the clinic can settle
/// (an exam, test blocks, a trial) do not lower it. (Clinical-reference §0:
/// an open question never reads as a good fit; §2: tried is not failed;
/// §3: each procedure's own gates; LCD L39240, L38801, L39462, L34228.)
/// Applied to every procedure in one place, after matches and limits.
pub static FIT_GATES: FitRule = FitRule {
    id: "policy.fit.gate_open",
    effect: Fit::Possible,
    reason: "reason.fit.gate_open",
    reads: GATE_READS_ALL,
    sources: &[
        "clinical_reference_s0",
        "lcd_l39240",
        "lcd_l38801",
        "lcd_l39462",
        "lcd_l34228",
        "seed_004",
    ],
    when: gate_open,
};

/// Every answer a gate reads, scans and earlier blocks among them.
const GATE_READS_ALL: &[F] = care_reads![
    F::Duration,
    F::PegPain,
    F::PsychologicalTherapy,
    F::Imaging,
    F::DiagnosticBlocks
];

/// A gate known not met, or a step before referral not answered.
fn gate_open(m: &ProcedureMatch) -> bool {
    let gates = procedures::info(m.id).map(|i| i.gates).unwrap_or(&[]);
    m.prerequisites
        .iter()
        .zip(gates)
        .any(|(p, g)| p.status == Tri::NotMet || (g.before_referral && p.status == Tri::Unknown))
}

impl Findings<'_> {
    /// A strong fit whose steps before referral are all done.
    fn ready(&self) -> bool {
        self.procedures
            .iter()
            .any(|p| p.fit == Fit::Strong && referral_status(p) == Tri::Met)
    }

    /// A procedure whose steps before referral are done or may be.
    fn open(&self) -> bool {
        self.procedures
            .iter()
            .any(|p| referral_status(p) != Tri::NotMet)
    }
}

/// Answers behind the gates a patient can meet before referral.
const GATE_READS: &[F] = care_reads![F::Duration, F::PegPain, F::PsychologicalTherapy];

/// Answers behind "long-standing pain that care has not helped".
const CHRONIC_CARE_FAILED_READS: &[F] = care_reads![F::Duration];

const PAIN_SPECIALIST: Place = Place {
    urgency: SeePainSpecialist,
    specialist: InterventionalPain,
    candidacy: Candidacy::Likely,
    keep_procedures: true,
    still_needed: None,
};

const PRIMARY_CARE: Place = Place {
    urgency: SeePrimaryCare,
    specialist: PrimaryCare,
    candidacy: Candidacy::NotYet,
    keep_procedures: true,
    still_needed: None,
};

/// A red flag fired: no elective procedure until it has been checked.
pub const URGENT_CARE: FirstHit = FirstHit {
    rules: &[
        PlaceRule {
            // Cauda equina, rapid weakness, headache red flags: hospital within hours.
            id: "place.red_flag.emergency",
            effect: Place {
                urgency: Emergency,
                specialist: EmergencyCare,
                candidacy: Candidacy::NotYet,
                keep_procedures: false,
                still_needed: Some("still.emergency_first"),
            },
            reason: "still.emergency_first",
            reads: &[],
            sources: &["ahcpr_1994", "bmj_cauda_equina", "cmaj_2023_snoop4"],
            when: |x| x.red_flag == Some(Emergency),
        },
        PlaceRule {
            // Weakness slowly getting worse: within days, through the regular
            // doctor or a spine surgeon; the emergency department if it speeds up
            // or bladder or bowel symptoms appear (clinical review SC-5).
            id: "place.red_flag.worsening_weakness",
            effect: Place {
                urgency: Urgent,
                specialist: SpineSurgeon,
                candidacy: Candidacy::NotYet,
                keep_procedures: false,
                still_needed: Some("still.weakness_first"),
            },
            reason: "still.weakness_first",
            reads: &[F::SlowlyWorseningWeakness],
            sources: &["acp_aps_2007", "nice_ng59"],
            when: |x| {
                x.red_flag == Some(Urgent)
                    && crate::facts::is_yes(x.facts.a.pain.slowly_worsening_weakness)
            },
        },
    ],
    otherwise: PlaceRule {
        // An urgent red flag: a doctor checks it promptly.
        id: "place.red_flag.urgent",
        effect: Place {
            urgency: Urgent,
            specialist: PrimaryCare,
            candidacy: Candidacy::NotYet,
            keep_procedures: false,
            still_needed: Some("still.urgent_first"),
        },
        reason: "still.urgent_first",
        reads: &[],
        sources: &["ahcpr_1994", "nice_cks_gcare"],
        when: |_| true,
    },
};

/// No red flag and no route: the procedures and their gates decide.
pub const CANDIDACY: FirstHit = FirstHit {
    rules: &[
        PlaceRule {
            // No recognised pattern: long-standing pain that care has not
            // helped still deserves a specialist's search for its source.
            id: "candidacy.no_pattern.chronic",
            effect: Place {
                candidacy: Candidacy::Possible,
                still_needed: Some("still.specialist_exam"),
                ..PAIN_SPECIALIST
            },
            reason: "reason.candidacy.no_pattern_chronic",
            reads: CHRONIC_CARE_FAILED_READS,
            sources: &["seed_004", "iasp_icd11"],
            when: |x| x.procedures.is_empty() && x.facts.chronic && x.facts.care_failed == Tri::Met,
        },
        PlaceRule {
            // No recognised pattern, or too early to tell: the regular doctor reviews.
            id: "candidacy.no_pattern",
            effect: Place {
                still_needed: Some("still.primary_care_review"),
                ..PRIMARY_CARE
            },
            reason: "reason.candidacy.no_pattern",
            reads: CHRONIC_CARE_FAILED_READS,
            sources: &["ahcpr_1994", "seed_004"],
            when: |x| x.procedures.is_empty(),
        },
        PlaceRule {
            // A strong fit with every step before referral done, care
            // among them: the text says which care did not help enough.
            id: "candidacy.gates.ready",
            effect: PAIN_SPECIALIST,
            reason: "reason.candidacy.ready",
            reads: GATE_READS,
            sources: &["seed_004"],
            when: |x| x.ready() && x.facts.care_failed == Tri::Met,
        },
        PlaceRule {
            // A strong fit ready without a care step (a recent fracture):
            // the text claims nothing about care (clinical review WD).
            id: "candidacy.gates.ready_no_care_step",
            effect: PAIN_SPECIALIST,
            reason: "reason.candidacy.ready_no_care_step",
            reads: GATE_READS,
            sources: &["seed_004", "lcd_l34228"],
            when: |x| x.ready(),
        },
        PlaceRule {
            // Some fit whose steps before referral are done or not yet known.
            id: "candidacy.gates.check_first",
            effect: Place {
                candidacy: Candidacy::Possible,
                ..PAIN_SPECIALIST
            },
            reason: "reason.candidacy.check_first",
            reads: GATE_READS,
            sources: &["seed_004", "acr_lbp"],
            when: |x| x.open(),
        },
    ],
    otherwise: PlaceRule {
        // Every fit still has a step before referral not done: care that
        // was tried is not care that failed (clinical-reference §2).
        id: "candidacy.gates.not_yet",
        effect: PRIMARY_CARE,
        reason: "reason.candidacy.not_yet",
        reads: GATE_READS,
        sources: &["seed_004", "acr_lbp"],
        when: |_| true,
    },
};

/// Supporting care the plan adds or drops, after the care rules collected theirs.
pub const SUPPORT: &[SupportRule] = &[
    SupportRule {
        // A psychological evaluation comes before a stimulator trial.
        id: "support.spinal_cord_stimulation_psychology",
        effect: SupportChange::Add(Support::PainPsychologist),
        reason: "gate.psych_evaluation",
        reads: &[],
        sources: &["ncd_160_7", "lcd_l37632", "asra_2023_scs"],
        when: |p| {
            p.procedures
                .iter()
                .any(|m| m.id == Procedure::SpinalCordStimulation)
        },
    },
    SupportRule {
        // The spine surgeon is already the main specialist: not listed twice.
        id: "support.surgeon_is_main_specialist",
        effect: SupportChange::Drop(Support::SpineSurgeon),
        reason: "why.specialist.spine_surgeon",
        reads: &[],
        sources: &["seed_004"],
        when: |p| {
            p.place.specialist == SpecialistKind::SpineSurgeon
                && p.support.contains(&Support::SpineSurgeon)
        },
    },
    SupportRule {
        // In an emergency, or with an urgent warning sign, supporting care
        // waits until the sign has been checked (clinical review SC-2).
        id: "support.emergency_first",
        effect: SupportChange::DropAll,
        reason: "still.emergency_first",
        reads: &[],
        sources: &["ahcpr_1994", "bmj_cauda_equina"],
        when: |p| p.place.urgency >= Urgent && !p.support.is_empty(),
    },
];

/// Supporting care after the [`SUPPORT`] rules that hold; returns them too.
pub fn apply_support(plan: &Plan) -> (Vec<Support>, Vec<&'static SupportRule>) {
    let fired: Vec<&'static SupportRule> = SUPPORT.iter().filter(|r| (r.when)(plan)).collect();
    let mut also = plan.support.to_vec();
    for r in &fired {
        if let SupportChange::Add(s) = r.effect {
            if !also.contains(&s) {
                also.push(s);
            }
        }
    }
    for r in &fired {
        match r.effect {
            SupportChange::Drop(s) => also.retain(|x| *x != s),
            SupportChange::DropAll => also.clear(),
            SupportChange::Add(_) => {}
        }
    }
    (also, fired)
}
