//! Fetching the app's own files (the locale parts). Same-origin only: the
//! Content-Security-Policy allows nothing else. After the first visit the
//! service worker answers from its cache.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The text of the file at `url`; `None` when it could not be had (offline,
/// refused, an error status, or a body that is not text).
pub async fn text(url: &str) -> Option<String> {
    let response: web_sys::Response = JsFuture::from(web_sys::window()?.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
