//! What earlier procedures say about the next one (clinical-reference §3):
//! a repeat epidural only after at least half relief for 3 months, a repeat
//! ablation only after at least half relief for 6 months, about 4 steroid
//! injections per area a year, and a surgical opinion when epidurals have
//! not worked for nerve-root pain (NICE NG59). Also pain in the first months
//! after spine surgery, which the surgical team manages first.

use super::{Effect, Place, Route, Rule};
use crate::answers::Field as F;
use crate::answers::{
    AblationRelief, DiagnosticBlocks, EpiduralRelief, PriorInjections, SinceSurgery,
    SteroidInjections,
};
use crate::assessment::Fit::Strong;
use crate::assessment::Procedure::{self, *};
use crate::assessment::Support::SpineSurgeon;
use crate::assessment::{Candidacy, SpecialistKind, Urgency};
use crate::facts::{is_yes, Facts};

const REPEAT: &[&str] = &["lcd_l39240", "lcd_l33906"];

/// Nerve-root pain or claudication: where earlier injections were epidurals.
fn root_pain(f: &Facts) -> bool {
    f.lumbar_radicular || f.cervical_radicular || f.claudication
}

/// Earlier epidurals gave less than half relief for 3 months. When the
/// epidural question is unanswered, earlier injections with short or no
/// relief for nerve-root pain count (they were most likely epidurals).
fn epidural_did_not_last(f: &Facts) -> bool {
    let h = &f.a.history;
    match h.prior_epidural {
        Some(EpiduralRelief::Shorter | EpiduralRelief::LittleOrNone) => true,
        Some(_) => false,
        None => {
            root_pain(f)
                && matches!(
                    h.prior_injections,
                    Some(PriorInjections::ShortRelief | PriorInjections::NoRelief)
                )
        }
    }
}

const EPIDURAL_READS: &[F] = &[
    F::PriorEpidural,
    F::PriorInjections,
    F::Regions,
    F::BelowKnee,
    F::DownArm,
    F::WorseWith,
    F::BetterWith,
];

fn ablation_did_not_last(f: &Facts) -> bool {
    matches!(
        f.a.history.prior_ablation,
        Some(AblationRelief::Shorter | AblationRelief::LittleOrNone)
    )
}

fn ablation_lasted(f: &Facts) -> bool {
    f.a.history.prior_ablation == Some(AblationRelief::HalfForSixMonths)
}

/// Steroid injections the yearly limit counts (about 4 per area a year).
const STEROID_INJECTIONS: &[Procedure] = &[
    EpiduralSteroidInjection,
    SacroiliacJointInjection,
    JointInjection,
];

fn four_or_more_steroid_injections(f: &Facts) -> bool {
    f.a.history.steroid_injections_12_months == Some(SteroidInjections::FourOrMore)
}

/// Pain in the first 3 months after spine surgery.
fn recent_spine_surgery(f: &Facts) -> bool {
    f.spine
        && is_yes(f.a.history.spine_surgery)
        && f.a.history.since_spine_surgery == Some(SinceSurgery::UnderThreeMonths)
}

/// Spine surgery under 3 months ago: the surgical team sees the patient first.
pub const SURGICAL_TEAM_FIRST: Route = Route {
    place: Place {
        urgency: Urgency::SeeOtherSpecialist,
        specialist: SpecialistKind::SpineSurgeon,
        candidacy: Candidacy::NotYet,
        keep_procedures: false,
        still_needed: Some("still.surgical_team_first"),
    },
    priority: 58,
};

