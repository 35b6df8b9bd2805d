//! The FHIR Questionnaire and QuestionnaireResponse: every question and
//! option is there, skip logic says what the questionnaire does, responses
//! match the Questionnaire, and the standard codes are the published ones.

use painpath_core::answers::{Field, Kind};
use painpath_core::case_review::lookup;
use painpath_core::fhir::{self, Json};
use painpath_core::questionnaire::{visible_questions, visible_steps, Cond, STEPS, WHAT_MATTERS};
use painpath_core::Answers;
use serde_json::Value;

fn questionnaire() -> Value {
    let text = fhir::questionnaire(&lookup, "en").text();
    serde_json::from_str(&text).expect("the Questionnaire is JSON")
}

fn response(a: &Answers) -> Value {
    let text = fhir::response(a, &lookup, "en", Some("2026-11-24T08:00:00Z")).text();
    serde_json::from_str(&text).expect("the response is JSON")
}

/// Every item of a Questionnaire or response, nested ones too.
fn items(v: &Value) -> Vec<&Value> {
    let mut out = Vec::new();
    if let Some(list) = v["item"].as_array() {
        for item in list {
            out.push(item);
            out.extend(items(item));
        }
    }
    out
}

fn item<'a>(q: &'a Value, link_id: &str) -> &'a Value {
    items(q)
        .into_iter()
        .find(|i| i["linkId"] == link_id)
        .unwrap_or_else(|| panic!("no item {link_id}"))
}

/// A fixed pseudo-random sequence of answer sets over every state of every
/// field, about a quarter left unanswered.
fn answer_sets(n: usize) -> Vec<Answers> {
    painpath_core::answers::sampled(n, 0x2545_F491_4F6C_DD1D)
}

#[test]
fn every_step_question_and_option_is_in_the_questionnaire() {
    let q = questionnaire();
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["url"], fhir::QUESTIONNAIRE_URL);
    let mut seen = std::collections::HashSet::new();
    for i in items(&q) {
        let id = i["linkId"].as_str().expect("linkId");
        assert!(seen.insert(id.to_string()), "linkId {id} twice");
        assert!(!i["text"].as_str().unwrap_or("").contains("opt."), "{id}");
    }
    for step in STEPS {
        assert_eq!(item(&q, &fhir::step_link_id(step))["type"], "group");
        for question in step.questions {
            let field = question.field;
            let it = item(&q, field.id());
            let text = lookup(&format!("q.{}", field.id())).expect("question text");
            assert_eq!(it["text"], text);
            match field.kind() {
                Kind::One { ids, .. } | Kind::Set { ids, .. } => {
                    assert_eq!(it["type"], "choice");
                    let codes: Vec<&str> = it["answerOption"]
                        .as_array()
                        .expect("options")
                        .iter()
                        .map(|o| o["valueCoding"]["code"].as_str().expect("code"))
                        .collect();
                    assert_eq!(codes, ids.to_vec(), "{}", field.id());
                    assert_eq!(
                        it["repeats"] == true,
                        matches!(field.kind(), Kind::Set { .. })
                    );
                }
                Kind::Scale { min, max, .. } if max > 3 => {
                    assert_eq!(it["type"], "integer");
                    let ext = it["extension"].as_array().expect("range");
                    assert!(ext.iter().any(|e| e["valueInteger"] == min));
                    assert!(ext.iter().any(|e| e["valueInteger"] == max));
                }
                Kind::Scale { min, max, .. } => {
                    assert_eq!(it["type"], "choice");
                    let n = it["answerOption"].as_array().expect("options").len();
                    assert_eq!(n, usize::from(max - min) + 1);
                }
                Kind::Number { .. } => assert_eq!(it["type"], "integer"),
            }
        }
    }
}

