//! When each step and question is asked: every condition as data ([`Cond`])
//! with its words for `docs/answers.md`. Sets of values are bits
//! ([`Region::bit`], [`YesNo::bit`]...).

use super::{when, Cond, When};
use crate::answers::{BloodThinner, CareTried, Field as F, PriorInjections, Region, YesNo};
use crate::facts::ASAS_ONSET_AGE;

const YES: u32 = YesNo::Yes.bit();
const YES_OR_NOT_SURE: u32 = YesNo::Yes.bit() | YesNo::NotSure.bit();
/// Tried for any length of time.
const TRIED: u32 = CareTried::UnderFourWeeks.bit() | CareTried::FourWeeksOrMore.bit();
const UPPER_LIMB_REGIONS: u32 = Region::Shoulders.bit() | Region::ArmsHands.bit();
const LOWER_LIMB_REGIONS: u32 = Region::Hips.bit() | Region::Knees.bit() | Region::LegsFeet.bit();
/// Had (or may have had) injections for this pain.
const HAD_INJECTIONS: Cond = Cond::Is(
    F::PriorInjections,
    PriorInjections::LongRelief.bit()
        | PriorInjections::ShortRelief.bit()
        | PriorInjections::NoRelief.bit()
        | PriorInjections::NotSure.bit(),
);

pub(super) const ALWAYS: When = when("always", Cond::Always);
pub(super) const HEAD: When = when("when the head hurts", Cond::Hurts(Region::Head.bit()));
pub(super) const LEG_AREA: When = when(
    "when the low back, buttocks, hips or legs hurt",
    Cond::Hurts(Region::LEG_AREA),
);
pub(super) const ARM_AREA: When = when(
    "when the neck, shoulders or arms hurt",
    Cond::Hurts(Region::ARM_AREA),
);
pub(super) const LEG_OR_ARM_AREA: When = when(
    "when the low back, buttocks, hips, legs, neck, shoulders or arms hurt, or no region is marked",
    Cond::HurtsOrUnmarked(Region::LEG_AREA | Region::ARM_AREA),
);
pub(super) const TRAVELS: When = when(
    "when the pain goes below the knee or down the arm",
    Cond::Any(&[Cond::Is(F::BelowKnee, YES), Cond::Is(F::DownArm, YES)]),
);
pub(super) const LIMB: When = when(
    "when an arm, hand, leg or foot hurts",
    Cond::Hurts(Region::LIMB),
);
pub(super) const SPINE: When = when(
    "when the neck, back or buttocks hurt",
    Cond::Hurts(Region::SPINE),
);
pub(super) const LOW_BACK: When = when(
    "when the low back or buttocks hurt",
    Cond::Hurts(Region::LOW_BACK),
);
pub(super) const LOW_BACK_AGE_40_PLUS: When = when(
    "when the low back or buttocks hurt and the patient is 40 or older (younger patients meet the ASAS onset item by age)",
    Cond::All(&[
        Cond::Hurts(Region::LOW_BACK),
        Cond::AtLeast(F::Age, ASAS_ONSET_AGE),
    ]),
);
pub(super) const SEVERAL_REGIONS: When =
    when("when more than one region hurts", Cond::RegionsOver(1));
