//! Checks on the locale files and the key constants made from them. Used by
//! `build.rs` (a problem fails the build) and by `tests/text_keys.rs`
//! (through `#[path]`), which feeds it broken pairs to prove it catches them.
//! Plain std only: the build script compiles it before anything else.

use std::collections::BTreeMap;

/// One `key = text` line of a locale file.
pub struct Entry {
    pub key: String,
    pub text: String,
    /// 1 above the `# @@` line, 2 below it (the web build fetches them apart).
    pub part: u8,
}

/// The entries of a locale file in file order, or the problems that make
/// it unreadable (each naming the file and line).
pub fn parse(name: &str, src: &str) -> Result<Vec<Entry>, Vec<String>> {
    let (mut entries, mut problems) = (Vec::new(), Vec::new());
    let mut part = 1;
    for (n, line) in src.lines().enumerate().map(|(i, l)| (i + 1, l.trim())) {
        if line.starts_with("# @@") {
            if part == 2 {
                problems.push(format!("{name}:{n}: a second `# @@` line"));
            }
            part = 2;
        } else if line.is_empty() || line.starts_with('#') {
            continue;
        } else if let Some((key, text)) = line.split_once('=') {
            let (key, text) = (key.trim().to_string(), text.trim().to_string());
            if !valid_key(&key) {
                problems.push(format!(
                    "{name}:{n}: `{key}` is not a key (a-z, 0-9, `_`, `.`)"
                ));
            }
            entries.push(Entry { key, text, part });
        } else {
            problems.push(format!("{name}:{n}: no `=` in `{line}`"));
        }
    }
    if part == 1 {
        problems.push(format!(
            "{name}: no `# @@` line splitting part 1 from part 2"
        ));
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

fn valid_key(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
}

/// `{placeholders}` of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(name, _)| name))
        .collect();
    out.sort_unstable();
    out
}

/// The constant naming `key`: upper case, `.` becoming `_`
/// (`welcome.start` is `WELCOME_START`).
pub fn const_name(key: &str) -> String {
    key.replace('.', "_").to_ascii_uppercase()
}

/// Every problem with the reference locale `base` and the translation
/// `other`: duplicate or empty keys, keys whose constants would collide,
/// keys missing on either side, different placeholders, different parts.
pub fn check(base: (&str, &str), other: (&str, &str)) -> Vec<String> {
    let (a, b) = match (parse(base.0, base.1), parse(other.0, other.1)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => return [a.err(), b.err()].into_iter().flatten().flatten().collect(),
    };
    let mut problems = Vec::new();
    let a_rows = rows(base.0, &a, &mut problems);
    let b_rows = rows(other.0, &b, &mut problems);
    let mut names: BTreeMap<String, &str> = BTreeMap::new();
    for key in a_rows.keys() {
        if let Some(earlier) = names.insert(const_name(key), key) {
            problems.push(format!(
                "keys `{earlier}` and `{key}` both make the constant {}",
                const_name(key)
            ));
        }
    }
    for (key, en) in &a_rows {
        let Some(tr) = b_rows.get(key) else {
            problems.push(format!("{}: missing key `{key}` (in {})", other.0, base.0));
            continue;
        };
        if placeholders(&en.text) != placeholders(&tr.text) {
            problems.push(format!(
                "{}: placeholders of `{key}` are {:?}, in {} {:?}",
                other.0,
                placeholders(&tr.text),
                base.0,
                placeholders(&en.text)
            ));
        }
        if en.part != tr.part {
            problems.push(format!(
                "{}: `{key}` is in part {} but in part {} of {}",
                other.0, tr.part, en.part, base.0
            ));
        }
    }
    for key in b_rows.keys().filter(|k| !a_rows.contains_key(*k)) {
        problems.push(format!("{}: `{key}` is not a key of {}", other.0, base.0));
    }
    problems
}

/// Entries by key, noting duplicates and empty texts.
fn rows<'a>(
    name: &str,
    entries: &'a [Entry],
    problems: &mut Vec<String>,
) -> BTreeMap<&'a str, &'a Entry> {
    let mut out = BTreeMap::new();
    for e in entries {
        if e.text.is_empty() {
            problems.push(format!("{name}: `{}` has no text", e.key));
        }
        if out.insert(e.key.as_str(), e).is_some() {
            problems.push(format!("{name}: `{}` appears twice", e.key));
        }
    }
    out
}

/// Rust source declaring one `Key` constant per entry, documented with its
/// text so an editor shows the words behind a constant.
pub fn constants(entries: &[Entry]) -> String {
    let mut out = String::with_capacity(entries.len() * 120);
    for e in entries {
        out.push_str(&format!(
            "#[doc = {:?}]\npub const {}: Key = Key::new({:?});\n",
            e.text,
            const_name(&e.key),
            e.key
        ));
    }
    out
}
