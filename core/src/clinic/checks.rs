//! What a clinic link may say. A link can be made by anyone, so a value
//! that is well formed is not enough: a name must read the same for every
//! person and every program (no hidden or direction-changing characters, no
//! letters borrowed from another alphabet), and an emergency number must be
//! one that really reaches emergency services somewhere.

/// Real national emergency numbers, each with where it is used (in a
/// comment: the words would only add to the download). A link may set only
/// one of these; anything else (a premium or directory number such as
/// 118118, a dead one such as 12) is refused. Each is the number its
/// country publishes for emergencies; add one only with that country's own
/// official source.
pub const EMERGENCY_NUMBERS: &[&str] = &[
    "911",   // United States, Canada, Mexico, most of the Americas, Philippines
    "112",   // European Union, United Kingdom, India, Russia, Turkey; most mobile phones
    "999",   // United Kingdom, Ireland, Hong Kong, Malaysia, Bangladesh
    "000",   // Australia
    "111",   // New Zealand
    "119",   // Japan, South Korea, Taiwan (ambulance and fire)
    "110",   // Germany, Japan, China, Taiwan (police)
    "120",   // China (ambulance)
    "995",   // Singapore (ambulance and fire)
    "100",   // Israel, Greece, India (police)
    "101",   // Israel (ambulance)
    "102",   // India (ambulance)
    "108",   // India (emergency ambulance)
    "103",   // Russia (ambulance)
    "190",   // Brazil (police)
    "192",   // Brazil (ambulance)
    "193",   // Brazil (fire)
    "123",   // Egypt (ambulance), Colombia
    "131",   // Chile (ambulance)
    "107",   // Argentina (medical emergency)
    "118",   // Italy (medical emergency)
    "113",   // Italy (police)
    "144",   // Austria, Switzerland (ambulance)
    "15",    // France (medical emergency)
    "17",    // France (police)
    "18",    // France (fire)
    "1669",  // Thailand (ambulance)
    "191",   // Thailand (police)
    "115",   // Vietnam (ambulance)
    "10177", // South Africa (ambulance)
    "10111", // South Africa (police)
];

pub fn valid_emergency(v: &str) -> bool {
    EMERGENCY_NUMBERS.contains(&v)
}

/// The writing systems a clinic name may use. `Common` (digits, spaces,
/// punctuation) goes with any of them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Common,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Georgian,
    Indic(u8),
    Thai,
    Hangul,
    Hiragana,
    Katakana,
    Han,
}

/// The script of one character of a name, or `None` for anything a name
/// may not hold: control and format characters (bidirectional overrides and
/// isolates, zero-width characters, the soft hyphen), line and paragraph
/// separators, combining marks outside a script's own block, private-use and
/// unassigned code points, symbols and emoji, and the punctuation that could
/// pass for PainPath's own (`·`) or break out of text (`<>{}"`\`).
fn script(c: char) -> Option<Script> {
    use Script::*;
    let u = c as u32;
    Some(match u {
        0x20 | 0x30..=0x39 => Common,
        0x21..=0x7e if "&'.,-()/:+#!?".contains(c) => Common,
        0x41..=0x5a | 0x61..=0x7a => Latin,
        0xc0..=0x24f if u != 0xd7 && u != 0xf7 => Latin,
        0x1e00..=0x1eff => Latin,
        0x2013 | 0x2019 => Common,
        0x370..=0x3ff if ![0x37e, 0x387].contains(&u) => Greek,
        0x1f00..=0x1fff => Greek,
        0x400..=0x52f => Cyrillic,
        0x531..=0x58f => Armenian,
        0x5d0..=0x5ea | 0x5f0..=0x5f4 => Hebrew,
        0x60c | 0x61b | 0x61f => Common,
        0x620..=0x6ff if u != 0x6dd => Arabic,
        0x900..=0xd7f => Indic(((u - 0x900) / 0x80) as u8),
        0xe01..=0xe5b => Thai,
        0x10a0..=0x10ff => Georgian,
        0x1100..=0x11ff | 0x3131..=0x318e | 0xac00..=0xd7a3 => Hangul,
        0x3001 | 0x3002 | 0x30fb | 0x30fc => Common,
        0x3041..=0x309f => Hiragana,
        0x30a0..=0x30ff => Katakana,
        0x3400..=0x4dbf | 0x4e00..=0x9fff => Han,
        _ => return None,
    })
}

