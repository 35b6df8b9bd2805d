//! The questionnaire's flow: which steps and questions each patient is
//! asked, and how answers travel through them.

use painpath_core::answers::{Answers, Field as F, Region, Value};
use painpath_core::questionnaire::*;

#[test]
fn knee_pain_skips_headache_and_travel_steps_and_the_crps_signs() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Knees);
    let ids: Vec<&str> = visible_steps(&a).iter().map(|s| s.id).collect();
    assert!(!ids.contains(&"headache"));
    assert!(!asks(&a, F::TouchHurts));
    assert!(!ids.contains(&"travel"));
    assert!(ids.contains(&"strength"));
}

#[test]
fn head_and_hand_pain_add_their_steps() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Head);
    a.pain.regions.insert(Region::ArmsHands);
    let ids: Vec<&str> = visible_steps(&a).iter().map(|s| s.id).collect();
    assert!(ids.contains(&"headache") && ids.contains(&"travel"));
    assert!(asks(&a, F::OutOfProportion) && asks(&a, F::StiffnessOrSkinChanges));
}

/// The CRPS signs (patient walk, Luis 6): not asked for sciatica that began
/// slowly or after lifting with no fall or injury; always asked after an
/// injury, a fall, an operation, or when how it started or the fall
/// question is blank or "not sure", and for a painful limb the back or neck
/// does not explain.
#[test]
fn the_crps_signs_follow_an_injury_not_plain_sciatica() {
    use painpath_core::answers::{Onset, YesNo};
    let crps = [
        F::OutOfProportion,
        F::TouchHurts,
        F::ColourOrTemperature,
        F::SwellingOrSweating,
        F::StiffnessOrSkinChanges,
    ];
    let all = |a: &Answers| crps.iter().all(|f| asks(a, *f));
    let none = |a: &Answers| crps.iter().all(|f| !asks(a, *f));
    let mut sciatica = Answers::default();
    sciatica.pain.regions.insert(Region::LowerBack);
    sciatica.pain.regions.insert(Region::LegsFeet);
    sciatica.pain.below_knee = Some(YesNo::Yes);
    sciatica.red_flags.fall_or_injury = Some(YesNo::No);
    // How it started not answered yet: asked.
    assert!(all(&sciatica));
    for onset in [Onset::Gradual, Onset::Lifting] {
        sciatica.history.onset = Some(onset);
        assert!(none(&sciatica), "{onset:?}");
    }
    for onset in [Onset::Injury, Onset::Fall, Onset::Surgery, Onset::NotSure] {
        let mut a = sciatica.clone();
        a.history.onset = Some(onset);
        assert!(all(&a), "{onset:?}");
    }
    for fell in [None, Some(YesNo::Yes), Some(YesNo::NotSure)] {
        let mut a = sciatica.clone();
        a.history.onset = Some(Onset::Gradual);
        a.red_flags.fall_or_injury = fell;
        assert!(all(&a), "{fell:?}");
    }
    // The pain does not go below the knee, or not known: the back does not
    // explain the leg.
    for below in [None, Some(YesNo::No), Some(YesNo::NotSure)] {
        let mut a = sciatica.clone();
        a.history.onset = Some(Onset::Gradual);
        a.pain.below_knee = below;
        assert!(all(&a), "{below:?}");
    }
    // A painful hand as well, with no neck pain: asked.
    let mut a = sciatica.clone();
    a.history.onset = Some(Onset::Gradual);
    a.pain.regions.insert(Region::ArmsHands);
    assert!(all(&a));
    // Arm pain from the neck that began slowly: not asked; without the
    // neck: asked.
    let mut arm = Answers::default();
    arm.pain.regions.insert(Region::Neck);
    arm.pain.regions.insert(Region::ArmsHands);
    arm.pain.down_arm = Some(YesNo::Yes);
    arm.red_flags.fall_or_injury = Some(YesNo::No);
    arm.history.onset = Some(Onset::Gradual);
    assert!(none(&arm));
    arm.pain.regions.remove(&Region::Neck);
    assert!(all(&arm));
}

