//! Patient-facing words, looked up by key, in English or Spanish.
//!
//! The words live in `locales/<lang>.txt`, one `key = text` per line, with
//! `#` comments. Code refers to text only by key; tests check that every key
//! the engine and UI use is present and non-empty in every language.
//!
//! How the words reach the app:
//! - Native builds, tests and the wasm test build compile both files in.
//! - The web build (feature `fetch-locales`, set by Trunk) compiles none in.
//!   The build step splits each file at its `# @@` line into two parts and
//!   writes them next to the app under content-hashed names that the page
//!   lists in `<meta>` tags. The app fetches only the language it shows:
//!   part 1 (the welcome screen, questions and interface) before the first
//!   screen, part 2 (results, guides, summary, sharing) straight after. The
//!   service worker keeps every file for offline use. Each language costs its
//!   bytes only to the people who read it.

use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::RwLock;

use painpath_core::locale::Table;
pub use painpath_core::locale::{fill, DEFAULT_LANGUAGE, LANGUAGES};

/// The locale files compiled in when the web build does not fetch them.
#[cfg(not(feature = "fetch-locales"))]
fn embedded(lang: &str) -> Option<&'static str> {
    match lang {
        "en" => Some(include_str!("../locales/en.txt")),
        "es" => Some(include_str!("../locales/es.txt")),
        _ => None,
    }
}

#[cfg(feature = "fetch-locales")]
fn embedded(_: &str) -> Option<&'static str> {
    None
}

/// Parsed tables by language index. A table lives for the whole session
/// (at most one per part per language), so lookups can hand out `&'static str`.
static TABLES: RwLock<[Option<&'static Table>; LANGUAGES.len()]> =
    RwLock::new([None; LANGUAGES.len()]);
/// Which parts (bit 0: part 1, bit 1: part 2) each language has installed.
static PARTS: [AtomicU8; LANGUAGES.len()] = [const { AtomicU8::new(0) }; LANGUAGES.len()];
/// Both parts.
const WHOLE: u8 = 0b11;
/// Index into [`LANGUAGES`] of the language on screen.
static CURRENT: AtomicUsize = AtomicUsize::new(0);

fn index(lang: &str) -> Option<usize> {
    LANGUAGES.iter().position(|l| *l == lang)
}

fn table(i: usize) -> Option<&'static Table> {
    let found = TABLES.read().ok().and_then(|t| t.get(i).copied().flatten());
    found.or_else(|| {
        let src = embedded(LANGUAGES.get(i)?)?;
        add(i, WHOLE, Table::parse(src));
        TABLES.read().ok().and_then(|t| t.get(i).copied().flatten())
    })
}

/// Merge `rows` into language `i`'s table and mark `parts` installed. The
/// old table is left in place for text already handed out.
fn add(i: usize, parts: u8, rows: Table) {
    let (Ok(mut tables), Some(flags)) = (TABLES.write(), PARTS.get(i)) else {
        return;
    };
    let Some(slot) = tables.get_mut(i) else {
        return;
    };
    let merged = match slot {
        Some(old) => old.merged(rows),
        None => rows,
    };
    *slot = Some(Box::leak(Box::new(merged)));
    flags.fetch_or(parts, Ordering::Relaxed);
}

fn parts(lang: &str) -> u8 {
    let Some(i) = index(lang) else { return 0 };
    if table(i).is_none() {
        return 0;
    }
    PARTS.get(i).map_or(0, |p| p.load(Ordering::Relaxed))
}

/// Install part `part` (1 or 2) of `lang`'s locale file (the web build
/// fetches them). Returns false for a language or part PainPath lacks.
pub fn install(lang: &str, part: u8, source: String) -> bool {
    let (Some(i), 1..=2) = (index(lang), part) else {
        return false;
    };
    let source: &'static str = Box::leak(source.into_boxed_str());
    add(i, 1 << (part - 1), Table::parse(source));
    true
}

