//! The questionnaire as data: steps, their questions, and when each is asked.
//! "When asked" is questionnaire flow (skip logic), not a clinical decision:
//! every decision about what the answers mean is made by the engine.
//!
//! Text keys: a question's label is `q.<id>`, its optional help `q.<id>.help`;
//! an option's label is `opt.<kind>.<value>`.

use crate::answers::*;

/// How a question is answered, with typed access to its answer.
#[derive(Clone, Copy)]
pub enum Field {
    /// One of several values.
    Choice {
        kind: &'static str,
        options: fn(&Answers) -> Vec<&'static str>,
        get: fn(&Answers) -> Option<&'static str>,
        set: fn(&mut Answers, Option<&str>),
    },
    /// Any number of values.
    Multi {
        kind: &'static str,
        options: fn(&Answers) -> Vec<&'static str>,
        get: fn(&Answers) -> Vec<&'static str>,
        toggle: fn(&mut Answers, &str),
    },
    /// A 0..=max scale (PEG, PHQ-2, GAD-2).
    Scale {
        max: u8,
        /// Text key prefix for the scale's end (or every) labels.
        labels: &'static str,
        get: fn(&Answers) -> Option<u8>,
        set: fn(&mut Answers, Option<u8>),
    },
    /// A whole number typed in.
    Number {
        min: u8,
        max: u8,
        get: fn(&Answers) -> Option<u8>,
        set: fn(&mut Answers, Option<u8>),
    },
    /// The body map (with its list alternative).
    BodyMap,
}

#[derive(Clone, Copy)]
pub struct Question {
    pub id: &'static str,
    pub field: Field,
    pub ask_when: fn(&Answers) -> bool,
}

