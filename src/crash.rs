//! A friendly screen instead of a frozen page when something goes wrong.
//!
//! The panic hook replaces the page with a plain message and two links:
//! "Try again" reloads (answers stay in session storage) and "Start over"
//! loads `?reset`, which clears the tab's answers before the app mounts.

use crate::platform::{dom, location, storage};

/// Show the error screen, in the language on screen. Safe to call from a
/// panic hook. Built from plain text, never parsed as markup.
pub fn show_error_screen() {
    use crate::text::{k, t};
    dom::replace_body_with_message(
        t(k::CRASH_TITLE),
        &[t(k::CRASH_BODY), t(k::CRASH_KEPT)],
        &[(t(k::CRASH_RETRY), "./"), (t(k::UI_START_OVER), "./?reset")],
    );
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
