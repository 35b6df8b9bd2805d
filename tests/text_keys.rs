#![cfg(not(target_arch = "wasm32"))]
//! Every text key the engine can produce exists in the English locale and is
//! non-empty. Fails on the first missing key, naming it.

use painpath::text::lookup;
use painpath_core::assessment::{Candidacy, Procedure, SpecialistKind, Support, Urgency};
use painpath_core::case_review::case_answers;
use painpath_core::knowledge::{all_rules, care, every_entry, procedures, Effect};
use painpath_core::{assess, knowledge::sources};

fn require(key: &str, missing: &mut Vec<String>) {
    if lookup(key).is_none_or(str::is_empty) {
        missing.push(key.to_string());
    }
}

#[test]
fn every_engine_key_has_english_text() {
    let mut keys: Vec<String> = Vec::new();
    for r in every_entry() {
        keys.extend(r.reasons.iter().map(|k| k.to_string()));
    }
    for r in all_rules() {
        if let Effect::Ask(q) = r.effect {
            keys.push(q.to_string());
        }
    }
    for info in procedures::CATALOGUE {
        keys.extend(info.gates.iter().map(|g| g.text.to_string()));
        keys.extend(info.cautions.iter().map(|c| c.to_string()));
        for (q, w) in info.questions {
            keys.push(q.to_string());
            keys.push(w.to_string());
        }
    }
    for p in Procedure::ALL {
        for part in ["name", "what", "who", "how", "relief", "risks"] {
            keys.push(format!("procedure.{}.{part}", p.id()));
        }
    }
    for k in SpecialistKind::ALL {
        keys.push(format!("specialist.{}", k.id()));
        keys.push(format!("why.specialist.{}", k.id()));
        keys.extend(care::credentials(*k).iter().map(|c| c.to_string()));
        for (q, w) in care::visit_questions(*k) {
            keys.push(q.to_string());
            keys.push(w.to_string());
        }
    }
    for (q, w) in care::PROCEDURE_VISIT_QUESTIONS {
        keys.push(q.to_string());
        keys.push(w.to_string());
    }
    for u in Urgency::ALL {
        keys.push(format!("urgency.{}.title", u.id()));
        keys.push(format!("urgency.{}.body", u.id()));
    }
    for c in Candidacy::ALL {
        keys.push(format!("candidacy.{}", c.id()));
    }
    for s in Support::ALL {
        keys.push(format!("support.{}", s.id()));
    }
    let mut missing = Vec::new();
    for k in &keys {
        require(k, &mut missing);
    }
    assert!(missing.is_empty(), "missing English text for: {missing:?}");
}

#[test]
fn every_key_in_every_vignette_result_has_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("core/tests/vignettes");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir).expect("vignettes").flatten() {
        let text = std::fs::read_to_string(entry.path()).expect("readable");
        let answers = case_answers(&text).expect("valid vignette");
        let r = assess(&answers);
        let mut keys: Vec<&str> = Vec::new();
        keys.extend(r.urgency_reasons.iter().map(|x| x.text));
        keys.extend(r.candidacy.reasons.iter().map(|x| x.text));
        keys.extend(r.candidacy.still_needed.iter().copied());
        keys.extend(r.specialist.why.iter().map(|x| x.text));
        keys.extend(r.specialist.credentials.iter().copied());
        keys.extend(r.precautions.iter().map(|x| x.text));
        for q in &r.questions {
            keys.push(q.text);
            keys.push(q.why);
        }
        for p in &r.procedures {
            keys.extend(p.reasons.iter().map(|x| x.text));
            keys.extend(p.cautions.iter().map(|x| x.text));
            keys.extend(p.prerequisites.iter().map(|x| x.text));
        }
        for k in keys {
            require(k, &mut missing);
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "missing English text for: {missing:?}");
}

