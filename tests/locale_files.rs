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
