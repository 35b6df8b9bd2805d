//! What matters to the person never changes the assessment: over sampled
//! answer sets, any choice of priorities gives the same
//! verdict, urgency, procedures, red flags and everything else `assess`
//! returns; only the highlights beside it differ.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::OnceLock;

use painpath_core::answers::{sampled, Answers, Field, Priority, Value, YesNo};
use painpath_core::knowledge::values::highlights;
use painpath_core::{assess, red_flag_level};
use proptest::prelude::*;

/// Sampled answer sets (every state of every field), with no choices made;
/// every other one with the safety screen answered "no", so that many
/// offer procedures for the choices to bear on.
fn cases() -> &'static [Answers] {
    static CASES: OnceLock<Vec<Answers>> = OnceLock::new();
    CASES.get_or_init(|| {
        sampled(1200, 0x05EE_D0F7_A1E5)
            .into_iter()
            .enumerate()
            .map(|(i, mut a)| {
                let p = &mut a.pain;
                if p.main_region.is_some_and(|m| !p.regions.contains(&m)) {
                    p.main_region = None;
                }
                a.priorities = Default::default();
                if i % 2 == 0 {
                    for f in Field::ALL
                        .iter()
                        .filter(|f| f.path().starts_with("red_flags."))
                    {
                        let _ = f.set(&mut a, Value::One(YesNo::No as u8));
                    }
                }
                a
            })
            .collect()
    })
}

fn with_choices(a: &Answers, priorities: u32) -> Answers {
    let mut b = a.clone();
    b.priorities = Priority::ALL
        .iter()
        .copied()
        .filter(|p| priorities & p.bit() != 0)
        .collect();
    b
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn choices_never_change_the_assessment(
        pick in any::<prop::sample::Index>(),
        priorities in 0u32..(1 << Priority::ALL.len()),
    ) {
        let plain = &cases()[pick.index(cases().len())];
        let chosen = with_choices(plain, priorities);
        let (before, after) = (assess(plain), assess(&chosen));
        prop_assert_eq!(&before, &after);
        prop_assert_eq!(red_flag_level(plain), red_flag_level(&chosen));
        // Only the highlights differ, and they speak of offered procedures.
        let offered: Vec<_> = after.procedures.iter().map(|p| p.id).collect();
        let h = highlights(&chosen, &offered);
        prop_assert_eq!(h.cards.len(), offered.len());
        for (p, lines) in &h.cards {
            prop_assert!(offered.contains(p));
            for (v, _) in lines {
                prop_assert!(chosen.priorities.contains(v));
            }
        }
        let none = highlights(plain, &offered);
        prop_assert!(none.questions.is_empty());
        prop_assert!(none.cards.iter().all(|(_, l)| l.is_empty()));
    }
}

#[test]
fn the_sampled_cases_offer_procedures_often_enough_to_test_anything() {
    let offering = cases()
        .iter()
        .filter(|a| !assess(a).procedures.is_empty())
        .count();
    assert!(
        offering >= 20,
        "only {offering} sampled cases offer a procedure"
    );
}
