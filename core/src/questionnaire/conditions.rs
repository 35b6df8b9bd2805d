//! When each step and question is asked: every condition as data ([`Cond`])
//! with its words for `docs/answers.md`. Sets of values are bits
//! ([`Region::bit`], [`YesNo::bit`]...).

use super::{Cond, When};
use crate::answers::{
    BloodThinner, CareTried, Field as F, MedicineKind, Onset, PriorInjections, Region, YesNo,
};
use crate::facts::{ASAS_ONSET_AGE, PREGNANCY_ASKED_UNDER};

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

pub(super) const ALWAYS: When = When { cond: Cond::Always };
pub(super) const HEAD: When = When {
    cond: Cond::Hurts(Region::Head.bit()),
};
pub(super) const LEG_AREA: When = When {
    cond: Cond::Hurts(Region::LEG_AREA),
};
pub(super) const ARM_AREA: When = When {
    cond: Cond::Hurts(Region::ARM_AREA),
};
pub(super) const LEG_OR_ARM_AREA: When = When {
    cond: Cond::HurtsOrUnmarked(Region::LEG_AREA | Region::ARM_AREA),
};
pub(super) const TRAVELS: When = When {
    cond: Cond::Any(&[Cond::Is(F::BelowKnee, YES), Cond::Is(F::DownArm, YES)]),
};
/// The CRPS signs (Budapest criteria) are asked when an arm, hand, leg or
/// foot hurts, unless every painful limb is explained by pain travelling
/// from the spine (the leg below the knee with low back or buttock pain, the
/// arm with neck pain) and the pain began slowly or after lifting, with no
/// fall or injury. CRPS usually follows an injury, a broken bone, an
/// operation or a cast of the limb (clinical-reference §3; Budapest
/// criteria, PMC5511749); sciatica is a different pattern. Blank or "not
/// sure" never rules it out: an unanswered onset or fall question, or an
/// injury, fall, operation or "not sure", keeps the questions.
pub(super) const CRPS_CAN_APPLY: When = When {
    cond: Cond::All(&[
        Cond::Hurts(Region::LIMB),
        Cond::Any(&[
            Cond::IsNot(F::Onset, Onset::Gradual.bit() | Onset::Lifting.bit()),
            Cond::IsNot(F::FallOrInjury, YesNo::No.bit()),
            Cond::All(&[
                Cond::Hurts(Region::LegsFeet.bit()),
                Cond::Any(&[
                    Cond::IsNot(F::BelowKnee, YES),
                    Cond::IsNot(F::Regions, Region::LOW_BACK),
                ]),
            ]),
            Cond::All(&[
                Cond::Hurts(Region::ArmsHands.bit()),
                Cond::Any(&[
                    Cond::IsNot(F::DownArm, YES),
                    Cond::IsNot(F::Regions, Region::Neck.bit()),
                ]),
            ]),
        ]),
    ]),
};
pub(super) const SPINE: When = When {
    cond: Cond::Hurts(Region::SPINE),
};
pub(super) const LOW_BACK: When = When {
    cond: Cond::Hurts(Region::LOW_BACK),
};
pub(super) const LOW_BACK_AGE_40_PLUS: When = When {
    cond: Cond::All(&[
        Cond::Hurts(Region::LOW_BACK),
        Cond::AtLeast(F::Age, ASAS_ONSET_AGE),
    ]),
};
pub(super) const SEVERAL_REGIONS: When = When {
    cond: Cond::RegionsOver(1),
};
pub(super) const SPINE_ARM_CHEST_OR_JAW: When = When {
    cond: Cond::HurtsOrUnmarked(
        Region::SPINE | Region::ARM_AREA | Region::ChestBelly.bit() | Region::FaceJaw.bit(),
    ),
};
/// Giant cell arteritis is a disease of people aged 50 or more.
pub const GCA_AGE: u8 = 50;
pub(super) const FACE_50_PLUS: When = When {
    cond: Cond::All(&[
        Cond::HurtsOrUnmarked(Region::FaceJaw.bit()),
        Cond::AtLeast(F::Age, GCA_AGE),
    ]),
};
pub(super) const HEAD_OR_FACE_50_PLUS: When = When {
    cond: Cond::All(&[
        Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit()),
        Cond::AtLeast(F::Age, GCA_AGE),
    ]),
};
pub(super) const HEAD_OR_FACE: When = When {
    cond: Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit()),
};
pub(super) const FACE: When = When {
    cond: Cond::Hurts(Region::FaceJaw.bit()),
};
pub(super) const UPPER_LIMB: When = When {
    cond: Cond::Hurts(UPPER_LIMB_REGIONS),
};
pub(super) const LOWER_LIMB: When = When {
    cond: Cond::Hurts(LOWER_LIMB_REGIONS),
};
pub(super) const TAKES_THINNER: When = When {
    cond: Cond::Is(
        F::BloodThinners,
        BloodThinner::Anticoagulant.bit()
            | BloodThinner::Antiplatelet.bit()
            | BloodThinner::AspirinOnly.bit()
            | BloodThinner::KindNotKnown.bit(),
    ),
};
pub(super) const HEADACHE_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::Head.bit() | Region::FaceJaw.bit() | Region::Neck.bit()),
};
pub(super) const BACK_OR_LEG_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::LOW_BACK | Region::LegsFeet.bit()),
};
pub(super) const HEAD_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::Head.bit()),
};
pub(super) const FACE_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::FaceJaw.bit()),
};
pub(super) const NECK_ARMS_UPPER_BACK_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::ARM_AREA | Region::UpperBack.bit()),
};
pub(super) const SPINE_SIGNS: When = When {
    cond: Cond::HurtsOrUnmarked(Region::SPINE),
};
pub(super) const FELL_OR_INJURED: When = When {
    cond: Cond::Is(F::FallOrInjury, YES_OR_NOT_SURE),
};
pub(super) const HAS_IMPLANT: When = When {
    cond: Cond::Is(F::ImplantedDevice, YES_OR_NOT_SURE),
};
pub(super) const TRIED_THERAPY: When = When {
    cond: Cond::Any(&[
        Cond::Is(F::PhysicalTherapy, TRIED),
        Cond::Is(F::HomeExercise, TRIED),
    ]),
};
pub(super) const TOOK_ANTI_INFLAMMATORY: When = When {
    cond: Cond::Is(F::MedicineKinds, MedicineKind::AntiInflammatory.bit()),
};
pub(super) const TOOK_ACETAMINOPHEN: When = When {
    cond: Cond::Is(F::MedicineKinds, MedicineKind::Acetaminophen.bit()),
};
pub(super) const TOOK_NERVE_PAIN: When = When {
    cond: Cond::Is(F::MedicineKinds, MedicineKind::NervePain.bit()),
};
pub(super) const TOOK_OPIOID: When = When {
    cond: Cond::Is(F::MedicineKinds, MedicineKind::Opioid.bit()),
};
pub(super) const TOOK_MUSCLE_RELAXANT: When = When {
    cond: Cond::Is(F::MedicineKinds, MedicineKind::MuscleRelaxant.bit()),
};
pub(super) const PREGNANCY_CAN_APPLY: When = When {
    cond: Cond::Under(F::Age, PREGNANCY_ASKED_UNDER),
};
pub(super) const EARLIER_INJECTIONS: When = When {
    cond: HAD_INJECTIONS,
};
pub(super) const SPINE_EARLIER_INJECTIONS: When = When {
    cond: Cond::All(&[Cond::Hurts(Region::SPINE), HAD_INJECTIONS]),
};
pub(super) const HAD_SPINE_SURGERY: When = When {
    cond: Cond::Is(F::SpineSurgery, YES),
};
pub(super) const SPINE_OR_LIMB: When = When {
    cond: Cond::Hurts(Region::SPINE | Region::LIMB),
};
pub(super) const HIPS_OR_KNEES: When = When {
    cond: Cond::Hurts(Region::Hips.bit() | Region::Knees.bit()),
};