/// Letters of Cyrillic and Greek that look like Latin ones. A name written
/// only with these (`Vаllеу` in Cyrillic) passes for a Latin name.
const LATIN_LOOKALIKES: &str = "аеорсухіјѕԁԛԝһӏүвкмнтАВЕКМНОРСТУХІЈЅҮҺӀαικνορυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ";

/// Scripts that are written together: Japanese (Han, Hiragana, Katakana),
/// Korean (Han, Hangul), each also with Latin (the "highly restrictive"
/// level of Unicode's UTS #39).
fn allowed_together(scripts: &[Script]) -> bool {
    use Script::*;
    scripts.len() <= 1
        || scripts
            .iter()
            .all(|s| matches!(s, Latin | Han | Hiragana | Katakana))
        || scripts.iter().all(|s| matches!(s, Latin | Han | Hangul))
}

/// A clinic's name: 1 to 80 characters, from one writing system (or one of
/// the mixes in [`allowed_together`]), not made only of letters that pass
/// for Latin ones, and with at most 4 digits, so a name cannot carry a phone
/// number ("Valley Pain - call 555-0199 first").
pub fn valid_name(v: &str) -> bool {
    let n = v.chars().count();
    if !(1..=80).contains(&n) || v.chars().filter(char::is_ascii_digit).count() > 4 {
        return false;
    }
    let mut scripts: Vec<Script> = Vec::new();
    for c in v.chars() {
        match script(c) {
            None => return false,
            Some(Script::Common) => {}
            Some(s) if !scripts.contains(&s) => scripts.push(s),
            Some(_) => {}
        }
    }
    let letters = || v.chars().filter(|c| script(*c) != Some(Script::Common));
    let passes_for_latin = matches!(scripts.as_slice(), [Script::Cyrillic | Script::Greek])
        && letters().all(|c| LATIN_LOOKALIKES.contains(c));
    !scripts.is_empty() && allowed_together(&scripts) && !passes_for_latin
}

pub fn valid_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && v.len() <= 30
        && v.chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// An ASCII host name (an international one in its `xn--` form, which
/// shows what it really is).
pub fn valid_host(h: &str) -> bool {
    !h.is_empty()
        && h.len() <= 253
        && h.split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
}

/// The host of an `https://` address and its port, if any: `None` when the
/// port is not a number (that includes `user@host`).
fn host_and_port(rest: &str) -> Option<&str> {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    match authority.rsplit_once(':') {
        Some((host, port)) if !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()) => {
            Some(host)
        }
        Some(_) => None,
        None => Some(authority),
    }
}

/// https, tel or mailto only; no spaces, quotes or angle brackets anywhere.
/// A mail link is an address and nothing else: a query could add hidden
/// copies (`?bcc=`) or a prepared message.
pub fn valid_booking(v: &str) -> bool {
    if v.len() > 300
        || v.chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>\"'`\\".contains(c))
    {
        return false;
    }
    if let Some(rest) = v.strip_prefix("https://") {
        host_and_port(rest).is_some_and(valid_host)
    } else if let Some(number) = v.strip_prefix("tel:") {
        valid_phone(number)
    } else if let Some(address) = v.strip_prefix("mailto:") {
        matches!(address.split_once('@'), Some((user, host)) if !user.is_empty() && user.chars().all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c)) && valid_host(host))
    } else {
        false
    }
}

/// The web page a clinic embeds PainPath in: an origin only, https (or
/// http on this machine, for testing), without path, query or user.
pub fn valid_embed(v: &str) -> bool {
    let local = |h: &str| h == "localhost" || h == "127.0.0.1";
    if let Some(rest) = v.strip_prefix("https://") {
        !rest.contains(['/', '?', '#', '@']) && host_and_port(rest).is_some_and(valid_host)
    } else if let Some(rest) = v.strip_prefix("http://") {
        !rest.contains(['/', '?', '#', '@']) && host_and_port(rest).is_some_and(local)
    } else {
        false
    }
}

