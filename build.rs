//! Makes text keys a compile-time matter:
//! - `locales/es.txt` must have exactly the keys of `locales/en.txt`, with the
//!   same `{placeholders}`, on the same side of the `# @@` split;
//! - every key the typed families in `src/text/keys.rs` can build from the
//!   core's closed sets (procedures, urgencies, rules' reasons, questionnaire
//!   options...) must exist in both files;
//! - `OUT_DIR/text_keys.rs` gets one `Key` constant per English key
//!   (`text::k::WELCOME_START`), so a misspelt fixed key does not compile.
//!
//! Any problem fails the build with a message naming the key.

use std::collections::BTreeSet;
use std::{env, fs, path::Path};

#[path = "build/locales.rs"]
mod locales;

// The app's own key types and families, compiled here too so the build
// checks exactly the functions the app calls. Not every function is used
// by the check.
#[allow(dead_code)]
#[path = "src/text/key.rs"]
mod key;
#[allow(dead_code)]
#[path = "src/text/keys.rs"]
mod keys;
use key::{AsKey, DynKey, Key};

fn read(path: &str) -> String {
    println!("cargo:rerun-if-changed={path}");
    match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read {path}: {e}"),
    }
}

fn fail(problems: &[String]) -> ! {
    panic!(
        "\n\nlocale check failed ({} problems):\n  {}\n\n",
        problems.len(),
        problems.join("\n  ")
    )
}

fn main() {
    let en = read("locales/en.txt");
    let es = read("locales/es.txt");
    let problems = locales::check(("en.txt", &en), ("es.txt", &es));
    if !problems.is_empty() {
        fail(&problems);
    }
    let entries = locales::parse("en.txt", &en).unwrap_or_else(|p| fail(&p));
    let known: BTreeSet<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    let missing: Vec<String> = keys::required()
        .into_iter()
        .filter(|k| !known.contains(k.as_str()))
        .map(|k| format!("`{k}` (built by src/text/keys.rs) is in neither locale file"))
        .collect();
    if !missing.is_empty() {
        fail(&missing);
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| fail(&["OUT_DIR unset".into()])))
        .join("text_keys.rs");
    if let Err(e) = fs::write(&out, locales::constants(&entries)) {
        panic!("cannot write {}: {e}", out.display());
    }
}
