//! The page's address: the hash the router reads, the query a clinic link
//! carries, and the address the share and clinic links are built on.
//!
//! The history of the tab records as little as it can: moving through the
//! app replaces the current entry instead of adding one (so the steps a
//! person went through, and how many, are not in the tab's history for the
//! browser, or for a page that frames PainPath, to read back), and the query
//! keeps only the clinic's settings (a mailing tool's tracking id or a
//! patient number in the link is dropped at once and never copied on).

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The location hash, such as `#/q/where`; empty when there is none.
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// Go to `hash` in place of the current history entry; the router hears it
/// through [`on_hash_change`].
pub fn set_hash(hash: &str) {
    if let Some(l) = location() {
        let _ = l.replace(hash);
    }
}

/// The query string, such as `?clinic=…`; empty when there is none.
pub fn query() -> String {
    location().and_then(|l| l.search().ok()).unwrap_or_default()
}

/// Origin and path, without query or hash: where the app is served.
pub fn origin_and_path() -> String {
    location()
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// Show `query` (the clinic's settings, nothing else) as the address's
/// query, in place, keeping the path and the hash.
pub fn show_query(query: &str) {
    let Some(w) = web_sys::window() else { return };
    let l = w.location();
    if l.search().ok().as_deref() == Some(query) {
        return;
    }
    let path = l.pathname().unwrap_or_default();
    let hash = l.hash().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(
            &JsValue::NULL,
            "",
            Some(&format!("{path}{query}{hash}")),
        );
    }
}

/// Drop the query and go to `hash` without adding a history entry.
pub fn replace_query_with_hash(hash: &str) {
    let Some(w) = web_sys::window() else { return };
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{hash}")));
    }
}

/// Go to the clinic page (its own page beside this one), keeping the query.
/// Replaces this history entry, so Back does not return to a redirect.
pub fn open_clinic_page() {
    if let Some(l) = location() {
        let _ = l.replace(&format!("clinic.html{}", query()));
    }
}

/// Call `f` whenever the hash changes, for as long as the listener is kept.
pub fn on_hash_change(f: impl FnMut() + 'static) -> Option<EventListener> {
    let mut f = f;
    web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| f()))
}

/// Links to the app's screens (`href="#/…"`) replace the current history
/// entry too, as [`set_hash`] does, for as long as the listener is kept.
pub fn keep_links_in_place() -> Option<EventListener> {
    let document = web_sys::window()?.document()?;
    Some(EventListener::new_with_options(
        &document,
        "click",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        |e| {
            let link = e
                .target()
                // A click's target is an element; were it not, `closest`
                // would throw, and that is caught.
                .map(|t| t.unchecked_into::<web_sys::Element>())
                .and_then(|t| t.closest("a[href^='#/']").ok().flatten())
                .and_then(|a| a.get_attribute("href"));
            if let (Some(href), false) = (link, e.default_prevented()) {
                e.prevent_default();
                set_hash(&href);
            }
        },
    ))
}
