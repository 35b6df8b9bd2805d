//! A compact, versioned, URL-safe encoding of the answers, for results links
//! and session storage. Every field has a fixed place and a fixed number of
//! states, packed into the fewest bits, followed by a CRC-8 so a damaged link
//! is caught rather than read as different answers.
//!
//! Layout: `version (8 bits) · fields in schema order · crc8 (8 bits)`, then
//! base64url without padding. Each field takes the fewest bits that hold its
//! states ([`Field::states`]: 0 is "not answered").
//!
//! Changing the schema (adding, removing or reordering a field, or adding a
//! value to a set) changes the layout, so it goes with a new [`VERSION`].
//! Codes of an older version are then refused as damaged: the patient is told
//! the link or saved answers cannot be read and starts fresh; nothing is
//! guessed. The one exception is a version whose layout is the newer one
//! cut short: version 5 only added fields at the end (what matters to the
//! person, [`ADDED_IN_5`]), so a version-4 code (a results link shared
//! before) is read with the fields it has and the added ones left
//! unanswered ([`layout`]).

use super::answers::*;

/// The version written by [`encode`]. Links of any other version are refused.
pub const VERSION: u8 = 5;

/// Fields version 5 added at the end of the layout: what matters to the
/// person, chosen on the results page.
pub const ADDED_IN_5: &[Field] = &[Field::Priorities];

/// The fields a code of `version` holds, in wire order: version 4 is
/// version 5 without the fields it added at the end. `None` for versions
/// that cannot be read.
pub fn layout(version: u8) -> Option<&'static [Field]> {
    match version {
        VERSION => Some(Field::ALL),
        4 => Field::ALL.get(..Field::ALL.len() - ADDED_IN_5.len()),
        _ => None,
    }
}

/// Why a code could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// Not base64url, or too short or too long for this version.
    Damaged,
    /// The checksum does not match: a character was changed or lost.
    Checksum,
    /// Made by a newer version of PainPath.
    Version(u8),
    /// A field holds a value outside its range, or the answers disagree
    /// (a main region that is not among the regions).
    OutOfRange(Field),
}

fn bits(states: u32) -> u32 {
    32 - states.saturating_sub(1).leading_zeros()
}

fn crc8(data: &[u8]) -> u8 {
    data.iter().fold(0u8, |mut crc, byte| {
        crc ^= byte;
        for _ in 0..8 {
            crc = if crc & 0x80 != 0 {
                (crc << 1) ^ 0x07
            } else {
                crc << 1
            };
        }
        crc
    })
}

/// Pack the answers into bytes: version, fields, checksum.
pub fn to_bytes(a: &Answers) -> Vec<u8> {
    pack(a, VERSION, Field::ALL)
}

fn pack(a: &Answers, version: u8, fields: &[Field]) -> Vec<u8> {
    let mut out = vec![version];
    let (mut acc, mut n) = (0u64, 0u32);
    for field in fields {
        let width = bits(field.states());
        acc |= u64::from(field.state(a)) << n;
        n += width;
        while n >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            n -= 8;
        }
    }
    if n > 0 {
        out.push(acc as u8);
    }
    out.push(crc8(&out));
    out
}

