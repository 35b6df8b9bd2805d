//! This tab's session storage: survives a reload. The browser may also
//! write it to disk and bring it back with the tab (session restore, "reopen
//! closed tab"), so a value saved with [`set_expiring`] (the answers) carries
//! the time it was saved and is forgotten after [`MAX_IDLE_MS`] without a
//! change: a tab restored long after does not reopen someone's answers.
//! Failures (storage turned off or full) are ignored; the app then keeps
//! everything in memory only.

/// How long a saved value lasts: one hour after it was last saved (the app
/// saves the answers on each change and each time it opens). The welcome
/// page says so (`welcome.kept`, in both locales): change them together.
pub const MAX_IDLE_MS: u64 = 60 * 60 * 1000;

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// `t<milliseconds>|<value>`: the value and when it was saved.
/// Milliseconds since 1970, as a whole number (formatting a float would
/// add a few kilobytes to the download).
fn now() -> u64 {
    js_sys::Date::now() as u64
}

fn stamp(value: &str, now: u64) -> String {
    format!("t{now}|{value}")
}

/// The value of a stored text, or `None` when it has expired. A text
/// without a time (written by an older version, or by hand) is read as it
/// is: it is then saved again with a time, or rejected by its reader.
fn unstamp(stored: &str, now: u64) -> Option<&str> {
    let Some((time, value)) = stored
        .strip_prefix('t')
        .and_then(|rest| rest.split_once('|'))
        .and_then(|(t, v)| Some((t.parse::<u64>().ok()?, v)))
    else {
        return Some(stored);
    };
    // A time in the future (a clock set back) counts as expired too.
    (time <= now && now - time <= MAX_IDLE_MS).then_some(value)
}

pub fn get(key: &str) -> Option<String> {
    let s = session()?;
    let stored = s.get_item(key).ok().flatten()?;
    let value = unstamp(&stored, now()).map(str::to_string);
    if value.is_none() {
        let _ = s.remove_item(key);
    }
    value
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
}

/// Save `value` for [`MAX_IDLE_MS`]: [`get`] forgets it after that.
pub fn set_expiring(key: &str, value: &str) {
    set(key, &stamp(value, now()));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_lasts_an_hour_without_a_change() {
        let saved = stamp("v1|AQ|0|", 1_000);
        assert_eq!(saved, "t1000|v1|AQ|0|");
        assert_eq!(unstamp(&saved, 1_000), Some("v1|AQ|0|"));
        assert_eq!(unstamp(&saved, 1_000 + MAX_IDLE_MS), Some("v1|AQ|0|"));
        assert_eq!(unstamp(&saved, 1_001 + MAX_IDLE_MS), None);
        // Saved "in the future": the clock was changed, so it is not trusted.
        assert_eq!(unstamp(&saved, 999), None);
    }

    #[test]
    fn a_value_without_a_time_is_read_as_it_is() {
        assert_eq!(unstamp("v1|AQ|0|", 5), Some("v1|AQ|0|"));
        assert_eq!(unstamp("es", 5), Some("es"));
        assert_eq!(unstamp("tx|y", 5), Some("tx|y"));
    }
}
