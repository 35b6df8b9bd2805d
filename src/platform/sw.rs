//! The page's side of the service worker, as `register-sw.js` speaks it.
//! The names below are the whole contract; `register-sw.js` spells the same
//! three (it ships to every visitor, so it carries no comment about them).

use gloo::events::EventListener;

/// Fired on `window` by `register-sw.js` when a new version is waiting.
const UPDATE_READY: &str = "painpath:update-ready";
/// Fired on `window` by the app when the person agrees to update.
const APPLY_UPDATE: &str = "painpath:apply-update";
/// Set on `window` by `register-sw.js` when the update was ready before the
/// app started listening.
const UPDATE_READY_FLAG: &str = "painpathUpdateReady";

/// A new version is waiting already.
pub fn update_ready() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &UPDATE_READY_FLAG.into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Call `f` when a new version is waiting, for as long as the listener is kept.
pub fn on_update_ready(f: impl Fn() + 'static) -> Option<EventListener> {
    web_sys::window().map(|w| EventListener::new(&w, UPDATE_READY, move |_| f()))
}

/// Switch to the waiting version; the page reloads on it.
pub fn apply_update() {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(APPLY_UPDATE)) {
        let _ = w.dispatch_event(&e);
    }
}
