//! Clinic settings carried in a link's query string, e.g.
//! `?clinic=Valley%20Pain%20Center&phone=555-0100&book=https://valley.example/book&emergency=911&accent=1f5f8b&offers=epidural_steroid_injection,joint_injection`.
//!
//! They are not patient data. Every value is validated ([`checks`]); an
//! invalid one is dropped and named in a notice, never rendered as markup or
//! followed as a script URL. Anyone can make such a link, so the app shows
//! the settings as the link's own unless they carry a valid signature
//! (`sig`, made by the site's operator with `scripts/sign-clinic.mjs` over
//! [`Clinic::signed_message`]). Pure: no web APIs, tested natively.

pub mod checks;

use crate::assessment::Procedure;
use crate::locale::LANGUAGES;
use crate::phrases::DEFAULT_EMERGENCY_NUMBER;
use checks::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// An https, tel or mailto link.
    pub booking: Option<String>,
    pub emergency_number: String,
    /// The language to open in; `None` follows the patient's browser.
    pub lang: Option<String>,
    /// Six hex digits, dark enough for white text.
    pub accent: Option<String>,
    /// Procedures the clinic offers, in [`Procedure::ALL`]'s order; `None`
    /// means it did not say.
    pub offers: Option<Vec<Procedure>>,
    /// The origin of the clinic's page that embeds PainPath; the frame's
    /// height goes to this page only.
    pub embed: Option<String>,
    /// `<key id>.<signature>` over [`Clinic::signed_message`], when the
    /// site's operator signed these settings.
    pub signature: Option<String>,
}

