//! Clinical facts derived once from the answers, so each rule reads as a
//! sentence a clinician would say ("radicular leg pain for at least 4 weeks").

use super::answers::*;
use super::Tri;

/// Derived facts, with the raw answers at hand for rules that need them.
pub struct Facts<'a> {
    pub a: &'a Answers,
    /// Pain in the low back or buttocks.
    pub low_back: bool,
    pub neck: bool,
    /// Any spine region: neck, upper back, low back, buttocks.
    pub spine: bool,
    /// Lower bound of the pain's duration in weeks; `None` when unknown.
    pub weeks: Option<u16>,
    /// Pain for 3 months or more (IASP / ICD-11 chronic pain).
    pub chronic: bool,
    /// Leg pain below the knee together with low back, buttock or leg pain.
    pub lumbar_radicular: bool,
    /// Arm pain travelling from the neck.
    pub cervical_radicular: bool,
    /// Leg pain on walking or standing, eased by sitting or bending forward.
    pub claudication: bool,
    /// Low back pain that does not travel below the knee.
    pub axial_low_back: bool,
    /// Neck pain that does not travel down the arm.
    pub axial_neck: bool,
    /// A pattern whose first-line care is medicines: post-herpetic
    /// neuralgia, painful diabetic neuropathy, CRPS (NICE CG173) and the
    /// headaches treated with medicines first (occipital neuralgia, migraine,
    /// cluster). For these, medicines count as conservative care.
    pub medicine_first: bool,
    /// The CRPS symptom screen (Budapest, symptom part) or a CRPS diagnosis
    /// in a limb. The exam decides.
    pub crps: bool,
    /// At least 4 weeks of conservative care, as [`CONSERVATIVE_CARE`]
    /// defines it.
    pub care_4_weeks: Tri,
    /// At least 4 weeks of conservative care ([`CONSERVATIVE_CARE`]) that
    /// did not bring enough relief. Every procedure gate on tried care
    /// reads this one fact.
    pub care_failed: Tri,
    /// An anti-inflammatory (ibuprofen, naproxen...) taken or tried.
    pub anti_inflammatory: bool,
    /// The pain is too severe to take part in therapy (seed 004 exception).
    pub too_painful_for_therapy: bool,
    /// Average pain on the PEG's first item, 0–10.
    pub pain_score: Option<u8>,
    pub peg: Option<f32>,
    pub phq2: Option<u8>,
    pub gad2: Option<u8>,
    pub budapest_categories: u8,
    /// Pain in an arm/hand or leg/foot.
    pub limb: bool,
    pub asas_items: u8,
    pub dn4_items: u8,
    /// Widespread pain (ACR 2016), or fibromyalgia. With the sides of the
    /// painful limbs known: pain in 4 or more of the 5 regions (left upper,
    /// right upper, left lower, right lower, axial). Without them: five or
    /// more tiles reaching the spine, an arm or shoulder and a leg or hip.
    pub widespread: bool,
    /// Pain down a leg below the knee in both legs (bilateral sciatica).
    pub sciatica_both_legs: bool,
    /// Nerve-root pain down one side only: left or right is known.
    pub radicular_one_side: bool,
    /// Face pain in sudden electric-shock attacks set off by touch, chewing
    /// or talking: trigeminal neuralgia (ICHD-3 13.1.1). A neurologist decides.
    pub trigeminal: bool,
    /// The pain began after an operation that was not on the spine
    /// (ICD-11 chronic postsurgical pain when it lasts 3 months or more).
    pub after_operation: bool,
    /// Any blood thinner, or not sure (clinical-reference §0: never "no").
    pub thinner: bool,
    /// An anticoagulant, an antiplatelet other than aspirin alone, a thinner
    /// of unknown kind, not sure, or a bleeding disorder (yes or not sure):
    /// paused for medium- and high-risk procedures (ASRA/ESRA 2018).
    pub bleeding_risk: bool,
    /// A compression fracture a doctor has confirmed on a scan.
    pub confirmed_compression_fracture: bool,
    /// A new change in the nerves: numbness or tingling, numbness as a
    /// quality of the pain, or weakness that is getting worse.
    pub neuro_change: bool,
    /// Fever or chills, injected drugs, a weakened immune system or a recent
    /// infection: the risks of an infection near the spine.
    pub infection_risk: bool,
}

