//! Checking cases with expectations: the vignette tests and
//! `review --validate DIR` share this, so the accuracy report and the test
//! suite judge a case the same way.
//!
//! A case file holds `answers`, a `source` and an `expect` object whose
//! members are all optional: `urgency`, `candidacy`, `specialist`,
//! `procedures_present` (`[]` means "none"), `procedures_absent`, `fits`,
//! `also_present`, `precautions_present`, `questions_present`,
//! `still_needed_present`, `rules_fired`, `rules_absent`.

use std::fmt::Write;
use std::path::Path;

use serde_json::Value;

use crate::assessment::Urgency;
use crate::case_review::case_answers;

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The ids at `key` of each object in the array `list` of the result.
fn ids(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p[key].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// Every way the result (the assessment as JSON) differs from the case's
/// expectation; empty when it meets it.
pub fn check(case: &Value, r: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    let expect = &case["expect"];
    for (field, got) in [
        ("urgency", &r["urgency"]),
        ("candidacy", &r["candidacy"]["verdict"]),
        ("specialist", &r["specialist"]["kind"]),
    ] {
        if let Some(want) = expect.get(field) {
            if want != got {
                errors.push(format!("{field}: expected {want}, got {got}"));
            }
        }
    }
    let procs = ids(&r["procedures"], "id");
    if let Some(present) = expect.get("procedures_present") {
        let want = strings(Some(present));
        if want.is_empty() && !procs.is_empty() {
            errors.push(format!("expected no procedures, got {procs:?}"));
        }
        for p in want {
            if !procs.contains(&p) {
                errors.push(format!("procedure {p} missing; got {procs:?}"));
            }
        }
    }
    for p in strings(expect.get("procedures_absent")) {
        if procs.contains(&p) {
            errors.push(format!("procedure {p} should be absent"));
        }
    }
    if let Some(fits) = expect.get("fits").and_then(Value::as_object) {
        for (id, want) in fits {
            let got = r["procedures"]
                .as_array()
                .and_then(|a| a.iter().find(|p| p["id"] == id.as_str()))
                .map(|p| p["fit"].clone());
            if got.as_ref() != Some(want) {
                errors.push(format!("fit of {id}: expected {want}, got {got:?}"));
            }
        }
    }
    let lists = [
        (
            "also_present",
            strings(Some(&r["specialist"]["also"])),
            "supporting care",
        ),
        (
            "precautions_present",
            ids(&r["precautions"], "text"),
            "precaution",
        ),
        (
            "questions_present",
            ids(&r["questions"], "text"),
            "question",
        ),
        (
            "still_needed_present",
            strings(Some(&r["candidacy"]["still_needed"])),
            "still-needed",
        ),
        ("rules_fired", ids(&r["trace"], "rule"), "rule"),
    ];
    for (key, got, what) in &lists {
        for want in strings(expect.get(*key)) {
            if !got.contains(&want) {
                errors.push(format!("{what} {want} missing; got {got:?}"));
            }
        }
    }
    let fired = ids(&r["trace"], "rule");
    for rule in strings(expect.get("rules_absent")) {
        if fired.contains(&rule) {
            errors.push(format!("rule {rule} should not fire"));
        }
    }
    errors
}

/// One case run through the engine.
pub struct CaseRun {
    pub file: String,
    pub case: Value,
    pub result: Value,
}

/// Every `*.json` case of `dir`, in name order, run through the engine.
pub fn run_dir(dir: &Path) -> Result<Vec<CaseRun>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let file = p
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let text = std::fs::read_to_string(&p).map_err(|e| format!("{file}: {e}"))?;
            let answers = case_answers(&text).map_err(|e| format!("{file}: {e}"))?;
            let case: Value = serde_json::from_str(&text).map_err(|e| format!("{file}: {e}"))?;
            let result = serde_json::to_value(crate::assess(&answers))
                .map_err(|e| format!("{file}: {e}"))?;
            Ok(CaseRun { file, case, result })
        })
        .collect()
}

fn urgency(v: &Value) -> Option<Urgency> {
    Urgency::ALL.iter().copied().find(|u| v == u.id())
}

/// The accuracy figures over a set of cases.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    pub cases: usize,
    /// Cases with an expected urgency, and how many got exactly it.
    pub with_urgency: usize,
    pub urgency_exact: usize,
    /// The engine less pressing than expected.
    pub under_triage: Vec<String>,
    /// The engine more pressing than expected.
    pub over_triage: Vec<String>,
    /// Expected procedures (`procedures_present` and `fits`) that were found.
    pub expected_procedures: usize,
    pub found_procedures: usize,
    /// Procedures the engine listed in cases that say which to expect, and
    /// how many of them were expected.
    pub listed_procedures: usize,
    pub listed_expected: usize,
    /// Every case that disagrees with its expectation, with how.
    pub disagreeing: Vec<(String, Vec<String>)>,
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "—".to_string()
    } else {
        format!("{:.1}%", 100.0 * part as f64 / whole as f64)
    }
}

impl Report {
    pub fn of(runs: &[CaseRun]) -> Report {
        let mut r = Report {
            cases: runs.len(),
            ..Report::default()
        };
        for run in runs {
            let expect = &run.case["expect"];
            if let Some(want) = urgency(&expect["urgency"]) {
                r.with_urgency += 1;
                match urgency(&run.result["urgency"]) {
                    Some(got) if got == want => r.urgency_exact += 1,
                    Some(got) if got < want => r.under_triage.push(run.file.clone()),
                    _ => r.over_triage.push(run.file.clone()),
                }
            }
            let got = ids(&run.result["procedures"], "id");
            let mut want = strings(expect.get("procedures_present"));
            if let Some(fits) = expect.get("fits").and_then(Value::as_object) {
                want.extend(
                    fits.keys()
                        .filter(|k| !want.contains(k))
                        .cloned()
                        .collect::<Vec<_>>(),
                );
            }
            r.expected_procedures += want.len();
            r.found_procedures += want.iter().filter(|p| got.contains(p)).count();
            if expect.get("procedures_present").is_some() {
                r.listed_procedures += got.len();
                r.listed_expected += got.iter().filter(|p| want.contains(p)).count();
            }
            let errors = check(&run.case, &run.result);
            if !errors.is_empty() {
                r.disagreeing.push((run.file.clone(), errors));
            }
        }
        r
    }

    /// The report as text.
    pub fn text(&self) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "cases: {}", self.cases);
        let _ = writeln!(
            o,
            "urgency exact match: {} ({}/{})",
            percent(self.urgency_exact, self.with_urgency),
            self.urgency_exact,
            self.with_urgency
        );
        let _ = writeln!(
            o,
            "under-triage: {} {:?}",
            self.under_triage.len(),
            self.under_triage
        );
        let _ = writeln!(
            o,
            "over-triage: {} {:?}",
            self.over_triage.len(),
            self.over_triage
        );
        let _ = writeln!(
            o,
            "procedure recall: {} ({}/{} expected procedures listed)",
            percent(self.found_procedures, self.expected_procedures),
            self.found_procedures,
            self.expected_procedures
        );
        let _ = writeln!(
            o,
            "procedure precision: {} ({}/{} listed procedures expected, in cases that list them)",
            percent(self.listed_expected, self.listed_procedures),
            self.listed_expected,
            self.listed_procedures
        );
        let _ = writeln!(o, "cases that disagree: {}", self.disagreeing.len());
        for (file, errors) in &self.disagreeing {
            let _ = writeln!(o, "  {file}");
            for e in errors {
                let _ = writeln!(o, "    - {e}");
            }
        }
        o
    }
}
