//! Red flags (clinical-reference §1). Any emergency flag overrides everything:
//! the result leads with getting help now, and no procedure is offered.
//! Urgent flags ask for a doctor soon before any elective care.
//!
//! The simple flags are one table: a yes to the question, where the flag
//! applies (`scope`), means at least that urgency. Each row becomes a rule
//! with id `red_flag.<question id>` and reason `reason.red_flag.<question id>`,
//! and the same rows tell [`super::safety_first`] what a "not sure" to each
//! question means. Flags that need several answers together are in
//! [`super::red_flags_combined`].
//!
//! Time frames (clinical review SC-7; AHCPR Table 1 is about pain under
//! 3 months): a serious accident or a head injury counts when the pain it
//! started is not long-standing; night pain counts for spine pain or after
//! cancer, not for years-old knee or hip arthritis.

use super::{Effect, Rule};
use crate::answers::Field as F;
use crate::answers::{Region, YesNo};
use crate::assessment::Urgency::{self, Emergency, Urgent};
use crate::facts::{is_yes, yes_no, Facts};

pub const CAUDA: &[&str] = &["bmj_cauda_equina", "ahcpr_1994", "girft_2023_ces"];
pub const HEAD: &[&str] = &["cmaj_2023_snoop4"];
pub const SPINE_URGENT: &[&str] = &["ahcpr_1994", "nice_ng59", "nice_cks_gcare", "acp_aps_2007"];
const WEAKNESS: &[&str] = &["ahcpr_1994", "nice_ng59", "acp_aps_2007"];
const OTHER_FLAGS: &[&str] = &["clinical_reference_s1"];
const HEART: &[&str] = &["nice_cg95", "clinical_reference_s1"];

/// One simple red flag: a yes to `field` where `scope` holds means at least
/// `level`.
pub struct Flag {
    pub field: F,
    pub level: Urgency,
    pub scope: fn(&Facts) -> bool,
}

/// Everywhere: the flag does not depend on where the pain is.
fn anywhere(_: &Facts) -> bool {
    true
}

/// Pain in the spine (neck, back, buttocks).
fn spine(f: &Facts) -> bool {
    f.spine
}

/// The pain the question times is not known to be long-standing.
fn not_long_standing(f: &Facts) -> bool {
    !f.chronic
}

/// A headache after a head injury counts unless the head pain itself is
/// known to be long-standing (a years-old post-concussion headache).
fn head_injury_recent(f: &Facts) -> bool {
    !(f.has(Region::Head) && f.chronic)
}

/// Sexual dysfunction counts with back or leg pain.
fn back_or_leg(f: &Facts) -> bool {
    f.low_back || f.has(Region::LegsFeet)
}

/// Constant night pain: spine pain, a history of cancer, or pain not yet
/// placed on the body map.
fn night_pain_matters(f: &Facts) -> bool {
    f.spine || is_yes(f.a.red_flags.cancer_history) || f.a.pain.regions.is_empty()
}

macro_rules! flags {
    ($( $V:ident = $name:literal : $level:ident, $sources:expr, $scope:ident, [$($r:ident),*]; )*) => {
        /// The simple red flags, as rules.
        pub const RULES: &[Rule] = &[$(
            Rule {
                id: concat!("red_flag.", $name),
                effect: Effect::RedFlag($level),
                reason: concat!("reason.red_flag.", $name),
                reads: &[F::$V $(, F::$r)*],
                sources: $sources,
                when: |f| yes_no(F::$V, f.a) == Some(YesNo::Yes) && $scope(f),
            },
        )*];

        /// The same flags as data, for what "not sure" to each means.
        pub const FLAGS: &[Flag] = &[$( Flag { field: F::$V, level: $level, scope: $scope }, )*];
    };
}

