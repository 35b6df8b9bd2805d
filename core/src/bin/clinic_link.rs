//! A clinic link's settings in their one canonical form, for signing.
//!
//!     clinic-link "https://painpath.example/?clinic=…&phone=…"   the canonical query
//!     clinic-link --message "?clinic=…"                         the exact text a signature signs
//!
//! The settings go through the same validation as in a patient's browser
//! (`painpath_core::clinic`). Any invalid setting is named on stderr and the
//! command exits with code 2, so nothing invalid is ever signed. Used by
//! `scripts/sign-clinic.mjs`; it signs nothing itself.

use std::process::ExitCode;

use painpath_core::clinic::Clinic;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let message = args.iter().any(|a| a == "--message");
    let Some(link) = args.iter().find(|a| !a.starts_with("--")) else {
        eprintln!("usage: clinic-link [--message] LINK-OR-QUERY");
        return ExitCode::from(2);
    };
    let query = link
        .split('#')
        .next()
        .and_then(|l| l.find('?').map(|i| &l[i..]))
        .unwrap_or("");
    let (clinic, rejected) = Clinic::from_query(query);
    if !rejected.is_empty() {
        eprintln!("not valid: {}", rejected.join(", "));
        return ExitCode::from(2);
    }
    if clinic.to_query().is_empty() {
        eprintln!("the link sets no clinic settings");
        return ExitCode::from(2);
    }
    if message {
        print!("{}", clinic.signed_message());
    } else {
        println!("{}", clinic.to_query());
    }
    ExitCode::SUCCESS
}
