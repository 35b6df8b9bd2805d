//! What matters to the person ("What matters to you", chosen on the results
//! page) and what each choice bears on: for each priority, the procedures it
//! concerns and how (a calm line on that procedure's card), and the
//! questions it adds to the consultation checklist, each with its sources.
//!
//! These are highlights only. [`highlights`] reads the procedures the
//! assessment already offers and the person's choices; nothing here is read
//! by [`crate::assess`], so what matters to the person never changes the
//! verdict, the urgency, the procedures offered or the red flags (a property
//! test over sampled answer sets proves the assessment is the same with any
//! choices).
//!
//! Text keys: a card line is `value.<priority>.<line id>`, a question
//! `question.value.<id>` with its reason `why.value.<id>`.

use crate::answers::{Answers, Priority};
use crate::assessment::Procedure::{self, *};
use crate::assessment::Question;

/// How one priority bears on some procedures: one line on each one's card.
#[derive(Debug)]
pub struct Bearing {
    pub procedures: &'static [Procedure],
    /// Text key of the card line.
    pub text: &'static str,
    /// Source ids ([`super::sources::SOURCES`]).
    pub sources: &'static [&'static str],
}

/// What one priority bears on, and the question it adds.
#[derive(Debug)]
pub struct Value {
    pub priority: Priority,
    pub bears: &'static [Bearing],
    pub question: Question,
    pub sources: &'static [&'static str],
}

/// The procedures done with a needle through the skin, not an operation.
const NEEDLE: &[Procedure] = &[
    EpiduralSteroidInjection,
    MedialBranchBlock,
    RadiofrequencyAblation,
    SacroiliacJointInjection,
    JointInjection,
    GenicularNerveTreatment,
    TriggerPointInjection,
    OccipitalNerveBlock,
    SympatheticBlock,
    VertebralAugmentation,
];

