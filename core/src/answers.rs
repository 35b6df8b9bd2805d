//! Everything the questionnaire captures. See `docs/answers.md` for each field,
//! its values and the question that asks it.
//!
//! `None` means "not answered yet". Where a patient may not know, the value
//! set has an explicit `not_sure`. Unknown fields or values are an error that
//! names the field (`deny_unknown_fields`, and [`Answers::from_json`] reports
//! the path); numbers out of range are reported by [`Answers::validate`].

use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

/// A closed set of values with stable ids, in a fixed order.
pub trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    fn id(self) -> &'static str;
}

/// A set of values of a small closed enum, as a bitmask: the order of
/// `T::ALL`, one bit each. In JSON, an array of ids.
pub struct EnumSet<T> {
    bits: u32,
    kind: PhantomData<T>,
}

impl<T: Choice> EnumSet<T> {
    pub fn new() -> Self {
        EnumSet {
            bits: 0,
            kind: PhantomData,
        }
    }
    fn bit(v: &T) -> u32 {
        T::ALL.iter().position(|x| x == v).map_or(0, |i| 1 << i)
    }
    pub fn contains(&self, v: &T) -> bool {
        self.bits & Self::bit(v) != 0
    }
    /// Add a value; `true` if it was not there.
    pub fn insert(&mut self, v: T) -> bool {
        let was = self.contains(&v);
        self.bits |= Self::bit(&v);
        !was
    }
    /// Remove a value; `true` if it was there.
    pub fn remove(&mut self, v: &T) -> bool {
        let was = self.contains(v);
        self.bits &= !Self::bit(v);
        was
    }
    pub fn len(&self) -> usize {
        self.bits.count_ones() as usize
    }
    pub fn is_empty(&self) -> bool {
        self.bits == 0
    }
    /// The values, in `T::ALL` order.
    pub fn iter(&self) -> impl Iterator<Item = T> + '_ {
        T::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| self.bits & (1 << i) != 0)
            .map(|(_, v)| *v)
    }
    pub fn bits(&self) -> u32 {
        self.bits
    }
    /// A set from its bitmask; `None` if a bit names no value.
    pub fn from_bits(bits: u32) -> Option<Self> {
        let all = if T::ALL.len() >= 32 {
            u32::MAX
        } else {
            (1u32 << T::ALL.len()) - 1
        };
        (bits & !all == 0).then_some(EnumSet {
            bits,
            kind: PhantomData,
        })
    }
}

impl<T> Clone for EnumSet<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for EnumSet<T> {}
impl<T> PartialEq for EnumSet<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for EnumSet<T> {}
impl<T: Choice> Default for EnumSet<T> {
    fn default() -> Self {
        Self::new()
    }
}
impl<T: Choice> FromIterator<T> for EnumSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut set = Self::new();
        for v in iter {
            set.insert(v);
        }
        set
    }
}
impl<T: Choice> std::fmt::Debug for EnumSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(|v| v.id())).finish()
    }
}
impl<T: Choice + Serialize> Serialize for EnumSet<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}
impl<'de, T: Choice + Deserialize<'de>> Deserialize<'de> for EnumSet<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<T>::deserialize(d)?.into_iter().collect())
    }
}

/// Declares a closed set of answer values with stable snake_case ids.
macro_rules! choice {
    ($(#[$m:meta])* $name:ident { $($v:ident = $id:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $v),+ }
        impl $name {
            /// Every value, in questionnaire order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The stable id used in JSON, links and text keys.
            pub fn id(self) -> &'static str {
                match self { $($name::$v => $id),+ }
            }
        }
        impl $crate::answers::Choice for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn id(self) -> &'static str {
                $name::id(self)
            }
        }
    };
}
pub(crate) use choice;

choice!(
    /// A yes/no question a patient may not be able to answer.
    YesNo { Yes = "yes", No = "no", NotSure = "not_sure" }
);

choice!(
    /// Body-map regions.
    Region {
        Head = "head",
        Neck = "neck",
        Shoulders = "shoulders",
        UpperBack = "upper_back",
        LowerBack = "lower_back",
        Buttocks = "buttocks",
        Hips = "hips",
        ArmsHands = "arms_hands",
        Knees = "knees",
        LegsFeet = "legs_feet",
    }
);

choice!(
    /// How long the pain has lasted.
    PainDuration {
        UnderOneWeek = "under_1_week",
        OneToFourWeeks = "1_to_4_weeks",
        FourToSixWeeks = "4_to_6_weeks",
        SixToTwelveWeeks = "6_to_12_weeks",
        ThreeToSixMonths = "3_to_6_months",
        OverSixMonths = "over_6_months",
        NotSure = "not_sure",
    }
);

