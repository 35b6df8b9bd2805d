//! Every call into the browser and into the page's own scripts, in one place.
//!
//! The rest of the app speaks Rust: it asks for the location hash, a stored
//! value or a printed page, and never touches `web_sys`, `js_sys` or
//! `wasm_bindgen` itself. Each call here tolerates a missing or refusing
//! browser feature (storage turned off, no service worker): the app keeps
//! working without it.

pub mod clinic_verify;
pub mod dom;
pub mod fetch;
pub mod location;
pub mod lock;
pub mod modules;
pub mod origin;
pub mod qr;
pub mod storage;
pub mod sw;

use wasm_bindgen::prelude::*;

/// Run a future on the browser's event loop.
pub fn spawn(future: impl std::future::Future<Output = ()> + 'static) {
    wasm_bindgen_futures::spawn_local(future);
}

/// Forces a panic, so tests can prove the error screen appears. Reachable only
/// from the browser console or a test harness; it touches no data.
#[wasm_bindgen]
pub fn painpath_selftest_panic() {
    panic!("self-test panic");
}