/// Questions are fixed data: one id is one question.
impl PartialEq for Question {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

#[derive(Clone, Copy)]
pub struct Step {
    pub id: &'static str,
    pub questions: &'static [Question],
    pub ask_when: fn(&Answers) -> bool,
}

fn always(_: &Answers) -> bool {
    true
}

macro_rules! choice {
    ($kind:literal, $ty:ident, $($f:ident).+) => {
        Field::Choice {
            kind: $kind,
            options: |_| $ty::ALL.iter().map(|v| v.id()).collect(),
            get: |a| a.$($f).+.map(|v| v.id()),
            set: |a, id| a.$($f).+ = id.and_then(|id| $ty::ALL.iter().copied().find(|v| v.id() == id)),
        }
    };
}

macro_rules! multi {
    ($kind:literal, $ty:ident, $($f:ident).+) => {
        Field::Multi {
            kind: $kind,
            options: |_| $ty::ALL.iter().map(|v| v.id()).collect(),
            get: |a| a.$($f).+.iter().map(|v| v.id()).collect(),
            toggle: |a, id| {
                if let Some(v) = $ty::ALL.iter().copied().find(|v| v.id() == id) {
                    if !a.$($f).+.remove(&v) {
                        a.$($f).+.insert(v);
                    }
                }
            },
        }
    };
}

macro_rules! yes_no {
    ($id:literal, $($f:ident).+) => {
        Question { id: $id, field: choice!("yes_no", YesNo, $($f).+), ask_when: always }
    };
    ($id:literal, $($f:ident).+, when $w:expr) => {
        Question { id: $id, field: choice!("yes_no", YesNo, $($f).+), ask_when: $w }
    };
}

macro_rules! scale {
    ($max:literal, $labels:literal, $($f:ident).+) => {
        Field::Scale {
            max: $max,
            labels: $labels,
            get: |a| a.$($f).+,
            set: |a, v| a.$($f).+ = v,
        }
    };
}

// The region groups are defined on `Pain`, shared with the engine's facts.
fn head(a: &Answers) -> bool {
    a.pain.has(Region::Head)
}
fn leg_area(a: &Answers) -> bool {
    a.pain.leg_area()
}
fn arm_area(a: &Answers) -> bool {
    a.pain.arm_area()
}
fn travels(a: &Answers) -> bool {
    a.pain.below_knee == Some(YesNo::Yes) || a.pain.down_arm == Some(YesNo::Yes)
}
fn limb(a: &Answers) -> bool {
    a.pain.limb()
}
fn spine(a: &Answers) -> bool {
    a.pain.spine()
}
fn low_back(a: &Answers) -> bool {
    a.pain.low_back()
}
fn tried_something(a: &Answers) -> bool {
    let h = &a.history;
    [h.physical_therapy, h.home_exercise, h.medicines]
        .iter()
        .any(|c| {
            matches!(
                c,
                Some(CareTried::UnderFourWeeks | CareTried::FourWeeksOrMore)
            )
        })
}

pub const STEPS: &[Step] = &[
    Step {
        id: "safety",
        ask_when: always,
        questions: &[
            yes_no!("saddle_numbness", red_flags.saddle_numbness),
            yes_no!("bladder_change", red_flags.bladder_change),
            yes_no!("bowel_control", red_flags.bowel_control),
            yes_no!("both_legs_weak", red_flags.both_legs_weak),
            yes_no!("rapid_weakness", red_flags.rapid_weakness),
            yes_no!("sexual_function_change", red_flags.sexual_function_change),
            yes_no!("thunderclap_headache", red_flags.thunderclap_headache),
            yes_no!(
                "headache_fever_stiff_neck",
                red_flags.headache_fever_stiff_neck
            ),
            yes_no!("headache_neuro_signs", red_flags.headache_neuro_signs),
            yes_no!(
                "headache_after_head_injury",
                red_flags.headache_after_head_injury
            ),
        ],
    },
    Step {
        id: "health",
        ask_when: always,
        questions: &[
            yes_no!("fever_chills", red_flags.fever_chills),
            yes_no!("recent_infection", red_flags.recent_infection),
            yes_no!("weak_immune_system", red_flags.weak_immune_system),
            yes_no!("long_term_steroids", red_flags.long_term_steroids),
            yes_no!("injects_drugs", red_flags.injects_drugs),
            yes_no!("major_trauma", red_flags.major_trauma),
            yes_no!("cancer_history", red_flags.cancer_history),
            yes_no!("weight_loss", red_flags.weight_loss),
            yes_no!("constant_night_pain", red_flags.constant_night_pain),
        ],
    },
    Step {
        id: "about",
        ask_when: always,
        questions: &[Question {
            id: "age",
            field: Field::Number {
                min: 1,
                max: 120,
                get: |a| a.age,
                set: |a, v| a.age = v,
            },
            ask_when: always,
        }],
    },
    Step {
        id: "where",
        ask_when: always,
        questions: &[
            Question {
                id: "regions",
                field: Field::BodyMap,
                ask_when: always,
            },
            Question {
                id: "main_region",
                field: Field::Choice {
                    kind: "region",
                    options: |a| a.pain.regions.iter().map(|r| r.id()).collect(),
                    get: |a| a.pain.main_region.map(|r| r.id()),
                    set: |a, id| {
                        a.pain.main_region =
                            id.and_then(|id| a.pain.regions.iter().find(|r| r.id() == id))
                    },
                },
                ask_when: |a| a.pain.regions.len() > 1,
            },
        ],
    },
    Step {
        id: "travel",
        ask_when: |a| leg_area(a) || arm_area(a),
        questions: &[
            yes_no!("below_knee", pain.below_knee, when leg_area),
            yes_no!("down_arm", pain.down_arm, when arm_area),
            yes_no!("numbness_tingling", pain.numbness_tingling, when travels),
            Question {
                id: "dominance",
                field: choice!("dominance", Dominance, pain.dominance),
                ask_when: travels,
            },
            yes_no!("slowly_worsening_weakness", pain.slowly_worsening_weakness),
        ],
    },
    Step {
        id: "headache",
        ask_when: head,
        questions: &[
            yes_no!("headache_main_problem", headache.main_problem),
            Question {
                id: "headache_kind",
                field: choice!("headache_kind", HeadacheKind, headache.kind),
                ask_when: always,
            },
            yes_no!("scalp_tender", headache.scalp_tender),
            yes_no!("headache_new_after_50", red_flags.headache_new_after_50),
            yes_no!("headache_pattern_change", red_flags.headache_pattern_change),
            yes_no!(
                "headache_postural_or_cough",
                red_flags.headache_postural_or_cough
            ),
            yes_no!(
                "headache_pregnancy_cancer_hiv",
                red_flags.headache_pregnancy_cancer_hiv
            ),
        ],
    },
    Step {
        id: "limb",
        ask_when: limb,
        questions: &[
            yes_no!("out_of_proportion", limb.out_of_proportion),
            yes_no!("touch_hurts", limb.touch_hurts),
            yes_no!("colour_or_temperature", limb.colour_or_temperature),
            yes_no!("swelling_or_sweating", limb.swelling_or_sweating),
            yes_no!("stiffness_or_skin_changes", limb.stiffness_or_skin_changes),
        ],
    },
    Step {
        id: "when",
        ask_when: always,
        questions: &[
            Question {
                id: "duration",
                field: choice!("duration", PainDuration, pain.duration),
                ask_when: always,
            },
            Question {
                id: "onset",
                field: choice!("onset", Onset, history.onset),
                ask_when: always,
            },
        ],
    },
    Step {
        id: "strength",
        ask_when: always,
        questions: &[
            Question {
                id: "peg_pain",
                field: scale!(10, "scale.pain", peg.pain),
                ask_when: always,
            },
            Question {
                id: "peg_enjoyment",
                field: scale!(10, "scale.interference", peg.enjoyment),
                ask_when: always,
            },
            Question {
                id: "peg_activity",
                field: scale!(10, "scale.interference", peg.activity),
                ask_when: always,
            },
        ],
    },
    Step {
        id: "changes",
        ask_when: always,
        questions: &[
            Question {
                id: "worse_with",
                field: multi!("activity", Activity, pain.worse_with),
                ask_when: always,
            },
            Question {
                id: "better_with",
                field: multi!("activity", Activity, pain.better_with),
                ask_when: always,
            },
            yes_no!("night_pain_eases_on_rising", pain.night_pain_eases_on_rising, when low_back),
            yes_no!(
                "began_before_40",
                pain.began_before_40,
                when | a | low_back(a) && a.age.is_some_and(|x| x >= 40)
            ),
        ],
    },
    Step {
        id: "feel",
        ask_when: always,
        questions: &[
            Question {
                id: "qualities",
                field: multi!("quality", Quality, pain.qualities),
                ask_when: always,
            },
            yes_no!("muscle_knots", pain.muscle_knots),
        ],
    },
    Step {
        id: "tried",
        ask_when: always,
        questions: &[
            Question {
                id: "physical_therapy",
                field: choice!("care_tried", CareTried, history.physical_therapy),
                ask_when: always,
            },
            Question {
                id: "home_exercise",
                field: choice!("care_tried", CareTried, history.home_exercise),
                ask_when: always,
            },
            Question {
                id: "medicines",
                field: choice!("care_tried", CareTried, history.medicines),
                ask_when: always,
            },
            Question {
                id: "care_result",
                field: choice!("care_result", CareResult, history.care_result),
                ask_when: tried_something,
            },
            yes_no!("psychological_therapy", history.psychological_therapy),
        ],
    },
    Step {
        id: "procedures_before",
        ask_when: always,
        questions: &[
            Question {
                id: "prior_injections",
                field: choice!(
                    "prior_injections",
                    PriorInjections,
                    history.prior_injections
                ),
                ask_when: always,
            },
            Question {
                id: "diagnostic_blocks",
                field: choice!(
                    "diagnostic_blocks",
                    DiagnosticBlocks,
                    history.diagnostic_blocks
                ),
                ask_when: spine,
            },
            yes_no!("spine_surgery", history.spine_surgery, when spine),
            Question {
                id: "surgeon_advice",
                field: choice!("surgeon_advice", SurgeonAdvice, history.surgeon_advice),
                ask_when: always,
            },
            Question {
                id: "imaging",
                field: choice!("imaging", Imaging, history.imaging),
                ask_when: always,
            },
        ],
    },
    Step {
        id: "diagnoses",
        ask_when: always,
        questions: &[Question {
            id: "diagnoses",
            field: multi!("diagnosis", Diagnosis, diagnoses),
            ask_when: always,
        }],
    },
    Step {
        id: "precautions",
        ask_when: always,
        questions: &[
            yes_no!("blood_thinners", precautions.blood_thinners),
            yes_no!("diabetes", precautions.diabetes),
            yes_no!("pregnant", precautions.pregnant),
            yes_no!("infection_now", precautions.infection_now),
            yes_no!("allergies", precautions.allergies),
            yes_no!("implanted_device", precautions.implanted_device),
        ],
    },
    Step {
        id: "mood",
        ask_when: always,
        questions: &[
            Question {
                id: "little_interest",
                field: scale!(3, "scale.frequency", mood.little_interest),
                ask_when: always,
            },
            Question {
                id: "feeling_down",
                field: scale!(3, "scale.frequency", mood.feeling_down),
                ask_when: always,
            },
            Question {
                id: "nervous",
                field: scale!(3, "scale.frequency", mood.nervous),
                ask_when: always,
            },
            Question {
                id: "cannot_stop_worrying",
                field: scale!(3, "scale.frequency", mood.cannot_stop_worrying),
                ask_when: always,
            },
        ],
    },
    Step {
        id: "goals",
        ask_when: always,
        questions: &[Question {
            id: "goals",
            field: multi!("goal", Goal, goals),
            ask_when: always,
        }],
    },
];

/// The steps asked for these answers, in order.
pub fn visible_steps(a: &Answers) -> Vec<&'static Step> {
    STEPS.iter().filter(|s| (s.ask_when)(a)).collect()
}

