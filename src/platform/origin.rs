//! Where this copy of PainPath runs, as far as it can tell.
//!
//! PainPath's privacy rests on having a web origin (scheme, host, port) of
//! its own: the browser keeps each origin's storage, caches and pages apart,
//! and nothing else. Served under a path of a site that has other pages
//! (`clinic.example/painpath/`), or framed by a page of its own origin,
//! every page and script of that site can read the answers and rewrite the
//! offline copy. That is not supported; it is detected here so the person
//! can be told, and the clinic page refuses to make an embed snippet for it.

use wasm_bindgen::JsValue;

/// Shares its origin with other pages: served under a sub-path, or framed
/// by a page of the same origin.
pub fn shares_origin() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    // The directory the page is served from: "" at the root of the origin
    // ("/", "/index.html", "/clinic.html").
    let path = w.location().pathname().unwrap_or_default();
    let under_path = path
        .rsplit_once('/')
        .is_some_and(|(dir, _)| !dir.is_empty());
    // A parent whose address can be read is on the same origin: another
    // origin's would refuse.
    let framed_by_own_origin = w
        .parent()
        .ok()
        .flatten()
        .filter(|p| !JsValue::from(p).loose_eq(&JsValue::from(&w)))
        .is_some_and(|p| p.location().origin().is_ok());
    under_path || framed_by_own_origin
}
