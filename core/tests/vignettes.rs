//! Clinical vignettes: each file in tests/vignettes/ holds answers, the
//! expected outcome and the source of that expectation. They run through the
//! same path as `review --json`: read the case, assess, serialise to JSON.

use std::collections::BTreeSet;
use std::path::PathBuf;

use painpath_core::validate::CaseRun;
use painpath_core::{knowledge, validate};
use serde_json::Value;

fn vignette_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes")
}

/// Every vignette, read and assessed the way `review --validate` does it.
fn load_all() -> Vec<CaseRun> {
    validate::run_dir(&vignette_dir()).unwrap_or_else(|e| panic!("{e}"))
}

fn check(v: &CaseRun) -> Vec<String> {
    validate::check(&v.case, &v.result)
}

#[test]
fn every_vignette_gets_its_expected_outcome() {
    let all = load_all();
    assert!(all.len() >= 40, "only {} vignettes", all.len());
    let failures: Vec<String> = all
        .iter()
        .flat_map(|v| {
            check(v)
                .into_iter()
                .map(move |e| format!("{}: {e}", v.file))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_vignette_names_its_source_and_expectation() {
    for v in load_all() {
        let source = v.case["source"].as_str().unwrap_or("");
        assert!(source.len() > 10, "{}: no source", v.file);
        assert!(
            v.case["expect"]["urgency"].is_string(),
            "{}: no expected urgency",
            v.file
        );
        assert!(
            v.case["expect"]["specialist"].is_string(),
            "{}: no expected specialist",
            v.file
        );
    }
}

#[test]
fn every_rule_fires_in_some_vignette() {
    let mut fired = BTreeSet::new();
    for v in load_all() {
        for t in v.result["trace"].as_array().into_iter().flatten() {
            if let Some(rule) = t["rule"].as_str() {
                fired.insert(rule.to_string());
            }
        }
    }
    let silent: Vec<&str> = knowledge::every_entry()
        .map(|r| r.id)
        .filter(|id| !fired.contains(*id))
        .collect();
    assert!(
        silent.is_empty(),
        "rules that fire in no vignette: {silent:?}"
    );
}

#[test]
fn emergency_vignettes_never_list_procedures() {
    for v in load_all() {
        if v.result["urgency"] == "emergency" || v.result["urgency"] == "urgent" {
            assert_eq!(v.result["procedures"], Value::Array(vec![]), "{}", v.file);
        }
    }
}

/// Every vignette's result is free of contradictions: one time frame for
/// every timing word, no care alongside an urgent or emergency check, no
/// "not yet" for therapy the pain prevents.
#[test]
fn no_vignette_contradicts_itself() {
    let mut failures = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(vignette_dir())
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "only {} vignettes", files.len());
    for path in files {
        let json = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        let a = painpath_core::case_review::case_answers(&json)
            .unwrap_or_else(|e| panic!("{}: {}", path.display(), e.message));
        let r = painpath_core::assess(&a);
        for p in painpath_core::consistency::problems(&a, &r) {
            failures.push(format!("{}: {p}", path.display()));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The timing words come from one place: no text the engine can show names
/// a deadline of its own outside a condition ("go now *if* …"); it says
/// `{when}` instead. Texts only an emergency result shows may say "now".
#[test]
fn engine_texts_take_their_deadline_from_the_time_frame() {
    use painpath_core::consistency::{deadlines, Deadline};
    let en = painpath_core::locale::Table::parse(include_str!("../../locales/en.txt"));
    let es = painpath_core::locale::Table::parse(include_str!("../../locales/es.txt"));
    let engine = [
        "reason.",
        "still.",
        "precaution.",
        "gate.",
        "question.",
        "why.",
        "caution.",
        "urgency.",
    ];
    let mut own = Vec::new();
    for key in en
        .keys()
        .filter(|k| engine.iter().any(|p| k.starts_with(p)))
    {
        let text = en.get(key).unwrap_or("");
        for (phrase, d) in deadlines(text) {
            // Emergency-level texts: "now" is the emergency frame itself.
            if d == Deadline::Now {
                continue;
            }
            own.push(format!("{key}: \"{phrase}\""));
        }
        assert_eq!(
            text.contains("{when}"),
            es.get(key).unwrap_or("").contains("{when}"),
            "{key}: {{when}} in one language only"
        );
    }
    assert!(
        own.is_empty(),
        "texts with a deadline of their own:\n{}",
        own.join("\n")
    );
}
