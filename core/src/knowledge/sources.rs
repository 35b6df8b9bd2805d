//! Sources a rule may cite (clinical-reference.md "Sources" and the seeds).
//! Their citations, as patients read them, are `source.<id>` in the locale files.
//!
//! Patients see a source only with a link they can follow ([`LINKS`]): a
//! DOI, PubMed Central, a guideline's own page or the publisher's page,
//! each a fixed address checked to exist (never built from answers). The
//! seeds (clinics' and hospitals' articles, some of them marketing) stay
//! the provenance the rules record, in the trace and the docs, but are not
//! shown as sources; nor is the 1994 AHCPR guideline, whose facts the rules
//! also cite from current guidelines (NICE NG59, NG234, CKS, ACP/APS 2007,
//! ACR).

/// Every source id a rule may cite.
pub const SOURCES: &[&str] = &[
    "ahcpr_1994",
    "bmj_cauda_equina",
    "nice_ng59",
    "nice_ng234",
    "nice_cg173",
    "nice_cks_shingles",
    "girft_2023_ces",
    "bmj_spinal_epidural",
    "clinical_reference_s0",
    "clinical_reference_s1",
    "clinical_reference_s4",
    "nice_qs155",
    "acp_aps_2007",
    "acr_lbp",
    "choosing_wisely_asa",
    "cmaj_2023_snoop4",
    "verhagen_2016",
    "nice_cks_gcare",
    "lcd_l39240",
    "lcd_l33906",
    "lcd_l38801",
    "lcd_l39462",
    "lcd_l34211",
    "lcd_l34228",
    "lcd_l37632",
    "ncd_160_7",
    "cms_pns_lcd",
    "aetna_cpb_0447",
    "asra_2023_scs",
    "asra_anticoag",
    "ags_beers_2023",
    "fda_2014_esi",
    "budapest",
    "asas_ibp",
    "krebs_2009_peg",
    "arroll_2010_phq2",
    "dn4",
    "ichd3_13_4",
    "ichd3_13_1",
    "ichd3_8_2",
    "nice_cks_trigeminal",
    "rcog_gtg41",
    "eau_cpp",
    "nice_ng126",
    "nice_cg95",
    "bsr_2020_gca",
    "nice_cks_gca",
    "icd11_cpsp",
    "iasp_icd11",
    "rapm_2023_genicular",
    "pinto_2012_esi",
    "juch_2017_mint",
    "kumar_2007_process",
    "kumar_2008_process",
    "cochrane_2018_vertebroplasty",
    "board_certification",
    "seed_000",
    "seed_001",
    "seed_002",
    "seed_003",
    "seed_004",
];