/// The questions of a step asked for these answers.
pub fn visible_questions(step: &Step, a: &Answers) -> Vec<&'static Question> {
    step.questions.iter().filter(|q| (q.ask_when)(a)).collect()
}

pub fn step_by_id(id: &str) -> Option<&'static Step> {
    STEPS.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knee_pain_skips_headache_limb_and_travel_steps() {
        let mut a = Answers::default();
        a.pain.regions.insert(Region::Knees);
        let ids: Vec<&str> = visible_steps(&a).iter().map(|s| s.id).collect();
        assert!(!ids.contains(&"headache"));
        assert!(!ids.contains(&"limb"));
        assert!(!ids.contains(&"travel"));
        assert!(ids.contains(&"strength"));
    }

    #[test]
    fn head_and_hand_pain_add_their_steps() {
        let mut a = Answers::default();
        a.pain.regions.insert(Region::Head);
        a.pain.regions.insert(Region::ArmsHands);
        let ids: Vec<&str> = visible_steps(&a).iter().map(|s| s.id).collect();
        assert!(ids.contains(&"headache") && ids.contains(&"limb") && ids.contains(&"travel"));
    }

    #[test]
    fn choice_fields_round_trip_through_their_ids() {
        let mut a = Answers::default();
        let duration = step_by_id("when").map(|s| s.questions[0].field);
        let Some(Field::Choice {
            options, get, set, ..
        }) = duration
        else {
            panic!("duration is a choice");
        };
        for id in options(&a) {
            set(&mut a, Some(id));
            assert_eq!(get(&a), Some(id));
        }
        set(&mut a, None);
        assert_eq!(get(&a), None);
    }

    #[test]
    fn multi_toggle_adds_then_removes() {
        let mut a = Answers::default();
        let Some(Field::Multi { toggle, get, .. }) =
            step_by_id("goals").map(|s| s.questions[0].field)
        else {
            panic!("goals is a multi");
        };
        toggle(&mut a, "sleep_better");
        assert_eq!(get(&a), vec!["sleep_better"]);
        toggle(&mut a, "sleep_better");
        assert!(get(&a).is_empty());
        toggle(&mut a, "not_a_goal");
        assert!(get(&a).is_empty());
    }
}
