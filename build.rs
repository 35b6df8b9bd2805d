//! Compacts the locale files for the binary: drops comments and blank lines
//! and the spaces around `=`, and sorts the lines by key. The files in `locales/` stay readable.

use std::{env, fs, path::Path};

/// The locales to compile in.
const LANGUAGES: &[&str] = &["en"];

fn main() {
    let out = env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for lang in LANGUAGES {
        let src = format!("locales/{lang}.txt");
        println!("cargo:rerun-if-changed={src}");
        let text = fs::read_to_string(&src).unwrap_or_default();
        // Sorted by key, so the app can binary-search without sorting at start-up.
        let mut rows: Vec<(&str, &str)> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        let compact: String = rows.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
        let _ = fs::write(Path::new(&out).join(format!("{lang}.txt")), compact);
    }
}