#[test]
fn every_field_is_asked_exactly_once() {
    for f in F::ALL {
        let count = STEPS
            .iter()
            .flat_map(|s| s.questions)
            .filter(|q| q.field == *f)
            .count();
        // What matters to the person is asked on the results page instead.
        let expected = usize::from(!ASKED_ON_RESULTS.contains(f));
        assert_eq!(count, expected, "{} is asked {count} times", f.path());
    }
}

/// Every question of the safety screen is asked of everyone, except
/// whether a fall or injury was a bad accident, which follows a yes or a
/// "not sure" to the fall question (a no to any fall is a no to a bad one).
#[test]
fn every_safety_screen_question_is_always_asked() {
    use painpath_core::answers::YesNo;
    let mut a = Answers::default();
    for id in ["safety", "health"] {
        let step = step_by_id(id).expect("safety steps exist");
        assert!(step.ask_when.holds(&a));
        let follow_up = usize::from(id == "health");
        assert_eq!(
            visible_questions(step, &a).len(),
            step.questions.len() - follow_up
        );
    }
    for fell in [YesNo::Yes, YesNo::NotSure] {
        a.red_flags.fall_or_injury = Some(fell);
        let health = step_by_id("health").expect("health step");
        assert_eq!(visible_questions(health, &a).len(), health.questions.len());
    }
    a.red_flags.fall_or_injury = Some(YesNo::No);
    assert!(!asks(&a, F::MajorTrauma));
}

#[test]
fn main_region_is_chosen_from_the_marked_regions() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Neck);
    a.pain.regions.insert(Region::Knees);
    let offered = options(F::MainRegion, &a);
    let ids: Vec<&str> = offered
        .iter()
        .map(|i| Region::ALL[usize::from(*i)].id())
        .collect();
    assert_eq!(ids, ["neck", "knees"]);
    assert_eq!(options(F::Duration, &a).len(), 7);
}

#[test]
fn choices_and_toggles_round_trip_through_values() {
    let mut a = Answers::default();
    for i in options(F::Duration, &a) {
        assert_eq!(a.set(F::Duration, Value::One(i)), Ok(()));
        assert_eq!(F::Duration.get(&a), Value::One(i));
    }
    let sleep = Value::Unanswered.toggled(1);
    assert_eq!(a.set(F::Goals, sleep), Ok(()));
    assert!(F::Goals.get(&a).holds(1));
    assert_eq!(a.set(F::Goals, F::Goals.get(&a).toggled(1)), Ok(()));
    assert!(!F::Goals.get(&a).holds(1));
    assert!(a.set(F::Duration, Value::One(99)).is_err());
    assert!(a.set(F::Age, Value::Number(121)).is_err());
    assert!(a.set(F::Age, Value::One(1)).is_err());
}

#[test]
fn none_of_these_answers_a_whole_screen_step_no_in_one_tap() {
    let mut a = Answers::default();
    for id in SCREEN_STEPS {
        let step = step_by_id(id).expect("screen step");
        let fields = answer_none_of_these(step, &mut a);
        // "No" to any fall or injury: whether it was a bad accident is not
        // asked.
        let follow_up = usize::from(*id == "health");
        assert_eq!(fields.len(), step.questions.len() - follow_up, "{id}");
    }
    assert!(unanswered_safety_questions(&a).is_empty());
    // Two taps, and the verdict is no longer held back by the screen.
    let r = painpath_core::assess(&a);
    assert!(!r
        .trace
        .iter()
        .any(|t| t.rule == "route.safety_questions_first"));
}

#[test]
fn none_of_these_keeps_answers_already_given() {
    let mut a = Answers::default();
    a.red_flags.saddle_numbness = Some(painpath_core::answers::YesNo::NotSure);
    let step = step_by_id("safety").expect("safety step");
    let fields = none_of_these(step, &a);
    assert!(!fields.contains(&F::SaddleNumbness));
    answer_none_of_these(step, &mut a);
    assert_eq!(
        a.red_flags.saddle_numbness,
        Some(painpath_core::answers::YesNo::NotSure)
    );
    assert_eq!(
        a.red_flags.bladder_change,
        Some(painpath_core::answers::YesNo::No)
    );
}

