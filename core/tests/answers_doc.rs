//! docs/answers.md documents every field and every value of the answers model.

use painpath_core::answers::*;
use serde_json::Value;

fn paths(prefix: &str, v: &Value, out: &mut Vec<String>) {
    if let Value::Object(map) = v {
        for (k, child) in map {
            let path = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            out.push(path.clone());
            paths(&path, child, out);
        }
    }
}

#[test]
fn every_field_and_value_is_documented() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/answers.md"))
        .expect("docs/answers.md");
    let json = serde_json::to_value(Answers::default()).expect("serialises");
    let mut fields = Vec::new();
    paths("", &json, &mut fields);
    let mut missing = Vec::new();
    for f in &fields {
        let leaf = f.rsplit('.').next().unwrap_or(f);
        if !doc.contains(&format!("`{leaf}`")) {
            missing.push(f.clone());
        }
    }
    let values: Vec<&str> = [
        YesNo::ALL.iter().map(|v| v.id()).collect::<Vec<_>>(),
        Region::ALL.iter().map(|v| v.id()).collect(),
        PainDuration::ALL.iter().map(|v| v.id()).collect(),
        Dominance::ALL.iter().map(|v| v.id()).collect(),
        Activity::ALL.iter().map(|v| v.id()).collect(),
        Quality::ALL.iter().map(|v| v.id()).collect(),
        Onset::ALL.iter().map(|v| v.id()).collect(),
        CareTried::ALL.iter().map(|v| v.id()).collect(),
        CareResult::ALL.iter().map(|v| v.id()).collect(),
        PriorInjections::ALL.iter().map(|v| v.id()).collect(),
        DiagnosticBlocks::ALL.iter().map(|v| v.id()).collect(),
        SurgeonAdvice::ALL.iter().map(|v| v.id()).collect(),
        Imaging::ALL.iter().map(|v| v.id()).collect(),
        Diagnosis::ALL.iter().map(|v| v.id()).collect(),
        HeadacheKind::ALL.iter().map(|v| v.id()).collect(),
        Goal::ALL.iter().map(|v| v.id()).collect(),
    ]
    .concat();
    for v in values {
        if !doc.contains(&format!("`{v}`")) {
            missing.push(format!("value {v}"));
        }
    }
    assert!(missing.is_empty(), "not in docs/answers.md: {missing:?}");
}
