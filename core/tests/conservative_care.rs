//! Which care counts before a procedure (clinical-reference §2; patient
//! walk, Luis 11): for sciatica, 4 weeks of medicines alone are not enough,
//! as therapy or exercise is its first care (NICE NG59); for the nerve
//! pains treated with medicines first (NICE CG173), the same 4 weeks of
//! medicines count.

use painpath_core::answers::{Answers, CareTried, Diagnosis, MedicineKind, Region, Relief, YesNo};
use painpath_core::facts::Facts;
use painpath_core::Tri;

/// Four weeks of anti-inflammatory and nerve-pain medicines that did not
/// help, and no therapy or exercise.
fn medicines_only(a: &mut Answers) {
    let h = &mut a.history;
    h.physical_therapy = Some(CareTried::NotTried);
    h.home_exercise = Some(CareTried::NotTried);
    h.medicines = Some(CareTried::FourWeeksOrMore);
    h.medicine_kinds.insert(MedicineKind::AntiInflammatory);
    h.medicine_kinds.insert(MedicineKind::NervePain);
    h.anti_inflammatory_relief = Some(Relief::DidNotHelp);
    h.nerve_pain_relief = Some(Relief::DidNotHelp);
}

fn sciatica() -> Answers {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::LowerBack);
    a.pain.regions.insert(Region::LegsFeet);
    a.pain.below_knee = Some(YesNo::Yes);
    a.pain.numbness_tingling = Some(YesNo::Yes);
    a.diagnoses.insert(Diagnosis::DiscHerniation);
    medicines_only(&mut a);
    a
}

#[test]
fn sciatica_needs_therapy_or_exercise_as_well_as_medicines() {
    let a = sciatica();
    let f = Facts::derive(&a);
    assert!(f.lumbar_radicular);
    assert!(!f.medicine_first);
    assert_eq!(f.care_4_weeks, Tri::NotMet);
    assert_eq!(f.care_failed, Tri::NotMet);
    // Four weeks of exercise that did not help, beside the medicines: met.
    let mut b = a.clone();
    b.history.home_exercise = Some(CareTried::FourWeeksOrMore);
    b.history.care_result = Some(painpath_core::answers::CareResult::DidNotHelp);
    assert_eq!(Facts::derive(&b).care_failed, Tri::Met);
}

#[test]
fn nerve_pain_after_shingles_counts_medicines_alone() {
    let mut a = Answers::default();
    a.pain.regions.insert(Region::UpperBack);
    a.diagnoses.insert(Diagnosis::Shingles);
    medicines_only(&mut a);
    let f = Facts::derive(&a);
    assert!(f.medicine_first);
    assert_eq!(f.care_4_weeks, Tri::Met);
    assert_eq!(f.care_failed, Tri::Met);
}

/// The care gate's words fit the person (new patient walk: a reader with
/// diabetes and knee arthritis took a list of nerve pains to be about her):
/// the medicines-alone rule is said only to those whose pain it covers.
#[test]
fn the_care_gate_names_the_medicines_rule_only_where_it_applies() {
    use painpath_core::assessment::TimeFrame;
    use painpath_core::locale::Table;
    use painpath_core::phrases::{say, DEFAULT_EMERGENCY_NUMBER};
    let en = Table::parse(include_str!("../../locales/en.txt"));
    let words = |k: &str| en.get(k).unwrap_or("[missing]");
    let said = |a: &Answers| {
        say(
            "gate.care_failed",
            a,
            TimeFrame::Routine,
            DEFAULT_EMERGENCY_NUMBER,
            words,
        )
    };
    let alone = words("phrase.medicines_alone");
    let mut shingles = Answers::default();
    shingles.pain.regions.insert(Region::UpperBack);
    shingles.diagnoses.insert(Diagnosis::Shingles);
    medicines_only(&mut shingles);
    assert!(said(&shingles).contains(alone), "{}", said(&shingles));
    let mut knees = Answers::default();
    knees.pain.regions.insert(Region::Knees);
    knees.diagnoses.insert(Diagnosis::KneeArthritis);
    for text in [said(&knees), said(&sciatica())] {
        assert!(!text.contains(alone), "{text}");
        assert!(!text.contains('{') && !text.contains("diabetes"), "{text}");
    }
}
