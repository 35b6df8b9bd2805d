//! A friendly screen instead of a frozen page when something goes wrong.
//!
//! The screen is a plain message and two links:
//! "Try again" reloads (answers stay in session storage) and "Start over"
//! loads `?reset`, which clears the tab's answers before the app mounts.
//!
//! A build that can run a panic hook (tests, a plain `trunk build`) shows it
//! from the hook. The release build stops at a panic at once, with no hook
//! and no message code (smaller); the page's start-up script then shows the
//! screen [`prepare`] wrote into the page beforehand.

use crate::platform::{dom, location, storage};

/// The error screen, in the language on screen. Locale text holds no markup
/// (a test checks), and it is escaped here all the same.
fn screen() -> String {
    use crate::text::{k, t, Key};
    let e = |key: Key| {
        t(key)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<main class=\"page\"><section class=\"card crash\" role=\"alert\">\
         <h1>{}</h1><p>{}</p><p>{}</p>\
         <p class=\"crash-actions\"><a class=\"btn btn-primary\" href=\"./\">{}</a> \
         <a class=\"btn\" href=\"./?reset\">{}</a></p></section></main>",
        e(k::CRASH_TITLE),
        e(k::CRASH_BODY),
        e(k::CRASH_KEPT),
        e(k::CRASH_RETRY),
        e(k::UI_START_OVER),
    )
}

/// Prepare the error screen in the language on screen, for the page. The release build stops at a panic without running any
/// hook (it carries no unwinding or message code); the page's start-up script
/// (`web/boot.js`) then shows what is prepared here.
pub fn prepare() {
    dom::prepare_crash_screen(&screen());
}

/// Show the error screen. Safe to call from a panic hook.
pub fn show_error_screen() {
    dom::replace_body(&screen());
}

/// Install the hook once, at start-up. Yew's own hook would replace a plain
/// `std::panic::set_hook`, so this goes through Yew's custom-hook setting.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|_| show_error_screen()));
}

/// With `?reset` in the address, clear this tab's answers and drop the query,
/// so a state that crashed the app cannot crash it again.
pub fn reset_if_asked() {
    if location::query().trim_start_matches('?') != "reset" {
        return;
    }
    // The answers go; the language the person picked stays.
    storage::clear_except(crate::ui::language::KEY);
    location::replace_query_with_hash("#/");
}
