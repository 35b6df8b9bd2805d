//! Property tests of the engine's safety promises over arbitrary answers.
#![cfg(not(target_arch = "wasm32"))]

use painpath_core::answers::*;
use painpath_core::assessment::{Candidacy, Fit, Urgency};
use painpath_core::{assess, red_flag_level, Answers};
use proptest::prelude::*;
use proptest::sample::select;

/// Any answers at all, drawn field by field from the schema: every state
/// of every field, "not answered" included. A main region that is not among
/// the regions is moved to one that is (the app never holds such answers).
fn answers() -> impl Strategy<Value = Answers> {
    let states: Vec<BoxedStrategy<u32>> =
        Field::ALL.iter().map(|f| (0..f.states()).boxed()).collect();
    (states, any::<prop::sample::Index>()).prop_map(|(states, pick)| {
        let mut a = Answers::default();
        for (f, s) in Field::ALL.iter().zip(states) {
            f.set_state(&mut a, s);
        }
        let p = &mut a.pain;
        if p.main_region.is_some_and(|m| !p.regions.contains(&m)) {
            p.main_region = match p.regions.len() {
                0 => None,
                n => p.regions.iter().nth(pick.index(n)),
            };
        }
        a
    })
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
    |a| {
        // A head injury counts unless the head pain is long-standing.
        a.red_flags.headache_after_head_injury = Some(YesNo::Yes);
        a.pain.duration = Some(PainDuration::UnderOneWeek);
    },
    |a| a.red_flags.chest_symptoms = Some(YesNo::Yes),
];

