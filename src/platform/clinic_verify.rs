//! Checking a clinic link's signature: done by `clinic-verify.js` with the
//! browser's own cryptography (WebCrypto, Ed25519; the file says how). The
//! app renders a `<script>` element for it only when a link carries a
//! signature; the script reads the settings from the address (which the app
//! has reduced to the settings and their signature, in their one form) and
//! answers with an event when the signature is good. Driving WebCrypto from
//! Rust measured 1.8 KB gzip more in the first download than this.

use gloo::events::EventListener;

/// The script's address and integrity.
pub fn script() -> (String, Option<String>) {
    super::dom::asset("clinic-verify.js")
}

/// Call `f` when the script has found the signature good, for as long as
/// the listener is kept.
/// If the script answered before this was called (the whole app starts
/// after the questionnaire's app has handed over), `f` is called at once.
pub fn on_verified(f: impl Fn() + 'static) -> Option<EventListener> {
    let w = web_sys::window()?;
    let marked = w
        .document()
        .and_then(|d| d.document_element())
        .is_some_and(|e| e.has_attribute("data-clinic-verified"));
    if marked {
        f();
    }
    Some(EventListener::new(
        &w,
        "painpath:clinic-verified",
        move |_| f(),
    ))
}
