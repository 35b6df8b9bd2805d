//! The answer schema: the ONE place an answer field is declared, with its
//! JSON path, its kind and its range.
//!
//! From the table below come the `Answers` struct and its groups (JSON
//! layout), [`Field`] with typed [`Field::get`] / [`Field::set`] and range
//! checks, the codec's wire order and widths, the questionnaire's widgets and
//! option labels, the property tests' strategies and `docs/answers.md`
//! (`review --schema`). Adding a field means: one line here, its words in the
//! two locale files, and the rules that read it.
//!
//! Field kinds:
//! - `One(T)`: one value of the closed set `T`, or not answered.
//! - `Set(T)`: any number of values of `T` (a JSON array).
//! - `Number(min, max)`: a whole number typed in.
//! - `Scale(min, max, "labels")`: a point on a scale; `labels` is the text-key
//!   prefix of its end (or every) labels.
//!
//! A question's id (its text key `q.<id>`, and its inputs' ids on the page)
//! is the field's own name unless the line says `as "id"`.
//!
//! The order of the lines is the codec's wire order: changing it, or adding
//! a field, changes every link code, so it goes with a new
//! [`crate::codec::VERSION`] (see the codec's module documentation).

use serde::{Deserialize, Serialize};

use super::values::*;
use super::{AnswerError, Choice, EnumSet, Kind, Value};