/// Each condition in words, for `docs/answers.md` and the reviewer's
/// command. Kept apart from the conditions so the questionnaire's app,
/// which never shows them, does not carry them.
const WORDS: &[(&When, &str)] = &[
    (&ALWAYS, "always"),
    (&HEAD, "when the head hurts"),
    (&LEG_AREA, "when the low back, buttocks, hips or legs hurt"),
    (&ARM_AREA, "when the neck, shoulders or arms hurt"),
    (&LEG_OR_ARM_AREA, "when the low back, buttocks, hips, legs, neck, shoulders or arms hurt, or no region is marked"),
    (&TRAVELS, "when the pain goes below the knee or down the arm"),
    (&CRPS_CAN_APPLY, "when an arm, hand, leg or foot hurts, unless every painful limb is leg pain below the knee with low back or buttock pain, or arm pain from the neck, that began slowly or after lifting with no fall or injury (CRPS follows an injury, a broken bone, an operation or a cast; not sure or no answer keeps the questions)"),
    (&SPINE, "when the neck, back or buttocks hurt"),
    (&LOW_BACK, "when the low back or buttocks hurt"),
    (&LOW_BACK_AGE_40_PLUS, "when the low back or buttocks hurt and the patient is 40 or older (younger patients meet the ASAS onset item by age)"),
    (&SEVERAL_REGIONS, "when more than one region hurts"),
    (&SPINE_ARM_CHEST_OR_JAW, "when the neck, back, buttocks, shoulders, arms, chest, belly, face or jaw hurt, or no region is marked"),
    (&FACE_50_PLUS, "when the face or jaw hurts, or no region is marked, aged 50 or over"),
    (&HEAD_OR_FACE_50_PLUS, "when the head, face or jaw hurts, or no region is marked, aged 50 or over"),
    (&HEAD_OR_FACE, "when the head or the face or jaw hurts, or no region is marked"),
    (&FACE, "when the face or jaw hurts"),
    (&UPPER_LIMB, "when a shoulder, arm or hand hurts"),
    (&LOWER_LIMB, "when a hip, knee, leg or foot hurts"),
    (&TAKES_THINNER, "when the patient takes a blood thinner of any kind"),
    (&HEADACHE_SIGNS, "when the head, face, jaw or neck hurts, or no region is marked (the emergency headache signs of SNOOP4: a thunderclap headache, a headache with fever and a stiff neck, with new nerve signs, or after a head injury)"),
    (&BACK_OR_LEG_SIGNS, "when the low back, buttocks, legs or feet hurt, or no region is marked (cauda equina: new sexual dysfunction with back or leg pain)"),
    (&HEAD_SIGNS, "when the head hurts, or no region is marked (the urgent headache warning signs)"),
    (&FACE_SIGNS, "when the face or jaw hurts, or no region is marked (heart pain can be felt in the jaw)"),
    (&NECK_ARMS_UPPER_BACK_SIGNS, "when the neck, upper back, shoulders or arms hurt, or no region is marked (signs of pressure on the spinal cord in the neck)"),
    (&SPINE_SIGNS, "when the neck, back or buttocks hurt, or no region is marked (warning signs after a spinal injection or procedure)"),
    (&FELL_OR_INJURED, "when the pain started after a fall or injury, or the patient is not sure (a serious accident counts at any age)"),
    (&HAS_IMPLANT, "when the patient has (or may have) an implanted device"),
    (&TRIED_THERAPY, "when physical therapy or home exercise was tried (each kind of medicine has its own question)"),
    (&TOOK_ANTI_INFLAMMATORY, "when anti-inflammatory medicines were taken or tried"),
    (&TOOK_ACETAMINOPHEN, "when acetaminophen (paracetamol) was taken or tried"),
    (&TOOK_NERVE_PAIN, "when nerve-pain medicines were taken or tried"),
    (&TOOK_OPIOID, "when opioid medicines were taken or tried"),
    (&TOOK_MUSCLE_RELAXANT, "when muscle relaxants were taken or tried"),
    (&PREGNANCY_CAN_APPLY, "when the age is not given or is under 56 (pregnancy after 55 is vanishingly rare)"),
    (&EARLIER_INJECTIONS, "when the patient has had (or may have had) injections for this pain"),
    (&SPINE_EARLIER_INJECTIONS, "when the neck, back or buttocks hurt and the patient has had (or may have had) injections for this pain"),
    (&HAD_SPINE_SURGERY, "when the patient has had spine surgery"),
    (&SPINE_OR_LIMB, "when the neck, back, buttocks, an arm, hand, leg or foot hurt (where a stimulator can be discussed)"),
    (&HIPS_OR_KNEES, "when the hips or knees hurt"),
];

/// The words of a condition ("" for one not in [`WORDS`], which a test
/// forbids).
pub(super) fn says(cond: &Cond) -> &'static str {
    WORDS
        .iter()
        .find(|(w, _)| w.cond == *cond)
        .map_or("", |(_, s)| s)
}