/// FHIR R4's meaning of an item's `enableWhen` and `enableBehavior`,
/// evaluated against PainPath's answers.
fn fhir_enabled(item: &Value, a: &Answers) -> Option<bool> {
    let entries = item["enableWhen"].as_array()?;
    let holds = |e: &Value| -> bool {
        let field = Field::ALL
            .iter()
            .copied()
            .find(|f| f.id() == e["question"])
            .expect("enableWhen names a question");
        // The answers as they stand (FHIR looks at the answer given).
        let codes: Vec<String> = match field.get(a) {
            painpath_core::answers::Value::One(i) => match field.kind() {
                Kind::One { ids, .. } => vec![ids[usize::from(i)].to_string()],
                _ => vec![],
            },
            painpath_core::answers::Value::Set(bits) => match field.kind() {
                Kind::Set { ids, .. } => (0..ids.len())
                    .filter(|i| bits & (1 << i) != 0)
                    .map(|i| ids[i].to_string())
                    .collect(),
                _ => vec![],
            },
            _ => vec![],
        };
        match e["operator"].as_str() {
            Some("=") => codes.iter().any(|c| *c == e["answerCoding"]["code"]),
            Some("exists") => {
                // FHIR: an item with no answer (an empty set has none).
                let answered = !matches!(
                    field.get(a),
                    painpath_core::answers::Value::Unanswered
                        | painpath_core::answers::Value::Set(0)
                );
                answered == e["answerBoolean"].as_bool().expect("boolean")
            }
            Some(">=") => match field.get(a) {
                painpath_core::answers::Value::Number(n) => {
                    i64::from(n) >= e["answerInteger"].as_i64().expect("integer")
                }
                _ => false,
            },
            Some("<") => match field.get(a) {
                painpath_core::answers::Value::Number(n) => {
                    i64::from(n) < e["answerInteger"].as_i64().expect("integer")
                }
                _ => false,
            },
            other => panic!("unexpected operator {other:?}"),
        }
    };
    Some(match item["enableBehavior"].as_str() {
        Some("any") => entries.iter().any(holds),
        Some("all") => entries.iter().all(holds),
        other => panic!("enableWhen without enableBehavior: {other:?}"),
    })
}

#[test]
fn skip_logic_as_enable_when_asks_exactly_what_painpath_asks() {
    let q = questionnaire();
    let mut conditions = Vec::new();
    for step in STEPS {
        conditions.push((fhir::step_link_id(step), step.ask_when.cond));
        for question in step.questions {
            conditions.push((question.id().to_string(), question.ask_when.cond));
        }
    }
    let sets = answer_sets(300);
    let (mut flat, mut expressions) = (0, 0);
    for (id, cond) in &conditions {
        let it = item(&q, id);
        if *cond == Cond::Always {
            assert!(
                it.get("enableWhen").is_none()
                    && it
                        .get("extension")
                        .is_none_or(|e| { !e.to_string().contains("enableWhenExpression") }),
                "{id} is always asked"
            );
            continue;
        }
        if it.get("enableWhen").is_some() {
            flat += 1;
            for a in &sets {
                assert_eq!(fhir_enabled(it, a), Some(cond.holds(a)), "{id}");
            }
        } else {
            expressions += 1;
            let ext = it["extension"].to_string();
            assert!(
                ext.contains("enableWhenExpression"),
                "{id} has no skip logic"
            );
            assert!(ext.contains(&fhir::fhirpath(cond)), "{id}");
        }
    }
    // Most conditions are plain enableWhen; those FHIR cannot say that way
    // (an "and" across fields, a count of regions) and the safety questions
    // asked also when no region is marked (`exists` false, which validators
    // misread) are FHIRPath, as are the five CRPS signs (asked unless
    // answers rule them out: a "not" across fields).
    assert!(flat >= 20, "{flat} enableWhen");
    assert!(expressions <= 29, "{expressions} expressions");
}