/// Each dangerous combination of clinical-reference §1, as a change to the
/// answers: every one is an emergency.
const EMERGENCY_COMBINATIONS: &[fn(&mut Answers)] = &[
    |a| {
        // Infection risk + spine pain + new numbness (epidural abscess).
        a.red_flags.injects_drugs = Some(YesNo::Yes);
        a.pain.regions.insert(Region::LowerBack);
        a.pain.numbness_tingling = Some(YesNo::Yes);
        a.pain.duration = Some(PainDuration::OneToFourWeeks);
    },
    |a| {
        a.red_flags.fever_chills = Some(YesNo::Yes);
        a.pain.regions.insert(Region::Neck);
        a.pain.slowly_worsening_weakness = Some(YesNo::Yes);
    },
    |a| {
        a.red_flags.weak_immune_system = Some(YesNo::Yes);
        a.pain.regions.insert(Region::UpperBack);
        a.pain.qualities.insert(Quality::Numbness);
        a.pain.duration = Some(PainDuration::UnderOneWeek);
    },
    |a| {
        // Blood thinner + sudden severe back pain + weakness (haematoma).
        a.precautions.blood_thinners = Some(BloodThinner::Anticoagulant);
        a.pain.regions.insert(Region::LowerBack);
        a.pain.duration = Some(PainDuration::UnderOneWeek);
        a.peg.pain = Some(9);
        a.pain.slowly_worsening_weakness = Some(YesNo::Yes);
        // Sudden: however it started, not gradually.
        a.history.onset = None;
    },
    |a| {
        // Cancer + spine pain + radicular pain, weakness or numbness (MSCC).
        a.red_flags.cancer_history = Some(YesNo::Yes);
        a.pain.regions.insert(Region::LowerBack);
        a.pain.regions.insert(Region::LegsFeet);
        a.pain.below_knee = Some(YesNo::Yes);
    },
    |a| {
        a.red_flags.cancer_history = Some(YesNo::Yes);
        a.pain.regions.insert(Region::Neck);
        a.pain.numbness_tingling = Some(YesNo::Yes);
    },
    |a| {
        // New weakness or numbness after a spinal procedure.
        a.red_flags.after_spinal_procedure = Some(YesNo::Yes);
        a.pain.numbness_tingling = Some(YesNo::Yes);
    },
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

/// Every yes/no question of the safety screen or the other red flags, and
/// every precaution.
const YES_NO_SAFETY: &[Field] = &[
    Field::SaddleNumbness,
    Field::BladderChange,
    Field::BowelControl,
    Field::BothLegsWeak,
    Field::SexualFunctionChange,
    Field::RapidWeakness,
    Field::ThunderclapHeadache,
    Field::HeadacheFeverStiffNeck,
    Field::HeadacheNeuroSigns,
    Field::HeadacheAfterHeadInjury,
    Field::FeverChills,
    Field::RecentInfection,
    Field::InjectsDrugs,
    Field::WeakImmuneSystem,
    Field::FallOrInjury,
    Field::MajorTrauma,
    Field::LongTermSteroids,
    Field::CancerHistory,
    Field::WeightLoss,
    Field::ConstantNightPain,
    Field::HeadacheNewAfter50,
    Field::HeadachePatternChange,
    Field::HeadachePosturalOrCough,
    Field::HeadachePregnancyCancerHiv,
    Field::Myelopathy,
    Field::ChestSymptoms,
    Field::AfterSpinalProcedure,
    Field::DeviceSiteInfection,
    Field::ShinglesNearEye,
    Field::SlowlyWorseningWeakness,
    Field::BleedingDisorder,
    Field::Diabetes,
    Field::Pregnant,
    Field::InfectionNow,
    Field::Allergies,
    Field::ImplantedDevice,
];

/// The questions of the safety screen.
fn screen_questions() -> Vec<Field> {
    painpath_core::questionnaire::SCREEN_STEPS
        .iter()
        .filter_map(|id| painpath_core::questionnaire::step_by_id(id))
        .flat_map(|s| s.questions.iter().map(|q| q.field))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The questionnaire's part of the app decides "emergency" with
    /// `red_flag_level` alone; it must agree with the whole engine.
    #[test]
    fn the_red_flag_screen_agrees_with_the_engine(a in answers()) {
        let r = assess(&a);
        prop_assert_eq!(
            red_flag_level(&a) == Some(Urgency::Emergency),
            r.urgency == Urgency::Emergency
        );
    }

    #[test]
    fn the_red_flag_screen_sees_every_emergency(
        mut a in answers(),
        flag in select(EMERGENCY_FLAGS),
        combination in select(EMERGENCY_COMBINATIONS),
        both in any::<bool>(),
    ) {
        flag(&mut a);
        if both {
            combination(&mut a);
        }
        prop_assert_eq!(red_flag_level(&a), Some(Urgency::Emergency));
    }

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
    fn every_emergency_combination_means_emergency_and_no_procedures(
        mut a in answers(),
        pick in select(EMERGENCY_COMBINATIONS),
    ) {
        pick(&mut a);
        let r = assess(&a);
        prop_assert_eq!(r.urgency, Urgency::Emergency);
        prop_assert!(r.procedures.is_empty());
        prop_assert!(r.specialist.also.is_empty());
    }

    /// Flag by flag: from "no" to "yes" never lowers urgency. (From
    /// unanswered it may: an unanswered screen question has its own result,
    /// "safety questions first", which a yes to a flag that does not apply
    /// to this pain can replace by the real one.)
    #[test]
    fn adding_a_red_flag_never_lowers_urgency(a in answers(), pick in select(ANY_FLAG)) {
        let mut a = a;
        let mut yes = a.clone();
        pick(&mut yes);
        for f in Field::ALL {
            if f.get(&yes) != f.get(&a) && f.get(&a) == Value::Unanswered {
                let _ = a.set(*f, Value::One(1)); // "no"
            }
        }
        let before = assess(&a).urgency;
        let mut flagged = a.clone();
        pick(&mut flagged);
        let after = assess(&flagged).urgency;
        prop_assert!(after >= before, "{:?} -> {:?}", before, after);
    }

    /// "Not sure" is never "no" (clinical-reference §0): for every safety
    /// question and precaution, no → not sure and not sure → yes never
    /// lower urgency.
    #[test]
    fn not_sure_sits_between_no_and_yes(a in answers()) {
        for f in YES_NO_SAFETY.iter().copied() {
            let at = |v: YesNo| {
                let mut b = a.clone();
                let i = YesNo::ALL.iter().position(|x| *x == v).unwrap_or(0) as u8;
                let _ = b.set(f, Value::One(i));
                assess(&b).urgency
            };
            let (no, unsure, yes) = (at(YesNo::No), at(YesNo::NotSure), at(YesNo::Yes));
            prop_assert!(unsure >= no, "{}: no {:?} -> not sure {:?}", f.path(), no, unsure);
            prop_assert!(yes >= unsure, "{}: not sure {:?} -> yes {:?}", f.path(), unsure, yes);
        }
    }

    /// Any question of the safety screen unanswered: no "likely" verdict
    /// and no "strong" procedure.
    #[test]
    fn an_unanswered_safety_question_never_gives_a_fit(
        a in answers(),
        pick in select(screen_questions()),
    ) {
        let mut a = a;
        let _ = a.set(pick, Value::Unanswered);
        let r = assess(&a);
        prop_assert!(r.candidacy.verdict != Candidacy::Likely, "{}", pick.path());
        prop_assert!(r.procedures.iter().all(|p| p.fit != Fit::Strong), "{}", pick.path());
    }

    /// Not sure to any urgent-level or emergency-level flag: no strong fit.
    #[test]
    fn not_sure_to_a_red_flag_never_gives_a_strong_fit(
        a in answers(),
        pick in select(YES_NO_SAFETY.to_vec()),
    ) {
        let mut a = a;
        let _ = a.set(pick, Value::One(2)); // "not sure"
        let r = assess(&a);
        let flag = painpath_core::knowledge::red_flags::FLAGS.iter().find(|x| x.field == pick);
        if let Some(flag) = flag {
            if (flag.scope)(&painpath_core::facts::Facts::derive(&a)) {
                prop_assert!(r.procedures.iter().all(|p| p.fit != Fit::Strong), "{}", pick.path());
                prop_assert!(r.candidacy.verdict != Candidacy::Likely, "{}", pick.path());
            }
        }
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
    use painpath_core::answers::Field;
    use painpath_core::codec::{decode, encode, from_base64url};
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
    fn the_schema_names_every_json_field_once() {
        let json = serde_json::to_value(Answers::default()).unwrap_or_default();
        let mut paths = Vec::new();
        leaf_paths("", &json, &mut paths);
        let mut schema: Vec<&str> = Field::ALL.iter().map(|f| f.path()).collect();
        schema.sort_unstable();
        assert_eq!(paths, schema, "JSON fields and schema differ");
    }
}

mod traces {
    use super::answers;
    use painpath_core::answers::Field;
    use painpath_core::facts::Facts;
    use painpath_core::knowledge::all_rules;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(384))]

        /// A rule's `reads` is what the trace shows a clinician. It is
        /// complete: changing any field a rule does not list never changes
        /// whether that rule fires.
        #[test]
        fn a_rule_reads_every_field_its_condition_depends_on(
            a in answers(),
            other in prop::collection::vec(any::<u32>(), Field::ALL.len()),
        ) {
            let before: Vec<bool> = {
                let f = Facts::derive(&a);
                all_rules().map(|r| (r.when)(&f)).collect()
            };
            for (field, pick) in Field::ALL.iter().zip(&other) {
                let mut b = a.clone();
                prop_assert!(field.set_state(&mut b, pick % field.states()));
                let f = Facts::derive(&b);
                for (rule, was) in all_rules().zip(&before) {
                    if !rule.reads.contains(field) {
                        prop_assert_eq!(
                            (rule.when)(&f), *was,
                            "{} depends on {} but does not list it", rule.id, field.path()
                        );
                    }
                }
            }
        }
    }
}

