//! The SurveyJS export used by the side-by-side benchmark asks what
//! PainPath's questionnaire asks: every step as a page, every question once,
//! answered the same way, with the same options, words and conditions.
//! (`scripts/surveyjs-check.mjs` runs the conditions in SurveyJS itself.)
#![cfg(not(target_arch = "wasm32"))]

use painpath_core::answers::{Field, Kind, WORDED_SCALE_MAX};
use painpath_core::questionnaire::{widget, Cond, Widget, ASKED_ON_RESULTS, STEPS};
use painpath_core::surveyjs::{expression, survey};
use serde_json::{json, Value};

fn pages() -> Vec<Value> {
    survey()["pages"].as_array().cloned().unwrap_or_default()
}

#[test]
fn every_step_is_a_page_and_every_question_is_on_its_page_in_order() {
    let pages = pages();
    let page_names: Vec<&str> = pages.iter().filter_map(|p| p["name"].as_str()).collect();
    let step_ids: Vec<&str> = STEPS.iter().map(|s| s.id).collect();
    assert_eq!(page_names, step_ids);
    for (page, step) in pages.iter().zip(STEPS) {
        let names: Vec<&str> = page["elements"]
            .as_array()
            .map(|e| e.iter().filter_map(|q| q["name"].as_str()).collect())
            .unwrap_or_default();
        let ids: Vec<&str> = step.questions.iter().map(|q| q.id()).collect();
        assert_eq!(names, ids, "page {}", step.id);
    }
    let total: usize = pages
        .iter()
        .map(|p| p["elements"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(
        total,
        Field::ALL.len() - ASKED_ON_RESULTS.len(),
        "one question per answer field the questionnaire asks"
    );
}

#[test]
fn each_question_is_answered_as_in_painpath_with_the_same_options() {
    for (page, step) in pages().iter().zip(STEPS) {
        let elements = page["elements"].as_array().cloned().unwrap_or_default();
        for (el, q) in elements.iter().zip(step.questions) {
            let want = match widget(q.field) {
                Widget::Choice => "radiogroup",
                Widget::Multi | Widget::BodyMap => "checkbox",
                Widget::Scale => "rating",
                Widget::Number => "text",
            };
            assert_eq!(el["type"], want, "{}", q.id());
            match q.field.kind() {
                Kind::One { ids, .. } | Kind::Set { ids, .. } => {
                    let values: Vec<&str> = el["choices"]
                        .as_array()
                        .map(|c| c.iter().filter_map(|c| c["value"].as_str()).collect())
                        .unwrap_or_default();
                    assert_eq!(values, ids, "{}", q.id());
                }
                Kind::Scale { min, max, .. } if max <= WORDED_SCALE_MAX => {
                    let points: Vec<u64> = el["rateValues"]
                        .as_array()
                        .map(|c| c.iter().filter_map(|c| c["value"].as_u64()).collect())
                        .unwrap_or_default();
                    let want: Vec<u64> = (min..=max).map(u64::from).collect();
                    assert_eq!(points, want, "{}", q.id());
                }
                Kind::Scale { min, max, .. } => {
                    assert_eq!((&el["rateMin"], &el["rateMax"]), (&json!(min), &json!(max)));
                }
                Kind::Number { min, max } => {
                    assert_eq!(el["inputType"], "number");
                    assert_eq!((&el["min"], &el["max"]), (&json!(min), &json!(max)));
                }
            }
        }
    }
}

#[test]
fn every_condition_is_carried_over_and_nothing_else() {
    for (page, step) in pages().iter().zip(STEPS) {
        let want = expression(&step.ask_when.cond).map(Value::from);
        assert_eq!(page.get("visibleIf").cloned(), want, "page {}", step.id);
        let elements = page["elements"].as_array().cloned().unwrap_or_default();
        for (el, q) in elements.iter().zip(step.questions) {
            let want = expression(&q.ask_when.cond).map(Value::from);
            assert_eq!(el.get("visibleIf").cloned(), want, "{}", q.id());
        }
    }
    assert_eq!(expression(&Cond::Always), None);
    assert_eq!(
        expression(&Cond::RegionsOver(1)).as_deref(),
        Some("{regions.length} > 1")
    );
}

#[test]
fn every_word_is_found_in_the_english_locale() {
    let text = survey().to_string();
    assert!(!text.contains("[missing text"), "{text}");
    // Where it hurts comes first, then the emergency questions.
    assert_eq!(pages()[0]["elements"][0]["name"], "regions");
    let first = &pages()[1]["elements"][0];
    assert_eq!(first["name"], "saddle_numbness");
    assert!(first["title"]
        .as_str()
        .is_some_and(|t| t.contains("saddle")));
    assert_eq!(first["choices"][0]["text"], "Yes");
}
