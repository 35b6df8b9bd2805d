#![cfg(not(target_arch = "wasm32"))]
//! The locale files as files: the build script's check (compiled here from the
//! same source) passes on them and catches what it should, and the split at
//! `# @@` puts everything the first screen needs in part 1.

#[path = "../build/locales.rs"]
mod locales;

fn file(lang: &str) -> String {
    let path = format!("{}/locales/{lang}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap_or_default()
}

const EN: &str = "a.b = Hello {name}\n# @@\nc.d = Bye\n";

#[test]
fn the_locale_files_pass_the_build_check() {
    let problems = locales::check(("en.txt", &file("en")), ("es.txt", &file("es")));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_check_names_a_missing_key() {
    let problems = locales::check(("en", EN), ("es", "a.b = Hola {name}\n# @@\n"));
    assert_eq!(problems, ["es: missing key `c.d` (in en)"]);
    let problems = locales::check(
        ("en", EN),
        ("es", "a.b = Hola {name}\n# @@\nc.d = Adiós\nx = y\n"),
    );
    assert_eq!(problems, ["es: `x` is not a key of en"]);
}

#[test]
fn the_check_names_a_key_whose_placeholders_differ() {
    let problems = locales::check(
        ("en", EN),
        ("es", "a.b = Hola {nombre}\n# @@\nc.d = Adiós\n"),
    );
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].contains("placeholders of `a.b`"),
        "{problems:?}"
    );
}

#[test]
fn the_check_names_a_key_on_the_wrong_side_of_the_split() {
    let problems = locales::check(("en", EN), ("es", "a.b = Hola {name}\nc.d = Adiós\n# @@\n"));
    assert_eq!(problems, ["es: `c.d` is in part 1 but in part 2 of en"]);
    let problems = locales::check(("en", EN), ("es", "a.b = Hola {name}\nc.d = Adiós\n"));
    assert_eq!(
        problems,
        ["es: no `# @@` line splitting part 1 from part 2"]
    );
}

#[test]
fn the_check_refuses_duplicates_empty_texts_and_colliding_constants() {
    let en = "a.b = one\na_b = two\n# @@\nc = \nc = again\n";
    let problems = locales::check(("en", en), ("es", en));
    assert!(problems.contains(&"keys `a.b` and `a_b` both make the constant A_B".to_string()));
    assert!(problems.contains(&"en: `c` has no text".to_string()));
    assert!(problems.contains(&"en: `c` appears twice".to_string()));
    let problems = locales::check(("en", "Bad-Key = x\n# @@\n"), ("es", EN));
    assert_eq!(
        problems,
        ["en:1: `Bad-Key` is not a key (a-z, 0-9, `_`, `.`)"]
    );
}

#[test]
fn each_key_becomes_one_documented_constant() {
    let entries = locales::parse("en", EN).unwrap_or_default();
    let code = locales::constants(&entries);
    assert!(code.contains("#[doc = \"Hello {name}\"]\npub const A_B: Key = Key::new(\"a.b\");\n"));
    assert!(code.contains("pub const C_D: Key = Key::new(\"c.d\");"));
}

/// The keys of the questions asked on the results page, not in the
/// questionnaire: their question, options and step title.
fn results_page_keys() -> Vec<String> {
    use painpath_core::answers::Kind;
    use painpath_core::questionnaire::{ASKED_ON_RESULTS, WHAT_MATTERS};
    let mut keys = vec![format!("step.{}.title", WHAT_MATTERS.id)];
    for f in ASKED_ON_RESULTS {
        keys.push(format!("q.{}", f.id()));
        if let Kind::One { kind, ids } | Kind::Set { kind, ids } = f.kind() {
            keys.extend(ids.iter().map(|id| format!("opt.{kind}.{id}")));
        }
    }
    keys
}