/// A red flag written into any other table would be missed by the
/// questionnaire's emergency check: every red-flag rule is in its tables.
#[test]
fn every_red_flag_rule_is_in_the_red_flag_tables() {
    use painpath_core::knowledge::{all_rules, Effect};
    let ids = |rules: &mut dyn Iterator<Item = &'static painpath_core::knowledge::Rule>| {
        let mut v: Vec<&str> = rules
            .filter(|r| matches!(r.effect, Effect::RedFlag(_)))
            .map(|r| r.id)
            .collect();
        v.sort_unstable();
        v
    };
    let everywhere = ids(&mut all_rules());
    assert!(!everywhere.is_empty());
    assert_eq!(everywhere, ids(&mut painpath_core::red_flag_tables()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// No result contradicts itself: every timing word agrees with the one
    /// time frame, no care is suggested alongside an urgent or emergency
    /// check, and therapy the pain prevents is never "not yet".
    #[test]
    fn no_result_contradicts_itself(a in answers()) {
        let r = assess(&a);
        let problems = painpath_core::consistency::problems(&a, &r);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The same over answers with a clean safety screen, where procedures
    /// and their gates are shown, half of them with pain too bad for therapy.
    #[test]
    fn no_result_with_a_clean_screen_contradicts_itself(
        mut a in answers(),
        too_painful in any::<bool>(),
    ) {
        for f in screen_questions().iter().chain(YES_NO_SAFETY) {
            let _ = a.set(*f, Value::One(1)); // "no"
        }
        a.age = Some(45);
        a.diagnoses = Default::default();
        if too_painful {
            a.history.care_result = Some(CareResult::TooPainfulToDo);
        }
        let r = assess(&a);
        let problems = painpath_core::consistency::problems(&a, &r);
        prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
