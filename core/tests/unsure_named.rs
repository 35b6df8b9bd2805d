//! A result that rests on a safety answer of "not sure" names that answer:
//! the person has to know which sign to check for and when to go straight
//! to the emergency department (clinical-reference §0; patient walk, Luis:
//! "the reason did not say which sign").

use painpath_core::locale::Table;
use painpath_core::phrases::{say, DEFAULT_EMERGENCY_NUMBER};
use painpath_core::Answers;

fn tables() -> [(&'static str, Table); 2] {
    [
        ("en", Table::parse(include_str!("../../locales/en.txt"))),
        ("es", Table::parse(include_str!("../../locales/es.txt"))),
    ]
}

fn answers(json: &str) -> Answers {
    painpath_core::case_review::case_answers(json).unwrap_or_else(|e| panic!("{}", e.message))
}

/// The reason texts of a result, said in one language.
fn reasons(a: &Answers, t: &Table) -> Vec<(String, String)> {
    let r = painpath_core::assess(a);
    let words = |k: &str| t.get(k).unwrap_or("[missing]");
    r.urgency_reasons
        .iter()
        .map(|x| {
            (
                x.rule.to_string(),
                say(x.text, a, r.time_frame, DEFAULT_EMERGENCY_NUMBER, words),
            )
        })
        .collect()
}

/// Low back pain going down one leg for six weeks, every safety answer no
/// but one, which is "not sure".
fn sciatica_unsure(field: &str) -> Answers {
    let mut flags = serde_json::Map::new();
    for f in [
        "saddle_numbness",
        "bladder_change",
        "bowel_control",
        "both_legs_weak",
        "sexual_function_change",
        "rapid_weakness",
        "fever_chills",
        "recent_infection",
        "injects_drugs",
        "weak_immune_system",
        "fall_or_injury",
        "long_term_steroids",
        "cancer_history",
        "weight_loss",
        "constant_night_pain",
    ] {
        let v = if f == field { "not_sure" } else { "no" };
        flags.insert(f.into(), v.into());
    }
    let case = serde_json::json!({
        "age": 45,
        "red_flags": flags,
        "pain": {"regions": ["lower_back", "legs_feet"], "main_region": "legs_feet",
                 "duration": "6_to_12_weeks", "below_knee": "yes", "leg_side": "left",
                 "numbness_tingling": "yes", "slowly_worsening_weakness": "no"},
        "peg": {"pain": 7, "enjoyment": 6, "activity": 7},
        "history": {"onset": "lifting"},
        "precautions": {"blood_thinners": "no", "diabetes": "no", "pregnant": "no",
                        "infection_now": "no", "allergies": "no", "implanted_device": "no"},
        "mood": {"little_interest": 0, "feeling_down": 0, "nervous": 0, "cannot_stop_worrying": 0}
    });
    answers(&case.to_string())
}

#[test]
fn unsure_about_saddle_numbness_names_it_and_only_it() {
    let a = sciatica_unsure("saddle_numbness");
    for (lang, t) in tables() {
        let said = reasons(&a, &t);
        let (_, text) = said
            .iter()
            .find(|(rule, _)| rule == "unsure.emergency_sign")
            .unwrap_or_else(|| panic!("{lang}: no unsure.emergency_sign in {said:?}"));
        let saddle = t.get("summary.label.saddle_numbness").unwrap_or("?");
        let bladder = t.get("summary.label.bladder_change").unwrap_or("?");
        assert!(text.contains(saddle), "{lang}: {text}");
        assert!(!text.contains(bladder), "{lang}: {text}");
        assert!(!text.contains('{'), "{lang}: {text}");
    }
}

#[test]
fn unsure_about_fever_names_fever_as_a_warning_sign_not_an_emergency() {
    let a = sciatica_unsure("fever_chills");
    for (lang, t) in tables() {
        let said = reasons(&a, &t);
        assert!(
            said.iter().all(|(rule, _)| rule != "unsure.emergency_sign"),
            "{lang}: {said:?}"
        );
        let (_, text) = said
            .iter()
            .find(|(rule, _)| rule == "unsure.warning_sign")
            .unwrap_or_else(|| panic!("{lang}: no unsure.warning_sign in {said:?}"));
        assert!(
            text.contains(t.get("summary.label.fever_chills").unwrap_or("?")),
            "{lang}: {text}"
        );
    }
}

/// Two unsure answers: both are named, in the order they are asked.
#[test]
fn two_unsure_answers_are_both_named() {
    let json = include_str!("vignettes/unsure_saddle_and_bladder_sciatica.json");
    let a = answers(json);
    let (_, t) = &tables()[0];
    let said = reasons(&a, t);
    let (_, text) = said
        .iter()
        .find(|(rule, _)| rule == "unsure.emergency_sign")
        .unwrap_or_else(|| panic!("{said:?}"));
    let saddle = text.find(t.get("summary.label.saddle_numbness").unwrap_or("?"));
    let bladder = text.find(t.get("summary.label.bladder_change").unwrap_or("?"));
    assert!(
        matches!((saddle, bladder), (Some(s), Some(b)) if s < b),
        "{text}"
    );
}

/// Every vignette whose result rests on a "not sure" names a sign there, in
/// both languages, with no placeholder left.
#[test]
fn every_unsure_reason_in_the_vignettes_names_a_sign() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{e}")) {
        let path = entry.unwrap_or_else(|e| panic!("{e}")).path();
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let a = answers(&json);
        for (lang, t) in tables() {
            for (rule, text) in reasons(&a, &t) {
                if rule != "unsure.emergency_sign" && rule != "unsure.warning_sign" {
                    continue;
                }
                seen += 1;
                let quote = t.get("phrase.quoted").unwrap_or("?");
                let open = quote.split("{text}").next().unwrap_or("?");
                assert!(
                    text.contains(open) && !text.contains('{'),
                    "{}: {lang}: {text}",
                    path.display()
                );
            }
        }
    }
    assert!(seen > 10, "only {seen} unsure reasons among the vignettes");
}