/// Every answer behind [`Facts::care_4_weeks`] and [`Facts::care_failed`]
/// (the care tried, its result, and what makes a pattern medicine-first),
/// followed by a rule's own fields: `care_reads![Field::Duration]`.
macro_rules! care_reads {
    ($($extra:expr),* $(,)?) => {
        &[
            $crate::answers::Field::PhysicalTherapy,
            $crate::answers::Field::HomeExercise,
            $crate::answers::Field::Medicines,
            $crate::answers::Field::CareResult,
            $crate::answers::Field::MedicineKinds,
            $crate::answers::Field::AntiInflammatoryRelief,
            $crate::answers::Field::AcetaminophenRelief,
            $crate::answers::Field::NervePainRelief,
            $crate::answers::Field::OpioidRelief,
            $crate::answers::Field::MuscleRelaxantRelief,
            $crate::answers::Field::Diagnoses,
            $crate::answers::Field::Regions,
            $crate::answers::Field::HeadacheKind,
            $crate::answers::Field::FaceAttacks,
            $crate::answers::Field::OutOfProportion,
            $crate::answers::Field::TouchHurts,
            $crate::answers::Field::ColourOrTemperature,
            $crate::answers::Field::SwellingOrSweating,
            $crate::answers::Field::StiffnessOrSkinChanges,
            $($extra),*
        ]
    };
}
pub(crate) use care_reads;

/// The one definition of conservative care that every procedure gate uses
/// (through [`Facts::care_4_weeks`] and [`Facts::care_failed`]):
///
/// - for every pain: physical therapy or a home (or supervised) exercise
///   program, with the medicines a doctor suggests alongside;
/// - for the nerve pains and headaches treated with medicines first
///   ([`Facts::medicine_first`]: pain after shingles, diabetic neuropathy,
///   CRPS, migraine, cluster headache, occipital neuralgia and trigeminal
///   neuralgia): pain medicines count on their own, as they are the
///   first-line care (NICE CG173; clinical-reference §2).
///
/// Radicular pain (sciatica, a pinched nerve in the neck) is not among
/// them: NICE NG59 advises exercise and advises against gabapentinoids and
/// other nerve-pain medicines for sciatica, clinical-reference §2 names
/// only the pains above as medicine-first, and the payer policies for an
/// epidural (LCD L39240/L33906) count medicines as part of a programme with
/// therapy or exercise. Pain too bad for therapy is its own gate
/// (`gate.care_too_painful`, seed 004).
///
/// It counts when tried for at least 4 weeks; it has failed when what was
/// tried helped only a little or not at all. Care that helped a lot means
/// a procedure is not the next step. (clinical-reference §2: "what counts
/// as conservative care depends on the pattern"; seed 004; LCD L39240,
/// L38801.) The words are `gate.care_failed`.
pub const CONSERVATIVE_CARE: &str =
    "physical therapy or an exercise program for at least 4 weeks, \
with medicines alongside (sciatica and a pinched nerve included); medicines \
alone count only for pain after shingles, diabetic neuropathy, CRPS, \
migraine, cluster headache, occipital neuralgia and trigeminal neuralgia";

/// The pregnancy question is asked under this age, or when the age is not
/// given: pregnancy after 55 is vanishingly rare (natural menopause comes by
/// about 55 in nearly everyone), so asking later only reads as careless.
pub const PREGNANCY_ASKED_UNDER: u8 = 56;

/// What the medicines tried did, from each kind's answer: the best of them
/// (`None` when no kind's answer says).
pub fn medicine_result(a: &Answers) -> Option<CareResult> {
    // A kind's answer counts only while the kind is chosen.
    let h = &a.history;
    let reliefs = [
        (MedicineKind::AntiInflammatory, h.anti_inflammatory_relief),
        (MedicineKind::Acetaminophen, h.acetaminophen_relief),
        (MedicineKind::NervePain, h.nerve_pain_relief),
        (MedicineKind::Opioid, h.opioid_relief),
        (MedicineKind::MuscleRelaxant, h.muscle_relaxant_relief),
    ];
    let any = |r: Relief| {
        reliefs
            .iter()
            .any(|(kind, relief)| *relief == Some(r) && h.medicine_kinds.contains(kind))
    };
    if any(Relief::HelpedALot) {
        Some(CareResult::Helped)
    } else if any(Relief::HelpedSome) {
        Some(CareResult::HelpedSome)
    } else if any(Relief::DidNotHelp) {
        Some(CareResult::DidNotHelp)
    } else {
        None
    }
}

