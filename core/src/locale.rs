//! Reading a locale file (`key = text` lines, `#` comments) and filling its
//! `{placeholders}`. Pure: the app decides which file to load and when.

/// The languages PainPath speaks, by BCP 47 primary tag. English first: the
/// fallback when nothing else is known.
pub const LANGUAGES: &[&str] = &["en", "es"];

/// The language used when nothing else is known.
pub const DEFAULT_LANGUAGE: &str = "en";

/// One parsed locale: keys sorted for binary search.
#[derive(Clone, Debug, Default)]
pub struct Table(Vec<(&'static str, &'static str)>);

impl Table {
    /// Read `key = text` lines; blank lines and `#` comments are skipped.
    /// A line without `=` is ignored (the key tests catch what goes missing).
    pub fn parse(src: &'static str) -> Table {
        let mut rows: Vec<(&str, &str)> = src
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        Table(rows)
    }

    /// The text for `key`, if the table has it.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        self.0
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| self.0[i].1)
    }

    /// Every key, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(k, _)| *k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// This table with `other`'s rows added; a key in both keeps this one's text.
    pub fn merged(&self, other: Table) -> Table {
        let mut rows = self.0.clone();
        rows.extend(other.0);
        rows.sort_by(|a, b| a.0.cmp(b.0));
        rows.dedup_by(|a, b| a.0 == b.0);
        Table(rows)
    }
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
    fn fill_replaces_known_placeholders_only() {
        let s = fill("Pain for {duration}, {other}.", &[("duration", "4 months")]);
        assert_eq!(s, "Pain for 4 months, {other}.");
    }

    #[test]
    fn comments_blank_lines_and_spaces_around_the_sign_are_ignored() {
        let t = Table::parse("# note\n\n  a.b = one = two \nc.d=three\nno sign here\n");
        assert_eq!(t.get("a.b"), Some("one = two"));
        assert_eq!(t.get("c.d"), Some("three"));
        assert_eq!(t.len(), 2);
    }

    #[test]
    fn merging_keeps_the_first_text_of_a_key() {
        let t = Table::parse("a = 1\nb = 2").merged(Table::parse("b = 3\nc = 4"));
        assert_eq!(t.keys().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!(t.get("b"), Some("2"));
    }
}
