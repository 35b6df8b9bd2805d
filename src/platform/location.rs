//! The page's address: the hash the router reads, the query a clinic link
//! carries, and the address the share and clinic links are built on.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The location hash, such as `#/q/where`; empty when there is none.
pub fn hash() -> String {
    location().and_then(|l| l.hash().ok()).unwrap_or_default()
}

/// Go to `hash`; the router hears it through [`on_hash_change`].
pub fn set_hash(hash: &str) {
    if let Some(l) = location() {
        let _ = l.set_hash(hash);
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

/// Where the patient app is served: beside the clinic page (`clinic.html`),
/// origin and path without the page's own file name.
pub fn app_address() -> String {
    let here = origin_and_path();
    match here.strip_suffix("clinic.html") {
        Some(dir) => dir.to_string(),
        None => here,
    }
}

/// The page's address with its query (a clinic's settings) but no hash.
pub fn page_address() -> String {
    format!("{}{}", origin_and_path(), query())
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