choice!(
    /// Whether the leg pain or the back/neck pain is worse.
    Dominance { LimbWorse = "limb_worse", SpineWorse = "spine_worse", AboutEqual = "about_equal", NotSure = "not_sure" }
);

choice!(
    /// Activities and times that change the pain.
    Activity {
        Standing = "standing",
        Walking = "walking",
        Sitting = "sitting",
        BendingForward = "bending_forward",
        LeaningBackOrTwisting = "leaning_back_or_twisting",
        LyingDown = "lying_down",
        Rest = "rest",
        Movement = "movement",
        Mornings = "mornings",
    }
);

choice!(
    /// How the pain feels (the interview items of DN4).
    Quality {
        Burning = "burning",
        PainfulCold = "painful_cold",
        ElectricShocks = "electric_shocks",
        Tingling = "tingling",
        PinsAndNeedles = "pins_and_needles",
        Numbness = "numbness",
        Itching = "itching",
    }
);

choice!(
    /// How the pain began.
    Onset { Gradual = "gradual", Injury = "injury", Fall = "fall", Lifting = "lifting", Surgery = "surgery", NotSure = "not_sure" }
);

choice!(
    /// How long a kind of care has been tried.
    CareTried { NotTried = "not_tried", UnderFourWeeks = "under_4_weeks", FourWeeksOrMore = "4_weeks_or_more", NotSure = "not_sure" }
);

choice!(
    /// What the care tried so far did.
    CareResult {
        Helped = "helped",
        HelpedSome = "helped_some",
        DidNotHelp = "did_not_help",
        TooPainfulToDo = "too_painful_to_do",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier injections for this pain.
    PriorInjections {
        None = "none",
        LongRelief = "long_relief",
        ShortRelief = "short_relief",
        NoRelief = "no_relief",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier diagnostic (numbing) nerve blocks of the spine's small joints.
    DiagnosticBlocks {
        None = "none",
        TwoWithBigRelief = "two_with_big_relief",
        OneWithBigRelief = "one_with_big_relief",
        LittleRelief = "little_relief",
        NotSure = "not_sure",
    }
);

choice!(
    /// What a surgeon said, if one was seen.
    SurgeonAdvice {
        NotSeen = "not_seen",
        SurgeryAdvised = "surgery_advised",
        SurgeryNotNeeded = "surgery_not_needed",
        NotSure = "not_sure",
    }
);

choice!(
    /// Scans of the painful area and whether a doctor said they explain the pain.
    Imaging { Matches = "matches", DoesNotMatch = "does_not_match", NotDone = "not_done", NotSure = "not_sure" }
);

choice!(
    /// Conditions a doctor has told the patient they have.
    Diagnosis {
        DiscHerniation = "disc_herniation",
        SpinalStenosis = "spinal_stenosis",
        SpineArthritis = "spine_arthritis",
        KneeArthritis = "knee_arthritis",
        HipArthritis = "hip_arthritis",
        ShoulderArthritis = "shoulder_arthritis",
        Osteoporosis = "osteoporosis",
        CompressionFracture = "compression_fracture",
        DiabeticNeuropathy = "diabetic_neuropathy",
        Crps = "crps",
        Shingles = "shingles",
        Fibromyalgia = "fibromyalgia",
        InflammatoryArthritis = "inflammatory_arthritis",
        Migraine = "migraine",
    }
);

choice!(
    /// The kind of headache, when the head hurts.
    HeadacheKind {
        ShootingBackOfHead = "shooting_back_of_head",
        Migraine = "migraine",
        TensionBand = "tension_band",
        Cluster = "cluster",
        Other = "other",
        NotSure = "not_sure",
    }
);

choice!(
    /// What the patient hopes to get back to.
    Goal {
        WalkFurther = "walk_further",
        SleepBetter = "sleep_better",
        Work = "work",
        DailyTasks = "daily_tasks",
        Exercise = "exercise",
        FewerMedicines = "fewer_medicines",
        AvoidSurgery = "avoid_surgery",
        UnderstandCause = "understand_cause",
    }
);

/// The safety screen (clinical-reference §1). Asked first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RedFlags {
    // Emergency: cauda equina and rapidly worsening nerve loss.
    pub saddle_numbness: Option<YesNo>,
    pub bladder_change: Option<YesNo>,
    pub bowel_control: Option<YesNo>,
    pub both_legs_weak: Option<YesNo>,
    pub sexual_function_change: Option<YesNo>,
    pub rapid_weakness: Option<YesNo>,
    // Emergency: headache.
    pub thunderclap_headache: Option<YesNo>,
    pub headache_fever_stiff_neck: Option<YesNo>,
    pub headache_neuro_signs: Option<YesNo>,
    pub headache_after_head_injury: Option<YesNo>,
    // Urgent: infection.
    pub fever_chills: Option<YesNo>,
    pub recent_infection: Option<YesNo>,
    pub injects_drugs: Option<YesNo>,
    pub weak_immune_system: Option<YesNo>,
    // Urgent: fracture.
    pub major_trauma: Option<YesNo>,
    pub long_term_steroids: Option<YesNo>,
    // Urgent: cancer.
    pub cancer_history: Option<YesNo>,
    pub weight_loss: Option<YesNo>,
    pub constant_night_pain: Option<YesNo>,
    // Urgent: headache (asked only when the head hurts).
    pub headache_new_after_50: Option<YesNo>,
    pub headache_pattern_change: Option<YesNo>,
    pub headache_postural_or_cough: Option<YesNo>,
    pub headache_pregnancy_cancer_hiv: Option<YesNo>,
}

/// Where the pain is, how it behaves, how strong it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Pain {
    pub regions: EnumSet<Region>,
    pub main_region: Option<Region>,
    pub below_knee: Option<YesNo>,
    pub down_arm: Option<YesNo>,
    pub numbness_tingling: Option<YesNo>,
    pub dominance: Option<Dominance>,
    pub slowly_worsening_weakness: Option<YesNo>,
    pub duration: Option<PainDuration>,
    pub worse_with: EnumSet<Activity>,
    pub better_with: EnumSet<Activity>,
    pub qualities: EnumSet<Quality>,
    pub muscle_knots: Option<YesNo>,
    pub night_pain_eases_on_rising: Option<YesNo>,
    pub began_before_40: Option<YesNo>,
}

