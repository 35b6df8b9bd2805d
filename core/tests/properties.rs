//! Property tests of the engine's safety promises over arbitrary answers.
#![cfg(not(target_arch = "wasm32"))]

use painpath_core::answers::*;
use painpath_core::assessment::Urgency;
use painpath_core::{assess, Answers};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

fn opt<T: Clone + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(select(all))
}

fn set<T: Choice + std::fmt::Debug>(all: &'static [T]) -> impl Strategy<Value = EnumSet<T>> {
    subsequence(all, 0..=all.len()).prop_map(|v| v.into_iter().collect())
}

fn yn() -> impl Strategy<Value = Option<YesNo>> {
    opt(YesNo::ALL)
}

fn scale(max: u8) -> impl Strategy<Value = Option<u8>> {
    prop::option::of(0..=max)
}

fn red_flags() -> impl Strategy<Value = RedFlags> {
    prop::collection::vec(yn(), 23).prop_map(|v| RedFlags {
        saddle_numbness: v[0],
        bladder_change: v[1],
        bowel_control: v[2],
        both_legs_weak: v[3],
        sexual_function_change: v[4],
        rapid_weakness: v[5],
        thunderclap_headache: v[6],
        headache_fever_stiff_neck: v[7],
        headache_neuro_signs: v[8],
        headache_after_head_injury: v[9],
        fever_chills: v[10],
        recent_infection: v[11],
        injects_drugs: v[12],
        weak_immune_system: v[13],
        major_trauma: v[14],
        long_term_steroids: v[15],
        cancer_history: v[16],
        weight_loss: v[17],
        constant_night_pain: v[18],
        headache_new_after_50: v[19],
        headache_pattern_change: v[20],
        headache_postural_or_cough: v[21],
        headache_pregnancy_cancer_hiv: v[22],
    })
}

fn pain() -> impl Strategy<Value = Pain> {
    (
        set(Region::ALL),
        (
            yn(),
            yn(),
            yn(),
            opt(Dominance::ALL),
            yn(),
            opt(PainDuration::ALL),
        ),
        (set(Activity::ALL), set(Activity::ALL), set(Quality::ALL)),
        (yn(), yn(), yn()),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(regions, a, b, c, main_pick)| {
            let main_region = if regions.is_empty() {
                None
            } else {
                regions.iter().nth(main_pick.index(regions.len()))
            };
            Pain {
                regions,
                main_region,
                below_knee: a.0,
                down_arm: a.1,
                numbness_tingling: a.2,
                dominance: a.3,
                slowly_worsening_weakness: a.4,
                duration: a.5,
                worse_with: b.0,
                better_with: b.1,
                qualities: b.2,
                muscle_knots: c.0,
                night_pain_eases_on_rising: c.1,
                began_before_40: c.2,
            }
        })
}

fn history() -> impl Strategy<Value = History> {
    (
        (
            opt(Onset::ALL),
            opt(CareTried::ALL),
            opt(CareTried::ALL),
            opt(CareTried::ALL),
        ),
        (
            opt(CareResult::ALL),
            yn(),
            opt(PriorInjections::ALL),
            opt(DiagnosticBlocks::ALL),
        ),
        (yn(), opt(SurgeonAdvice::ALL), opt(Imaging::ALL)),
    )
        .prop_map(|(a, b, c)| History {
            onset: a.0,
            physical_therapy: a.1,
            home_exercise: a.2,
            medicines: a.3,
            care_result: b.0,
            psychological_therapy: b.1,
            prior_injections: b.2,
            diagnostic_blocks: b.3,
            spine_surgery: c.0,
            surgeon_advice: c.1,
            imaging: c.2,
        })
}

prop_compose! {
    fn answers()(
        age in prop::option::of(1u8..=120),
        red_flags in red_flags(),
        pain in pain(),
        peg in (scale(10), scale(10), scale(10)),
        headache in (yn(), opt(HeadacheKind::ALL), yn()),
        limb in prop::collection::vec(yn(), 5),
        history in history(),
        diagnoses in set(Diagnosis::ALL),
        precautions in prop::collection::vec(yn(), 6),
        mood in (scale(3), scale(3), scale(3), scale(3)),
        goals in set(Goal::ALL),
    ) -> Answers {
        Answers {
            age,
            red_flags,
            pain,
            peg: Peg { pain: peg.0, enjoyment: peg.1, activity: peg.2 },
            headache: Headache { main_problem: headache.0, kind: headache.1, scalp_tender: headache.2 },
            limb: Limb {
                out_of_proportion: limb[0],
                touch_hurts: limb[1],
                colour_or_temperature: limb[2],
                swelling_or_sweating: limb[3],
                stiffness_or_skin_changes: limb[4],
            },
            history,
            diagnoses,
            precautions: Precautions {
                blood_thinners: precautions[0],
                diabetes: precautions[1],
                pregnant: precautions[2],
                infection_now: precautions[3],
                allergies: precautions[4],
                implanted_device: precautions[5],
            },
            mood: Mood {
                little_interest: mood.0,
                feeling_down: mood.1,
                nervous: mood.2,
                cannot_stop_worrying: mood.3,
            },
            goals,
        }
    }
}

