//! Each procedure's gates (what must be true first), cautions and the
//! questions worth asking about it (clinical-reference §2, §3, §7).
//!
//! A gate with `before_referral` is something the patient can do or wait for
//! before seeing a specialist (time, conservative care). The others happen
//! under the specialist's care (exam, scans, diagnostic blocks, trials).

use crate::answers::{CareTried, Diagnosis, DiagnosticBlocks, Imaging, YesNo};
use crate::assessment::Procedure;
use crate::facts::Facts;
use crate::Tri;

pub struct Gate {
    /// Text key of what must be true.
    pub text: &'static str,
    pub before_referral: bool,
    pub check: fn(&Facts) -> Tri,
}

pub struct ProcedureInfo {
    pub id: Procedure,
    /// The entry's id in the trace and on the cautions it adds.
    pub rule: &'static str,
    pub gates: &'static [Gate],
    /// Text keys of cautions shown on the procedure card.
    pub cautions: &'static [&'static str],
    /// `(question, why)` text keys.
    pub questions: &'static [(&'static str, &'static str)],
    pub sources: &'static [&'static str],
}

fn imaging(f: &Facts) -> Tri {
    match f.a.history.imaging {
        Some(Imaging::Matches) => Tri::Met,
        Some(Imaging::DoesNotMatch | Imaging::XrayOnly | Imaging::NotDone) => Tri::NotMet,
        _ => Tri::Unknown,
    }
}

fn tried(c: Option<CareTried>) -> Tri {
    match c {
        Some(CareTried::UnderFourWeeks | CareTried::FourWeeksOrMore) => Tri::Met,
        Some(CareTried::NotTried) => Tri::NotMet,
        _ => Tri::Unknown,
    }
}

fn yes_no(v: Option<YesNo>) -> Tri {
    match v {
        Some(YesNo::Yes) => Tri::Met,
        Some(YesNo::No) => Tri::NotMet,
        _ => Tri::Unknown,
    }
}

fn clinic_step(_: &Facts) -> Tri {
    Tri::Unknown
}

const PAIN_4_WEEKS: Gate = Gate {
    text: "gate.pain_4_weeks",
    before_referral: true,
    check: |f| f.weeks_at_least(4),
};
const PAIN_3_MONTHS: Gate = Gate {
    text: "gate.pain_3_months",
    before_referral: true,
    check: |f| f.weeks_at_least(13),
};
const CARE_FAILED: Gate = Gate {
    text: "gate.care_failed",
    before_referral: true,
    check: |f| f.care_failed,
};
/// Stimulators come after medicines, among other care (clinical-reference §2).
const MEDICINES_TRIED: Gate = Gate {
    text: "gate.medicines_tried",
    before_referral: true,
    check: |f| tried(f.a.history.medicines),
};
const PAIN_5_OF_10: Gate = Gate {
    text: "gate.pain_5_of_10",
    before_referral: true,
    check: |f| f.pain_at_least(5),
};

