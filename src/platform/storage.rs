//! This tab's session storage: survives a reload, gone when the tab closes.
//! Failures (storage turned off or full) are ignored; the app then keeps
//! everything in memory only.

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}

/// Clear everything this tab stored except `keep`.
pub fn clear_except(keep: &str) {
    let Some(s) = session() else { return };
    let kept = s.get_item(keep).ok().flatten();
    let _ = s.clear();
    if let Some(value) = kept {
        let _ = s.set_item(keep, &value);
    }
}