/// Each emergency red flag, as a change to the answers.
const EMERGENCY_FLAGS: &[fn(&mut Answers)] = &[
    |a| a.red_flags.saddle_numbness = Some(YesNo::Yes),
    |a| a.red_flags.bladder_change = Some(YesNo::Yes),
    |a| a.red_flags.bowel_control = Some(YesNo::Yes),
    |a| a.red_flags.both_legs_weak = Some(YesNo::Yes),
    |a| {
        a.red_flags.sexual_function_change = Some(YesNo::Yes);
        a.pain.regions.insert(Region::LowerBack);
    },
    |a| a.red_flags.rapid_weakness = Some(YesNo::Yes),
    |a| a.red_flags.thunderclap_headache = Some(YesNo::Yes),
    |a| a.red_flags.headache_fever_stiff_neck = Some(YesNo::Yes),
    |a| a.red_flags.headache_neuro_signs = Some(YesNo::Yes),
    |a| a.red_flags.headache_after_head_injury = Some(YesNo::Yes),
];

/// Every red flag, emergency or urgent.
const ANY_FLAG: &[fn(&mut Answers)] = &[
    |a| a.red_flags.fever_chills = Some(YesNo::Yes),
    |a| a.red_flags.recent_infection = Some(YesNo::Yes),
    |a| a.red_flags.injects_drugs = Some(YesNo::Yes),
    |a| a.red_flags.weak_immune_system = Some(YesNo::Yes),
    |a| a.red_flags.major_trauma = Some(YesNo::Yes),
    |a| a.red_flags.cancer_history = Some(YesNo::Yes),
    |a| a.red_flags.weight_loss = Some(YesNo::Yes),
    |a| a.red_flags.constant_night_pain = Some(YesNo::Yes),
    |a| a.red_flags.headache_new_after_50 = Some(YesNo::Yes),
    |a| a.red_flags.headache_pattern_change = Some(YesNo::Yes),
    |a| a.red_flags.headache_postural_or_cough = Some(YesNo::Yes),
    |a| a.red_flags.headache_pregnancy_cancer_hiv = Some(YesNo::Yes),
    |a| a.red_flags.saddle_numbness = Some(YesNo::Yes),
    |a| a.red_flags.bladder_change = Some(YesNo::Yes),
    |a| a.red_flags.rapid_weakness = Some(YesNo::Yes),
    |a| a.red_flags.thunderclap_headache = Some(YesNo::Yes),
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_emergency_flag_means_emergency_and_no_procedures(
        mut a in answers(),
        pick in select(EMERGENCY_FLAGS),
    ) {
        pick(&mut a);
        let r = assess(&a);
        prop_assert_eq!(r.urgency, Urgency::Emergency);
        prop_assert!(r.procedures.is_empty());
        prop_assert_eq!(r.specialist.kind.id(), "emergency_care");
    }

    #[test]
    fn adding_a_red_flag_never_lowers_urgency(a in answers(), pick in select(ANY_FLAG)) {
        let before = assess(&a).urgency;
        let mut flagged = a.clone();
        pick(&mut flagged);
        let after = assess(&flagged).urgency;
        prop_assert!(after >= before, "{:?} -> {:?}", before, after);
    }

    #[test]
    fn assess_is_deterministic(a in answers()) {
        prop_assert_eq!(assess(&a), assess(&a.clone()));
    }

    #[test]
    fn urgent_or_emergency_never_lists_procedures(a in answers()) {
        let r = assess(&a);
        if r.urgency >= Urgency::Urgent {
            prop_assert!(r.procedures.is_empty());
        }
    }

    #[test]
    fn answers_round_trip_through_json(a in answers()) {
        let json = serde_json::to_string(&a).unwrap_or_default();
        prop_assert_eq!(Answers::from_json(&json), Ok(a));
    }

    #[test]
    fn arbitrary_text_never_panics_the_reader(s in ".{0,200}") {
        let _ = Answers::from_json(&s);
    }
}

mod codec {
    use super::answers;
    use painpath_core::codec::{decode, encode, from_base64url, SPECS};
    use painpath_core::knowledge::all_rules;
    use painpath_core::Answers;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn every_answer_set_round_trips_through_the_link_code(a in answers()) {
            let code = encode(&a);
            prop_assert!(code.len() <= 64, "code of {} chars", code.len());
            prop_assert_eq!(decode(&code), Ok(a));
        }

        #[test]
        fn arbitrary_strings_never_panic_the_decoder(s in "\\PC{0,300}") {
            let _ = decode(&s);
            let _ = from_base64url(&s);
        }

        #[test]
        fn arbitrary_link_alphabet_strings_never_panic(s in "[A-Za-z0-9_-]{0,80}") {
            let _ = decode(&s);
        }
    }

    fn leaf_paths(prefix: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let p = if prefix.is_empty() {
                        k.clone()
                    } else {
                        format!("{prefix}.{k}")
                    };
                    leaf_paths(&p, child, out);
                }
            }
            _ => out.push(prefix.to_string()),
        }
    }

    #[test]
    fn the_codec_covers_every_answer_field() {
        let json = serde_json::to_value(Answers::default()).unwrap_or_default();
        let mut paths = Vec::new();
        leaf_paths("", &json, &mut paths);
        let specs: Vec<&str> = SPECS.iter().map(|s| s.path).collect();
        let missing: Vec<&String> = paths
            .iter()
            .filter(|p| !specs.contains(&p.as_str()))
            .collect();
        assert!(missing.is_empty(), "codec lacks {missing:?}");
        assert_eq!(paths.len(), specs.len(), "codec has fields the model lacks");
    }

    #[test]
    fn every_rule_reads_a_real_field() {
        let specs: Vec<&str> = SPECS.iter().map(|s| s.path).collect();
        for r in all_rules() {
            for path in r.reads {
                assert!(specs.contains(path), "{} reads unknown field {path}", r.id);
            }
        }
    }
}
