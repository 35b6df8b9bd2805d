//! Sources a rule may cite (clinical-reference.md "Sources" and the seeds).

/// `(id, citation)`.
pub const SOURCES: &[(&str, &str)] = &[
    ("ahcpr_1994", "AHCPR Clinical Practice Guideline 14, Acute Low Back Problems (1994), Table 1"),
    ("bmj_cauda_equina", "BMJ Best Practice: cauda equina syndrome"),
    ("nice_ng59", "NICE NG59: low back pain and sciatica in over 16s"),
    ("nice_qs155", "NICE QS155: low back pain and sciatica, statement 6"),
    ("acp_aps_2007", "ACP/APS 2007 low back pain guideline, recommendation 3"),
    ("acr_lbp", "ACR Appropriateness Criteria: low back pain"),
    ("choosing_wisely_asa", "Choosing Wisely: American Society of Anesthesiologists"),
    ("cmaj_2023_snoop4", "CMAJ 2023: headache red flags (SNOOP4)"),
    ("verhagen_2016", "Verhagen et al. 2016, Eur Spine J: red flags in low back pain"),
    ("nice_cks_gcare", "NICE CKS via NHS Gloucestershire G-care: back pain red flags"),
    ("lcd_l39240", "CMS LCD L39240: epidural steroid injections for pain management"),
    ("lcd_l33906", "CMS LCD L33906: epidural steroid injections"),
    ("lcd_l38801", "CMS LCD L38801: facet joint interventions for pain management"),
    ("lcd_l39462", "CMS LCD L39462: sacroiliac joint injections and procedures"),
    ("lcd_l34211", "CMS LCD L34211: trigger point injections"),
    ("lcd_l34228", "CMS LCD L34228: percutaneous vertebral augmentation"),
    ("lcd_l37632", "CMS LCD L37632: spinal cord stimulators for chronic pain"),
    ("ncd_160_7", "CMS NCD 160.7: electrical nerve stimulators"),
    ("cms_pns_lcd", "CMS LCD: peripheral nerve stimulation"),
    ("aetna_cpb_0447", "Aetna Clinical Policy Bulletin 0447: complex regional pain syndrome"),
    ("asra_2023_scs", "ASRA 2023 spinal cord stimulation guideline (doi 10.1136/rapm-2022-104097)"),
    ("asra_anticoag", "ASRA guideline on anticoagulants in interventional pain procedures (doi 10.1097/AAP.0000000000000223)"),
    ("fda_2014_esi", "FDA Drug Safety Communication 2014: epidural corticosteroid injections"),
    ("budapest", "Budapest clinical criteria for CRPS (PMC5511749)"),
    ("asas_ibp", "ASAS expert criteria for inflammatory back pain"),
    ("krebs_2009_peg", "Krebs et al. 2009, J Gen Intern Med 24:733: the PEG scale"),
    ("arroll_2010_phq2", "Arroll et al. 2010: PHQ-2 and GAD-2 screening"),
    ("dn4", "DN4 neuropathic pain questionnaire, interview items"),
    ("ichd3_13_4", "ICHD-3 13.4: occipital neuralgia"),
    ("iasp_icd11", "IASP / ICD-11: chronic pain"),
    ("rapm_2023_genicular", "RAPM 2023 randomised trial of genicular nerve radiofrequency ablation"),
    ("board_certification", "ABA / ABPN / ABPMR / ABEM pain medicine certification"),
    ("seed_000", "Seed 000: interventional pain management and multidisciplinary care"),
    ("seed_001", "Seed 001: conditions and procedures of interventional pain management"),
    ("seed_002", "Seed 002: procedures, relief, risks, credentials and questions to ask"),
    ("seed_003", "Seed 003: nerve blocks, radiofrequency ablation and injections"),
    ("seed_004", "Seed 004: when to see an interventional pain specialist"),
];

/// The citation for a source id.
pub fn citation(id: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(k, _)| *k == id).map(|(_, c)| *c)
}
