//! Sources a patient can follow (patient walk, Dorothy 21 and Grace 11):
//! every source shown has a real title and an https link, fixed in the
//! code; none is a clinic's or hospital's article (the seeds) or the 1994
//! AHCPR guideline, which stay the recorded provenance only.

use painpath_core::case_review::lookup;
use painpath_core::knowledge::sources::{for_patients, link, LINKS, SOURCES};

#[test]
fn every_linked_source_is_known_titled_and_https() {
    for (id, url) in LINKS {
        assert!(SOURCES.contains(id), "{id} is not a known source");
        let title = lookup(&format!("source.{id}")).unwrap_or("");
        assert!(title.len() > 10, "{id} has no real title: {title:?}");
        assert!(!title.to_lowercase().contains("seed"), "{id}: {title}");
        assert!(url.starts_with("https://"), "{id}: {url}");
        assert!(!url.contains(' ') && !url.contains('{'), "{id}: {url}");
        let host = url["https://".len()..].split('/').next().unwrap_or("");
        assert!(host.contains('.'), "{id}: {url}");
    }
}

#[test]
fn patients_are_not_shown_seeds_or_the_1994_guideline() {
    let seeds = ["seed_000", "seed_001", "seed_002", "seed_003", "seed_004"];
    for id in seeds.iter().chain(&["ahcpr_1994"]) {
        assert_eq!(link(id), None, "{id}");
    }
    // No clinic's marketing page, whatever a rule cites.
    for (id, url) in LINKS {
        for host in ["hautemd", "hss.edu", "stonybrook", "painspecialist"] {
            assert!(!url.contains(host), "{id}: {url}");
        }
    }
    let shown = for_patients([
        "ahcpr_1994",
        "seed_004",
        "nice_ng59",
        "nice_ng59",
        "acr_lbp",
    ]);
    assert_eq!(shown, ["nice_ng59", "acr_lbp"]);
    // The section-0 reference and the GIRFT pathway lead to the same page:
    // the person sees it once.
    assert_eq!(link("clinical_reference_s0"), link("girft_2023_ces"));
    assert_eq!(
        for_patients(["clinical_reference_s0", "girft_2023_ces", "nice_ng59"]),
        ["clinical_reference_s0", "nice_ng59"]
    );
}

/// Every result lists its sources from the rules that fired: in each case
/// the sources a patient sees are exactly the linked ones the rules cite.
#[test]
fn every_case_shows_only_linked_sources() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");
    let mut cases = 0;
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        let Some(a) = painpath_core::case_review::case_answers(&text).ok() else {
            continue;
        };
        let r = painpath_core::assess(&a);
        let shown = for_patients(r.sources.iter().copied());
        assert!(shown.iter().all(|id| link(id).is_some()));
        // Every page a rule cites is shown, and only once.
        for id in &r.sources {
            let url = link(id);
            let times = shown
                .iter()
                .filter(|s| url.is_some() && link(s) == url)
                .count();
            assert_eq!(times, usize::from(url.is_some()), "{id}");
        }
        cases += 1;
    }
    assert!(cases > 100);
}

/// The numbers from research name their trials: each has a link.
#[test]
fn every_evidence_source_has_a_link() {
    use painpath_core::knowledge::evidence::evidence;
    use painpath_core::knowledge::procedures::CATALOGUE;
    for p in CATALOGUE {
        if let Some(e) = evidence(p.id) {
            for id in e.sources {
                assert!(link(id).is_some(), "{id}");
            }
        }
    }
}
