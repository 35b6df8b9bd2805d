//! The evidence in numbers for each procedure: out of 100 people like those
//! in the best trial for the pattern, about how many got meaningful relief
//! and how many had a serious harm, against the trial's comparison. Where no
//! trial gives such a count, the entry says so ([`Numbers::NoReliable`])
//! and its text gives the best evidence there is, in words.
//!
//! Every figure below is copied from the source it names (see
//! `docs/evidence.md`); none is estimated.

use crate::assessment::Procedure;

/// A count out of 100, as a trial reported it (rounded percentages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbers {
    /// Out of 100 people: `helped` with the procedure, `compared` in the
    /// comparison group; `harmed` with a serious harm, where counted.
    Counts {
        helped: u8,
        compared: u8,
        harmed: Option<u8>,
    },
    /// No trial gives a reliable count for this procedure.
    NoReliable,
}

pub struct Evidence {
    pub id: Procedure,
    pub numbers: Numbers,
    /// Text key: who was studied, what counted as relief, for how long and
    /// against what; for `NoReliable`, the best evidence in words.
    /// `{helped}` and `{compared}` are filled from `numbers`.
    pub summary: &'static str,
    /// Text key: serious harms (`{harmed}` filled from `numbers`).
    pub harm: &'static str,
    /// Source ids from [`super::sources::SOURCES`].
    pub sources: &'static [&'static str],
}

const NONE: Numbers = Numbers::NoReliable;

pub const EVIDENCE: &[Evidence] = &[
    Evidence {
        id: Procedure::EpiduralSteroidInjection,
        numbers: NONE,
        summary: "evidence.esi.summary",
        harm: "evidence.esi.harm",
        sources: &["pinto_2012_esi", "fda_2014_esi"],
    },
    Evidence {
        id: Procedure::MedialBranchBlock,
        numbers: NONE,
        summary: "evidence.mbb.summary",
        harm: "evidence.no_harm_count",
        sources: &["lcd_l38801"],
    },
    Evidence {
        id: Procedure::RadiofrequencyAblation,
        numbers: NONE,
        summary: "evidence.rfa.summary",
        harm: "evidence.no_harm_count",
        sources: &["juch_2017_mint", "nice_ng59"],
    },
    Evidence {
        id: Procedure::SacroiliacJointInjection,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
    Evidence {
        id: Procedure::JointInjection,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
    Evidence {
        id: Procedure::GenicularNerveTreatment,
        numbers: NONE,
        summary: "evidence.genicular.summary",
        harm: "evidence.no_harm_count",
        sources: &["rapm_2023_genicular"],
    },
    Evidence {
        id: Procedure::TriggerPointInjection,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
    Evidence {
        id: Procedure::OccipitalNerveBlock,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
    Evidence {
        id: Procedure::SympatheticBlock,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
    Evidence {
        id: Procedure::VertebralAugmentation,
        numbers: NONE,
        summary: "evidence.va.summary",
        harm: "evidence.no_harm_count",
        sources: &["cochrane_2018_vertebroplasty"],
    },
    Evidence {
        id: Procedure::SpinalCordStimulation,
        // PROCESS, 6 months, intention to treat (Kumar 2007, the primary
        // outcome, before anyone could switch groups): 48% vs 9% with at
        // least half the leg pain gone. At 24 months (Kumar 2008) the
        // groups are no longer comparable (32 of 48 given medical care had
        // switched to a stimulator by 12 months), so the 2-year figure for
        // the stimulator group (17 of 46, 37%) is given in words only.
        // Harm: 13 of the 42 who kept the stimulator (31%) needed a
        // device-related operation by 24 months (Kumar 2008).
        numbers: Numbers::Counts {
            helped: 48,
            compared: 9,
            harmed: Some(31),
        },
        summary: "evidence.scs.summary",
        harm: "evidence.scs.harm",
        sources: &["kumar_2007_process", "kumar_2008_process"],
    },
    Evidence {
        id: Procedure::PeripheralNerveStimulation,
        numbers: NONE,
        summary: "evidence.none.summary",
        harm: "evidence.no_harm_count",
        sources: &[],
    },
];

/// The evidence entry for a procedure.
pub fn evidence(id: Procedure) -> Option<&'static Evidence> {
    EVIDENCE.iter().find(|e| e.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::sources;

    #[test]
    fn every_procedure_has_numbers_with_a_source_or_says_there_are_none() {
        for p in Procedure::ALL {
            let found: Vec<_> = EVIDENCE.iter().filter(|e| e.id == *p).collect();
            assert_eq!(found.len(), 1, "{p:?} needs exactly one evidence entry");
            let e = found[0];
            assert!(e.sources.iter().all(|s| sources::is_known(s)), "{p:?}");
            if let Numbers::Counts {
                helped,
                compared,
                harmed,
            } = e.numbers
            {
                assert!(helped <= 100 && compared <= 100, "{p:?}");
                assert!(harmed.is_none_or(|h| h <= 100), "{p:?}");
                // A count needs a trial or review behind it, not a seed page.
                assert!(
                    e.sources.iter().any(|s| !s.starts_with("seed_")),
                    "{p:?} shows numbers without a source"
                );
            }
            assert!(e.summary.starts_with("evidence.") && e.harm.starts_with("evidence."));
        }
    }

    #[test]
    fn stimulation_numbers_are_the_process_trial_as_randomised() {
        // PROCESS at 6 months, intention to treat (Kumar 2007): 24 people
        // (48%) offered a stimulator vs 4 (9%) given medical care alone had
        // at least half their leg pain gone. At 24 months (Kumar 2008),
        // 13 of 42 who kept the stimulator needed a device revision.
        let e = evidence(Procedure::SpinalCordStimulation);
        let rounded = |a: u32, b: u32| (a * 100 + b / 2) / b;
        assert_eq!(
            e.map(|e| e.numbers),
            Some(Numbers::Counts {
                helped: 48,
                compared: 9,
                harmed: Some(rounded(13, 42) as u8),
            })
        );
        // The 6-month comparison is shown; the 24-month one, after most
        // of the comparison group had switched, is not.
        assert!(e.is_some_and(|e| e.sources.contains(&"kumar_2007_process")));
    }
}