/// The kinds of pain medicine chosen (none and not sure left out), each
/// with how much it helped: for the printed summary's "what was tried".
pub fn medicines_tried(a: &Answers) -> Vec<(MedicineKind, Option<Relief>)> {
    let h = &a.history;
    [
        (MedicineKind::AntiInflammatory, h.anti_inflammatory_relief),
        (MedicineKind::Acetaminophen, h.acetaminophen_relief),
        (MedicineKind::NervePain, h.nerve_pain_relief),
        (MedicineKind::Opioid, h.opioid_relief),
        (MedicineKind::MuscleRelaxant, h.muscle_relaxant_relief),
    ]
    .into_iter()
    .filter(|(kind, _)| h.medicine_kinds.contains(kind))
    .collect()
}

/// Yes or not sure to the pregnancy question ("not sure" is never "no",
/// clinical-reference §0).
pub fn may_be_pregnant(a: &Answers) -> bool {
    matches!(
        a.precautions.pregnant,
        Some(Pregnancy::Yes | Pregnancy::NotSure)
    )
}

/// ASAS inflammatory back pain: the pain began before this age. The
/// questionnaire asks about onset only of patients this age or older;
/// younger patients meet the item by their age.
pub const ASAS_ONSET_AGE: u8 = 40;

fn yes(v: Option<YesNo>) -> bool {
    v == Some(YesNo::Yes)
}

/// Lower bound in weeks of each duration band.
pub fn weeks_of(d: PainDuration) -> Option<u16> {
    match d {
        PainDuration::UnderOneWeek => Some(0),
        PainDuration::OneToFourWeeks => Some(1),
        PainDuration::FourToSixWeeks => Some(4),
        PainDuration::SixToTwelveWeeks => Some(6),
        PainDuration::ThreeToSixMonths => Some(13),
        PainDuration::OverSixMonths => Some(26),
        PainDuration::NotSure => None,
    }
}

/// How many ACR 2016 limb regions (left, right) a painful limb group
/// covers: 0 when none of it hurts, `None` when it hurts but its side is
/// not known.
fn side_count(hurts: bool, side: Option<Side>) -> Option<u8> {
    match (hurts, side) {
        (false, _) => Some(0),
        (true, Some(Side::Left | Side::Right)) => Some(1),
        (true, Some(Side::Both)) => Some(2),
        (true, _) => None,
    }
}

fn sum(items: &[Option<u8>]) -> Option<u8> {
    items.iter().try_fold(0u8, |acc, v| v.map(|v| acc + v))
}

