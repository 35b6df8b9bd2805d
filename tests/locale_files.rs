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
    let misplaced: Vec<&str> = entries
        .iter()
        .filter(|e| e.part == 2 && first_screen.iter().any(|p| e.key.starts_with(p)))
        .map(|e| e.key.as_str())
        .collect();
    assert!(
        misplaced.is_empty(),
        "needed before the first screen but in part 2: {misplaced:?}"
    );
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