#[test]
fn none_of_these_covers_only_safety_questions_where_they_apply() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Knees);
    // Knee pain: the extra warning signs are not asked at all.
    assert!(!visible_steps(&a).iter().any(|s| s.id == "warning_signs"));
    a.pain.regions.insert(Region::Neck);
    let step = step_by_id("warning_signs").expect("warning signs step");
    let fields = none_of_these(step, &a);
    assert!(fields.contains(&F::ChestSymptoms) && fields.contains(&F::Myelopathy));
    assert!(fields.contains(&F::AfterSpinalProcedure));
    // What was tried is always answered one by one: "not tried" is never
    // given by the one tap.
    let tried = step_by_id("tried").expect("tried step");
    assert!(!none_of_these(tried, &a).iter().any(|f| matches!(
        f,
        F::PhysicalTherapy | F::HomeExercise | F::Medicines | F::CareResult
    )));
    assert!(!offers_none_of_these(tried, &a));
}

#[test]
fn none_of_these_on_other_pages_gives_each_question_its_own_none() {
    use painpath_core::answers::{BloodThinner, SurgeonAdvice};
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    a.age = Some(58);
    // Precautions: the blood thinner is "no", every yes/no "no"; the
    // question asked only after a "yes" stays unasked.
    let step = step_by_id("precautions").expect("precautions step");
    assert!(offers_none_of_these(step, &a));
    let fields = answer_none_of_these(step, &mut a);
    assert!(fields.contains(&F::BloodThinners) && !fields.contains(&F::ThinnerReason));
    assert_eq!(a.precautions.blood_thinners, Some(BloodThinner::No));
    // Not asked at 58 (pregnancy after 55 is vanishingly rare), so the one
    // tap leaves it unanswered; at 40 it is asked and the tap gives "no".
    assert_eq!(a.precautions.pregnant, None);
    let mut younger = Answers {
        age: Some(40),
        ..Answers::default()
    };
    younger.pain.regions.insert(Region::LowerBack);
    answer_none_of_these(step, &mut younger);
    assert_eq!(
        younger.precautions.pregnant,
        Some(painpath_core::answers::Pregnancy::No)
    );
    // Earlier procedures: none had, no surgeon seen, no scan yet.
    let step = step_by_id("procedures_before").expect("procedures step");
    answer_none_of_these(step, &mut a);
    assert_eq!(a.history.surgeon_advice, Some(SurgeonAdvice::NotSeen));
    assert_eq!(
        a.history.imaging,
        Some(painpath_core::answers::Imaging::NotDone)
    );
    assert!(visible_questions(step, &a)
        .iter()
        .all(|q| q.field.get(&a) != Value::Unanswered));
    // Mood: "not at all" on each of the four.
    let step = step_by_id("mood").expect("mood step");
    answer_none_of_these(step, &mut a);
    assert_eq!(F::FeelingDown.get(&a), Value::Number(0));
    // How long, how strong and what it feels like are never answered for
    // the patient.
    for id in ["when", "strength", "where", "about", "goals"] {
        let step = step_by_id(id).expect("step");
        assert!(none_of_these(step, &a).is_empty(), "{id}");
    }
    // A single yes/no question beside them is no reason for the tap.
    let feel = step_by_id("feel").expect("feel step");
    assert_eq!(none_of_these(feel, &a), vec![F::MuscleKnots]);
    assert!(!offers_none_of_these(feel, &a));
}

#[test]
fn none_of_these_goes_on_only_from_a_page_it_answers_whole() {
    use painpath_core::answers::YesNo;
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    a.age = Some(58);
    // Pages of yes/no questions, earlier procedures and mood: the tap
    // answers all of it, so it also goes on.
    for id in [
        "safety",
        "health",
        "warning_signs",
        "travel",
        "procedures_before",
        "precautions",
        "mood",
    ] {
        let step = step_by_id(id).expect("step");
        assert!(offers_none_of_these(step, &a), "{id}");
        assert!(none_of_these_completes(step, &a), "{id}");
    }
    // What makes it worse or better is the person's own to answer: the tap
    // answers the yes/no questions beside it and stays.
    let changes = step_by_id("changes").expect("changes step");
    assert!(offers_none_of_these(changes, &a));
    assert!(!none_of_these_completes(changes, &a));
    // An answer given first is kept, and the page still completes.
    a.red_flags.saddle_numbness = Some(YesNo::NotSure);
    let safety = step_by_id("safety").expect("safety step");
    assert!(none_of_these_completes(safety, &a));
    // A "yes" that opens a question without a none answer (why the blood
    // thinner is taken) keeps the person on the page to answer it.
    a.precautions.blood_thinners = Some(painpath_core::answers::BloodThinner::Anticoagulant);
    let precautions = step_by_id("precautions").expect("precautions step");
    assert!(!none_of_these_completes(precautions, &a));
}