/// Every priority a person can choose, in the order of [`Priority::ALL`].
pub const VALUES: &[Value] = &[
    Value {
        priority: Priority::AvoidSurgery,
        bears: &[
            Bearing {
                procedures: NEEDLE,
                text: "value.avoid_surgery.needle",
                sources: &["clinical_reference_s4", "nice_ng59"],
            },
            Bearing {
                procedures: &[SpinalCordStimulation],
                text: "value.avoid_surgery.stimulator",
                sources: &["ncd_160_7", "asra_2023_scs"],
            },
        ],
        question: Question {
            text: "question.value.avoid_surgery",
            why: "why.value.avoid_surgery",
        },
        sources: &["nice_ng59"],
    },
    Value {
        priority: Priority::AvoidSteroids,
        bears: &[
            Bearing {
                procedures: &[
                    EpiduralSteroidInjection,
                    SacroiliacJointInjection,
                    JointInjection,
                ],
                text: "value.avoid_steroids.contains",
                sources: &["lcd_l39240", "lcd_l39462", "clinical_reference_s4"],
            },
            Bearing {
                procedures: &[TriggerPointInjection, OccipitalNerveBlock],
                text: "value.avoid_steroids.sometimes",
                sources: &["lcd_l34211", "ichd3_13_4"],
            },
            Bearing {
                procedures: &[
                    MedialBranchBlock,
                    RadiofrequencyAblation,
                    GenicularNerveTreatment,
                    SympatheticBlock,
                ],
                text: "value.avoid_steroids.usually_none",
                sources: &["lcd_l38801", "rapm_2023_genicular", "aetna_cpb_0447"],
            },
        ],
        question: Question {
            text: "question.value.avoid_steroids",
            why: "why.value.avoid_steroids",
        },
        sources: &["clinical_reference_s4"],
    },
    Value {
        priority: Priority::AvoidImplant,
        bears: &[
            Bearing {
                procedures: &[SpinalCordStimulation],
                text: "value.avoid_implant.stimulator",
                sources: &["ncd_160_7", "asra_2023_scs"],
            },
            Bearing {
                procedures: &[PeripheralNerveStimulation],
                text: "value.avoid_implant.nerve_stimulator",
                sources: &["cms_pns_lcd"],
            },
            Bearing {
                procedures: &[VertebralAugmentation],
                text: "value.avoid_implant.cement",
                sources: &["lcd_l34228"],
            },
        ],
        question: Question {
            text: "question.value.avoid_implant",
            why: "why.value.avoid_implant",
        },
        sources: &["asra_2023_scs"],
    },
    Value {
        priority: Priority::QuickRelief,
        bears: &[
            Bearing {
                procedures: &[MedialBranchBlock],
                text: "value.quick_relief.test_block",
                sources: &["lcd_l38801"],
            },
            Bearing {
                procedures: &[RadiofrequencyAblation],
                text: "value.quick_relief.blocks_first",
                sources: &["lcd_l38801", "nice_ng59"],
            },
            Bearing {
                procedures: &[SpinalCordStimulation, PeripheralNerveStimulation],
                text: "value.quick_relief.trial_first",
                sources: &["ncd_160_7", "lcd_l37632", "cms_pns_lcd"],
            },
        ],
        question: Question {
            text: "question.value.quick_relief",
            why: "why.value.quick_relief",
        },
        sources: &["clinical_reference_s4"],
    },
    Value {
        priority: Priority::LastingRelief,
        bears: &[
            Bearing {
                procedures: &[
                    EpiduralSteroidInjection,
                    SacroiliacJointInjection,
                    JointInjection,
                ],
                text: "value.lasting_relief.weeks_to_months",
                sources: &["pinto_2012_esi", "lcd_l39462", "nice_ng59"],
            },
            Bearing {
                procedures: &[RadiofrequencyAblation],
                text: "value.lasting_relief.ablation",
                sources: &["nice_ng59", "juch_2017_mint"],
            },
            Bearing {
                procedures: &[MedialBranchBlock],
                text: "value.lasting_relief.test_block",
                sources: &["lcd_l38801"],
            },
            Bearing {
                procedures: &[TriggerPointInjection, OccipitalNerveBlock, SympatheticBlock],
                text: "value.lasting_relief.short",
                sources: &["lcd_l34211", "ichd3_13_4", "aetna_cpb_0447"],
            },
            Bearing {
                procedures: &[SpinalCordStimulation],
                text: "value.lasting_relief.stimulator",
                sources: &["kumar_2008_process"],
            },
        ],
        question: Question {
            text: "question.value.lasting_relief",
            why: "why.value.lasting_relief",
        },
        sources: &["clinical_reference_s4"],
    },
    Value {
        priority: Priority::FewestVisits,
        bears: &[
            Bearing {
                procedures: &[RadiofrequencyAblation],
                text: "value.fewest_visits.ablation",
                sources: &["lcd_l38801"],
            },
            Bearing {
                procedures: &[MedialBranchBlock],
                text: "value.fewest_visits.two_blocks",
                sources: &["lcd_l38801"],
            },
            Bearing {
                procedures: &[SpinalCordStimulation, PeripheralNerveStimulation],
                text: "value.fewest_visits.stimulator",
                sources: &["ncd_160_7", "lcd_l37632", "cms_pns_lcd"],
            },
            Bearing {
                procedures: &[SympatheticBlock],
                text: "value.fewest_visits.series",
                sources: &["aetna_cpb_0447"],
            },
        ],
        question: Question {
            text: "question.value.fewest_visits",
            why: "why.value.fewest_visits",
        },
        sources: &["clinical_reference_s4"],
    },
    Value {
        priority: Priority::Cost,
        bears: &[
            Bearing {
                procedures: &[GenicularNerveTreatment, OccipitalNerveBlock],
                text: "value.cost.investigational",
                sources: &["clinical_reference_s4", "rapm_2023_genicular"],
            },
            Bearing {
                procedures: &[SpinalCordStimulation, PeripheralNerveStimulation],
                text: "value.cost.approval",
                sources: &["ncd_160_7", "lcd_l37632", "cms_pns_lcd"],
            },
        ],
        question: Question {
            text: "question.value.cost",
            why: "why.value.cost",
        },
        sources: &["clinical_reference_s4"],
    },
];

/// The line shown for waiting, or having no procedure, beside the options.
pub const WAITING: &str = "value.waiting";

/// Sources of [`WAITING`].
pub const WAITING_SOURCES: &[&str] = &["nice_ng59", "acp_aps_2007"];

/// What one priority says about a procedure, if anything.
pub fn line(priority: Priority, p: Procedure) -> Option<&'static str> {
    VALUES
        .iter()
        .filter(|v| v.priority == priority)
        .flat_map(|v| v.bears)
        .find(|b| b.procedures.contains(&p))
        .map(|b| b.text)
}