/// Groups of body regions, defined once for the engine's facts and the
/// questionnaire's skip logic alike.
impl Pain {
    pub fn has(&self, r: Region) -> bool {
        self.regions.contains(&r)
    }
    fn any(&self, rs: &[Region]) -> bool {
        rs.iter().any(|r| self.has(*r))
    }
    /// Low back or buttocks.
    pub fn low_back(&self) -> bool {
        self.any(&[Region::LowerBack, Region::Buttocks])
    }
    /// Neck, upper back, low back or buttocks.
    pub fn spine(&self) -> bool {
        self.any(&[
            Region::Neck,
            Region::UpperBack,
            Region::LowerBack,
            Region::Buttocks,
        ])
    }
    /// Where leg pain can start: low back, buttocks, hips, legs or feet.
    pub fn leg_area(&self) -> bool {
        self.any(&[
            Region::LowerBack,
            Region::Buttocks,
            Region::Hips,
            Region::LegsFeet,
        ])
    }
    /// Where arm pain can start: neck, shoulders, arms or hands.
    pub fn arm_area(&self) -> bool {
        self.any(&[Region::Neck, Region::Shoulders, Region::ArmsHands])
    }
    /// An arm/hand or a leg/foot.
    pub fn limb(&self) -> bool {
        self.any(&[Region::ArmsHands, Region::LegsFeet])
    }
}

/// PEG: three 0–10 items over the past week (Krebs 2009).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Peg {
    pub pain: Option<u8>,
    pub enjoyment: Option<u8>,
    pub activity: Option<u8>,
}

/// Headache details, asked only when the head hurts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Headache {
    pub main_problem: Option<YesNo>,
    pub kind: Option<HeadacheKind>,
    pub scalp_tender: Option<YesNo>,
}

/// Symptom part of the Budapest criteria, asked when an arm/hand or leg/foot hurts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limb {
    pub out_of_proportion: Option<YesNo>,
    pub touch_hurts: Option<YesNo>,
    pub colour_or_temperature: Option<YesNo>,
    pub swelling_or_sweating: Option<YesNo>,
    pub stiffness_or_skin_changes: Option<YesNo>,
}