pub const RULES: &[Rule] = &[
    Rule {
        id: "limit.esi.earlier_relief_did_not_last",
        effect: Effect::Limit(&[EpiduralSteroidInjection]),
        reason: "caution.esi.repeat_not_usual",
        reads: EPIDURAL_READS,
        sources: REPEAT,
        when: epidural_did_not_last,
    },
    Rule {
        id: "precaution.esi.earlier_relief_did_not_last",
        effect: Effect::Precaution(Some(EpiduralSteroidInjection)),
        reason: "caution.esi.repeat_not_usual",
        reads: EPIDURAL_READS,
        sources: REPEAT,
        when: epidural_did_not_last,
    },
    Rule {
        // NICE NG59: consider decompression when non-surgical care has not
        // worked for nerve-root pain; a surgeon's opinion is offered.
        id: "support.surgeon_after_epidurals",
        effect: Effect::Support(SpineSurgeon),
        reason: "reason.support.surgeon_after_epidurals",
        reads: EPIDURAL_READS,
        sources: &["nice_ng59", "lcd_l39240"],
        when: |f| epidural_did_not_last(f) && root_pain(f),
    },
    Rule {
        id: "limit.rfa.earlier_relief_did_not_last",
        effect: Effect::Limit(&[RadiofrequencyAblation]),
        reason: "caution.rfa.repeat_not_usual",
        reads: &[F::PriorAblation],
        sources: &["lcd_l38801"],
        when: ablation_did_not_last,
    },
    Rule {
        id: "precaution.rfa.earlier_relief_did_not_last",
        effect: Effect::Precaution(Some(RadiofrequencyAblation)),
        reason: "caution.rfa.repeat_not_usual",
        reads: &[F::PriorAblation],
        sources: &["lcd_l38801"],
        when: ablation_did_not_last,
    },
    Rule {
        // LCD L38801: a repeat ablation after at least half relief for 6 months.
        id: "pattern.facet.rfa_repeat",
        effect: Effect::Match(RadiofrequencyAblation, Strong),
        reason: "reason.pattern.rfa_repeat",
        reads: &[F::Regions, F::BelowKnee, F::DownArm, F::PriorAblation],
        sources: &["lcd_l38801"],
        when: |f| (f.axial_low_back || f.axial_neck) && ablation_lasted(f),
    },
    Rule {
        // After two positive blocks, or an ablation that worked, the next
        // step is ablation, not more test blocks (LCD L38801; CW-4).
        id: "exclude.mbb.after_two_positive_blocks",
        effect: Effect::Exclude(&[MedialBranchBlock]),
        reason: "reason.exclude.mbb_next_step_ablation",
        reads: &[F::DiagnosticBlocks, F::PriorAblation],
        sources: &["lcd_l38801"],
        when: |f| {
            f.a.history.diagnostic_blocks == Some(DiagnosticBlocks::TwoWithBigRelief)
                || ablation_lasted(f)
        },
    },
    Rule {
        id: "limit.steroid.yearly_count",
        effect: Effect::Limit(STEROID_INJECTIONS),
        reason: "precaution.steroid_yearly_count",
        reads: &[F::SteroidInjections12Months],
        sources: REPEAT,
        when: four_or_more_steroid_injections,
    },
    Rule {
        id: "precaution.steroid_yearly_count",
        effect: Effect::Precaution(None),
        reason: "precaution.steroid_yearly_count",
        reads: &[F::SteroidInjections12Months],
        sources: REPEAT,
        when: four_or_more_steroid_injections,
    },
    Rule {
        id: "ask.steroid_total",
        effect: Effect::Ask("question.steroid_total"),
        reason: "why.steroid_total",
        reads: &[F::SteroidInjections12Months],
        sources: REPEAT,
        when: |f| {
            matches!(
                f.a.history.steroid_injections_12_months,
                Some(
                    SteroidInjections::OneToThree
                        | SteroidInjections::FourOrMore
                        | SteroidInjections::NotSure
                )
            )
        },
    },
    Rule {
        id: "route.surgeon.recent_spine_surgery",
        effect: Effect::Route(SURGICAL_TEAM_FIRST),
        reason: "reason.route.recent_spine_surgery",
        reads: &[F::Regions, F::SpineSurgery, F::SinceSpineSurgery],
        sources: &["seed_004", "ncd_160_7"],
        when: recent_spine_surgery,
    },
];