/// What the person's choices point out: lines on procedure cards and
/// questions for the checklist. Read beside the assessment, never by it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    /// For each offered procedure (in the assessment's order), the
    /// priorities that bear on it and their card lines.
    pub cards: Vec<(Procedure, Vec<(Priority, &'static str)>)>,
    /// Questions added to the checklist, in [`VALUES`] order.
    pub questions: Vec<Question>,
}

/// The highlights for these answers and the procedures the assessment
/// offers them.
pub fn highlights(a: &Answers, offered: &[Procedure]) -> Highlights {
    let chosen: Vec<Priority> = Priority::ALL
        .iter()
        .copied()
        .filter(|p| a.priorities.contains(p))
        .collect();
    let cards = offered
        .iter()
        .map(|p| {
            let lines = chosen
                .iter()
                .filter_map(|v| line(*v, *p).map(|text| (*v, text)))
                .collect();
            (*p, lines)
        })
        .collect();
    let questions = VALUES
        .iter()
        .filter(|v| chosen.contains(&v.priority))
        .map(|v| v.question.clone())
        .collect();
    Highlights { cards, questions }
}

/// Every text key this module names, for the locale checks.
pub fn keys() -> Vec<&'static str> {
    let mut out = vec![WAITING];
    for v in VALUES {
        out.extend([v.question.text, v.question.why]);
        out.extend(v.bears.iter().map(|b| b.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::sources::is_known;

    #[test]
    fn every_priority_is_described_once_in_order() {
        let order: Vec<Priority> = VALUES.iter().map(|v| v.priority).collect();
        assert_eq!(order, Priority::ALL);
    }

    #[test]
    fn every_value_bears_on_a_procedure_or_adds_a_question() {
        for v in VALUES {
            let on_a_card = v.bears.iter().any(|b| !b.procedures.is_empty());
            assert!(on_a_card || !v.question.text.is_empty(), "{:?}", v.priority);
            assert!(v.question.text.starts_with("question.value."));
            assert!(v.question.why.starts_with("why.value."));
        }
    }

    #[test]
    fn every_line_and_question_names_known_sources() {
        for v in VALUES {
            assert!(!v.sources.is_empty() && v.sources.iter().all(|s| is_known(s)));
            for b in v.bears {
                assert!(!b.sources.is_empty(), "{}", b.text);
                assert!(b.sources.iter().all(|s| is_known(s)), "{}", b.text);
                assert!(b.text.starts_with(&format!("value.{}.", v.priority.id())));
            }
        }
        assert!(WAITING_SOURCES.iter().all(|s| is_known(s)));
    }

    #[test]
    fn a_procedure_gets_at_most_one_line_per_priority() {
        for v in VALUES {
            for p in Procedure::ALL {
                let n = v.bears.iter().filter(|b| b.procedures.contains(p)).count();
                assert!(n <= 1, "{:?} on {:?}", v.priority, p);
            }
        }
    }

    // Cases a clinician would recognise, from clinical-reference §3 and §4.

    #[test]
    fn a_stimulator_is_an_implant_and_an_epidural_is_not() {
        assert_eq!(
            line(Priority::AvoidImplant, SpinalCordStimulation),
            Some("value.avoid_implant.stimulator")
        );
        assert_eq!(line(Priority::AvoidImplant, EpiduralSteroidInjection), None);
    }

    #[test]
    fn steroid_injections_contain_one_and_facet_blocks_usually_not() {
        for p in [
            EpiduralSteroidInjection,
            SacroiliacJointInjection,
            JointInjection,
        ] {
            assert_eq!(
                line(Priority::AvoidSteroids, p),
                Some("value.avoid_steroids.contains")
            );
        }
        for p in [MedialBranchBlock, RadiofrequencyAblation] {
            assert_eq!(
                line(Priority::AvoidSteroids, p),
                Some("value.avoid_steroids.usually_none")
            );
        }
        assert_eq!(line(Priority::AvoidSteroids, SpinalCordStimulation), None);
    }

    #[test]
    fn ablation_needs_test_blocks_first_and_lasts_longer_than_an_epidural() {
        assert_eq!(
            line(Priority::FewestVisits, RadiofrequencyAblation),
            Some("value.fewest_visits.ablation")
        );
        assert_eq!(
            line(Priority::LastingRelief, RadiofrequencyAblation),
            Some("value.lasting_relief.ablation")
        );
        assert_eq!(
            line(Priority::LastingRelief, EpiduralSteroidInjection),
            Some("value.lasting_relief.weeks_to_months")
        );
    }

    #[test]
    fn injections_are_not_surgery_and_a_stimulator_needs_an_operation() {
        assert_eq!(
            line(Priority::AvoidSurgery, EpiduralSteroidInjection),
            Some("value.avoid_surgery.needle")
        );
        assert_eq!(
            line(Priority::AvoidSurgery, SpinalCordStimulation),
            Some("value.avoid_surgery.stimulator")
        );
    }

    #[test]
    fn highlights_follow_the_choices_and_the_offered_procedures_only() {
        let mut a = Answers::default();
        assert_eq!(
            highlights(&a, &[SpinalCordStimulation]).questions,
            Vec::<Question>::new()
        );
        a.priorities.insert(Priority::AvoidImplant);
        a.priorities.insert(Priority::Cost);
        let h = highlights(&a, &[EpiduralSteroidInjection, SpinalCordStimulation]);
        assert_eq!(h.cards.len(), 2);
        assert!(h.cards[0].1.is_empty());
        assert_eq!(
            h.cards[1].1,
            [
                (Priority::AvoidImplant, "value.avoid_implant.stimulator"),
                (Priority::Cost, "value.cost.approval"),
            ]
        );
        let asked: Vec<&str> = h.questions.iter().map(|q| q.text).collect();
        assert_eq!(
            asked,
            ["question.value.avoid_implant", "question.value.cost"]
        );
    }
}