/// The web build fetches part 1 before the first screen and part 2 after:
/// everything the welcome screen, the questions and the interface use must
/// be in part 1 (the build check makes both languages split alike).
#[test]
fn part_1_holds_the_questionnaire() {
    let entries = locales::parse("en.txt", &file("en")).unwrap_or_default();
    assert!(entries.iter().any(|e| e.part == 2), "en.txt has no part 2");
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
    // The words of the questions asked on the results page ("What matters
    // to you") come with the results, in part 2.
    let results_page = results_page_keys();
    let misplaced: Vec<&str> = entries
        .iter()
        .filter(|e| e.part == 2 && first_screen.iter().any(|p| e.key.starts_with(p)))
        .filter(|e| !results_page.contains(&e.key))
        .map(|e| e.key.as_str())
        .collect();
    assert!(
        misplaced.is_empty(),
        "needed before the first screen but in part 2: {misplaced:?}"
    );
}

/// `locales/first-screen.txt`: the groups of question words and the keys
/// among them that come with the first screen (the build reads it too).
fn first_screen() -> (Vec<String>, Vec<String>) {
    let path = format!("{}/locales/first-screen.txt", env!("CARGO_MANIFEST_DIR"));
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let mut groups = Vec::new();
    let mut listed = Vec::new();
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        match line.strip_prefix("groups:") {
            Some(g) => groups.extend(g.split_whitespace().map(String::from)),
            None => listed.push(line.to_string()),
        }
    }
    (groups, listed)
}

/// The part of the web build a part-1 key goes to, by the rule the build
/// applies (scripts/post_build.mjs): 3 for question words not listed.
fn web_part(key: &str, groups: &[String], listed: &[String]) -> u8 {
    let question_word = groups.iter().any(|g| key.starts_with(g.as_str()));
    let on_first_screen = listed.iter().any(|l| {
        key == l
            || key
                .strip_prefix(l.as_str())
                .is_some_and(|r| r.starts_with('.'))
    });
    if question_word && !on_first_screen {
        3
    } else {
        1
    }
}

/// The first screen (the first step of the questionnaire) is shown from
/// part 1 alone: every question, help text and option it can show is there.
/// The rest of the questions' words (part 3) come when the person moves on.
#[test]
fn the_first_step_is_shown_from_part_1_alone() {
    use painpath::text::{keys, AsKey};
    use painpath_core::answers::Kind;
    let (groups, listed) = first_screen();
    assert!(
        groups.len() >= 3 && !listed.is_empty(),
        "first-screen.txt unreadable"
    );
    let entries = locales::parse("en.txt", &file("en")).unwrap_or_default();
    let part_of = |key: &str| {
        entries.iter().find(|e| e.key == key).map(|e| {
            if e.part == 2 {
                2
            } else {
                web_part(key, &groups, &listed)
            }
        })
    };
    let first = &painpath_core::questionnaire::STEPS[0];
    let mut needed: Vec<String> = Vec::new();
    needed.push(keys::step_title(first.id).as_str().to_string());
    needed.push(keys::step_intro(first.id).as_str().to_string());
    for q in first.questions {
        needed.push(keys::question(q.field).as_str().to_string());
        needed.push(keys::question_help(q.field).as_str().to_string());
        if let Kind::One { ids, .. } | Kind::Set { ids, .. } = q.field.kind() {
            for i in 0..ids.len() as u8 {
                needed.push(keys::option(q.field, i).as_str().to_string());
            }
        }
    }
    let elsewhere: Vec<String> = needed
        .iter()
        .filter_map(|k| match part_of(k) {
            Some(p) if p != 1 => Some(format!("{k} (part {p})")),
            _ => None,
        })
        .collect();
    assert!(
        elsewhere.is_empty(),
        "the first step needs these before the first screen; list them in locales/first-screen.txt: {elsewhere:?}"
    );
    // And the split is real: most question words wait for part 3.
    let later = entries
        .iter()
        .filter(|e| e.part == 1 && web_part(&e.key, &groups, &listed) == 3)
        .count();
    assert!(later > 100, "only {later} keys in part 3");
}