#[test]
fn a_response_holds_exactly_the_answered_questions_asked() {
    let q = questionnaire();
    for a in answer_sets(200) {
        let r = response(&a);
        assert_eq!(r["resourceType"], "QuestionnaireResponse");
        assert_eq!(r["status"], "completed");
        assert!(r["questionnaire"]
            .as_str()
            .is_some_and(|u| u.starts_with(fhir::QUESTIONNAIRE_URL)));
        // The results page's questions come last, as a group of their own.
        let mut expected: Vec<&str> = visible_steps(&a)
            .into_iter()
            .chain([&WHAT_MATTERS])
            .flat_map(|s| visible_questions(s, &a))
            .filter(|q| q.field.get(&a) != painpath_core::answers::Value::Unanswered)
            .filter(|q| q.field.get(&a) != painpath_core::answers::Value::Set(0))
            .map(|q| q.id())
            .collect();
        expected.sort_unstable();
        let mut got: Vec<&str> = items(&r)
            .into_iter()
            .filter(|i| i.get("answer").is_some())
            .map(|i| i["linkId"].as_str().expect("linkId"))
            .filter(|id| !id.ends_with("_total"))
            .collect();
        got.sort_unstable();
        assert_eq!(got, expected);
        // Every answer is one the Questionnaire's item offers.
        for i in items(&r).into_iter().filter(|i| i.get("answer").is_some()) {
            let qi = item(&q, i["linkId"].as_str().expect("linkId"));
            for answer in i["answer"].as_array().expect("answers") {
                if let Some(c) = answer.get("valueCoding") {
                    let offered = qi["answerOption"].as_array().expect("options");
                    assert!(
                        offered.iter().any(|o| o["valueCoding"]["code"] == c["code"]
                            && o["valueCoding"]["system"] == c["system"]),
                        "{c} not offered by {}",
                        qi["linkId"]
                    );
                } else {
                    assert_eq!(qi["type"], "integer");
                    assert!(answer["valueInteger"].is_i64());
                }
            }
        }
    }
}

#[test]
fn mood_items_and_totals_carry_the_published_loinc_codes() {
    let q = questionnaire();
    let code = |id: &str| item(&q, id)["code"][0]["code"].as_str().map(str::to_string);
    // PHQ-2 items and total; GAD-7 items 1 and 2 (the GAD-2).
    assert_eq!(code("little_interest").as_deref(), Some("44250-9"));
    assert_eq!(code("feeling_down").as_deref(), Some("44255-8"));
    assert_eq!(code("phq2_total").as_deref(), Some("55758-7"));
    assert_eq!(code("nervous").as_deref(), Some("69725-0"));
    assert_eq!(code("cannot_stop_worrying").as_deref(), Some("68509-9"));
    // No standard code confirmed: left out rather than guessed.
    assert_eq!(code("gad2_total"), None);
    assert_eq!(code("peg_pain"), None);
    let answers: Vec<&str> = item(&q, "nervous")["answerOption"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| o["valueCoding"]["code"].as_str().expect("code"))
        .collect();
    assert_eq!(answers, ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]);

    let mut a = Answers::default();
    a.mood.little_interest = Some(2);
    a.mood.feeling_down = Some(3);
    a.mood.nervous = Some(1);
    let r = response(&a);
    let phq2 = item(&r, "phq2_total");
    assert_eq!(phq2["answer"][0]["valueInteger"], 5);
    assert_eq!(
        item(&r, "feeling_down")["answer"][0]["valueCoding"]["code"],
        "LA6571-9"
    );
    // GAD-2 has one item unanswered: no total.
    assert!(items(&r).iter().all(|i| i["linkId"] != "gad2_total"));
}

#[test]
fn text_is_escaped_as_json_requires() {
    let v = Json::Obj(vec![(
        "text",
        Json::Str("say \"no\"\\ then\nnew line\t\u{1}é".to_string()),
    )]);
    let back: Value = serde_json::from_str(&v.text()).expect("json");
    assert_eq!(back["text"], "say \"no\"\\ then\nnew line\t\u{1}é");
}

#[test]
fn the_questionnaire_in_docs_is_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/fhir-questionnaire.json"
    );
    let file = std::fs::read_to_string(path).expect("docs/fhir-questionnaire.json");
    let file: Value = serde_json::from_str(&file).expect("json");
    assert_eq!(
        file,
        questionnaire(),
        "run `cargo review --fhir > docs/fhir-questionnaire.json`"
    );
}
