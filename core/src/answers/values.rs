//! The closed value sets answers are made of, each with stable snake_case
//! ids used in JSON, links and text keys.

/// Declares a closed set of values with stable snake_case ids. With
/// `as "kind"`, the set has a kind id for its option labels
/// (`opt.<kind>.<value>` in the locale files).
macro_rules! choice {
    (@kind) => { "" };
    (@kind $kind:literal) => { $kind };
    ($(#[$m:meta])* $name:ident $(as $kind:literal)? { $($v:ident = $id:literal),+ $(,)? }) => {
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
            /// The value's bit in a set of values: its place in `ALL`.
            pub const fn bit(self) -> u32 {
                1 << self as u32
            }
        }
        impl $crate::answers::Choice for $name {
            const ALL: &'static [$name] = $name::ALL;
            const IDS: &'static [&'static str] = &[$($id),+];
            const KIND: &'static str = $crate::answers::choice!(@kind $($kind)?);
            fn id(self) -> &'static str {
                $name::id(self)
            }
        }
    };
}
pub(crate) use choice;

choice!(
    /// A yes/no question a patient may not be able to answer.
    YesNo as "yes_no" { Yes = "yes", No = "no", NotSure = "not_sure" }
);

choice!(
    /// Body-map regions.
    Region as "region" {
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
        // Added with codec version 3 (OM-1): the face, the front of the
        // trunk and the pelvis.
        FaceJaw = "face_jaw",
        ChestBelly = "chest_belly",
        PelvisGroin = "pelvis_groin",
    }
);

choice!(
    /// Which side of the body a limb's pain is on (ACR 2016 counts body
    /// regions by side; nerve-root pain has a side).
    Side as "side" { Left = "left", Right = "right", Both = "both", NotSure = "not_sure" }
);

choice!(
    /// A blood thinner, by kind (ASRA/ESRA 2018: aspirin alone differs from
    /// anticoagulants and other antiplatelet medicines). `yes` is a blood
    /// thinner whose kind the patient does not know.
    BloodThinner as "blood_thinner" {
        No = "no",
        Anticoagulant = "anticoagulant",
        Antiplatelet = "antiplatelet",
        AspirinOnly = "aspirin_only",
        KindNotKnown = "yes",
        NotSure = "not_sure",
    }
);

choice!(
    /// Why a blood thinner is taken: a heart stent in the last 12 months or
    /// a mechanical heart valve make stopping it dangerous.
    ThinnerReason as "thinner_reason" {
        RecentStent = "recent_stent",
        HeartValve = "heart_valve",
        Other = "other",
        NotSure = "not_sure",
    }
);

