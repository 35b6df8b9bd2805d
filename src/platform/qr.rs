//! The clinic page's QR code. Its script (`clinic-qr.js`, which in turn loads
//! npm qrcode-generator's `qrcode.js`) is added to the page the first time
//! the clinic page draws a code, so patients never download either.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;

/// The script's address, next to the page (same origin, as the
/// Content-Security-Policy requires).
const SCRIPT: &str = "clinic-qr.js";
const SCRIPT_ID: &str = "painpath-qr-script";

#[wasm_bindgen]
extern "C" {
    /// Defined by `clinic-qr.js`: draws `link` as an SVG QR code into the
    /// element with id `box_id`. Fails until the script has loaded.
    #[wasm_bindgen(catch, js_name = painpathDrawQr)]
    fn draw_qr(box_id: &str, link: &str) -> Result<(), JsValue>;
}

thread_local! {
    /// The latest code asked for while the script was still loading.
    static PENDING: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
}

/// Draw `link` as a QR code into the element with id `box_id`, loading the
/// script first if this is the first code.
pub fn draw(box_id: &str, link: &str) {
    if draw_qr(box_id, link).is_ok() {
        return;
    }
    PENDING.with(|p| *p.borrow_mut() = Some((box_id.to_string(), link.to_string())));
    load_script();
}

fn load_script() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id(SCRIPT_ID).is_some() {
        // Loading already; it draws the pending code when it arrives.
        return;
    }
    let (Ok(script), Some(body)) = (doc.create_element("script"), doc.body()) else {
        return;
    };
    script.set_id(SCRIPT_ID);
    let _ = script.set_attribute("src", SCRIPT);
    EventListener::once(&script, "load", |_| {
        if let Some((id, link)) = PENDING.with(|p| p.borrow_mut().take()) {
            let _ = draw_qr(&id, &link);
        }
    })
    .forget();
    // Offline before the script was ever cached: let a later visit try again.
    let failed = script.clone();
    EventListener::once(&script, "error", move |_| failed.remove()).forget();
    let _ = body.append_child(&script);
}