#[test]
fn every_cited_source_is_listed() {
    let mut unknown = Vec::new();
    for r in every_entry() {
        for s in r.sources {
            if !sources::is_known(s) {
                unknown.push(format!("{} cites {s}", r.id));
            }
        }
    }
    for info in procedures::CATALOGUE {
        for s in info.sources {
            if !sources::is_known(s) {
                unknown.push(format!("{} cites {s}", info.id.id()));
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:?}");
}

#[test]
fn every_procedure_has_a_catalogue_entry_and_rule_ids_are_unique() {
    for p in Procedure::ALL {
        assert!(
            procedures::info(*p).is_some(),
            "{} has no catalogue entry",
            p.id()
        );
    }
    let mut ids: Vec<&str> = every_entry().map(|r| r.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate rule ids");
}

#[test]
fn every_questionnaire_key_has_english_text() {
    use painpath_core::answers::Kind;
    use painpath_core::questionnaire::STEPS;

    let mut missing = Vec::new();
    for step in STEPS {
        require(&format!("step.{}.title", step.id), &mut missing);
        for q in step.questions {
            require(&format!("q.{}", q.id()), &mut missing);
            match q.field.kind() {
                Kind::One { kind, ids } | Kind::Set { kind, ids } => {
                    for id in ids {
                        require(&format!("opt.{kind}.{id}"), &mut missing);
                    }
                }
                Kind::Scale { max, labels, .. } => {
                    if max <= 3 {
                        for n in 0..=max {
                            require(&format!("{labels}.{n}"), &mut missing);
                        }
                    } else {
                        require(&format!("{labels}.low"), &mut missing);
                        require(&format!("{labels}.high"), &mut missing);
                    }
                }
                Kind::Number { .. } => {}
            }
        }
    }
    assert!(missing.is_empty(), "missing English text for: {missing:?}");
}

/// Every literal key passed to `t("…")` in the code exists (text.rs, whose
/// own tests use a missing key on purpose, is left out).
#[test]
fn every_literal_key_in_the_interface_has_english_text() {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("text.rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        for (i, _) in src.match_indices("t(\"") {
            // Only calls of `t(` itself, not e.g. `print(`.
            if src[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &src[i + 3..];
            let Some(end) = rest.find('"') else { continue };
            let key = &rest[..end];
            if key.contains('{') {
                continue;
            }
            seen += 1;
            require(key, &mut missing);
        }
    }
    assert!(seen > 50, "found only {seen} keys; is the scan broken?");
    assert!(missing.is_empty(), "missing English text for: {missing:?}");
}

/// Placeholders such as `{duration}` in a text, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort_unstable();
    out
}

/// Both languages have exactly the same keys, none empty, with the same
/// placeholders: a Spanish screen can never show a blank or a missing marker.
#[test]
fn every_key_is_present_and_non_empty_in_every_language() {
    use painpath::text::{keys_in, lookup_in, LANGUAGES};
    let english = keys_in("en");
    assert!(english.len() > 700, "English locale looks truncated");
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let here = keys_in(lang);
        for key in &english {
            match lookup_in(lang, key) {
                None => problems.push(format!("{lang}: missing {key}")),
                Some("") => problems.push(format!("{lang}: empty {key}")),
                Some(text) => {
                    let en = lookup_in("en", key).unwrap_or_default();
                    if placeholders(text) != placeholders(en) {
                        problems.push(format!("{lang}: placeholders differ in {key}"));
                    }
                }
            }
        }
        for key in &here {
            if lookup_in("en", key).is_none() {
                problems.push(format!("{lang}: {key} is not an English key"));
            }
        }
        let mut sorted = here.clone();
        sorted.dedup();
        assert_eq!(sorted.len(), here.len(), "{lang} has a duplicate key");
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// A Spanish text identical to the English one is almost always a line
/// copied and not translated. The few that are the same in both languages
/// by nature are listed here.
#[test]
fn spanish_text_is_translated() {
    use painpath::text::{keys_in, lookup_in};
    let same_by_nature = |key: &str| {
        matches!(
            key,
            "app.name"
                | "opt.yes_no.no"
                | "opt.prior_injections.none"
                | "opt.diagnostic_blocks.none"
                | "opt.surgeon_advice.not_seen"
                | "ui.dismiss"
                | "ui.language.en"
                | "ui.language.es"
        ) || key.starts_with("source.")
    };
    let copied: Vec<&str> = keys_in("en")
        .into_iter()
        .filter(|k| !same_by_nature(k) && lookup_in("es", k) == lookup_in("en", k))
        .collect();
    assert!(copied.is_empty(), "not translated: {copied:?}");
}

#[test]
fn every_source_and_language_has_a_name() {
    use painpath::text::LANGUAGES;
    let mut missing = Vec::new();
    for id in sources::SOURCES {
        require(&format!("source.{id}"), &mut missing);
    }
    for lang in LANGUAGES {
        require(&format!("ui.language.{lang}"), &mut missing);
    }
    assert!(missing.is_empty(), "missing English text for: {missing:?}");
}

/// The keys of each part of a locale file (split at its `# @@` line), sorted.
fn parts_of(lang: &str) -> (Vec<String>, Vec<String>) {
    let path = format!("{}/locales/{lang}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let (mut first, mut second) = (Vec::new(), Vec::new());
    let mut past_cut = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("# @@") {
            past_cut = true;
        } else if let Some((key, _)) = line.split_once('=').filter(|_| !line.starts_with('#')) {
            let part = if past_cut { &mut second } else { &mut first };
            part.push(key.trim().to_string());
        }
    }
    first.sort();
    second.sort();
    (first, second)
}

/// The web build fetches part 1 before the first screen and part 2 after:
/// both languages must split the same way, and everything the welcome
/// screen, the questions and the interface use must be in part 1.
#[test]
fn both_locales_split_the_same_way_and_part_1_holds_the_questionnaire() {
    let (en1, en2) = parts_of("en");
    let (es1, es2) = parts_of("es");
    assert!(
        !en1.is_empty() && !en2.is_empty(),
        "en.txt has no `# @@` line"
    );
    assert_eq!(en1, es1, "part 1 differs between en.txt and es.txt");
    assert_eq!(en2, es2, "part 2 differs between en.txt and es.txt");
    let first_screen = [
        "app.",
        "footer.",
        "welcome.",
        "ui.",
        "notice.",
        "notfound.",
        "map.",
        "step.",
        "q.",
        "opt.",
        "scale.",
        "review.",
        "crash.",
        "clinic.setting.",
        "phrase.",
    ];
    let misplaced: Vec<&String> = en2
        .iter()
        .filter(|k| first_screen.iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(
        misplaced.is_empty(),
        "needed before the first screen but in part 2: {misplaced:?}"
    );
}