#[test]
fn an_unanswered_screen_means_safety_questions_first() {
    let a = Answers::default();
    assert_eq!(unanswered_safety_questions(&a).len(), 19);
    let r = painpath_core::assess(&a);
    assert!(r
        .candidacy
        .still_needed
        .contains(&"still.safety_questions_first"));
    assert!(r.procedures.is_empty());
}

#[test]
fn the_device_site_question_is_asked_only_with_an_implant() {
    let mut a = Answers::default();
    let step = step_by_id("precautions").expect("precautions step");
    let asked = |a: &Answers| {
        visible_questions(step, a)
            .iter()
            .any(|q| q.field == F::DeviceSiteInfection)
    };
    assert!(!asked(&a));
    a.precautions.implanted_device = Some(painpath_core::answers::YesNo::NotSure);
    assert!(asked(&a));
}

/// Every condition of the skip logic names values its field can hold: a
/// condition on a value that does not exist would silently never hold.
#[test]
fn conditions_name_values_their_fields_hold() {
    fn check(c: &Cond, at: &str) {
        match *c {
            Cond::Always => {}
            Cond::Hurts(regions) | Cond::HurtsOrUnmarked(regions) => {
                assert!(regions != 0, "{at}: no region");
                assert!(
                    regions >> Region::ALL.len() == 0,
                    "{at}: a bit past the regions"
                );
            }
            Cond::RegionsOver(n) => assert!(usize::from(n) < Region::ALL.len(), "{at}"),
            Cond::Is(field, values) | Cond::IsNot(field, values) => match field.kind() {
                painpath_core::answers::Kind::One { ids, .. }
                | painpath_core::answers::Kind::Set { ids, .. } => {
                    assert!(values != 0, "{at}: no value");
                    assert!(
                        values >> ids.len() == 0,
                        "{at}: {} has fewer values than {values:b}",
                        field.path()
                    );
                }
                k => panic!("{at}: {} is {k:?}, not a field of values", field.path()),
            },
            Cond::AtLeast(field, min) | Cond::Under(field, min) => match field.kind() {
                painpath_core::answers::Kind::Number { min: lo, max: hi }
                | painpath_core::answers::Kind::Scale {
                    min: lo, max: hi, ..
                } => {
                    assert!((lo..=hi).contains(&min), "{at}: {min} outside {lo}–{hi}")
                }
                k => panic!("{at}: {} is {k:?}, not a number", field.path()),
            },
            Cond::Any(cs) | Cond::All(cs) => {
                assert!(cs.len() > 1, "{at}: a group of one");
                cs.iter().for_each(|c| check(c, at));
            }
        }
    }
    for s in STEPS {
        check(&s.ask_when.cond, s.id);
        for q in s.questions {
            check(&q.ask_when.cond, q.id());
        }
    }
}

/// A value's bit is its place in its value list, as sets of answers hold it.
#[test]
fn a_values_bit_is_its_place_in_the_list() {
    for (i, r) in Region::ALL.iter().enumerate() {
        assert_eq!(r.bit(), 1 << i);
        let set: painpath_core::answers::EnumSet<Region> = [*r].into_iter().collect();
        assert_eq!(set.bits(), r.bit());
    }
    for (i, v) in painpath_core::answers::CareTried::ALL.iter().enumerate() {
        assert_eq!(v.bit(), 1 << i);
    }
}

fn asks(a: &Answers, field: F) -> bool {
    visible_steps(a)
        .iter()
        .any(|s| visible_questions(s, a).iter().any(|q| q.field == field))
}

