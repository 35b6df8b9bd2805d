//! Prints microseconds per assessment over all vignettes.
//! Run: `cargo bench --bench assess`. Target: under 20 µs natively.

use std::hint::black_box;
use std::time::Instant;

use painpath_core::assess;
use painpath_core::case_review::case_answers;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vignettes");
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        if let Ok(text) = std::fs::read_to_string(entry.path()) {
            if let Ok(a) = case_answers(&text) {
                cases.push(a);
            }
        }
    }
    if cases.is_empty() {
        eprintln!("no vignettes found");
        std::process::exit(1);
    }
    // Warm up, then time whole passes over every vignette.
    for a in &cases {
        black_box(assess(black_box(a)));
    }
    let mut per_pass = Vec::new();
    for _ in 0..30 {
        let start = Instant::now();
        for _ in 0..10 {
            for a in &cases {
                black_box(assess(black_box(a)));
            }
        }
        per_pass.push(start.elapsed().as_secs_f64() * 1e6 / (10 * cases.len()) as f64);
    }
    per_pass.sort_by(|a, b| a.total_cmp(b));
    let median = per_pass[per_pass.len() / 2];
    let p95 = per_pass[per_pass.len() * 95 / 100];
    println!(
        "engine: {:.2} µs per assessment (median of 30 runs; p95 {:.2} µs) over {} vignettes",
        median,
        p95,
        cases.len()
    );
}
