//! Which language the page shows, and getting its words ready.
//!
//! The choice, first that applies:
//! 1. the language the person picked with the switch in this tab
//!    (session storage, like the answers);
//! 2. `lang` in a clinic's link;
//! 3. the browser's preferred languages;
//! 4. English.
//!
//! Switching never touches the answers: they live in the reducer, and only
//! the words change.

use crate::platform::{dom, fetch, storage};
use crate::text::{self, k, LANGUAGES};

/// Session-storage key for a language the person picked themselves.
pub const KEY: &str = "painpath.lang";

/// The first of `tags` (BCP 47, most preferred first) that PainPath speaks,
/// matched on the primary subtag: `es-MX` and `es-419` mean Spanish.
pub fn best_match<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<&'static str> {
    tags.into_iter().find_map(|tag| {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        LANGUAGES.iter().copied().find(|l| *l == primary)
    })
}

/// Pick the language: the person's own choice, then the clinic's, then the
/// browser's, then English.
pub fn choose(picked: Option<&str>, clinic: Option<&str>, browser: &[String]) -> &'static str {
    best_match(picked)
        .or_else(|| best_match(clinic))
        .or_else(|| best_match(browser.iter().map(String::as_str)))
        .unwrap_or(text::DEFAULT_LANGUAGE)
}

/// Remember a language the person picked. Failures (storage off) are
/// ignored: the page still shows the language until it is reloaded.
pub fn remember(lang: &str) {
    storage::set(KEY, lang);
}

/// The language to start in, for a page whose clinic link asked for `clinic`.
pub fn initial(clinic: Option<&str>) -> &'static str {
    choose(
        storage::get(KEY).as_deref(),
        clinic,
        &dom::browser_languages(),
    )
}

/// Why a language's words could not be made ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The page names no file for this part (not built by the build step).
    NoMeta,
    /// The file could not be fetched (offline, or an error status).
    Fetch,
    /// The file is not a locale PainPath can install.
    Parse,
}

/// Make the first part of `lang`'s words ready (enough for the welcome
/// screen, the first step's questions and the interface).
pub async fn load(lang: &str) -> Result<(), LoadError> {
    if text::is_ready(lang) {
        return Ok(());
    }
    fetch_part(lang, 1).await
}

/// Make the words of every question in `lang` ready (the first part and
/// the other questions' words).
pub async fn load_questions(lang: &str) -> Result<(), LoadError> {
    load(lang).await?;
    if text::has_questions(lang) {
        return Ok(());
    }
    fetch_part(lang, 3).await
}

/// Make all of `lang`'s words ready: results, guides, summary and sharing.
pub async fn load_all(lang: &str) -> Result<(), LoadError> {
    load_questions(lang).await?;
    if text::is_complete(lang) {
        return Ok(());
    }
    fetch_part(lang, 2).await
}

/// Fetch and install one part of a locale, from the file the page names.
async fn fetch_part(lang: &str, part: u8) -> Result<(), LoadError> {
    let url =
        dom::meta_content(&format!("painpath-locale-{lang}-{part}")).ok_or(LoadError::NoMeta)?;
    let source = fetch::text(&url).await.ok_or(LoadError::Fetch)?;
    if text::install(lang, part, source) {
        Ok(())
    } else {
        Err(LoadError::Parse)
    }
}

/// Show `lang`: switch the words, and tell the browser and assistive
/// technology through `<html lang>` and the title.
pub fn apply(lang: &str) {
    if text::set_language(lang) {
        dom::set_language(lang, text::t(k::APP_TITLE));
        crate::crash::prepare();
    }
}

/// The words could not be loaded at all: show the page's own bilingual
/// message (part of index.html, so it needs no locale).
pub fn show_load_error() {
    dom::unhide("load-error");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn browser_preference_picks_the_first_language_spoken() {
        assert_eq!(choose(None, None, &tags(&["es-MX", "en-US"])), "es");
        assert_eq!(choose(None, None, &tags(&["fr-FR", "es-419", "en"])), "es");
        assert_eq!(choose(None, None, &tags(&["en-GB", "es"])), "en");
        assert_eq!(choose(None, None, &tags(&["ES"])), "es");
    }

    #[test]
    fn nothing_known_means_english() {
        assert_eq!(choose(None, None, &[]), "en");
        assert_eq!(choose(None, None, &tags(&["fr", "de-DE", ""])), "en");
    }

    #[test]
    fn clinic_link_overrides_browser_and_own_choice_overrides_both() {
        assert_eq!(choose(None, Some("es"), &tags(&["en-US"])), "es");
        assert_eq!(choose(Some("en"), Some("es"), &tags(&["es"])), "en");
        assert_eq!(choose(Some("es"), None, &tags(&["en"])), "es");
    }

    #[test]
    fn unknown_stored_choice_is_ignored() {
        assert_eq!(choose(Some("<b>"), Some("es"), &[]), "es");
        assert_eq!(choose(Some("xx"), None, &tags(&["en"])), "en");
    }
}