#[test]
fn nerve_questions_follow_pain_that_travels() {
    use painpath_core::answers::YesNo;
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    assert!(asks(&a, F::BelowKnee) && !asks(&a, F::DownArm));
    assert!(!asks(&a, F::NumbnessTingling));
    a.pain.below_knee = Some(YesNo::NotSure);
    assert!(!asks(&a, F::NumbnessTingling));
    a.pain.below_knee = Some(YesNo::Yes);
    assert!(asks(&a, F::NumbnessTingling) && asks(&a, F::Dominance));
}

#[test]
fn onset_before_40_is_asked_from_age_40_with_low_back_pain() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Buttocks);
    assert!(!asks(&a, F::BeganBefore40), "age not given yet");
    a.age = Some(39);
    assert!(!asks(&a, F::BeganBefore40));
    a.age = Some(40);
    assert!(asks(&a, F::BeganBefore40));
    a.pain.regions = Default::default();
    a.pain.regions.insert(Region::Knees);
    assert!(!asks(&a, F::BeganBefore40));
}

#[test]
fn care_result_is_asked_once_some_care_was_tried() {
    use painpath_core::answers::CareTried;
    let mut a = Answers::default();
    a.history.physical_therapy = Some(CareTried::NotTried);
    a.history.medicines = Some(CareTried::NotSure);
    assert!(!asks(&a, F::CareResult));
    a.history.home_exercise = Some(CareTried::UnderFourWeeks);
    assert!(asks(&a, F::CareResult));
}

#[test]
fn the_main_region_is_asked_only_with_several_regions() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::Neck);
    assert!(!asks(&a, F::MainRegion));
    a.pain.regions.insert(Region::Hips);
    assert!(asks(&a, F::MainRegion));
}

#[test]
fn the_thinner_reason_follows_any_kind_of_blood_thinner() {
    use painpath_core::answers::BloodThinner;
    let mut a = Answers::default();
    assert!(!asks(&a, F::ThinnerReason));
    for (kind, asked) in [
        (BloodThinner::No, false),
        (BloodThinner::NotSure, false),
        (BloodThinner::Anticoagulant, true),
        (BloodThinner::Antiplatelet, true),
        (BloodThinner::AspirinOnly, true),
        (BloodThinner::KindNotKnown, true),
    ] {
        a.precautions.blood_thinners = Some(kind);
        assert_eq!(asks(&a, F::ThinnerReason), asked, "{kind:?}");
    }
}

#[test]
fn sides_are_asked_for_the_limb_that_hurts() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    assert!(!asks(&a, F::ArmSide) && !asks(&a, F::LegSide));
    a.pain.regions.insert(Region::Shoulders);
    assert!(asks(&a, F::ArmSide) && !asks(&a, F::LegSide));
    a.pain.regions.insert(Region::Knees);
    assert!(asks(&a, F::LegSide));
}

#[test]
fn earlier_procedure_questions_follow_earlier_injections_and_surgery() {
    use painpath_core::answers::{PriorInjections, YesNo};
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    assert!(!asks(&a, F::PriorEpidural) && !asks(&a, F::SinceSpineSurgery));
    a.history.prior_injections = Some(PriorInjections::NotSure);
    assert!(asks(&a, F::PriorEpidural) && asks(&a, F::SteroidInjections12Months));
    a.history.spine_surgery = Some(YesNo::Yes);
    assert!(asks(&a, F::SinceSpineSurgery));
    // Knee pain alone: no spine questions, but steroid injections still count.
    a.pain.regions = Default::default();
    a.pain.regions.insert(Region::Knees);
    assert!(!asks(&a, F::PriorEpidural) && asks(&a, F::SteroidInjections12Months));
    // A planned joint replacement is asked for knees; smoking only where a
    // stimulator can be discussed (spine or an arm, hand, leg or foot).
    assert!(asks(&a, F::JointReplacementPlanned) && !asks(&a, F::Smoking));
}

#[test]
fn face_and_chest_pain_bring_their_questions() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::FaceJaw);
    assert!(asks(&a, F::FaceAttacks) && !asks(&a, F::HeadacheKind));
    a.pain.regions = Default::default();
    a.pain.regions.insert(Region::ChestBelly);
    assert!(asks(&a, F::ChestSymptoms));
}