#[test]
fn the_first_screen_rule_sends_unlisted_question_words_to_part_3() {
    let groups = vec!["q.".to_string(), "opt.".to_string()];
    let listed = vec!["q.a".to_string(), "opt.yes_no".to_string()];
    assert_eq!(web_part("q.a", &groups, &listed), 1);
    assert_eq!(web_part("q.a.help", &groups, &listed), 1);
    assert_eq!(web_part("q.ab", &groups, &listed), 3);
    assert_eq!(web_part("opt.yes_no.yes", &groups, &listed), 1);
    assert_eq!(web_part("opt.side.left", &groups, &listed), 3);
    assert_eq!(web_part("welcome.start", &groups, &listed), 1);
}

/// Every glossary problem in a locale file: a variant to avoid that appears
/// as a whole word (any case) in a text, or a preferred term that appears in
/// none (the glossary has gone stale). Glossary lines are
/// `preferred = variant; variant`; a preferred term in parentheses is only a
/// label and need not appear.
fn glossary_problems(glossary: &str, locale: &str) -> Vec<String> {
    let texts: Vec<(&str, String)> = locale
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v.to_lowercase()))
        .collect();
    let mut problems = Vec::new();
    for line in glossary.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((preferred, variants)) = line.split_once(" = ") else {
            problems.push(format!("glossary line without ` = `: {line}"));
            continue;
        };
        let preferred = preferred.trim();
        if !preferred.starts_with('(')
            && !texts
                .iter()
                .any(|(_, t)| has_word(t, &preferred.to_lowercase()))
        {
            problems.push(format!("preferred term `{preferred}` is used nowhere"));
        }
        for variant in variants.split(';').map(str::trim).filter(|v| !v.is_empty()) {
            for (key, text) in &texts {
                if has_word(text, &variant.to_lowercase()) {
                    problems.push(format!("`{key}` says `{variant}`; use `{preferred}`"));
                }
            }
        }
    }
    problems
}

/// `needle` occurs in `text` with no letter or digit right before or after it.
fn has_word(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn glossary() -> String {
    let path = format!("{}/locales/glossary-es.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap_or_default()
}

#[test]
fn the_spanish_text_uses_the_glossary_terms() {
    let glossary = glossary();
    assert!(
        glossary.lines().filter(|l| l.contains(" = ")).count() >= 20,
        "locales/glossary-es.txt is missing or nearly empty"
    );
    let problems = glossary_problems(&glossary, &file("es"));
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_glossary_check_names_a_variant_and_a_stale_term() {
    let glossary = "sala de emergencias = urgencias; sala de urgencias\n(etiqueta) = severo\n";
    let locale = "# urgencias en un comentario no cuenta\na.b = Vaya a Urgencias ya.\nc = Vaya a la sala de emergencias.\n";
    assert_eq!(
        glossary_problems(glossary, locale),
        ["`a.b` says `urgencias`; use `sala de emergencias`"]
    );
    // Whole words only: "urgencia" (urgent care) is not "urgencias".
    assert!(glossary_problems(glossary, "c = sala de emergencias o urgencia\n").is_empty());
    assert_eq!(
        glossary_problems(glossary, "c = un dolor severo\n"),
        [
            "preferred term `sala de emergencias` is used nowhere",
            "`c` says `severo`; use `(etiqueta)`"
        ]
    );
}

/// Wherever a source is shown (results, guides, evidence), it reads as a real
/// title a patient could look up, never as one of the project's own labels.
#[test]
fn sources_show_real_titles_never_internal_labels() {
    let internal = [
        "seed",
        "documento base",
        "painpath",
        "§",
        "clinical reference",
        "referencia clínica",
        "_",
    ];
    for lang in ["en", "es"] {
        let text = file(lang);
        let sources: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("source."))
            .collect();
        assert!(sources.len() > 40, "{lang}: only {} sources", sources.len());
        for line in sources {
            let (id, title) = line.split_once('=').unwrap_or((line, ""));
            let lower = title.to_lowercase();
            for label in internal {
                assert!(
                    !lower.contains(label),
                    "{lang}: source.{} shows \"{label}\": {title}",
                    id.trim()
                );
            }
            assert!(
                title.trim().len() > 12,
                "{lang}: source.{} is too short to find",
                id.trim()
            );
        }
    }
}