flags! {
    // ── Emergency: cauda equina and rapidly worsening nerve loss ─────────
    SaddleNumbness = "saddle_numbness": Emergency, CAUDA, anywhere, [];
    BladderChange = "bladder_change": Emergency, CAUDA, anywhere, [];
    BowelControl = "bowel_control": Emergency, CAUDA, anywhere, [];
    BothLegsWeak = "both_legs_weak": Emergency, CAUDA, anywhere, [];
    SexualFunctionChange = "sexual_function_change": Emergency, CAUDA, back_or_leg, [Regions];
    RapidWeakness = "rapid_weakness": Emergency, WEAKNESS, anywhere, [];
    // ── Emergency: headache ──────────────────────────────────────────────
    ThunderclapHeadache = "thunderclap_headache": Emergency, HEAD, anywhere, [];
    HeadacheFeverStiffNeck = "headache_fever_stiff_neck": Emergency, HEAD, anywhere, [];
    HeadacheNeuroSigns = "headache_neuro_signs": Emergency, HEAD, anywhere, [];
    HeadacheAfterHeadInjury = "headache_after_head_injury": Emergency, HEAD, head_injury_recent, [Regions, Duration];
    // ── Emergency: heart or aorta ────────────────────────────────────────
    ChestSymptoms = "chest_symptoms": Emergency, OTHER_FLAGS, anywhere, [];
    // Jaw or face pain brought on by effort and eased by rest: possible
    // heart pain of the stable kind (angina), asked when the face or jaw
    // hurts. NICE CG95: assessment soon (rapid-access chest pain clinic),
    // not emergency care, unless pain comes at rest or with chest pressure,
    // breathlessness or sweating, which the chest question asks (emergency).
    JawPainExertion = "jaw_pain_exertion": Urgent, HEART, anywhere, [];
    // ── Urgent: possible infection ───────────────────────────────────────
    // Fever with pain anywhere: spinal infection, or an infected joint.
    FeverChills = "fever_chills": Urgent, SPINE_URGENT, anywhere, [];
    RecentInfection = "recent_infection": Urgent, SPINE_URGENT, spine, [Regions];
    InjectsDrugs = "injects_drugs": Urgent, SPINE_URGENT, spine, [Regions];
    WeakImmuneSystem = "weak_immune_system": Urgent, SPINE_URGENT, spine, [Regions];
    AfterSpinalProcedure = "after_spinal_procedure": Urgent, OTHER_FLAGS, anywhere, [];
    DeviceSiteInfection = "device_site_infection": Urgent, OTHER_FLAGS, anywhere, [];
    // ── Urgent: possible fracture ────────────────────────────────────────
    MajorTrauma = "major_trauma": Urgent, SPINE_URGENT, not_long_standing, [Duration];
    // ── Urgent: possible cancer ──────────────────────────────────────────
    WeightLoss = "weight_loss": Urgent, SPINE_URGENT, anywhere, [];
    ConstantNightPain = "constant_night_pain": Urgent, SPINE_URGENT, night_pain_matters, [Regions, CancerHistory];
    // ── Urgent: nerves and spinal cord ───────────────────────────────────
    // Weakness slowly getting worse: prompt MRI and a surgical opinion (SC-5).
    SlowlyWorseningWeakness = "slowly_worsening_weakness": Urgent, WEAKNESS, anywhere, [];
    Myelopathy = "myelopathy": Urgent, OTHER_FLAGS, anywhere, [];
    // ── Urgent: headache and the face ────────────────────────────────────
    HeadacheNewAfter50 = "headache_new_after_50": Urgent, HEAD, anywhere, [];
    HeadachePatternChange = "headache_pattern_change": Urgent, HEAD, anywhere, [];
    HeadachePosturalOrCough = "headache_postural_or_cough": Urgent, HEAD, anywhere, [];
    HeadachePregnancyCancerHiv = "headache_pregnancy_cancer_hiv": Urgent, HEAD, anywhere, [];
    ShinglesNearEye = "shingles_near_eye": Urgent, OTHER_FLAGS, anywhere, [];
}