#[test]
fn the_results_page_step_asks_exactly_the_fields_asked_there() {
    let fields: Vec<F> = WHAT_MATTERS.questions.iter().map(|q| q.field).collect();
    assert!(!fields.is_empty());
    assert_eq!(fields, ASKED_ON_RESULTS);
    assert!(STEPS.iter().all(|s| s.id != WHAT_MATTERS.id));
    assert!(ASKED_ON_RESULTS.iter().all(|f| asked_by(*f).is_none()));
}

/// Every condition has its words for the answers documentation (kept in a
/// table apart from the conditions, so the questionnaire's app does not
/// carry them).
#[test]
fn every_condition_is_said_in_words() {
    for s in STEPS {
        assert!(!s.ask_when.says().is_empty(), "step {}", s.id);
        for q in s.questions {
            assert!(!q.ask_when.says().is_empty(), "{}", q.id());
        }
    }
}

/// Where it hurts comes first; then every emergency question that can
/// apply, before any question that is not a safety question.
#[test]
fn the_body_map_comes_first_and_every_emergency_question_before_other_questions() {
    use painpath_core::assessment::Urgency;
    use painpath_core::knowledge::red_flags::FLAGS;
    assert_eq!(STEPS[0].id, "where");
    assert_eq!(STEPS[0].questions[0].field, F::Regions);
    let emergency: Vec<F> = FLAGS
        .iter()
        .filter(|f| f.level == Urgency::Emergency)
        .map(|f| f.field)
        .collect();
    let place = |f: F| {
        STEPS
            .iter()
            .flat_map(|s| s.questions)
            .position(|q| q.field == f)
            .expect("asked")
    };
    let last_emergency = emergency.iter().map(|f| place(*f)).max().expect("flags");
    let first_other = STEPS
        .iter()
        .skip(1)
        .flat_map(|s| s.questions)
        .position(|q| !is_safety_question(q.field))
        .map(|i| i + STEPS[0].questions.len())
        .expect("other questions");
    assert!(last_emergency < first_other);
}

/// Dorothy: low back pain is not asked about headaches; a headache or neck
/// pain is.
#[test]
fn headache_emergency_signs_are_asked_only_with_head_face_or_neck_pain() {
    let headache = [
        F::ThunderclapHeadache,
        F::HeadacheFeverStiffNeck,
        F::HeadacheNeuroSigns,
        F::HeadacheAfterHeadInjury,
    ];
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    assert!(headache.iter().all(|f| !asks(&a, *f)));
    assert!(asks(&a, F::SaddleNumbness) && asks(&a, F::SexualFunctionChange));
    for r in [Region::Head, Region::Neck, Region::FaceJaw] {
        let mut b = a.clone();
        b.pain.regions.insert(r);
        assert!(headache.iter().all(|f| asks(&b, *f)), "{r:?}");
    }
    // Knee pain alone: the cauda equina signs of back or leg pain that the
    // engine reads only there are not asked; the others are.
    let mut knee = Answers::default();
    knee.pain.regions.insert(Region::Knees);
    assert!(!asks(&knee, F::SexualFunctionChange) && asks(&knee, F::BladderChange));
}

/// "Not answered" is never "no": with the body map left empty, every
/// safety question is asked (those that follow another answer, once it is
/// given).
#[test]
fn an_empty_body_map_asks_every_safety_question() {
    use painpath_core::answers::YesNo;
    let mut a = Answers {
        age: Some(60),
        ..Default::default()
    };
    a.precautions.implanted_device = Some(YesNo::Yes);
    a.red_flags.fall_or_injury = Some(YesNo::Yes);
    for f in F::ALL.iter().filter(|f| is_safety_question(**f)) {
        assert!(asks(&a, *f), "{}", f.path());
    }
}

/// A stable step count (patient walk: Dorothy 4, Luis 9): with where it
/// hurts first, only the body map decides which steps are asked, so the
/// count never changes once the person has left the first page.
#[test]
fn only_the_body_map_decides_which_steps_are_asked() {
    for s in STEPS {
        let mut c = vec![s.ask_when.cond];
        while let Some(cond) = c.pop() {
            match cond {
                Cond::Always | Cond::Hurts(_) | Cond::HurtsOrUnmarked(_) => {}
                Cond::Any(cs) | Cond::All(cs) => c.extend(cs.iter().copied()),
                other => panic!("step {} depends on {other:?}", s.id),
            }
        }
    }
}