choice!(
    /// How long the pain has lasted.
    PainDuration as "duration" {
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
    Dominance as "dominance" { LimbWorse = "limb_worse", SpineWorse = "spine_worse", AboutEqual = "about_equal", NotSure = "not_sure" }
);

choice!(
    /// Activities and times that change the pain.
    Activity as "activity" {
        Standing = "standing",
        Walking = "walking",
        Sitting = "sitting",
        BendingForward = "bending_forward",
        LeaningBackOrTwisting = "leaning_back_or_twisting",
        LyingDown = "lying_down",
        Rest = "rest",
        Movement = "movement",
        // Added with codec version 5: movements that hurt with a spine
        // fracture (offered under "worse" only).
        RollingOverInBed = "rolling_over_in_bed",
        GettingUpFromChair = "getting_up_from_chair",
        CoughingOrSneezing = "coughing_or_sneezing",
        Mornings = "mornings",
    }
);

choice!(
    /// How the pain feels (the interview items of DN4).
    Quality as "quality" {
        Burning = "burning",
        PainfulCold = "painful_cold",
        ElectricShocks = "electric_shocks",
        Tingling = "tingling",
        PinsAndNeedles = "pins_and_needles",
        Numbness = "numbness",
        Itching = "itching",
        // Added with codec version 5: a plain ache, so a person whose pain
        // is an ache has something true to tick (not a DN4 item).
        Aching = "aching",
    }
);

choice!(
    /// How the pain began.
    Onset as "onset" { Gradual = "gradual", Injury = "injury", Fall = "fall", Lifting = "lifting", Surgery = "surgery", NotSure = "not_sure" }
);

choice!(
    /// How long a kind of care has been tried.
    CareTried as "care_tried" { NotTried = "not_tried", UnderFourWeeks = "under_4_weeks", FourWeeksOrMore = "4_weeks_or_more", NotSure = "not_sure" }
);

choice!(
    /// Kinds of pain medicine taken now or tried for this pain (codec
    /// version 5). Anti-inflammatories matter with a blood thinner or at 65
    /// and over (AGS Beers Criteria 2023); nerve-pain medicines are the
    /// first-line care of nerve pain (NICE CG173).
    MedicineKind as "medicine_kind" {
        AntiInflammatory = "anti_inflammatory",
        Acetaminophen = "acetaminophen",
        NervePain = "nerve_pain",
        Opioid = "opioid",
        MuscleRelaxant = "muscle_relaxant",
        None = "none",
        NotSure = "not_sure",
    }
);

choice!(
    /// How much one kind of medicine helped.
    Relief as "relief" {
        HelpedALot = "helped_a_lot",
        HelpedSome = "helped_some",
        DidNotHelp = "did_not_help",
        NotSure = "not_sure",
    }
);

choice!(
    /// Whether the person is or could be pregnant; "does not apply" lets
    /// anyone answer, whatever their sex (codec version 5).
    Pregnancy as "pregnancy" {
        Yes = "yes",
        No = "no",
        NotSure = "not_sure",
        DoesNotApply = "does_not_apply",
    }
);

choice!(
    /// What physical therapy or the exercise program did.
    CareResult as "care_result" {
        Helped = "helped",
        HelpedSome = "helped_some",
        DidNotHelp = "did_not_help",
        TooPainfulToDo = "too_painful_to_do",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier injections for this pain.
    PriorInjections as "prior_injections" {
        None = "none",
        LongRelief = "long_relief",
        ShortRelief = "short_relief",
        NoRelief = "no_relief",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier epidural injections and how well they worked: at least half
    /// the pain gone for 3 months or more, a shorter time, or little or none
    /// (LCD L39240 / L33906 repeat rule).
    EpiduralRelief as "epidural_relief" {
        NotHad = "not_had",
        HalfForThreeMonths = "half_for_3_months",
        Shorter = "shorter",
        LittleOrNone = "little_or_none",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier radiofrequency ablation and how well it worked: at least half
    /// the pain gone for 6 months or more, a shorter time, or little or none
    /// (LCD L38801 repeat rule).
    AblationRelief as "ablation_relief" {
        NotHad = "not_had",
        HalfForSixMonths = "half_for_6_months",
        Shorter = "shorter",
        LittleOrNone = "little_or_none",
        NotSure = "not_sure",
    }
);

choice!(
    /// Steroid injections anywhere in the body in the last 12 months.
    SteroidInjections as "steroid_injections" {
        None = "none",
        OneToThree = "1_to_3",
        FourOrMore = "4_or_more",
        NotSure = "not_sure",
    }
);

choice!(
    /// Time since the last spine surgery.
    SinceSurgery as "since_surgery" {
        UnderThreeMonths = "under_3_months",
        ThreeToTwelveMonths = "3_to_12_months",
        OverTwelveMonths = "over_12_months",
        NotSure = "not_sure",
    }
);

choice!(
    /// Earlier diagnostic (numbing) nerve blocks of the spine's small joints.
    DiagnosticBlocks as "diagnostic_blocks" {
        None = "none",
        TwoWithBigRelief = "two_with_big_relief",
        OneWithBigRelief = "one_with_big_relief",
        LittleRelief = "little_relief",
        NotSure = "not_sure",
    }
);

choice!(
    /// What a surgeon said, if one was seen.
    SurgeonAdvice as "surgeon_advice" {
        NotSeen = "not_seen",
        SurgeryAdvised = "surgery_advised",
        SurgeryNotNeeded = "surgery_not_needed",
        NotSure = "not_sure",
    }
);

choice!(
    /// Scans of the painful area and whether a doctor said they explain the pain.
    Imaging as "imaging" {
        Matches = "matches",
        DoesNotMatch = "does_not_match",
        // Added with codec version 5: an X-ray shows bone, not discs or
        // nerves, so it is not the MRI or CT a procedure's gate asks for.
        XrayOnly = "xray_only",
        NotDone = "not_done",
        NotSure = "not_sure",
    }
);

choice!(
    /// Conditions a doctor has told the patient they have.
    Diagnosis as "diagnosis" {
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
    HeadacheKind as "headache_kind" {
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
    Goal as "goal" {
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

choice!(
    /// What a person may care about most when choosing among options
    /// (decision aids' values clarification, IPDAS).
    Priority as "priority" {
        AvoidSurgery = "avoid_surgery",
        AvoidSteroids = "avoid_steroids",
        AvoidImplant = "avoid_implant",
        QuickRelief = "quick_relief",
        LastingRelief = "lasting_relief",
        FewestVisits = "fewest_visits",
        Cost = "cost",
    }
);