/// Where a booking link leads, as the patient is shown it before they follow it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Destination<'a> {
    /// A web page on this host.
    Web(&'a str),
    Phone(&'a str),
    Email(&'a str),
}

impl Default for Clinic {
    fn default() -> Self {
        Clinic {
            name: None,
            phone: None,
            booking: None,
            emergency_number: DEFAULT_EMERGENCY_NUMBER.to_string(),
            lang: None,
            accent: None,
            offers: None,
            embed: None,
            signature: None,
        }
    }
}

/// What a signature signs before the settings, so a signature made for
/// anything else can never pass for one.
pub const SIGNED_LABEL: &str = "painpath clinic settings v1";

/// The parameters a clinic link may carry.
const SETTINGS: &[&str] = &[
    "clinic",
    "phone",
    "book",
    "emergency",
    "lang",
    "accent",
    "offers",
    "embed",
    "sig",
];

/// A query string with only the clinic's settings (and their signature) in
/// it, as they were written and in their order: a mailing tool's tracking
/// id or a patient number is left out. A signed link made by
/// `scripts/sign-clinic.mjs` keeps its exact form, so its signature still
/// checks on the address.
pub fn settings_only(query: &str) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| SETTINGS.contains(&p.split('=').next().unwrap_or("")))
        .collect();
    if kept.is_empty() || query.len() > 2000 {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// Settings that were present but invalid, by their parameter name.
pub type Rejected = Vec<&'static str>;

/// Decode `%XX` and `+` in a query value; `None` on broken escapes or UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encode a value for a query string.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Clinic {
    /// Read settings from a query string (with or without the leading `?`).
    /// Unknown parameters are ignored; invalid known ones are rejected.
    pub fn from_query(query: &str) -> (Clinic, Rejected) {
        let mut c = Clinic::default();
        let mut rejected: Rejected = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > 2000 {
            return (c, vec!["link"]);
        }
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_decode(raw).map(|v| v.trim().to_string());
            let ok = |f: fn(&str) -> bool| value.clone().filter(|v| f(v));
            match key {
                "clinic" => match ok(valid_name) {
                    Some(v) => c.name = Some(v),
                    None => rejected.push("clinic"),
                },
                "phone" => match ok(valid_phone) {
                    Some(v) => c.phone = Some(v),
                    None => rejected.push("phone"),
                },
                "book" => match ok(valid_booking) {
                    Some(v) => c.booking = Some(v),
                    None => rejected.push("book"),
                },
                "emergency" => match ok(valid_emergency) {
                    Some(v) => c.emergency_number = v,
                    None => rejected.push("emergency"),
                },
                "lang" => match value.filter(|v| LANGUAGES.contains(&v.as_str())) {
                    Some(v) => c.lang = Some(v),
                    None => rejected.push("lang"),
                },
                "accent" => match ok(|v| valid_accent(v.trim_start_matches('#'))) {
                    Some(v) => c.accent = Some(v.trim_start_matches('#').to_ascii_lowercase()),
                    None => rejected.push("accent"),
                },
                "offers" => {
                    let ids: Vec<&str> = raw.split(',').filter(|s| !s.is_empty()).collect();
                    let known = ids
                        .iter()
                        .all(|id| Procedure::ALL.iter().any(|p| p.id() == *id));
                    // In one order, once each: the same settings make the same link.
                    let found: Vec<Procedure> = Procedure::ALL
                        .iter()
                        .copied()
                        .filter(|p| ids.contains(&p.id()))
                        .collect();
                    if known && !found.is_empty() {
                        c.offers = Some(found);
                    } else {
                        rejected.push("offers");
                    }
                }
                "embed" => match ok(valid_embed) {
                    Some(v) => c.embed = Some(v.to_ascii_lowercase()),
                    None => rejected.push("embed"),
                },
                "sig" => match ok(valid_signature) {
                    Some(v) => c.signature = Some(v),
                    None => rejected.push("sig"),
                },
                // Anything else (a mailing tool's tracking id, a patient
                // number) is not a setting: it is dropped from the address.
                _ => {}
            }
        }
        rejected.dedup();
        (c, rejected)
    }

    /// The query string for these settings, without the signature: the one
    /// form of them (for the clinic page's link, and what a signature signs).
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = &self.name {
            parts.push(format!("clinic={}", percent_encode(n)));
        }
        if let Some(p) = &self.phone {
            parts.push(format!("phone={}", percent_encode(p)));
        }
        if let Some(b) = &self.booking {
            parts.push(format!("book={}", percent_encode(b)));
        }
        if self.emergency_number != DEFAULT_EMERGENCY_NUMBER {
            parts.push(format!("emergency={}", self.emergency_number));
        }
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={lang}"));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent={a}"));
        }
        if let Some(o) = &self.offers {
            let ids: Vec<&str> = o.iter().map(|p| p.id()).collect();
            parts.push(format!("offers={}", ids.join(",")));
        }
        if let Some(e) = &self.embed {
            parts.push(format!("embed={}", percent_encode(e)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The bytes a signature signs: a fixed label, then the settings.
    pub fn signed_message(&self) -> String {
        format!("{SIGNED_LABEL}\n{}", self.to_query())
    }

    /// Whether the link set an emergency number of its own.
    pub fn emergency_from_link(&self) -> bool {
        self.emergency_number != DEFAULT_EMERGENCY_NUMBER
    }

    /// Where the booking link leads: the web host, the number or the address.
    pub fn booking_destination(&self) -> Option<Destination<'_>> {
        let b = self.booking.as_deref()?;
        if let Some(rest) = b.strip_prefix("https://") {
            rest.split(['/', '?', '#']).next().map(Destination::Web)
        } else if let Some(n) = b.strip_prefix("tel:") {
            Some(Destination::Phone(n))
        } else {
            b.strip_prefix("mailto:").map(Destination::Email)
        }
    }

    /// Whether the clinic offers a procedure (yes when it did not say).
    pub fn offers(&self, p: Procedure) -> bool {
        self.offers.as_ref().is_none_or(|o| o.contains(&p))
    }

    /// The phone number as a `tel:` link.
    pub fn phone_link(&self) -> Option<String> {
        self.phone.as_ref().map(|p| {
            format!(
                "tel:{}",
                p.chars()
                    .filter(|c| c.is_ascii_digit() || *c == '+')
                    .collect::<String>()
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_settings_are_read_and_round_trip() {
        let q = "?clinic=Valley%20Pain%20Center&phone=%2B1%20555-0100&book=https%3A%2F%2Fvalley.example%2Fbook&emergency=112&accent=1f5f8b&offers=epidural_steroid_injection,joint_injection";
        let (c, rejected) = Clinic::from_query(q);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(c.name.as_deref(), Some("Valley Pain Center"));
        assert_eq!(c.phone.as_deref(), Some("+1 555-0100"));
        assert_eq!(c.booking.as_deref(), Some("https://valley.example/book"));
        assert_eq!(c.emergency_number, "112");
        assert!(c.offers(Procedure::JointInjection));
        assert!(!c.offers(Procedure::SpinalCordStimulation));
        assert_eq!(Clinic::from_query(&c.to_query()), (c, vec![]));
    }

    #[test]
    fn hostile_values_are_rejected_and_named() {
        let cases = [
            ("book=javascript:alert(1)", "book"),
            ("book=JAVASCRIPT%3Aalert(1)", "book"),
            ("book=data:text/html,<script>", "book"),
            ("book=http://insecure.example", "book"),
            ("book=https://ok.example/%22onmouseover=alert(1)", "book"),
            ("book=https://", "book"),
            ("clinic=%3Cimg%20src=x%20onerror=alert(1)%3E", "clinic"),
            ("clinic=", "clinic"),
            ("clinic=%ZZ", "clinic"),
            ("phone=call%20me", "phone"),
            ("emergency=9-1-1", "emergency"),
            ("emergency=javascript", "emergency"),
            ("accent=ffffff", "accent"),
            ("accent=red", "accent"),
            ("accent=1f5f8b;background:url(x)", "accent"),
            ("offers=epidural_steroid_injection,<script>", "offers"),
            ("lang=xx", "lang"),
            ("lang=es-MX%3Cscript%3E", "lang"),
            ("lang=", "lang"),
        ];
        for (q, name) in cases {
            let (c, rejected) = Clinic::from_query(q);
            assert_eq!(rejected, vec![name], "{q}");
            assert_eq!(c.booking, None, "{q}");
            assert_eq!(c.emergency_number, "911", "{q}");
        }
    }

    #[test]
    fn a_clinic_link_can_open_in_spanish_or_english() {
        let (c, rejected) = Clinic::from_query("?clinic=Cl%C3%ADnica%20del%20Valle&lang=es");
        assert!(rejected.is_empty());
        assert_eq!(c.lang.as_deref(), Some("es"));
        assert_eq!(c.name.as_deref(), Some("Clínica del Valle"));
        assert_eq!(Clinic::from_query(&c.to_query()), (c, vec![]));
        // Without `lang`, the patient's browser decides.
        assert_eq!(Clinic::from_query("clinic=X").0.lang, None);
        assert_eq!(Clinic::from_query("lang=en").0.lang.as_deref(), Some("en"));
    }

    #[test]
    fn mailto_and_tel_booking_links_are_allowed() {
        for b in [
            "tel:+15550100",
            "mailto:desk@valley.example",
            "https://valley.example:8443/x?y=1",
        ] {
            let (c, rejected) = Clinic::from_query(&format!("book={}", percent_encode(b)));
            assert!(rejected.is_empty(), "{b}");
            assert_eq!(c.booking.as_deref(), Some(b));
        }
    }

    #[test]
    fn a_link_keeps_only_settings_and_their_signature() {
        let sig = format!("k1.{}", "A".repeat(86));
        let q = format!(
            "?mc_eid=4f2a9c1d77&clinic=Valley&utm_source=recall&patient=MRN-000123&sig={sig}"
        );
        let (c, rejected) = Clinic::from_query(&q);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(settings_only(&q), format!("?clinic=Valley&sig={sig}"));
        assert_eq!(c.to_query(), "?clinic=Valley");
        assert_eq!(settings_only("?utm_source=x&patient=1"), "");
        assert_eq!(settings_only(""), "");
        // As written: the signed text is kept exactly.
        assert_eq!(
            settings_only("?phone=555%200100&x=1&clinic=A+B"),
            "?phone=555%200100&clinic=A+B"
        );
    }

    #[test]
    fn the_same_settings_always_make_the_same_link() {
        let a =
            Clinic::from_query("offers=joint_injection,epidural_steroid_injection,joint_injection")
                .0;
        let b = Clinic::from_query("offers=epidural_steroid_injection,joint_injection").0;
        assert_eq!(a.to_query(), b.to_query());
        assert_eq!(
            a.signed_message(),
            "painpath clinic settings v1\n?offers=epidural_steroid_injection,joint_injection"
        );
    }

    #[test]
    fn a_malformed_signature_is_refused_and_named() {
        let sig = format!("k1.{}", "_".repeat(85) + "w");
        let (c, _) = Clinic::from_query(&format!("clinic=Valley&sig={sig}"));
        assert_eq!(c.signature, Some(sig));
        assert_eq!(
            Clinic::from_query("sig=nope"),
            (Clinic::default(), vec!["sig"])
        );
    }

    #[test]
    fn the_patient_is_shown_where_a_booking_link_leads() {
        let dest = |b: &str| {
            let c = Clinic::from_query(&format!("book={}", percent_encode(b))).0;
            format!("{:?}", c.booking_destination())
        };
        assert_eq!(
            dest("https://valley.example/book?x=1"),
            "Some(Web(\"valley.example\"))"
        );
        assert_eq!(dest("tel:+15550100"), "Some(Phone(\"+15550100\"))");
        assert_eq!(
            dest("mailto:desk@valley.example"),
            "Some(Email(\"desk@valley.example\"))"
        );
        assert_eq!(
            dest("mailto:desk@valley.example?bcc=x@evil.example"),
            "None"
        );
    }

    #[test]
    fn deceptive_but_well_formed_values_are_refused() {
        for (q, name) in [
            ("emergency=118118", "emergency"),
            ("emergency=12", "emergency"),
            ("clinic=%E2%80%AEretne%D0%A1%20niaP%20yellaV", "clinic"),
            ("clinic=V%D0%B0lley%20P%D0%B0in%20Center", "clinic"),
            (
                "clinic=Valley%20Pain%20Center%20-%20URGENT%3A%20call%20555-0199%20first",
                "clinic",
            ),
            (
                "book=mailto%3Adesk%40valley.example%3Fbcc%3Dharvest%40evil.example",
                "book",
            ),
            ("embed=https%3A%2F%2Fvalley.example%2Fpage", "embed"),
        ] {
            let (c, rejected) = Clinic::from_query(q);
            assert_eq!(rejected, vec![name], "{q}");
            assert_eq!(c.name, None, "{q}");
            assert!(!c.emergency_from_link(), "{q}");
        }
        let (c, _) = Clinic::from_query("emergency=112");
        assert!(c.emergency_from_link());
    }

    #[test]
    fn an_oversized_query_is_refused_whole() {
        let (c, rejected) = Clinic::from_query(&"clinic=a&".repeat(400));
        assert_eq!(c, Clinic::default());
        assert_eq!(rejected, vec!["link"]);
    }
}
