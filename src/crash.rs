//! A friendly screen instead of a frozen page when something goes wrong.
//!
//! The panic hook replaces the page with a plain message and two links:
//! "Try again" reloads (answers stay in session storage) and "Start over"
//! loads `?reset`, which clears the tab's answers before the app mounts.

use wasm_bindgen::prelude::*;

const SCREEN: &str = r#"<main class="page"><section class="card crash" role="alert">
<h1>Something went wrong</h1>
<p>PainPath hit a problem it could not recover from. Nothing was sent anywhere.</p>
<p>Your answers are still saved in this tab. Try again, or start over with a clean slate.</p>
<p class="crash-actions"><a class="btn btn-primary" href="./">Try again</a>
<a class="btn" href="./?reset">Start over</a></p>
</section></main>"#;

/// Show the error screen. Safe to call from a panic hook.
pub fn show_error_screen() {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        body.set_inner_html(SCREEN);
    }
}

/// Install the hook once, at start-up. Yew's own hook would replace a plain
/// `std::panic::set_hook`, so this goes through Yew's custom-hook setting.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| show_error_screen()));
}

/// With `?reset` in the address, clear this tab's answers and drop the query,
/// so a state that crashed the app cannot crash it again.
pub fn reset_if_asked() {
    let Some(w) = web_sys::window() else { return };
    let asked = w
        .location()
        .search()
        .is_ok_and(|s| s.trim_start_matches('?') == "reset");
    if !asked {
        return;
    }
    if let Ok(Some(s)) = w.session_storage() {
        let _ = s.clear();
    }
    let path = w.location().pathname().unwrap_or_default();
    if let Ok(history) = w.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}#/")));
    }
}

/// Forces a panic, so tests can prove the error screen appears. Reachable only
/// from the browser console or a test harness; it touches no data.
#[wasm_bindgen]
pub fn painpath_selftest_panic() {
    panic!("self-test panic");
}