pub(super) const SPINE_ARM_CHEST_OR_JAW: When = when(
    "when the neck, back, buttocks, shoulders, arms, chest, belly, face or jaw hurt, or no region is marked",
    Cond::HurtsOrUnmarked(
        Region::SPINE | Region::ARM_AREA | Region::ChestBelly.bit() | Region::FaceJaw.bit(),
    ),
);
/// Giant cell arteritis is a disease of people aged 50 or more.
pub const GCA_AGE: u8 = 50;
pub(super) const FACE_50_PLUS: When = when(
    "when the face or jaw hurts, or no region is marked, aged 50 or over",
    Cond::All(&[
        Cond::HurtsOrUnmarked(Region::FaceJaw.bit()),
        Cond::AtLeast(F::Age, GCA_AGE),
    ]),
);
pub(super) const HEAD_OR_FACE_50_PLUS: When = when(
    "when the head, face or jaw hurts, or no region is marked, aged 50 or over",
    Cond::All(&[
        Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit()),
        Cond::AtLeast(F::Age, GCA_AGE),
    ]),
);
pub(super) const HEAD_OR_FACE: When = when(
    "when the head or the face or jaw hurts, or no region is marked",
    Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit()),
);
pub(super) const FACE: When = when(
    "when the face or jaw hurts",
    Cond::Hurts(Region::FaceJaw.bit()),
);
pub(super) const UPPER_LIMB: When = when(
    "when a shoulder, arm or hand hurts",
    Cond::Hurts(UPPER_LIMB_REGIONS),
);
pub(super) const LOWER_LIMB: When = when(
    "when a hip, knee, leg or foot hurts",
    Cond::Hurts(LOWER_LIMB_REGIONS),
);
pub(super) const TAKES_THINNER: When = when(
    "when the patient takes a blood thinner of any kind",
    Cond::Is(
        F::BloodThinners,
        BloodThinner::Anticoagulant.bit()
            | BloodThinner::Antiplatelet.bit()
            | BloodThinner::AspirinOnly.bit()
            | BloodThinner::KindNotKnown.bit(),
    ),
);
pub(super) const HAS_IMPLANT: When = when(
    "when the patient has (or may have) an implanted device",
    Cond::Is(F::ImplantedDevice, YES_OR_NOT_SURE),
);
pub(super) const TRIED_SOMETHING: When = when(
    "when physical therapy, home exercise or medicines were tried",
    Cond::Any(&[
        Cond::Is(F::PhysicalTherapy, TRIED),
        Cond::Is(F::HomeExercise, TRIED),
        Cond::Is(F::Medicines, TRIED),
    ]),
);
pub(super) const EARLIER_INJECTIONS: When = when(
    "when the patient has had (or may have had) injections for this pain",
    HAD_INJECTIONS,
);
pub(super) const SPINE_EARLIER_INJECTIONS: When = when(
    "when the neck, back or buttocks hurt and the patient has had (or may have had) injections for this pain",
    Cond::All(&[Cond::Hurts(Region::SPINE), HAD_INJECTIONS]),
);
pub(super) const HAD_SPINE_SURGERY: When = when(
    "when the patient has had spine surgery",
    Cond::Is(F::SpineSurgery, YES),
);
pub(super) const SPINE_OR_LIMB: When = when(
    "when the neck, back, buttocks, an arm, hand, leg or foot hurt (where a stimulator can be discussed)",
    Cond::Hurts(Region::SPINE | Region::LIMB),
);
pub(super) const HIPS_OR_KNEES: When = when(
    "when the hips or knees hurt",
    Cond::Hurts(Region::Hips.bit() | Region::Knees.bit()),
);

// Safety questions asked only where they can apply. Each is asked too when
// no region is marked: "not answered" is never read as "no", so a person
// who leaves the body map empty is asked every safety question.

/// The emergency headache signs of SNOOP4 (clinical-reference §1: a
/// thunderclap headache; a headache with fever and a stiff neck; with new
/// confusion, weakness or loss of sight; after a head injury) are about a
/// headache. A person with a headache marks the head; a stiff neck is one of
/// the signs and a headache can be felt in the face or jaw, so these are
/// asked for the head, face, jaw or neck.
pub(super) const HEADACHE_SIGNS: When = when(
    "when the head, face, jaw or neck hurts, or no region is marked (the emergency headache signs of SNOOP4: a thunderclap headache, a headache with fever and a stiff neck, with new nerve signs, or after a head injury)",
    Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit() | Region::Neck.bit()),
);
/// Cauda equina: "new sexual dysfunction with back/leg pain"
/// (clinical-reference §1), where the engine reads it (`back_or_leg`).
pub(super) const BACK_OR_LEG_SIGNS: When = when(
    "when the low back, buttocks, legs or feet hurt, or no region is marked (cauda equina: new sexual dysfunction with back or leg pain)",
    Cond::HurtsOrUnmarked(Region::LOW_BACK | Region::LegsFeet.bit()),
);
/// Urgent headache signs (clinical-reference §1: a new pattern after 50, a
/// changing pattern, worse lying down or standing or on coughing, in
/// pregnancy or with cancer or HIV): about a headache.
pub(super) const HEAD_SIGNS: When = when(
    "when the head hurts, or no region is marked (the urgent headache warning signs)",
    Cond::HurtsOrUnmarked(Region::Head.bit()),
);
/// Jaw pain on effort, eased by rest: possible heart pain felt in the jaw.
pub(super) const FACE_SIGNS: When = when(
    "when the face or jaw hurts, or no region is marked (heart pain can be felt in the jaw)",
    Cond::HurtsOrUnmarked(Region::FaceJaw.bit()),
);
/// Cervical myelopathy (clinical-reference §1: hand clumsiness, unsteady
/// walking, shocks down the spine): a neck problem, felt in the neck, upper
/// back, shoulders or arms.
pub(super) const NECK_ARMS_UPPER_BACK_SIGNS: When = when(
    "when the neck, upper back, shoulders or arms hurt, or no region is marked (signs of pressure on the spinal cord in the neck)",
    Cond::HurtsOrUnmarked(Region::ARM_AREA | Region::UpperBack.bit()),
);
/// Warning signs after a spinal injection or procedure (clinical-reference
/// §1: infection, bleeding, a spinal headache): spine pain.
pub(super) const SPINE_SIGNS: When = when(
    "when the neck, back or buttocks hurt, or no region is marked (warning signs after a spinal injection or procedure)",
    Cond::HurtsOrUnmarked(Region::SPINE),
);
