//! Clinic settings carried in a link's query string, e.g.
//! `?clinic=Valley%20Pain%20Center&phone=555-0100&book=https://valley.example/book&emergency=911&accent=1f5f8b&offers=epidural_steroid_injection,joint_injection`.
//!
//! They are not patient data. Every value is validated; an invalid one is
//! dropped and named in a notice, never rendered as markup or followed as a
//! script URL. Pure: no web APIs, tested natively.

use crate::assessment::Procedure;
use crate::locale::LANGUAGES;
use crate::phrases::DEFAULT_EMERGENCY_NUMBER;

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
    /// Procedures the clinic offers; `None` means it did not say.
    pub offers: Option<Vec<Procedure>>,
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
        }
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

fn valid_name(v: &str) -> bool {
    let n = v.chars().count();
    (1..=80).contains(&n) && !v.chars().any(|c| c.is_control() || "<>{}\"`\\".contains(c))
}

fn valid_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && v.len() <= 30
        && v.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

fn valid_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && h.split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// https, tel or mailto only; no spaces, quotes or angle brackets anywhere.
fn valid_booking(v: &str) -> bool {
    if v.len() > 300
        || v.chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`\\".contains(c))
    {
        return false;
    }
    if let Some(rest) = v.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit_once(':').map_or(host, |(h, port)| {
            if port.chars().all(|c| c.is_ascii_digit()) {
                h
            } else {
                ""
            }
        });
        valid_host(host)
    } else if let Some(number) = v.strip_prefix("tel:") {
        valid_phone(number)
    } else if let Some(address) = v.strip_prefix("mailto:") {
        let address = address.split('?').next().unwrap_or("");
        matches!(address.split_once('@'), Some((user, host)) if !user.is_empty() && user.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c)) && valid_host(host))
    } else {
        false
    }
}

fn valid_emergency(v: &str) -> bool {
    (2..=6).contains(&v.len()) && v.chars().all(|c| c.is_ascii_digit())
}

/// Relative luminance of a hex colour, with gamma 2 in place of the sRGB
/// curve. For mid-tones this is higher than the exact WCAG value, so the
/// contrast check errs on the side of rejecting a colour (and needs no `powf`,
/// which would add a maths library to the bundle).
fn luminance(hex: &str) -> Option<f64> {
    let channel = |i: usize| -> Option<f64> {
        let v = f64::from(u8::from_str_radix(hex.get(i..i + 2)?, 16).ok()?) / 255.0;
        Some(v * v)
    };
    Some(0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?)
}

/// Six hex digits, with at least 4.5:1 contrast against white text.
fn valid_accent(v: &str) -> bool {
    v.len() == 6
        && v.chars().all(|c| c.is_ascii_hexdigit())
        && luminance(v).is_some_and(|l| 1.05 / (l + 0.05) >= 4.5)
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
                    let found: Vec<Procedure> = ids
                        .iter()
                        .filter_map(|id| Procedure::ALL.iter().copied().find(|p| p.id() == *id))
                        .collect();
                    if found.len() == ids.len() && !found.is_empty() {
                        c.offers = Some(found);
                    } else {
                        rejected.push("offers");
                    }
                }
                "reset" => {}
                _ => {}
            }
        }
        rejected.dedup();
        (c, rejected)
    }

    /// The query string for these settings (for the clinic page's link).
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
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
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
    fn an_oversized_query_is_refused_whole() {
        let (c, rejected) = Clinic::from_query(&"clinic=a&".repeat(400));
        assert_eq!(c, Clinic::default());
        assert_eq!(rejected, vec!["link"]);
    }
}
