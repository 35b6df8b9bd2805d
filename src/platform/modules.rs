//! The page's second app. The questionnaire's app is what a first visit
//! downloads; the whole app (results, guides, summary, shared results) is a
//! second wasm module. The page's start-up script (written by the build, see
//! `scripts/post_build.mjs`) defines `window.painpathFull()`: it fetches and
//! compiles that module and resolves to a function that starts it.
//!
//! The contract is these two names and one more: the page's start-up script
//! sets `window.painpathStarted` to a function the running app calls once
//! its first screen is up (the service worker is registered after it).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const LOAD_FULL: &str = "painpathFull";
const STARTED: &str = "painpathStarted";

fn window_function(name: &str) -> Option<(web_sys::Window, js_sys::Function)> {
    let w = web_sys::window()?;
    let f = js_sys::Reflect::get(&w, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((w, f))
}

/// A compiled whole app, ready to start.
pub struct FullModule(js_sys::Function);

/// Fetch and compile the whole app; `None` when it cannot be had (offline
/// before it was ever stored, or a page built without it).
pub async fn load_full() -> Option<FullModule> {
    let (w, load) = window_function(LOAD_FULL)?;
    let promise: js_sys::Promise = load.call0(&w).ok()?.dyn_into().ok()?;
    let start = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(FullModule(start))
}

impl FullModule {
    /// Start the whole app. The caller has taken its own app off the page.
    pub fn start(self) {
        let _ = self.0.call0(&JsValue::NULL);
    }
}

/// Tell the page the first screen is up.
pub fn started() {
    if let Some((w, f)) = window_function(STARTED) {
        let _ = f.call0(&w);
    }
}