impl<'a> Facts<'a> {
    pub fn derive(a: &'a Answers) -> Facts<'a> {
        let p = &a.pain;
        let h = &a.history;
        let has = |r: Region| p.has(r);
        let low_back = p.low_back();
        let neck = has(Region::Neck);
        let spine = p.spine();
        let weeks = p.duration.and_then(weeks_of);
        let chronic = weeks.is_some_and(|w| w >= 13);
        let leg_area = p.leg_area();
        let below_knee = yes(p.below_knee);
        let lumbar_radicular = below_knee && leg_area;
        let cervical_radicular = yes(p.down_arm) && neck;
        let claudication = (p.worse_with.contains(&Activity::Walking)
            || p.worse_with.contains(&Activity::Standing))
            && (p.better_with.contains(&Activity::Sitting)
                || p.better_with.contains(&Activity::BendingForward))
            && (below_knee || has(Region::LegsFeet) || has(Region::Buttocks));
        let axial_low_back = has(Region::LowerBack) && p.below_knee == Some(YesNo::No);
        let axial_neck = neck && p.down_arm == Some(YesNo::No);

        let limb = p.limb();
        let l = &a.limb;
        let budapest_categories = [
            l.touch_hurts,
            l.colour_or_temperature,
            l.swelling_or_sweating,
            l.stiffness_or_skin_changes,
        ]
        .into_iter()
        .filter(|v| yes(*v))
        .count() as u8;
        let dx = |d: Diagnosis| a.diagnoses.contains(&d);
        // CRPS diagnosed in a knee counts too (OM-1); the symptom screen is
        // asked for arms, hands, legs and feet.
        let crps = (limb && yes(l.out_of_proportion) && budapest_categories >= 3)
            || ((limb || has(Region::Knees)) && dx(Diagnosis::Crps));
        let medicine_first_headache = has(Region::Head)
            && (matches!(
                a.headache.kind,
                Some(
                    HeadacheKind::ShootingBackOfHead
                        | HeadacheKind::Migraine
                        | HeadacheKind::Cluster
                )
            ) || dx(Diagnosis::Migraine));
        let trigeminal = has(Region::FaceJaw) && yes(a.headache.face_attacks);
        let medicine_first = dx(Diagnosis::Shingles)
            || dx(Diagnosis::DiabeticNeuropathy)
            || crps
            || medicine_first_headache
            || trigeminal;

        let mut counted = vec![h.physical_therapy, h.home_exercise];
        let therapy_4_weeks = counted.contains(&Some(CareTried::FourWeeksOrMore));
        if medicine_first {
            counted.push(h.medicines);
        }
        let care_4_weeks = if counted.contains(&Some(CareTried::FourWeeksOrMore)) {
            Tri::Met
        } else if counted
            .iter()
            .all(|c| matches!(c, Some(CareTried::NotTried | CareTried::UnderFourWeeks)))
        {
            Tri::NotMet
        } else {
            Tri::Unknown
        };
        // What the counted care did: the therapy's answer, and in a
        // medicine-first pattern the medicines' (each kind's) answer too.
        // Either helping a lot is not failed care.
        let therapy_result = h.care_result;
        let medicines_result = if medicine_first {
            medicine_result(a)
        } else {
            None
        };
        let medicines_4_weeks = medicine_first && h.medicines == Some(CareTried::FourWeeksOrMore);
        let failed = |r: Option<CareResult>| {
            matches!(r, Some(CareResult::DidNotHelp | CareResult::HelpedSome))
        };
        let helped = |r: Option<CareResult>| r == Some(CareResult::Helped);
        let care_failed =
            if helped(therapy_result) || helped(medicines_result) || care_4_weeks == Tri::NotMet {
                Tri::NotMet
            } else if (therapy_4_weeks && failed(therapy_result))
                || (medicines_4_weeks && failed(medicines_result))
            {
                Tri::Met
            } else {
                Tri::Unknown
            };
        let too_painful_for_therapy = h.care_result == Some(CareResult::TooPainfulToDo);

        let peg_items = [a.peg.pain, a.peg.enjoyment, a.peg.activity];
        let peg = sum(&peg_items).map(|s| (f32::from(s) / 3.0 * 10.0).round() / 10.0);
        let m = &a.mood;
        let phq2 = sum(&[m.little_interest, m.feeling_down]);
        let gad2 = sum(&[m.nervous, m.cannot_stop_worrying]);

        // ASAS expert criteria for inflammatory back pain: 4 of 5 items,
        // in back pain of more than 3 months.
        let began_before_40 =
            a.age.is_some_and(|age| age < ASAS_ONSET_AGE) || yes(p.began_before_40);
        let asas_items = [
            began_before_40,
            h.onset == Some(Onset::Gradual),
            p.better_with.contains(&Activity::Movement),
            // Only when rest is said to make it worse: not ticking "rest"
            // among what helps is not "no improvement with rest" (CW-12).
            p.worse_with.contains(&Activity::Rest),
            yes(p.night_pain_eases_on_rising),
        ]
        .into_iter()
        .filter(|b| *b)
        .count() as u8;

        // ACR 2016: widespread pain is pain in 4 of 5 body regions (left and
        // right upper, left and right lower, axial: neck, back, chest or
        // belly). When the side of every painful limb is known, the regions
        // are counted. Otherwise five or more tiles must reach the axial,
        // upper-limb and lower-limb regions together: several tiles along
        // one sore leg are not widespread pain (CW-8).
        let axial = p.spine() || has(Region::ChestBelly);
        let upper = p.upper_limb();
        let lower = p.lower_limb();
        let widespread = match (side_count(upper, p.arm_side), side_count(lower, p.leg_side)) {
            (Some(u), Some(l)) => u + l + u8::from(axial) >= 4,
            _ => p.regions.len() >= 5 && axial && upper && (lower || has(Region::Buttocks)),
        } || a.diagnoses.contains(&Diagnosis::Fibromyalgia);
        let sciatica_both_legs = lumbar_radicular && p.leg_side == Some(Side::Both);
        let radicular_one_side = (lumbar_radicular
            && matches!(p.leg_side, Some(Side::Left | Side::Right)))
            || (cervical_radicular && matches!(p.arm_side, Some(Side::Left | Side::Right)));
        let after_operation = h.onset == Some(Onset::Surgery) && !yes(h.spine_surgery);
        let pr = &a.precautions;
        let thinner = !matches!(pr.blood_thinners, None | Some(BloodThinner::No));
        let bleeding_risk = matches!(
            pr.blood_thinners,
            Some(
                BloodThinner::Anticoagulant
                    | BloodThinner::Antiplatelet
                    | BloodThinner::KindNotKnown
                    | BloodThinner::NotSure
            )
        ) || matches!(pr.bleeding_disorder, Some(YesNo::Yes | YesNo::NotSure));
        let confirmed_compression_fracture = a.diagnoses.contains(&Diagnosis::CompressionFracture)
            && h.imaging == Some(Imaging::Matches);

        let rf = &a.red_flags;
        let neuro_change = yes(p.numbness_tingling)
            || p.qualities.contains(&Quality::Numbness)
            || yes(p.slowly_worsening_weakness)
            || yes(rf.rapid_weakness);
        let infection_risk = [
            rf.fever_chills,
            rf.injects_drugs,
            rf.weak_immune_system,
            rf.recent_infection,
        ]
        .into_iter()
        .any(yes);

        Facts {
            a,
            low_back,
            neck,
            spine,
            weeks,
            chronic,
            lumbar_radicular,
            cervical_radicular,
            claudication,
            axial_low_back,
            axial_neck,
            medicine_first,
            crps,
            care_4_weeks,
            care_failed,
            anti_inflammatory: a
                .history
                .medicine_kinds
                .contains(&MedicineKind::AntiInflammatory),
            too_painful_for_therapy,
            pain_score: a.peg.pain,
            peg,
            phq2,
            gad2,
            budapest_categories,
            limb,
            asas_items,
            dn4_items: p.qualities.len() as u8,
            widespread,
            sciatica_both_legs,
            radicular_one_side,
            trigeminal,
            after_operation,
            thinner,
            bleeding_risk,
            confirmed_compression_fracture,
            neuro_change,
            infection_risk,
        }
    }

    pub fn has(&self, r: Region) -> bool {
        self.a.pain.has(r)
    }

    pub fn dx(&self, d: Diagnosis) -> bool {
        self.a.diagnoses.contains(&d)
    }

    /// Pain for at least `n` weeks, as far as the answers tell.
    pub fn weeks_at_least(&self, n: u16) -> Tri {
        match self.weeks {
            Some(w) if w >= n => Tri::Met,
            Some(_) => Tri::NotMet,
            None => Tri::Unknown,
        }
    }

    /// Average pain of at least `n` out of 10.
    pub fn pain_at_least(&self, n: u8) -> Tri {
        match self.pain_score {
            Some(s) if s >= n => Tri::Met,
            Some(_) => Tri::NotMet,
            None => Tri::Unknown,
        }
    }
}

/// `true` when the answer is yes.
pub fn is_yes(v: Option<YesNo>) -> bool {
    yes(v)
}

/// `true` when the answer is yes or not sure: "not sure" is never "no"
/// (clinical-reference §0), so a precaution shows as it would for yes.
pub fn yes_or_unsure(v: Option<YesNo>) -> bool {
    matches!(v, Some(YesNo::Yes | YesNo::NotSure))
}

/// The answer to a yes/no field; `None` when unanswered (or not yes/no).
pub fn yes_no(field: Field, a: &Answers) -> Option<YesNo> {
    match (field.get(a), field.kind()) {
        (Value::One(i), Kind::One { kind: "yes_no", .. }) => {
            YesNo::ALL.get(usize::from(i)).copied()
        }
        _ => None,
    }
}
