//! Patient-facing words, looked up by key.
//!
//! The words live in `locales/*.txt`, one `key = text` per line (build.rs
//! drops comments and spaces), compiled into
//! the binary so the app works offline and no lookup ever touches the network.
//! Code refers to text only by key; a test checks that every key the engine and
//! UI use is present and non-empty.

use std::sync::OnceLock;

/// `locales/en.txt`, compacted by build.rs to `key=text` lines.
const EN: &str = include_str!(concat!(env!("OUT_DIR"), "/en.txt"));

/// One parsed locale: keys sorted for binary search.
struct Table(Vec<(&'static str, &'static str)>);

impl Table {
    fn parse(src: &'static str) -> Table {
        // build.rs has already sorted the lines by key.
        Table(src.lines().filter_map(|l| l.split_once('=')).collect())
    }

    fn get(&self, key: &str) -> Option<&'static str> {
        self.0
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| self.0[i].1)
    }
}

fn english() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(EN))
}

/// Shown in place of text whose key is missing: visible on screen rather than
/// blank. The locale tests fail on any missing key, so this never ships.
pub const MISSING: &str = "[missing text]";

/// The text for `key`, or [`MISSING`].
pub fn t(key: &str) -> &'static str {
    lookup(key).unwrap_or(MISSING)
}

/// The text for `key`, or `None` when the locale lacks it.
pub fn lookup(key: &str) -> Option<&'static str> {
    english().get(key)
}

/// Every key of the English locale, sorted.
pub fn keys() -> impl Iterator<Item = &'static str> {
    english().0.iter().map(|(k, _)| *k)
}

/// Replace `{name}` placeholders in `template` with values from `vars`.
/// Unknown placeholders are left as they are.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match vars.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_non_empty() {
        let all: Vec<&str> = keys().collect();
        for pair in all.windows(2) {
            assert_ne!(pair[0], pair[1], "duplicate locale key {}", pair[0]);
        }
        for key in &all {
            assert!(!t(key).is_empty(), "empty text for {key}");
        }
    }

    #[test]
    fn fill_replaces_known_placeholders_only() {
        let s = fill("Pain for {duration}, {other}.", &[("duration", "4 months")]);
        assert_eq!(s, "Pain for 4 months, {other}.");
    }

    #[test]
    fn missing_key_shows_a_visible_marker() {
        assert_eq!(t("no.such.key"), MISSING);
        assert!(lookup("no.such.key").is_none());
    }
}

/// Values for the placeholders in engine reasons, in the patient's own terms.
pub mod personal {
    use crate::engine::answers::{Answers, CareTried};

    /// The emergency number used when a clinic has not set one.
    pub const DEFAULT_EMERGENCY_NUMBER: &str = "911";

    /// `{duration}`, `{care}` and `{emergency_number}` for these answers.
    pub fn vars(a: &Answers, emergency_number: &str) -> Vec<(&'static str, String)> {
        let duration = a
            .pain
            .duration
            .map(|d| super::t(&format!("phrase.duration.{}", d.id())).to_string())
            .unwrap_or_else(|| super::t("phrase.duration.unknown").to_string());
        let h = &a.history;
        let care_key = if h.physical_therapy == Some(CareTried::FourWeeksOrMore) {
            "phrase.care.physical_therapy"
        } else if h.home_exercise == Some(CareTried::FourWeeksOrMore) {
            "phrase.care.home_exercise"
        } else {
            "phrase.care.other"
        };
        vec![
            ("duration", duration),
            ("care", super::t(care_key).to_string()),
            ("emergency_number", emergency_number.to_string()),
        ]
    }

    /// Look up `key` and fill its placeholders from the answers.
    pub fn say(key: &str, a: &Answers, emergency_number: &str) -> String {
        let vars = vars(a, emergency_number);
        let pairs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        super::fill(super::t(key), &pairs)
    }
}

#[cfg(test)]
mod markup {
    /// Locale text is plain: no markup, so it can be placed in HTML safely.
    #[test]
    fn no_locale_text_contains_markup() {
        for key in super::keys() {
            let text = super::t(key);
            assert!(
                !text.contains('<') && !text.contains('>'),
                "{key} contains markup"
            );
        }
    }
}
