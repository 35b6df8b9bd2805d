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

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::state::storage::session;
use crate::text::{self, LANGUAGES};

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

/// The language picked with the switch earlier in this tab.
fn picked() -> Option<String> {
    session()?.get_item(KEY).ok().flatten()
}

/// Remember a language the person picked. Failures (storage off) are
/// ignored: the page still shows the language until it is reloaded.
pub fn remember(lang: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(KEY, lang);
    }
}

fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The language to start in, for a page whose clinic link asked for `clinic`.
pub fn initial(clinic: Option<&str>) -> &'static str {
    choose(picked().as_deref(), clinic, &browser_languages())
}

/// The file that holds part `part` of `lang`'s words, as named by the page.
fn locale_url(lang: &str, part: u8) -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc
        .query_selector(&format!("meta[name=\"painpath-locale-{lang}-{part}\"]"))
        .ok()??;
    meta.get_attribute("content")
}

/// Make the first part of `lang`'s words ready (enough for the welcome
/// screen, the questions and the interface).
pub async fn load(lang: &str) -> Result<(), ()> {
    if text::is_ready(lang) {
        return Ok(());
    }
    fetch_part(lang, 1).await
}

/// Make all of `lang`'s words ready: results, guides, summary and sharing.
pub async fn load_all(lang: &str) -> Result<(), ()> {
    load(lang).await?;
    if text::is_complete(lang) {
        return Ok(());
    }
    fetch_part(lang, 2).await
}

/// Fetch and install one part of a locale. Same-origin only (the
/// Content-Security-Policy allows nothing else); after the first visit the
/// service worker answers from its cache.
async fn fetch_part(lang: &str, part: u8) -> Result<(), ()> {
    let url = locale_url(lang, part).ok_or(())?;
    let window = web_sys::window().ok_or(())?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(drop)?
        .dyn_into()
        .map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    let body = JsFuture::from(response.text().map_err(drop)?)
        .await
        .map_err(drop)?;
    let source = body.as_string().ok_or(())?;
    if text::install(lang, part, source) {
        Ok(())
    } else {
        Err(())
    }
}

/// Show `lang`: switch the words, and tell the browser and assistive
/// technology through `<html lang>` and the title.
pub fn apply(lang: &str) {
    if !text::set_language(lang) {
        return;
    }
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
        doc.set_title(text::t("app.title"));
    }
}

/// The words could not be loaded at all: show the page's own bilingual
/// message (part of index.html, so it needs no locale).
pub fn show_load_error() {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("load-error"));
    if let Some(el) = el {
        let _ = el.remove_attribute("hidden");
    }
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
