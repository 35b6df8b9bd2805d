//! Fetching the app's own files (the locale parts). Same-origin only: the
//! Content-Security-Policy allows nothing else. After the first visit the
//! service worker answers from its cache.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file could not be fetched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No browser window (never in a real page).
    NoWindow,
    /// The request failed: offline, or refused.
    Network,
    /// The server answered with this HTTP status.
    Status(u16),
    /// The body could not be read as text.
    Body,
}

/// The text of the file at `url`.
pub async fn text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoWindow)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Body)?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|b| b.as_string())
        .ok_or(FetchError::Body)
}
