#![cfg(not(target_arch = "wasm32"))]
//! Every text key the app and the engine can produce has text in the tables
//! the app reads, in every language, and the knowledge base cites only known
//! sources. The locale files themselves are checked by the build
//! (`build.rs`, tested in `locale_files.rs`).

use painpath::text::lookup_in;
use painpath_core::assessment::Procedure;
use painpath_core::case_review::case_answers;
use painpath_core::knowledge::{every_entry, procedures};
use painpath_core::{assess, knowledge::sources};

fn require(key: &str, missing: &mut Vec<String>) {
    if lookup_in("en", key).is_none_or(str::is_empty) {
        missing.push(key.to_string());
    }
}

/// Every key the typed families and the knowledge base can produce has
/// text in every language (the build checks the files; this checks the
/// tables the app reads them into).
#[test]
fn every_family_key_has_text_in_every_language() {
    use painpath::text::{keys::required, LANGUAGES};
    let keys = required();
    assert!(keys.len() > 400, "only {} family keys?", keys.len());
    let missing: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|lang| keys.iter().map(move |k| (lang, k)))
        .filter(|(lang, k)| lookup_in(lang, k).is_none_or(str::is_empty))
        .map(|(lang, k)| format!("{lang}: {k}"))
        .collect();
    assert!(missing.is_empty(), "missing text for: {missing:?}");
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

/// Both languages' tables, as the app reads them, have exactly the same
/// keys, none empty: a Spanish screen never shows a blank or a missing marker.
/// (Placeholder parity and the split are checked on the files by the build.)
#[test]
fn every_key_is_present_and_non_empty_in_every_language() {
    use painpath::text::{keys_in, LANGUAGES};
    let english = keys_in("en");
    assert!(english.len() > 700, "English locale looks truncated");
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let here = keys_in(lang);
        for key in &english {
            match lookup_in(lang, key) {
                None => problems.push(format!("{lang}: missing {key}")),
                Some("") => problems.push(format!("{lang}: empty {key}")),
                Some(_) => {}
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
    use painpath::text::keys_in;
    let same_by_nature = |key: &str| {
        matches!(
            key,
            "app.name"
                | "opt.yes_no.no"
                | "opt.blood_thinner.no"
                | "opt.pregnancy.no"
                | "opt.prior_injections.none"
                | "opt.diagnostic_blocks.none"
                | "opt.epidural_relief.not_had"
                | "opt.ablation_relief.not_had"
                | "opt.surgeon_advice.not_seen"
                | "summary.label.diabetes"
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