/// Expands the schema table. Internal arms:
/// - `@munch`: walks the table one group or top-level field at a time,
///   emitting each group's struct and collecting the top-level struct's
///   members and every leaf field;
/// - `@ty`, `@kind`, `@get`, `@set`, `@id`: one field kind's Rust type,
///   description, reading, writing and question id.
macro_rules! schema {
    (@ty One ($T:ty)) => { Option<$T> };
    (@ty Set ($T:ty)) => { EnumSet<$T> };
    (@ty Number ($lo:literal, $hi:literal)) => { Option<u8> };
    (@ty Scale ($lo:literal, $hi:literal, $labels:literal)) => { Option<u8> };

    (@kind One ($T:ty)) => { Kind::One { kind: <$T as Choice>::KIND, ids: <$T as Choice>::IDS } };
    (@kind Set ($T:ty)) => { Kind::Set { kind: <$T as Choice>::KIND, ids: <$T as Choice>::IDS } };
    (@kind Number ($lo:literal, $hi:literal)) => { Kind::Number { min: $lo, max: $hi } };
    (@kind Scale ($lo:literal, $hi:literal, $labels:literal)) => {
        Kind::Scale { min: $lo, max: $hi, labels: $labels }
    };

    (@get One $args:tt, $e:expr) => { Value::of_one($e) };
    (@get Set $args:tt, $e:expr) => { Value::Set($e.bits()) };
    (@get Number $args:tt, $e:expr) => { Value::of_number($e) };
    (@get Scale $args:tt, $e:expr) => { Value::of_number($e) };

    (@set One ($T:ty), $place:expr, $v:expr) => { Value::to_one::<$T>($v).map(|x| $place = x) };
    (@set Set ($T:ty), $place:expr, $v:expr) => { Value::to_set::<$T>($v).map(|x| $place = x) };
    (@set Number ($lo:literal, $hi:literal), $place:expr, $v:expr) => {
        Value::to_number($v, $lo, $hi).map(|x| $place = x)
    };
    (@set Scale ($lo:literal, $hi:literal, $labels:literal), $place:expr, $v:expr) => {
        Value::to_number($v, $lo, $hi).map(|x| $place = x)
    };

    (@id $f:ident) => { stringify!($f) };
    (@id $f:ident $id:literal) => { $id };

    // A group: a JSON object of its own, `pain: Pain { ... }`.
    (@munch [$($top:tt)*] [$($leaf:tt)*]
        $(#[$gm:meta])* $group:ident : $Group:ident {
            $( $(#[$fm:meta])* $V:ident = $f:ident : $kind:ident $args:tt $(as $id:literal)? ),* $(,)?
        } $(, $($rest:tt)*)?
    ) => {
        $(#[$gm])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct $Group { $( $(#[$fm])* pub $f: schema!(@ty $kind $args), )* }
        schema!(@munch
            [$($top)* $group : $Group,]
            [$($leaf)* $( $V ($group . $f) (concat!(stringify!($group), ".", stringify!($f)))
                $kind $args (schema!(@id $f $($id)?)); )*]
            $($($rest)*)?);
    };
    // A top-level field: `Age = age : Number(1, 120)`.
    (@munch [$($top:tt)*] [$($leaf:tt)*]
        $(#[$fm:meta])* $V:ident = $f:ident : $kind:ident $args:tt $(as $id:literal)? $(, $($rest:tt)*)?
    ) => {
        schema!(@munch
            [$($top)* $f : schema!(@ty $kind $args),]
            [$($leaf)* $V ($f) (stringify!($f)) $kind $args (schema!(@id $f $($id)?)); ]
            $($($rest)*)?);
    };
    // Everything collected: the answers and the field list.
    (@munch [$($f:ident : $ty:ty,)*]
        [$( $V:ident ($($place:ident).+) ($path:expr) $kind:ident $args:tt ($id:expr); )*]
    ) => {
        /// Every answer. The default is "nothing answered yet".
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct Answers { $( pub $f: $ty, )* }

        /// One answer field, as declared in the schema.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Field { $( $V, )* }

        impl Field {
            /// Every field, in schema (and wire) order.
            pub const ALL: &'static [Field] = &[$( Field::$V, )*];

            /// The dotted JSON path, e.g. `red_flags.saddle_numbness`.
            pub fn path(self) -> &'static str {
                match self { $( Field::$V => $path, )* }
            }

            /// The question's id: its text key is `q.<id>`.
            pub fn id(self) -> &'static str {
                match self { $( Field::$V => $id, )* }
            }

            /// What kind of answer the field holds, and its range.
            pub fn kind(self) -> Kind {
                match self { $( Field::$V => schema!(@kind $kind $args), )* }
            }

            /// The field's answer.
            pub fn get(self, a: &Answers) -> Value {
                match self { $( Field::$V => schema!(@get $kind $args, a.$($place).+), )* }
            }

            /// Set the field alone, checking the value's kind and range.
            /// [`Answers::set`] also keeps the answers consistent.
            pub fn set(self, a: &mut Answers, v: Value) -> Result<(), AnswerError> {
                let done = match self {
                    $( Field::$V => schema!(@set $kind $args, a.$($place).+, v), )*
                };
                done.ok_or_else(|| AnswerError {
                    field: self.path().to_string(),
                    message: "not a value this field can hold".to_string(),
                })
            }
        }
    };
    ($($table:tt)*) => { schema!(@munch [] [] $($table)*); };
}

schema! {
    Age = age: Number(1, 120),

    /// The safety screen (clinical-reference §1). Asked right after where it
    /// hurts, which decides the few that apply only to some pain.
    red_flags: RedFlags {
        // Emergency: cauda equina and rapidly worsening nerve loss.
        SaddleNumbness = saddle_numbness: One(YesNo),
        BladderChange = bladder_change: One(YesNo),
        BowelControl = bowel_control: One(YesNo),
        BothLegsWeak = both_legs_weak: One(YesNo),
        SexualFunctionChange = sexual_function_change: One(YesNo),
        RapidWeakness = rapid_weakness: One(YesNo),
        // Emergency: headache.
        ThunderclapHeadache = thunderclap_headache: One(YesNo),
        HeadacheFeverStiffNeck = headache_fever_stiff_neck: One(YesNo),
        HeadacheNeuroSigns = headache_neuro_signs: One(YesNo),
        HeadacheAfterHeadInjury = headache_after_head_injury: One(YesNo),
        // Urgent: infection.
        FeverChills = fever_chills: One(YesNo),
        RecentInfection = recent_infection: One(YesNo),
        InjectsDrugs = injects_drugs: One(YesNo),
        WeakImmuneSystem = weak_immune_system: One(YesNo),
        // Urgent: fracture. Any fall or injury before the pain, even a slip
        // at home (minor trauma counts with fragile bones); then, asked when
        // the answer is yes or not sure, whether it was a serious accident
        // (major trauma counts at any age).
        FallOrInjury = fall_or_injury: One(YesNo),
        MajorTrauma = major_trauma: One(YesNo),
        LongTermSteroids = long_term_steroids: One(YesNo),
        // Urgent: cancer.
        CancerHistory = cancer_history: One(YesNo),
        WeightLoss = weight_loss: One(YesNo),
        ConstantNightPain = constant_night_pain: One(YesNo),
        // Urgent: headache (asked only when the head hurts).
        HeadacheNewAfter50 = headache_new_after_50: One(YesNo),
        HeadachePatternChange = headache_pattern_change: One(YesNo),
        HeadachePosturalOrCough = headache_postural_or_cough: One(YesNo),
        HeadachePregnancyCancerHiv = headache_pregnancy_cancer_hiv: One(YesNo),
        // Asked only where they can apply (clinical-reference §1, other flags).
        // Urgent: cervical myelopathy (neck, shoulders or arms hurt).
        Myelopathy = myelopathy: One(YesNo),
        // Emergency: heart or aorta (upper back, neck, shoulders or arms hurt).
        ChestSymptoms = chest_symptoms: One(YesNo),
        // Urgent: after a spinal injection or procedure (the spine hurts).
        AfterSpinalProcedure = after_spinal_procedure: One(YesNo),
        // Urgent: infection at a stimulator or pump site (an implant).
        DeviceSiteInfection = device_site_infection: One(YesNo),
        // Urgent: shingles near the eye (the head hurts).
        ShinglesNearEye = shingles_near_eye: One(YesNo),
        // Emergency: jaw or face pain on exertion, eased by rest (the heart;
        // the face or jaw hurts).
        JawPainExertion = jaw_pain_exertion: One(YesNo),
        // Giant cell arteritis (age 50 or more, the head or face hurts):
        // jaw pain on chewing, a sore scalp or temple, changes in sight.
        JawPainChewing = jaw_pain_chewing: One(YesNo),
        TempleTender = temple_tender: One(YesNo),
        SightChanges = sight_changes: One(YesNo),
    },

    /// Where the pain is, how it behaves, how strong it is.
    pain: Pain {
        Regions = regions: Set(Region),
        /// One of `regions`.
        MainRegion = main_region: One(Region),
        /// Asked when a shoulder, arm or hand hurts.
        ArmSide = arm_side: One(Side),
        /// Asked when a hip, knee, leg or foot hurts.
        LegSide = leg_side: One(Side),
        BelowKnee = below_knee: One(YesNo),
        DownArm = down_arm: One(YesNo),
        NumbnessTingling = numbness_tingling: One(YesNo),
        Dominance = dominance: One(Dominance),
        SlowlyWorseningWeakness = slowly_worsening_weakness: One(YesNo),
        Duration = duration: One(PainDuration),
        WorseWith = worse_with: Set(Activity),
        BetterWith = better_with: Set(Activity),
        Qualities = qualities: Set(Quality),
        MuscleKnots = muscle_knots: One(YesNo),
        NightPainEasesOnRising = night_pain_eases_on_rising: One(YesNo),
        BeganBefore40 = began_before_40: One(YesNo),
    },

    /// PEG: three 0–10 items over the past week (Krebs 2009).
    peg: Peg {
        PegPain = pain: Scale(0, 10, "scale.pain") as "peg_pain",
        PegEnjoyment = enjoyment: Scale(0, 10, "scale.interference") as "peg_enjoyment",
        PegActivity = activity: Scale(0, 10, "scale.interference") as "peg_activity",
    },

    /// Head and face details, asked only when the head or face hurts.
    headache: Headache {
        HeadacheMainProblem = main_problem: One(YesNo) as "headache_main_problem",
        HeadacheKind = kind: One(HeadacheKind) as "headache_kind",
        ScalpTender = scalp_tender: One(YesNo),
        /// Acute headache medicines on 10 or more days a month (a screen
        /// for medication-overuse headache, ICHD-3 8.2).
        HeadacheMedicineDays = medicine_days: One(YesNo) as "headache_medicine_days",
        /// Face pain in sudden electric-shock attacks set off by touch,
        /// chewing or talking (trigeminal neuralgia, ICHD-3 13.1.1).
        FaceAttacks = face_attacks: One(YesNo),
    },

    /// Symptom part of the Budapest criteria, asked when an arm/hand or leg/foot hurts.
    limb: Limb {
        OutOfProportion = out_of_proportion: One(YesNo),
        TouchHurts = touch_hurts: One(YesNo),
        ColourOrTemperature = colour_or_temperature: One(YesNo),
        SwellingOrSweating = swelling_or_sweating: One(YesNo),
        StiffnessOrSkinChanges = stiffness_or_skin_changes: One(YesNo),
    },

    /// How it started and what has been tried.
    history: History {
        Onset = onset: One(Onset),
        PhysicalTherapy = physical_therapy: One(CareTried),
        HomeExercise = home_exercise: One(CareTried),
        Medicines = medicines: One(CareTried),
        /// What physical therapy or the exercise program did (until codec
        /// version 5 it also covered medicines; each kind has its own now).
        CareResult = care_result: One(CareResult),
        /// Which kinds of pain medicine are taken or were tried, and how
        /// much each helped (asked for each kind chosen).
        MedicineKinds = medicine_kinds: Set(MedicineKind),
        AntiInflammatoryRelief = anti_inflammatory_relief: One(Relief),
        AcetaminophenRelief = acetaminophen_relief: One(Relief),
        NervePainRelief = nerve_pain_relief: One(Relief),
        OpioidRelief = opioid_relief: One(Relief),
        MuscleRelaxantRelief = muscle_relaxant_relief: One(Relief),
        PsychologicalTherapy = psychological_therapy: One(YesNo),
        PriorInjections = prior_injections: One(PriorInjections),
        PriorEpidural = prior_epidural: One(EpiduralRelief),
        SteroidInjections12Months = steroid_injections_12_months: One(SteroidInjections),
        DiagnosticBlocks = diagnostic_blocks: One(DiagnosticBlocks),
        PriorAblation = prior_ablation: One(AblationRelief),
        SpineSurgery = spine_surgery: One(YesNo),
        SinceSpineSurgery = since_spine_surgery: One(SinceSurgery),
        SurgeonAdvice = surgeon_advice: One(SurgeonAdvice),
        Imaging = imaging: One(Imaging),
    },

    Diagnoses = diagnoses: Set(Diagnosis),

    /// Things that change how a procedure is planned (clinical-reference §4).
    precautions: Precautions {
        BloodThinners = blood_thinners: One(BloodThinner),
        ThinnerReason = thinner_reason: One(ThinnerReason),
        BleedingDisorder = bleeding_disorder: One(YesNo),
        Diabetes = diabetes: One(YesNo),
        /// Asked under 56, or when the age is not given.
        Pregnant = pregnant: One(Pregnancy),
        InfectionNow = infection_now: One(YesNo),
        Allergies = allergies: One(YesNo),
        ImplantedDevice = implanted_device: One(YesNo),
        Opioids = opioids: One(YesNo),
        SleepApnea = sleep_apnea: One(YesNo),
        KidneyDisease = kidney_disease: One(YesNo),
        Smoking = smoking: One(YesNo),
        JointReplacementPlanned = joint_replacement_planned: One(YesNo),
    },

    /// PHQ-2 and GAD-2: each item 0–3 over the last two weeks.
    mood: Mood {
        LittleInterest = little_interest: Scale(0, 3, "scale.frequency"),
        FeelingDown = feeling_down: Scale(0, 3, "scale.frequency"),
        Nervous = nervous: Scale(0, 3, "scale.frequency"),
        CannotStopWorrying = cannot_stop_worrying: Scale(0, 3, "scale.frequency"),
    },

    Goals = goals: Set(Goal),

    /// What matters to the person most, chosen on the results page ("What
    /// matters to you"), never in the questionnaire
    /// ([`crate::questionnaire::ASKED_ON_RESULTS`]). Optional; it never
    /// changes the assessment, only what the results point out and the
    /// questions to ask ([`crate::knowledge::values`]). What they want to
    /// get back to is `goals`, asked in the questionnaire. Added with codec
    /// version 5.
    Priorities = priorities: Set(Priority),
}
