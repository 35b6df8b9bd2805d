//! Fetching the app's own files (the locale parts). Same-origin only: the
//! Content-Security-Policy allows nothing else. After the first visit the
//! service worker answers from its cache.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text of the file at `url`; `None` when it could not be had (offline,
/// refused, an error status, or a body that is not text). The page's
/// start-up script (`web/boot.js`) may have started this fetch already, in
/// parallel with the wasm; then its result is taken over.
pub async fn text(url: &str) -> Option<String> {
    if let Some(early) = started_early(url) {
        if let Some(text) = JsFuture::from(early).await.ok()?.as_string() {
            return Some(text);
        }
    }
    fetch_text(url).await
}

/// The start-up script's fetch of `url` (`window.painpathWords`), once.
fn started_early(url: &str) -> Option<js_sys::Promise> {
    let w = web_sys::window()?;
    let key = JsValue::from_str("painpathWords");
    let early = js_sys::Reflect::get(&w, &key).ok()?;
    let same = js_sys::Reflect::get(&early, &JsValue::from_str("url"))
        .ok()?
        .as_string()?
        == url;
    if !same {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(&w, &key);
    js_sys::Reflect::get(&early, &JsValue::from_str("text"))
        .ok()?
        .dyn_into()
        .ok()
}

async fn fetch_text(url: &str) -> Option<String> {
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