/// How it started and what has been tried.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct History {
    pub onset: Option<Onset>,
    pub physical_therapy: Option<CareTried>,
    pub home_exercise: Option<CareTried>,
    pub medicines: Option<CareTried>,
    pub care_result: Option<CareResult>,
    pub psychological_therapy: Option<YesNo>,
    pub prior_injections: Option<PriorInjections>,
    pub diagnostic_blocks: Option<DiagnosticBlocks>,
    pub spine_surgery: Option<YesNo>,
    pub surgeon_advice: Option<SurgeonAdvice>,
    pub imaging: Option<Imaging>,
}

/// Things that change how a procedure is planned (clinical-reference §4).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Precautions {
    pub blood_thinners: Option<YesNo>,
    pub diabetes: Option<YesNo>,
    pub pregnant: Option<YesNo>,
    pub infection_now: Option<YesNo>,
    pub allergies: Option<YesNo>,
    pub implanted_device: Option<YesNo>,
}

/// PHQ-2 and GAD-2: each item 0–3 over the last two weeks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Mood {
    pub little_interest: Option<u8>,
    pub feeling_down: Option<u8>,
    pub nervous: Option<u8>,
    pub cannot_stop_worrying: Option<u8>,
}

/// Every answer. The default is "nothing answered yet".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Answers {
    pub age: Option<u8>,
    pub red_flags: RedFlags,
    pub pain: Pain,
    pub peg: Peg,
    pub headache: Headache,
    pub limb: Limb,
    pub history: History,
    pub diagnoses: EnumSet<Diagnosis>,
    pub precautions: Precautions,
    pub mood: Mood,
    pub goals: EnumSet<Goal>,
}

/// Why a set of answers could not be read. The message names the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() || self.field == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    /// Read answers from JSON, naming the field of any unknown key, unknown
    /// value or wrong type, then check number ranges.
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Answers, AnswerError> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let answers: Answers = serde_path_to_error::deserialize(de).map_err(|e| AnswerError {
            field: e.path().to_string(),
            message: e.inner().to_string(),
        })?;
        answers.validate()?;
        Ok(answers)
    }

    /// Check that every number is in its scale's range.
    pub fn validate(&self) -> Result<(), AnswerError> {
        let scales: [(&str, Option<u8>, u8, u8); 8] = [
            ("age", self.age, 1, 120),
            ("peg.pain", self.peg.pain, 0, 10),
            ("peg.enjoyment", self.peg.enjoyment, 0, 10),
            ("peg.activity", self.peg.activity, 0, 10),
            ("mood.little_interest", self.mood.little_interest, 0, 3),
            ("mood.feeling_down", self.mood.feeling_down, 0, 3),
            ("mood.nervous", self.mood.nervous, 0, 3),
            (
                "mood.cannot_stop_worrying",
                self.mood.cannot_stop_worrying,
                0,
                3,
            ),
        ];
        for (field, value, lo, hi) in scales {
            if let Some(v) = value {
                if v < lo || v > hi {
                    return Err(AnswerError {
                        field: field.to_string(),
                        message: format!("{v} is outside {lo} to {hi}"),
                    });
                }
            }
        }
        if let Some(main) = self.pain.main_region {
            if !self.pain.regions.contains(&main) {
                return Err(AnswerError {
                    field: "pain.main_region".to_string(),
                    message: format!("{} is not among pain.regions", main.id()),
                });
            }
        }
        Ok(())
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    #[test]
    fn empty_object_is_nothing_answered() {
        assert_eq!(Answers::from_json("{}"), Ok(Answers::default()));
    }

    #[test]
    fn unknown_field_is_named() {
        let err = Answers::from_json(r#"{"pain":{"duratoin":"over_6_months"}}"#).unwrap_err();
        assert!(err.to_string().contains("duratoin"), "{err}");
    }

    #[test]
    fn unknown_value_names_its_field() {
        let err = Answers::from_json(r#"{"pain":{"duration":"forever"}}"#).unwrap_err();
        assert_eq!(err.field, "pain.duration");
        assert!(err.message.contains("forever"), "{err}");
    }

    #[test]
    fn out_of_range_score_is_named() {
        let err = Answers::from_json(r#"{"peg":{"pain":11}}"#).unwrap_err();
        assert_eq!(err.field, "peg.pain");
    }

    #[test]
    fn main_region_must_be_a_chosen_region() {
        let err = Answers::from_json(r#"{"pain":{"regions":["knees"],"main_region":"neck"}}"#)
            .unwrap_err();
        assert_eq!(err.field, "pain.main_region");
    }

    #[test]
    fn ids_match_serde_names() {
        for d in PainDuration::ALL {
            let json = serde_json::to_string(d).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", d.id()));
        }
    }
}