/// A signature: `<key id>.<64 bytes in base64url>`.
pub fn valid_signature(v: &str) -> bool {
    matches!(v.split_once('.'), Some((id, sig))
        if (1..=16).contains(&id.len())
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && sig.len() == 86
            && sig.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
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
pub fn valid_accent(v: &str) -> bool {
    v.len() == 6
        && v.chars().all(|c| c.is_ascii_hexdigit())
        && luminance(v).is_some_and(|l| 1.05 / (l + 0.05) >= 4.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_clinic_names_in_many_languages_are_accepted() {
        for name in [
            "Valley Pain Center",
            "Hill Spine & Pain",
            "Clínica del Dolor San José",
            "Schmerzzentrum Müller-Lüdenscheid",
            "St. Mary's Pain Clinic (North)",
            "Клиника боли",
            "Κλινική Πόνου Αθηνών",
            "מרפאת כאב",
            "عيادة الألم",
            "दर्द क्लिनिक",
            "東京ペインクリニック",
            "서울 통증의학과",
            "Pain Center 360",
            "Phòng khám Đau",
        ] {
            assert!(valid_name(name), "{name}");
        }
    }

    #[test]
    fn names_that_hide_or_disguise_text_are_refused() {
        for name in [
            // Right-to-left override with a Cyrillic С: looks like "Valley Pain Center".
            "\u{202E}retne\u{0421} niaP yellaV",
            // Latin with Cyrillic а in it.
            "V\u{0430}lley P\u{0430}in Center",
            // Wholly Cyrillic, every letter passing for Latin.
            "\u{0421}\u{0415}\u{0422}\u{0410}",
            "Valley\u{200B}Pain",
            "Valley\u{2066}Pain\u{2069}",
            "Valley\u{2028}Pain",
            "Valley\u{00AD}Pain",
            "Valley\u{FEFF}",
            "Vallé\u{0301}y",
            "Valley\u{E000}",
            "Valley \u{1F600}",
            "PainPath · Valley",
            "Valley Pain Center - URGENT: call 555-0199 first",
            "Valley Pain <b>",
            "",
            &"a".repeat(81),
        ] {
            assert!(!valid_name(name), "{name:?}");
        }
    }

    #[test]
    fn only_real_emergency_numbers_are_accepted() {
        for n in ["911", "112", "999", "000", "111", "15", "10177"] {
            assert!(valid_emergency(n), "{n}");
        }
        // A premium directory number, a dead one, a near miss, a long one.
        for n in ["118118", "12", "9111", "0911", "1", "", "911 "] {
            assert!(!valid_emergency(n), "{n:?}");
        }
        let mut seen = EMERGENCY_NUMBERS.to_vec();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(
            seen.len(),
            EMERGENCY_NUMBERS.len(),
            "a number is listed twice"
        );
    }

    #[test]
    fn a_mail_link_is_an_address_and_nothing_more() {
        assert!(valid_booking("mailto:desk@valley.example"));
        for b in [
            "mailto:desk@valley.example?bcc=harvest@evil.example",
            "mailto:desk@valley.example?body=Describe%20your%20pain",
            "mailto:@valley.example",
            "mailto:desk@",
        ] {
            assert!(!valid_booking(b), "{b}");
        }
    }

    #[test]
    fn booking_addresses_without_a_real_host_are_refused() {
        assert!(valid_booking("https://valley.example:8443/x?y=1"));
        assert!(valid_booking("https://xn--vlley-6qa.example/book"));
        for b in [
            "https://user@valley.example/",
            "https://valley.example:x/",
            "https://vаlley.example/",
            "https://",
        ] {
            assert!(!valid_booking(b), "{b}");
        }
    }

    #[test]
    fn an_embedding_page_is_named_by_its_origin_only() {
        for o in [
            "https://www.valley.example",
            "https://valley.example:8443",
            "http://127.0.0.1:4193",
        ] {
            assert!(valid_embed(o), "{o}");
        }
        for o in [
            "http://valley.example",
            "https://valley.example/",
            "https://valley.example/page",
            "https://a@valley.example",
            "javascript:alert(1)",
            "*",
        ] {
            assert!(!valid_embed(o), "{o}");
        }
    }

    #[test]
    fn signatures_have_a_key_id_and_64_bytes() {
        let good = format!("k1.{}", "A".repeat(86));
        assert!(valid_signature(&good));
        assert!(!valid_signature(&format!("K1.{}", "A".repeat(86))));
        assert!(!valid_signature(&format!("k1.{}", "A".repeat(85))));
        assert!(!valid_signature(&"A".repeat(89)));
    }
}
