//! The safety case (`docs/safety-case.md`) cites rule ids, text keys,
//! vignettes, tests and files in code format. Each must exist, so the hazard
//! log cannot drift from the engine it describes.

use std::path::{Path, PathBuf};

use painpath_core::knowledge::every_entry;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(std::fs::read_to_string(&p).unwrap_or_default());
        }
    }
}

/// Every `code` span of the document.
fn cited(doc: &str) -> Vec<String> {
    doc.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, s)| s.to_string())
        .collect()
}

#[test]
fn safety_case_cites_only_things_that_exist() {
    let doc =
        std::fs::read_to_string(root().join("docs/safety-case.md")).expect("docs/safety-case.md");
    let en = std::fs::read_to_string(root().join("locales/en.txt")).expect("locales/en.txt");
    let keys: Vec<&str> = en.lines().filter_map(|l| l.split(" = ").next()).collect();
    let ids: Vec<&str> = every_entry().map(|e| e.id).collect();
    let mut sources = Vec::new();
    for dir in ["core/src", "core/tests", "tests"] {
        rust_files(&root().join(dir), &mut sources);
    }
    let defines = |word: &str| {
        sources.iter().any(|s| {
            s.contains(&format!("fn {word}("))
                || s.contains(&format!("fn {word}<"))
                || s.contains(&format!("const {word}:"))
        })
    };
    let vignettes = root().join("core/tests/vignettes");
    let mut unknown = Vec::new();
    let mut checked = 0;
    for c in cited(&doc) {
        let ok = if c.starts_with("cargo ") {
            true // a command, shown to be run
        } else if c.ends_with(".json") && !c.contains('/') {
            vignettes.join(&c).is_file()
        } else if c.contains('/') {
            root().join(&c).exists()
        } else if c.contains('.') {
            ids.contains(&c.as_str()) || keys.contains(&c.as_str())
        } else {
            defines(&c)
        };
        checked += 1;
        if !ok {
            unknown.push(c);
        }
    }
    assert!(checked > 100, "only {checked} citations found");
    assert!(
        unknown.is_empty(),
        "the safety case cites what does not exist: {unknown:?}"
    );
}

#[test]
fn every_red_flag_rule_is_in_the_safety_case() {
    let doc =
        std::fs::read_to_string(root().join("docs/safety-case.md")).expect("docs/safety-case.md");
    let cited = cited(&doc);
    let missing: Vec<&str> = every_entry()
        .map(|e| e.id)
        .filter(|id| id.starts_with("red_flag.") || id.starts_with("unsure."))
        .filter(|id| !cited.iter().any(|c| c == id))
        .collect();
    assert!(missing.is_empty(), "red flags with no hazard: {missing:?}");
}