/// The link of each source shown to patients.
pub const LINKS: &[(&str, &str)] = &[
    ("nice_ng59", "https://www.nice.org.uk/guidance/ng59"),
    ("nice_qs155", "https://www.nice.org.uk/guidance/qs155"),
    ("nice_ng234", "https://www.nice.org.uk/guidance/ng234"),
    ("nice_cg173", "https://www.nice.org.uk/guidance/cg173"),
    ("nice_ng126", "https://www.nice.org.uk/guidance/ng126"),
    ("nice_cg95", "https://www.nice.org.uk/guidance/cg95"),
    ("nice_cks_shingles", "https://cks.nice.org.uk/topics/shingles/"),
    ("nice_cks_trigeminal", "https://cks.nice.org.uk/topics/trigeminal-neuralgia/"),
    ("nice_cks_gca", "https://cks.nice.org.uk/topics/giant-cell-arteritis/"),
    ("nice_cks_gcare", "https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/"),
    ("girft_2023_ces", "https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/"),
    ("clinical_reference_s0", "https://gettingitrightfirsttime.co.uk/pathway-supports-clinicians-to-diagnose-and-treat-cauda-equina-syndrome-without-delay/"),
    ("clinical_reference_s1", "https://doi.org/10.1503/cmaj.211969"),
    ("cmaj_2023_snoop4", "https://doi.org/10.1503/cmaj.211969"),
    ("acp_aps_2007", "https://doi.org/10.7326/0003-4819-147-7-200710020-00006"),
    ("acr_lbp", "https://acsearch.acr.org/docs/69483/Narrative/"),
    ("verhagen_2016", "https://doi.org/10.1007/s00586-016-4684-0"),
    ("lcd_l39240", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=39240"),
    ("lcd_l33906", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=33906"),
    ("lcd_l38801", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=38801"),
    ("lcd_l39462", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=39462"),
    ("lcd_l34211", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=34211"),
    ("lcd_l34228", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=34228"),
    // Section 4 gathers the precautions; its main source is the ASRA/ESRA
    // guideline (the pregnancy rules also cite their own policy).
    ("clinical_reference_s4", "https://doi.org/10.1097/AAP.0000000000000700"),
    ("lcd_l37632", "https://www.cms.gov/medicare-coverage-database/view/lcd.aspx?lcdid=37632"),
    ("ncd_160_7", "https://www.cms.gov/medicare-coverage-database/view/ncd.aspx?ncdid=240"),
    ("aetna_cpb_0447", "https://www.aetna.com/cpb/medical/data/400_499/0447.html"),
    ("asra_2023_scs", "https://doi.org/10.1136/rapm-2022-104097"),
    ("asra_anticoag", "https://doi.org/10.1097/AAP.0000000000000700"),
    ("ags_beers_2023", "https://doi.org/10.1111/jgs.18372"),
    ("budapest", "https://pmc.ncbi.nlm.nih.gov/articles/PMC5511749/"),
    ("asas_ibp", "https://doi.org/10.1136/ard.2008.101501"),
    ("krebs_2009_peg", "https://doi.org/10.1007/s11606-009-0981-1"),
    ("arroll_2010_phq2", "https://doi.org/10.1370/afm.1139"),
    ("dn4", "https://doi.org/10.1016/j.pain.2004.12.010"),
    ("bsr_2020_gca", "https://doi.org/10.1093/rheumatology/kez672"),
    ("icd11_cpsp", "https://doi.org/10.1097/j.pain.0000000000001413"),
    ("iasp_icd11", "https://doi.org/10.1097/j.pain.0000000000001384"),
    ("eau_cpp", "https://uroweb.org/guidelines/chronic-pelvic-pain"),
    ("pinto_2012_esi", "https://doi.org/10.7326/0003-4819-157-12-201212180-00564"),
    ("juch_2017_mint", "https://doi.org/10.1001/jama.2017.7918"),
    ("kumar_2007_process", "https://doi.org/10.1016/j.pain.2007.07.028"),
    ("kumar_2008_process", "https://doi.org/10.1227/01.NEU.0000325731.46702.D9"),
    ("cochrane_2018_vertebroplasty", "https://doi.org/10.1002/14651858.CD006349.pub4"),
    ("rapm_2023_genicular", "https://rapm.bmj.com/content/48/4/151"),
    ("fda_2014_esi", "https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-changes-warn-rare-serious-neurologic-problems-after"),
    ("ichd3_8_2", "https://ichd-3.org/8-headache-attributed-to-a-substance-or-its-withdrawal/8-2-medication-overuse-headache-moh/"),
    // The chapter of cranial nerve pain, which holds 13.1 and 13.4.
    ("ichd3_13_1", "https://ichd-3.org/13-painful-cranial-neuropathies-and-other-facial-pains/"),
    ("ichd3_13_4", "https://ichd-3.org/13-painful-cranial-neuropathies-and-other-facial-pains/"),
];

/// The link shown with a source; `None` for a source not shown to patients.
pub fn link(id: &str) -> Option<&'static str> {
    LINKS.iter().find(|(s, _)| *s == id).map(|(_, url)| *url)
}

/// The sources a patient is shown, in order: those with a link, each page
/// once (two sources that lead to the same page show as the first).
pub fn for_patients<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for id in ids {
        let Some(url) = link(id) else { continue };
        if !out.iter().any(|o| link(o) == Some(url)) {
            out.push(id);
        }
    }
    out
}

/// Whether `id` is a known source.
pub fn is_known(id: &str) -> bool {
    SOURCES.contains(&id)
}
