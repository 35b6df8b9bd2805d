//! When each step and question is asked: every condition with its words
//! for `docs/answers.md`.

use super::When;
use crate::answers::{BloodThinner, CareTried, PriorInjections, Region, YesNo};
use crate::facts::ASAS_ONSET_AGE;

pub(super) const ALWAYS: When = When {
    says: "always",
    test: |_| true,
};
pub(super) const HEAD: When = When {
    says: "when the head hurts",
    test: |a| a.pain.has(Region::Head),
};
pub(super) const LEG_AREA: When = When {
    says: "when the low back, buttocks, hips or legs hurt",
    test: |a| a.pain.leg_area(),
};
pub(super) const ARM_AREA: When = When {
    says: "when the neck, shoulders or arms hurt",
    test: |a| a.pain.arm_area(),
};
pub(super) const LEG_OR_ARM_AREA: When = When {
    says: "when the low back, buttocks, hips, legs, neck, shoulders or arms hurt",
    test: |a| a.pain.leg_area() || a.pain.arm_area(),
};
pub(super) const TRAVELS: When = When {
    says: "when the pain goes below the knee or down the arm",
    test: |a| a.pain.below_knee == Some(YesNo::Yes) || a.pain.down_arm == Some(YesNo::Yes),
};
pub(super) const LIMB: When = When {
    says: "when an arm, hand, leg or foot hurts",
    test: |a| a.pain.limb(),
};
pub(super) const SPINE: When = When {
    says: "when the neck, back or buttocks hurt",
    test: |a| a.pain.spine(),
};
pub(super) const LOW_BACK: When = When {
    says: "when the low back or buttocks hurt",
    test: |a| a.pain.low_back(),
};
pub(super) const LOW_BACK_AGE_40_PLUS: When = When {
    says: "when the low back or buttocks hurt and the patient is 40 or older (younger patients meet the ASAS onset item by age)",
    test: |a| a.pain.low_back() && a.age.is_some_and(|x| x >= ASAS_ONSET_AGE),
};
pub(super) const SEVERAL_REGIONS: When = When {
    says: "when more than one region hurts",
    test: |a| a.pain.regions.len() > 1,
};
pub(super) const SPINE_ARM_OR_CHEST: When = When {
    says: "when the neck, back, buttocks, shoulders, arms, chest or belly hurt",
    test: |a| a.pain.spine() || a.pain.arm_area() || a.pain.has(Region::ChestBelly),
};
pub(super) const HEAD_OR_FACE: When = When {
    says: "when the head or the face or jaw hurts",
    test: |a| a.pain.any(&[Region::Head, Region::FaceJaw]),
};
pub(super) const FACE: When = When {
    says: "when the face or jaw hurts",
    test: |a| a.pain.has(Region::FaceJaw),
};
pub(super) const UPPER_LIMB: When = When {
    says: "when a shoulder, arm or hand hurts",
    test: |a| a.pain.upper_limb(),
};
pub(super) const LOWER_LIMB: When = When {
    says: "when a hip, knee, leg or foot hurts",
    test: |a| a.pain.lower_limb(),
};
pub(super) const TAKES_THINNER: When = When {
    says: "when the patient takes a blood thinner of any kind",
    test: |a| {
        matches!(
            a.precautions.blood_thinners,
            Some(
                BloodThinner::Anticoagulant
                    | BloodThinner::Antiplatelet
                    | BloodThinner::AspirinOnly
                    | BloodThinner::KindNotKnown
            )
        )
    },
};
pub(super) const NECK_ARMS_UPPER_BACK: When = When {
    says: "when the neck, upper back, shoulders or arms hurt",
    test: |a| a.pain.arm_area() || a.pain.has(Region::UpperBack),
};
pub(super) const HAS_IMPLANT: When = When {
    says: "when the patient has (or may have) an implanted device",
    test: |a| {
        matches!(
            a.precautions.implanted_device,
            Some(YesNo::Yes | YesNo::NotSure)
        )
    },
};
pub(super) const TRIED_SOMETHING: When = When {
    says: "when physical therapy, home exercise or medicines were tried",
    test: |a| {
        let h = &a.history;
        [h.physical_therapy, h.home_exercise, h.medicines]
            .iter()
            .any(|c| {
                matches!(
                    c,
                    Some(CareTried::UnderFourWeeks | CareTried::FourWeeksOrMore)
                )
            })
    },
};

pub(super) const EARLIER_INJECTIONS: When = When {
    says: "when the patient has had (or may have had) injections for this pain",
    test: |a| {
        matches!(
            a.history.prior_injections,
            Some(
                PriorInjections::LongRelief
                    | PriorInjections::ShortRelief
                    | PriorInjections::NoRelief
                    | PriorInjections::NotSure
            )
        )
    },
};
pub(super) const SPINE_EARLIER_INJECTIONS: When = When {
    says: "when the neck, back or buttocks hurt and the patient has had (or may have had) injections for this pain",
    test: |a| a.pain.spine() && (EARLIER_INJECTIONS.test)(a),
};
pub(super) const HAD_SPINE_SURGERY: When = When {
    says: "when the patient has had spine surgery",
    test: |a| a.history.spine_surgery == Some(YesNo::Yes),
};
pub(super) const SPINE_OR_LIMB: When = When {
    says: "when the neck, back, buttocks, an arm, hand, leg or foot hurt (where a stimulator can be discussed)",
    test: |a| a.pain.spine() || a.pain.limb(),
};
pub(super) const HIPS_OR_KNEES: When = When {
    says: "when the hips or knees hurt",
    test: |a| a.pain.any(&[Region::Hips, Region::Knees]),
};
