//! Run one case through the engine without a browser, for clinical review.
//!
//!     cargo run --release --bin review -- CASE.json          readable text
//!     cargo run --release --bin review -- --json CASE.json   the Assessment JSON
//!     cargo run --release --bin review -- --code CASE.json   the answers' link code
//!     cargo run --release --bin review -- --schema           docs/answers.md
//!     cargo run --release --bin review -- --validate DIR     accuracy report over DIR's cases
//!
//! CASE.json is either the answers themselves or a vignette
//! (`{"answers": {...}, ...}`). A bad file prints what is wrong on stderr and
//! exits with code 2. `--validate` exits with code 1 when any case is
//! under-triaged (the engine less pressing than its expectation).

use std::process::ExitCode;

use painpath_core::case_review as review;
use painpath_core::validate::{run_dir, Report};
use painpath_core::{assess, codec, Answers};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let code = args.iter().any(|a| a == "--code");
    if args.iter().any(|a| a == "--schema") {
        print!("{}", review::schema_doc());
        return ExitCode::SUCCESS;
    }
    if let Some(i) = args.iter().position(|a| a == "--validate") {
        let Some(dir) = args.get(i + 1) else {
            eprintln!("usage: review --validate DIR");
            return ExitCode::from(2);
        };
        return match run_dir(std::path::Path::new(dir)) {
            Ok(runs) => {
                let report = Report::of(&runs);
                print!("{}", report.text());
                if report.under_triage.is_empty() {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::from(1)
                }
            }
            Err(e) => {
                eprintln!("review: {e}");
                ExitCode::from(2)
            }
        };
    }
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let [path] = files.as_slice() else {
        eprintln!(
            "usage: review [--json | --code] CASE.json, review --schema, or review --validate DIR"
        );
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("review: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let answers: Answers = match review::case_answers(&text) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("review: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    if code {
        println!("{}", codec::encode(&answers));
        return ExitCode::SUCCESS;
    }
    let assessment = assess(&answers);
    if json {
        match serde_json::to_string_pretty(&assessment) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("review: cannot write JSON: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        print!("{}", review::readable(&answers, &assessment));
    }
    ExitCode::SUCCESS
}