/// Whether `lang`'s first part (enough for the welcome screen, the
/// questions and the interface) is ready to show.
pub fn is_ready(lang: &str) -> bool {
    parts(lang) & 1 == 1
}

/// Whether all of `lang`'s words are ready, results and guides included.
pub fn is_complete(lang: &str) -> bool {
    parts(lang) == WHOLE
}

/// Show `lang` from now on. Returns false, and changes nothing, when the
/// language is unknown or its words are not ready.
pub fn set_language(lang: &str) -> bool {
    match index(lang) {
        Some(i) if is_ready(lang) => {
            CURRENT.store(i, Ordering::Relaxed);
            true
        }
        _ => false,
    }
}

/// The language on screen.
pub fn language() -> &'static str {
    LANGUAGES
        .get(CURRENT.load(Ordering::Relaxed))
        .copied()
        .unwrap_or(DEFAULT_LANGUAGE)
}

/// Shown in place of text whose key is missing: visible on screen rather than
/// blank. The locale tests fail on any missing key, so this never ships.
pub const MISSING: &str = "[missing text]";

/// The text for `key` in the language on screen, or [`MISSING`].
pub fn t(key: &str) -> &'static str {
    lookup(key).unwrap_or(MISSING)
}

/// The text for `key` in the language on screen, or `None` when it lacks it.
pub fn lookup(key: &str) -> Option<&'static str> {
    table(CURRENT.load(Ordering::Relaxed))?.get(key)
}

/// The text for `key` in `lang`, whatever is on screen.
pub fn lookup_in(lang: &str, key: &str) -> Option<&'static str> {
    table(index(lang)?)?.get(key)
}

/// Every key of `lang`'s locale, sorted (empty when it is not ready).
pub fn keys_in(lang: &str) -> Vec<&'static str> {
    index(lang)
        .and_then(table)
        .map(|t| t.keys().collect())
        .unwrap_or_default()
}

/// Every key of the English locale, sorted.
pub fn keys() -> Vec<&'static str> {
    keys_in(DEFAULT_LANGUAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_non_empty() {
        let all = keys();
        for pair in all.windows(2) {
            assert_ne!(pair[0], pair[1], "duplicate locale key {}", pair[0]);
        }
        for key in &all {
            assert!(!t(key).is_empty(), "empty text for {key}");
        }
    }

    #[test]
    fn only_known_languages_and_parts_can_be_installed_or_shown() {
        assert!(!install("xx", 1, "a = b".into()));
        assert!(!install("en", 3, "a = b".into()));
        assert!(!install("en", 0, "a = b".into()));
        assert!(!set_language("xx"));
        assert!(!is_ready("xx"));
        // Compiled in for tests: both languages are whole.
        assert!(is_complete("en") && is_complete("es"));
        assert_eq!(lookup_in("es", "welcome.start"), Some("Empezar"));
    }

    #[test]
    fn missing_key_shows_a_visible_marker() {
        assert_eq!(t("no.such.key"), MISSING);
        assert!(lookup("no.such.key").is_none());
    }
}

/// The text of `key` in the language shown, with `{duration}`, `{care}` and
/// `{emergency_number}` filled from the answers (see [`painpath_core::phrases`]).
pub fn say(key: &str, a: &painpath_core::Answers, emergency_number: &str) -> String {
    painpath_core::phrases::say(key, a, emergency_number, t)
}

#[cfg(test)]
mod markup {
    /// Locale text is plain: no markup, so it can be placed in HTML safely.
    #[test]
    fn no_locale_text_contains_markup() {
        for lang in super::LANGUAGES {
            for key in super::keys_in(lang) {
                let text = super::lookup_in(lang, key).unwrap_or_default();
                assert!(
                    !text.contains('<') && !text.contains('>'),
                    "{lang}: {key} contains markup"
                );
            }
        }
    }
}
