//! Run one case through the engine without a browser, for clinical review.
//!
//!     cargo run --release --bin review -- CASE.json          readable text
//!     cargo run --release --bin review -- --json CASE.json   the Assessment JSON
//!     cargo run --release --bin review -- --code CASE.json   the answers' link code
//!     cargo run --release --bin review -- --schema           docs/answers.md
//!     cargo run --release --bin review -- --validate DIR     accuracy report over DIR's cases
//!     cargo run --release --bin review -- --surveyjs         the questionnaire as SurveyJS JSON
//!     cargo run --release --bin review -- --fhir             the questionnaire as a FHIR R4 Questionnaire
//!     cargo run --release --bin review -- --fhir-response CASE.json  a case's answers as a FHIR QuestionnaireResponse
//!     cargo run --release --bin review -- --surveyjs-cases N N answer sets and the questions asked
//!
//! CASE.json is either the answers themselves or a vignette
//! (`{"answers": {...}, ...}`). A bad file prints what is wrong on stderr and
//! exits with code 2. `--validate` exits with code 1 when any case is
//! under-triaged (the engine less pressing than its expectation).

use std::process::ExitCode;

use painpath_core::case_review as review;
use painpath_core::validate::{run_dir, Report};
use painpath_core::{assess, codec, fhir, surveyjs, Answers};

/// Print JSON on stdout.
fn print_json(value: &serde_json::Value) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("review: cannot write JSON: {e}");
            ExitCode::from(1)
        }
    }
}

/// A FHIR resource, pretty-printed.
fn print_fhir(resource: &fhir::Json) -> ExitCode {
    match serde_json::from_str::<serde_json::Value>(&resource.text()) {
        Ok(v) => print_json(&v),
        Err(e) => {
            eprintln!("review: the FHIR resource is not valid JSON: {e}");
            ExitCode::from(1)
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let code = args.iter().any(|a| a == "--code");
    if args.iter().any(|a| a == "--schema") {
        print!("{}", review::schema_doc());
        return ExitCode::SUCCESS;
    }
    if args.iter().any(|a| a == "--surveyjs") {
        return print_json(&surveyjs::survey());
    }
    if args.iter().any(|a| a == "--fhir") {
        return print_fhir(&fhir::questionnaire(&review::lookup, "en"));
    }
    if let Some(i) = args.iter().position(|a| a == "--surveyjs-cases") {
        let Some(n) = args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) else {
            eprintln!("usage: review --surveyjs-cases N");
            return ExitCode::from(2);
        };
        return print_json(&surveyjs::cases(n));
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
            "usage: review [--json | --code] CASE.json, review --schema, review --validate DIR, \
             review --surveyjs, review --surveyjs-cases N, review --fhir \
             or review --fhir-response CASE.json"
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
    if args.iter().any(|a| a == "--fhir-response") {
        return print_fhir(&fhir::response(&answers, &review::lookup, "en", None));
    }
    if code {
        println!("{}", codec::encode(&answers));
        return ExitCode::SUCCESS;
    }
    let assessment = assess(&answers);
    if json {
        return match serde_json::to_value(&assessment) {
            Ok(v) => print_json(&v),
            Err(e) => {
                eprintln!("review: cannot write JSON: {e}");
                ExitCode::from(1)
            }
        };
    } else {
        print!("{}", review::readable(&answers, &assessment));
    }
    ExitCode::SUCCESS
}