pub const CATALOGUE: &[ProcedureInfo] = &[
    ProcedureInfo {
        id: Procedure::EpiduralSteroidInjection,
        rule: "catalogue.epidural_steroid_injection",
        gates: &[
            PAIN_4_WEEKS,
            CARE_FAILED,
            Gate {
                text: "gate.imaging_matches",
                before_referral: false,
                check: imaging,
            },
        ],
        cautions: &["caution.esi.limits"],
        questions: &[
            ("question.esi.guidance", "why.esi.guidance"),
            ("question.esi.how_many", "why.esi.how_many"),
        ],
        sources: &["lcd_l39240", "lcd_l33906", "fda_2014_esi", "seed_002"],
    },
    ProcedureInfo {
        id: Procedure::MedialBranchBlock,
        rule: "catalogue.medial_branch_block",
        gates: &[
            PAIN_3_MONTHS,
            PAIN_5_OF_10,
            CARE_FAILED,
            Gate {
                text: "gate.exam_facet",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.mbb.short_relief"],
        questions: &[("question.mbb.diagnostic", "why.mbb.diagnostic")],
        sources: &["lcd_l38801", "nice_ng59", "seed_002", "seed_004"],
    },
    ProcedureInfo {
        id: Procedure::RadiofrequencyAblation,
        rule: "catalogue.radiofrequency_ablation",
        gates: &[
            PAIN_3_MONTHS,
            PAIN_5_OF_10,
            CARE_FAILED,
            Gate {
                text: "gate.two_blocks_80",
                before_referral: false,
                check: |f| match f.a.history.diagnostic_blocks {
                    Some(DiagnosticBlocks::TwoWithBigRelief) => Tri::Met,
                    Some(
                        DiagnosticBlocks::None
                        | DiagnosticBlocks::OneWithBigRelief
                        | DiagnosticBlocks::LittleRelief,
                    ) => Tri::NotMet,
                    _ => Tri::Unknown,
                },
            },
        ],
        cautions: &["caution.rfa.regrow", "caution.device"],
        questions: &[("question.rfa.repeat", "why.rfa.repeat")],
        sources: &["lcd_l38801", "seed_002", "seed_004"],
    },
    ProcedureInfo {
        id: Procedure::SacroiliacJointInjection,
        rule: "catalogue.sacroiliac_joint_injection",
        gates: &[
            PAIN_3_MONTHS,
            CARE_FAILED,
            Gate {
                text: "gate.si_exam",
                before_referral: false,
                check: clinic_step,
            },
            Gate {
                text: "gate.si_block_75",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.si.rfa_coverage"],
        questions: &[("question.si.confirm", "why.si.confirm")],
        sources: &["lcd_l39462"],
    },
    ProcedureInfo {
        id: Procedure::JointInjection,
        rule: "catalogue.joint_injection",
        gates: &[
            CARE_FAILED,
            Gate {
                text: "gate.joint_xray",
                before_referral: false,
                check: |f| {
                    if f.dx(Diagnosis::KneeArthritis)
                        || f.dx(Diagnosis::HipArthritis)
                        || f.dx(Diagnosis::ShoulderArthritis)
                    {
                        Tri::Met
                    } else {
                        Tri::Unknown
                    }
                },
            },
        ],
        cautions: &["caution.joint.steroid_repeat"],
        questions: &[
            ("question.joint.options", "why.joint.options"),
            ("question.joint.replacement", "why.joint.replacement"),
        ],
        sources: &["seed_001"],
    },
    ProcedureInfo {
        id: Procedure::GenicularNerveTreatment,
        rule: "catalogue.genicular_nerve_treatment",
        gates: &[PAIN_3_MONTHS, CARE_FAILED],
        cautions: &["caution.genicular.evidence"],
        questions: &[("question.genicular.evidence", "why.genicular.evidence")],
        sources: &["rapm_2023_genicular", "seed_001"],
    },
    ProcedureInfo {
        id: Procedure::TriggerPointInjection,
        rule: "catalogue.trigger_point_injection",
        gates: &[
            PAIN_4_WEEKS,
            CARE_FAILED,
            Gate {
                text: "gate.trigger_exam",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.trigger.limits"],
        questions: &[("question.trigger.repeat", "why.trigger.repeat")],
        sources: &["lcd_l34211", "seed_003"],
    },
    ProcedureInfo {
        id: Procedure::OccipitalNerveBlock,
        rule: "catalogue.occipital_nerve_block",
        gates: &[
            PAIN_4_WEEKS,
            CARE_FAILED,
            Gate {
                text: "gate.headache_confirmed",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.onb.coverage"],
        questions: &[("question.onb.coverage", "why.onb.coverage")],
        sources: &["ichd3_13_4", "seed_001"],
    },
    ProcedureInfo {
        id: Procedure::SympatheticBlock,
        rule: "catalogue.sympathetic_block",
        gates: &[
            MEDICINES_TRIED,
            Gate {
                text: "gate.physical_therapy_tried",
                before_referral: true,
                check: |f| tried(f.a.history.physical_therapy),
            },
            Gate {
                text: "gate.crps_exam",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.sympathetic.with_therapy"],
        questions: &[("question.sympathetic.therapy", "why.sympathetic.therapy")],
        sources: &["aetna_cpb_0447", "budapest"],
    },
    ProcedureInfo {
        id: Procedure::VertebralAugmentation,
        rule: "catalogue.vertebral_augmentation",
        gates: &[
            Gate {
                text: "gate.mri_fracture",
                before_referral: false,
                check: imaging,
            },
            PAIN_5_OF_10,
            Gate {
                text: "gate.fracture_recent",
                before_referral: true,
                check: |f| match f.weeks {
                    Some(w) if w < 13 => Tri::Met,
                    Some(_) => Tri::NotMet,
                    None => Tri::Unknown,
                },
            },
        ],
        cautions: &["caution.va.bone_health"],
        questions: &[("question.va.timing", "why.va.timing")],
        sources: &["lcd_l34228"],
    },
    ProcedureInfo {
        id: Procedure::SpinalCordStimulation,
        rule: "catalogue.spinal_cord_stimulation",
        gates: &[
            PAIN_3_MONTHS,
            PAIN_5_OF_10,
            CARE_FAILED,
            MEDICINES_TRIED,
            Gate {
                text: "gate.psych_evaluation",
                before_referral: false,
                check: clinic_step,
            },
            Gate {
                text: "gate.trial_50",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.scs.implant", "caution.device"],
        questions: &[
            ("question.scs.trial", "why.scs.trial"),
            ("question.scs.psych", "why.scs.psych"),
            ("question.scs.device", "why.scs.device"),
        ],
        sources: &["ncd_160_7", "lcd_l37632", "asra_2023_scs", "seed_002"],
    },
    ProcedureInfo {
        id: Procedure::PeripheralNerveStimulation,
        rule: "catalogue.peripheral_nerve_stimulation",
        gates: &[
            PAIN_3_MONTHS,
            CARE_FAILED,
            MEDICINES_TRIED,
            Gate {
                text: "gate.psych_therapy_tried",
                before_referral: true,
                check: |f| yes_no(f.a.history.psychological_therapy),
            },
            Gate {
                text: "gate.trial_50",
                before_referral: false,
                check: clinic_step,
            },
        ],
        cautions: &["caution.pns.coverage", "caution.device"],
        questions: &[("question.pns.trial", "why.pns.trial")],
        sources: &["cms_pns_lcd"],
    },
];

/// The catalogue entry for a procedure. Every procedure has one (tested).
pub fn info(p: Procedure) -> Option<&'static ProcedureInfo> {
    CATALOGUE.iter().find(|i| i.id == p)
}
