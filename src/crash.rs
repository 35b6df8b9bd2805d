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

/// The error screen's words, in the language on screen: title, two
/// paragraphs and the two links' labels.
fn words() -> [&'static str; 5] {
    use crate::text::{k, t};
    [
        t(k::CRASH_TITLE),
        t(k::CRASH_BODY),
        t(k::CRASH_KEPT),
        t(k::CRASH_RETRY),
        t(k::UI_START_OVER),
    ]
}

/// Prepare the error screen's words in the language on screen, for the page.
/// The release build stops at a panic without running any hook (it carries
/// no unwinding or message code); the page's start-up script
/// (`web/boot.js`) then builds the screen from these words as plain text.
pub fn prepare() {
    dom::prepare_crash_screen(&words().join("\n"));
}

/// Show the error screen, in the language on screen. Safe to call from a
/// panic hook. Built from plain text, never parsed as markup.
pub fn show_error_screen() {
    let [title, body, kept, retry, again] = words();
    dom::replace_body_with_message(title, &[body, kept], &[(retry, "./"), (again, "./?reset")]);
}

/// Install the hook once, at start-up. Yew's own hook would replace a plain
/// `std::panic::set_hook`, so this goes through Yew's custom-hook setting.
pub fn install() {
    // The release build never runs a hook (see the module's doc): it does
    // not carry this one.
    if cfg!(panic = "immediate-abort") {
        return;
    }
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
