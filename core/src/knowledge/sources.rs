//! Sources a rule may cite (clinical-reference.md "Sources" and the seeds).
//! Their citations, as patients read them, are `source.<id>` in the locale files.

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
    "fda_2014_esi",
    "budapest",
    "asas_ibp",
    "krebs_2009_peg",
    "arroll_2010_phq2",
    "dn4",
    "ichd3_13_4",
    "iasp_icd11",
    "rapm_2023_genicular",
    "board_certification",
    "seed_000",
    "seed_001",
    "seed_002",
    "seed_003",
    "seed_004",
];

/// Whether `id` is a known source.
pub fn is_known(id: &str) -> bool {
    SOURCES.contains(&id)
}
