//! Locking a results link with a passphrase, and opening one: done by
//! `lock.js` with the browser's own cryptography (WebCrypto: PBKDF2 and
//! AES-GCM; the file says how). The screens that lock or open a link render
//! a `<script>` element for it ([`script`]), so nobody else downloads it;
//! the work itself is two calls, and compiles to far less than driving
//! WebCrypto from Rust would.

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The script's address and integrity.
pub fn script() -> (String, Option<String>) {
    super::dom::asset("lock.js")
}

/// Call `window[name](args…)` and wait for the promise it returns.
async fn call(name: &str, args: &[&str]) -> Option<JsValue> {
    let w = web_sys::window()?;
    let f: Function = Reflect::get(&w, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()?;
    let args: Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    let promise = f
        .apply(&w, &args)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    JsFuture::from(promise).await.ok()
}

/// Lock the answers' link code: the sealed code and its passphrase, or
/// `None` when this browser cannot (or the script has not loaded).
pub async fn lock(code: &str) -> Option<(String, String)> {
    let made: Array = call("painpathLock", &[code]).await?.dyn_into().ok()?;
    Some((made.get(0).as_string()?, made.get(1).as_string()?))
}

/// The answers' link code inside a sealed code, or `None` when the
/// passphrase does not open it.
pub async fn unlock(sealed: &str, passphrase: &str) -> Option<String> {
    call("painpathUnlock", &[sealed, passphrase])
        .await?
        .as_string()
}
