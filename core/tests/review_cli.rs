//! The `review` command as a clinical reviewer uses it.

use std::process::Command;

fn review(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_review"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("review runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

fn temp_case(name: &str, body: &str) -> String {
    let path = std::env::temp_dir().join(format!(
        "painpath-review-{}-{name}.json",
        std::process::id()
    ));
    std::fs::write(&path, body).expect("write temp case");
    path.to_string_lossy().to_string()
}

#[test]
fn json_output_is_the_assessment() {
    let (code, out, _) = review(&["--json", "tests/vignettes/cauda_equina_bladder_saddle.json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON on stdout");
    assert_eq!(v["urgency"], "emergency");
    assert_eq!(v["procedures"], serde_json::json!([]));
}

#[test]
fn text_output_reads_as_sentences_with_sources() {
    let (code, out, _) = review(&["tests/vignettes/knee_arthritis.json"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("WHAT TO DO FIRST: A pain specialist visit makes sense now"),
        "{out}"
    );
    assert!(
        out.contains("Joint injection (knee, hip or shoulder)"),
        "{out}"
    );
    assert!(out.contains("[seed_001]"), "{out}");
    assert!(
        !out.contains("reason."),
        "an untranslated key leaked: {out}"
    );
}

#[test]
fn unknown_field_is_named_and_exits_2() {
    let path = temp_case(
        "field",
        r#"{"pain":{"regions":["knees"],"sharpness":"high"}}"#,
    );
    let (code, out, err) = review(&[&path]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("sharpness"), "{err}");
}

#[test]
fn unknown_value_names_the_field_and_exits_2() {
    let path = temp_case("value", r#"{"answers":{"pain":{"duration":"ages"}}}"#);
    let (code, _, err) = review(&["--json", &path]);
    assert_eq!(code, 2);
    assert!(err.contains("answers.pain.duration"), "{err}");
}

#[test]
fn broken_json_and_missing_file_exit_2() {
    let path = temp_case("broken", "{\"pain\": ");
    let (code, _, err) = review(&[&path]);
    assert_eq!(code, 2);
    assert!(err.contains("not valid JSON"), "{err}");
    let (code, _, err) = review(&["no/such/case.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("cannot read"), "{err}");
    let (code, _, _) = review(&[]);
    assert_eq!(code, 2);
}

#[test]
fn hostile_case_files_fail_cleanly() {
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let path = temp_case("deep", &deep);
    let (code, _, err) = review(&[&path]);
    assert_eq!(code, 2, "{err}");
    let path = temp_case("wrongtype", r#"{"peg":{"pain":"seven"}}"#);
    let (code, _, err) = review(&[&path]);
    assert_eq!(code, 2);
    assert!(err.contains("peg.pain"), "{err}");
    let huge = format!(
        "{{\"pain\":{{\"regions\":[{}]}}}}",
        vec!["\"knees\""; 200_000].join(",")
    );
    let path = temp_case("huge", &huge);
    let (code, out, _) = review(&["--json", &path]);
    assert_eq!(code, 0, "repeated values are one region");
    assert!(out.contains("\"urgency\""));
}

#[test]
fn validate_reports_accuracy_and_passes_on_the_vignettes() {
    let (code, out, _) = review(&["--validate", "tests/vignettes"]);
    assert_eq!(code, 0, "{out}");
    for line in [
        "urgency exact match:",
        "under-triage: 0",
        "over-triage:",
        "procedure recall:",
        "procedure precision:",
    ] {
        assert!(out.contains(line), "{line} missing from:\n{out}");
    }
}

#[test]
fn validate_fails_on_under_triage() {
    let dir = std::env::temp_dir().join(format!("painpath-validate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let case = r#"{"source": "a made-up case", "answers": {"red_flags": {"saddle_numbness": "no"}},
        "expect": {"urgency": "emergency", "specialist": "emergency_care"}}"#;
    std::fs::write(dir.join("under.json"), case).expect("write case");
    let (code, out, _) = review(&["--validate", &dir.to_string_lossy()]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("under-triage: 1"), "{out}");
    assert!(out.contains("under.json"), "{out}");
}