/// Unpack bytes made by [`to_bytes`]. Never panics; every field is checked.
pub fn from_bytes(data: &[u8]) -> Result<Answers, CodecError> {
    let (&version, _) = data.split_first().ok_or(CodecError::Damaged)?;
    if version > VERSION {
        return Err(CodecError::Version(version));
    }
    let fields = layout(version).ok_or(CodecError::Damaged)?;
    let total_bits: u32 = fields.iter().map(|f| bits(f.states())).sum();
    let expected = 1 + total_bits.div_ceil(8) as usize + 1;
    if data.len() != expected {
        return Err(CodecError::Damaged);
    }
    let (body, sum) = data.split_at(expected - 1);
    if crc8(body) != sum[0] {
        return Err(CodecError::Checksum);
    }
    let mut a = Answers::default();
    let (mut acc, mut n, mut bytes) = (0u64, 0u32, body[1..].iter());
    for field in fields {
        let width = bits(field.states());
        while n < width {
            acc |= u64::from(*bytes.next().unwrap_or(&0)) << n;
            n += 8;
        }
        let state = (acc & ((1u64 << width) - 1)) as u32;
        acc >>= width;
        n -= width;
        if state >= field.states() || !field.set_state(&mut a, state) {
            return Err(CodecError::OutOfRange(*field));
        }
    }
    // Each field's range was checked as it was set; what is left is the one
    // check across fields (as `Answers::validate` makes it).
    if a.pain
        .main_region
        .is_some_and(|m| !a.pain.regions.contains(&m))
    {
        return Err(CodecError::OutOfRange(Field::MainRegion));
    }
    Ok(a)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn to_base64url(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 4 / 3 + 2);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let v = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(B64[(v >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// Read base64url without padding; `None` on any other character or length.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let mut vals = Vec::with_capacity(text.len());
    for c in text.bytes() {
        vals.push(B64.iter().position(|x| *x == c)? as u32);
    }
    if vals.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(vals.len() * 3 / 4);
    for chunk in vals.chunks(4) {
        let v = chunk
            .iter()
            .enumerate()
            .fold(0u32, |v, (i, x)| v | (x << (18 - 6 * i)));
        for i in 0..chunk.len() - 1 {
            out.push((v >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The answers as a short URL-safe code.
pub fn encode(a: &Answers) -> String {
    to_base64url(&to_bytes(a))
}

/// Read a code made by [`encode`].
pub fn decode(code: &str) -> Result<Answers, CodecError> {
    if code.len() > 256 {
        return Err(CodecError::Damaged);
    }
    from_bytes(&from_base64url(code).ok_or(CodecError::Damaged)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_answers_round_trip_in_a_short_code() {
        let code = encode(&Answers::default());
        assert!(code.len() < 60, "{code}");
        assert_eq!(decode(&code), Ok(Answers::default()));
    }

    #[test]
    fn a_full_answer_set_round_trips() {
        let mut a = Answers {
            age: Some(120),
            ..Answers::default()
        };
        a.pain.regions = Region::ALL.iter().copied().collect();
        a.pain.main_region = Some(Region::LegsFeet);
        a.pain.duration = Some(PainDuration::NotSure);
        a.peg.activity = Some(10);
        a.mood.cannot_stop_worrying = Some(3);
        a.goals = Goal::ALL.iter().copied().collect();
        a.diagnoses = Diagnosis::ALL.iter().copied().collect();
        a.priorities = Priority::ALL.iter().copied().collect();
        assert_eq!(decode(&encode(&a)), Ok(a));
    }

    #[test]
    fn damage_is_detected() {
        let mut a = Answers::default();
        a.red_flags.saddle_numbness = Some(YesNo::No);
        let code = encode(&a);
        let mut chars: Vec<char> = code.chars().collect();
        chars[5] = if chars[5] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert!(decode(&changed).is_err());
        assert_eq!(decode(&code[..code.len() - 3]), Err(CodecError::Damaged));
        assert_eq!(decode("%%%"), Err(CodecError::Damaged));
        assert_eq!(decode(""), Err(CodecError::Damaged));
    }

    #[test]
    fn a_version_4_code_still_opens_with_nothing_on_what_matters() {
        let mut a = Answers::default();
        a.red_flags.saddle_numbness = Some(YesNo::No);
        a.pain.regions.insert(Region::LowerBack);
        a.pain.main_region = Some(Region::LowerBack);
        a.goals.insert(Goal::AvoidSurgery);
        let old = layout(4).unwrap_or_default();
        assert_eq!(old.len() + ADDED_IN_5.len(), Field::ALL.len());
        assert!(ADDED_IN_5.iter().all(|f| !old.contains(f)));
        let code = to_base64url(&pack(&a, 4, old));
        assert_eq!(decode(&code), Ok(a.clone()));
        // The same answers with what matters added need version 5.
        a.priorities.insert(Priority::AvoidSteroids);
        assert_eq!(decode(&encode(&a)), Ok(a));
        // Older versions are still refused.
        assert_eq!(
            decode(&to_base64url(&pack(&Answers::default(), 3, old))),
            Err(CodecError::Damaged)
        );
    }

    #[test]
    fn a_main_region_not_among_the_regions_is_refused() {
        let mut a = Answers::default();
        a.pain.regions.insert(Region::Knees);
        a.pain.main_region = Some(Region::Neck);
        assert_eq!(
            decode(&encode(&a)),
            Err(CodecError::OutOfRange(Field::MainRegion))
        );
    }

    #[test]
    fn a_future_version_is_refused() {
        let mut bytes = to_bytes(&Answers::default());
        bytes[0] = 9;
        assert_eq!(decode(&to_base64url(&bytes)), Err(CodecError::Version(9)));
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..10u8 {
            let data: Vec<u8> = (0..len).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(from_base64url(&to_base64url(&data)), Some(data));
        }
    }
}
