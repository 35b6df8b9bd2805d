//! Why each kind of clinician is the one to see first (clinical-reference §6).
//! The assessment gives this reason after the reasons that chose the place;
//! the trace names the entry by its id.

use crate::assessment::SpecialistKind::{self, *};

pub struct SpecialistInfo {
    pub kind: SpecialistKind,
    /// The entry's id in the trace.
    pub id: &'static str,
    /// Text key of why this clinician is the right one.
    pub why: &'static str,
    pub sources: &'static [&'static str],
}

/// `entry!(Kind, "name", sources)`: the entry `specialist.name`, whose reason
/// is the text key `why.specialist.name`.
macro_rules! entry {
    ($kind:ident, $name:literal, $sources:expr) => {
        SpecialistInfo {
            kind: $kind,
            id: concat!("specialist.", $name),
            why: concat!("why.specialist.", $name),
            sources: $sources,
        }
    };
}

pub const SPECIALISTS: &[SpecialistInfo] = &[
    // Cauda equina signs, thunderclap headache, fever with neurological change.
    entry!(
        EmergencyCare,
        "emergency_care",
        &["ahcpr_1994", "bmj_cauda_equina", "cmaj_2023_snoop4"]
    ),
    // New pain without red flags, to start conservative care.
    entry!(PrimaryCare, "primary_care", &["ahcpr_1994", "seed_004"]),
    entry!(
        InterventionalPain,
        "interventional_pain",
        &["board_certification", "seed_002", "seed_004"]
    ),
    // Progressive neurological deficit, or surgery on the table.
    entry!(
        SpineSurgeon,
        "spine_surgeon",
        &["acp_aps_2007", "nice_ng59"]
    ),
    // Inflammatory back pain (ASAS 4 of 5).
    entry!(Rheumatologist, "rheumatologist", &["asas_ibp"]),
    // Headache as the main problem.
    entry!(
        HeadacheNeurologist,
        "headache_neurologist",
        &["cmaj_2023_snoop4", "ichd3_13_4"]
    ),
    // Face pain in electric-shock attacks (trigeminal neuralgia).
    entry!(
        Neurologist,
        "neurologist",
        &["ichd3_13_1", "nice_cks_trigeminal"]
    ),
    // Pelvic pain: gynaecology or urology.
    entry!(
        PelvicSpecialist,
        "pelvic_specialist",
        &["rcog_gtg41", "eau_cpp"]
    ),
    // Pain after an operation: the team that did it.
    entry!(SurgicalTeam, "surgical_team", &["icd11_cpsp"]),
];

/// The entry for one kind of clinician.
pub fn info(kind: SpecialistKind) -> Option<&'static SpecialistInfo> {
    SPECIALISTS.iter().find(|s| s.kind == kind)
}
