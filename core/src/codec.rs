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
//! Codes of an older version are refused as damaged (the patient is told
//! the link or saved answers cannot be read and starts fresh; nothing is
//! guessed), except version 4, whose layout is kept beside the current one
//! ([`v4_layout`]): version 5 added the medicine questions, "aching", "X-ray
//! only" and "does not apply" to the pregnancy question, and a version 4
//! link reads as the same answers with those unanswered. (Version 4's one
//! "how did what you tried work" answer now stands for therapy and
//! exercise; each kind of medicine has its own.) Version 5 also added what
//! matters to the person (`priorities`, chosen on the results page), which a
//! version 4 link leaves unanswered. Version 6 added the safety question
//! about any fall or injury before the pain (`fall_or_injury`); a version 4
//! or 5 link leaves it unanswered ([`v5_layout`]).

use super::answers::*;

/// The version written by [`encode`]. Links of any other version are refused.
pub const VERSION: u8 = 6;

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
    pack(
        VERSION,
        Field::ALL.iter().map(|f| (f.state(a), bits(f.states()))),
    )
}

/// The version byte, each `(state, width in bits)` packed least significant
/// bit first, and the checksum.
fn pack(version: u8, states: impl Iterator<Item = (u32, u32)>) -> Vec<u8> {
    let mut out = vec![version];
    let (mut acc, mut n) = (0u64, 0u32);
    for (state, width) in states {
        acc |= u64::from(state) << n;
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

/// A field's place in an older layout: its value list's length then (0:
/// as today) and where each old value is now (empty: where it was).
type Layout = (u8, &'static [u8]);

/// Version 4's layout, so links and saved answers made before version 5
/// still open: `None` for a field version 4 did not have; otherwise how
/// many values its list had and, for a list that gained a value in the
/// middle since, each old value's place today (values keep their order).
fn v4_layout(field: Field) -> Option<Layout> {
    let now = match field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => ids.len() as u8,
        _ => 0,
    };
    match field {
        Field::FallOrInjury
        | Field::MedicineKinds
        | Field::AntiInflammatoryRelief
        | Field::AcetaminophenRelief
        | Field::NervePainRelief
        | Field::OpioidRelief
        | Field::MuscleRelaxantRelief
        | Field::Priorities => None,
        // "aching" was added at the end.
        Field::Qualities => Some((7, &[])),
        // Three movements came in before "mornings".
        Field::WorseWith | Field::BetterWith => Some((9, &[0, 1, 2, 3, 4, 5, 6, 7, 11])),
        // "only an X-ray" came in third.
        Field::Imaging => Some((4, &[0, 1, 3, 4])),
        // "does not apply" was added at the end.
        Field::Pregnant => Some((3, &[])),
        _ => Some((now, &[])),
    }
}

/// Version 5's layout: today's, without the fall-or-injury question.
fn v5_layout(field: Field) -> Option<Layout> {
    (field != Field::FallOrInjury).then_some((0, &[]))
}

/// The codec state today of a state in a value list of `len` values whose
/// old places moved to `places` (empty: none moved).
fn moved(field: Field, len: u8, places: &[u8], state: u32) -> u32 {
    let place = |i: u32| places.get(i as usize).map_or(i, |p| u32::from(*p));
    match field.kind() {
        _ if places.is_empty() => state,
        Kind::Set { .. } => (0..u32::from(len))
            .filter(|i| state & (1 << i) != 0)
            .fold(0, |s, i| s | 1 << place(i)),
        Kind::One { .. } if state > 0 => place(state - 1) + 1,
        _ => state,
    }
}

/// Unpack bytes made by [`to_bytes`] (or by version 4 or 5). Never panics; every
/// field is checked.
pub fn from_bytes(data: &[u8]) -> Result<Answers, CodecError> {
    let (&version, _) = data.split_first().ok_or(CodecError::Damaged)?;
    // Each field's width and its state's value list today.
    let layout: fn(Field) -> Option<Layout> = match version {
        VERSION => |_| Some((0, &[])),
        5 => v5_layout,
        4 => v4_layout,
        v if v > VERSION => return Err(CodecError::Version(v)),
        _ => return Err(CodecError::Damaged),
    };
    let states = |f: Field, len: u8| match f.kind() {
        _ if len == 0 => f.states(),
        Kind::Set { .. } => 1 << len,
        _ => u32::from(len) + 1,
    };
    let total_bits: u32 = Field::ALL
        .iter()
        .filter_map(|f| layout(*f).map(|(len, _)| bits(states(*f, len))))
        .sum();
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
    for field in Field::ALL {
        let Some((len, places)) = layout(*field) else {
            continue;
        };
        let count = states(*field, len);
        let width = bits(count);
        while n < width {
            acc |= u64::from(*bytes.next().unwrap_or(&0)) << n;
            n += 8;
        }
        let state = (acc & ((1u64 << width) - 1)) as u32;
        acc >>= width;
        n -= width;
        if state >= count {
            return Err(CodecError::OutOfRange(*field));
        }
        let state = moved(*field, len, places, state);
        if !field.set_state(&mut a, state) {
            return Err(CodecError::OutOfRange(*field));
        }
    }
    if let Err(e) = a.validate() {
        let field = Field::from_path(&e.field).unwrap_or(Field::MainRegion);
        return Err(CodecError::OutOfRange(field));
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

    /// A version 4 code of these answers, written with version 4's layout
    /// (each value by its id in the older, shorter lists).
    fn v4_code(a: &Answers) -> String {
        let states = Field::ALL.iter().filter_map(|field| {
            let (len, places) = v4_layout(*field)?;
            let old = |i: u32| {
                places
                    .iter()
                    .position(|p| u32::from(*p) == i)
                    .map_or(i, |p| p as u32)
            };
            let state = match field.get(a) {
                Value::One(i) => old(u32::from(i)) + 1,
                Value::Set(bits) => (0..32)
                    .filter(|i| bits & (1 << i) != 0)
                    .fold(0, |s, i| s | 1 << old(i)),
                _ => field.state(a),
            };
            let width = match (len, field.kind()) {
                (0, _) => bits(field.states()),
                (l, Kind::Set { .. }) => u32::from(l),
                (l, _) => bits(u32::from(l) + 1),
            };
            Some((state, width))
        });
        to_base64url(&pack(4, states))
    }

    #[test]
    fn a_version_4_link_still_opens_with_the_same_answers() {
        let mut a = Answers {
            age: Some(68),
            ..Answers::default()
        };
        a.pain.regions.insert(Region::LowerBack);
        a.pain.main_region = Some(Region::LowerBack);
        a.pain.qualities.insert(Quality::Burning);
        a.pain.qualities.insert(Quality::Itching);
        a.pain.worse_with.insert(Activity::Mornings);
        a.history.imaging = Some(Imaging::NotSure);
        a.history.care_result = Some(CareResult::DidNotHelp);
        a.precautions.pregnant = Some(Pregnancy::NotSure);
        a.peg.pain = Some(7);
        let code = v4_code(&a);
        assert_ne!(code, encode(&a));
        assert_eq!(decode(&code), Ok(a.clone()));
        // A damaged version 4 link is still caught.
        let mut chars: Vec<char> = code.chars().collect();
        chars[4] = if chars[4] == 'A' { 'B' } else { 'A' };
        assert!(decode(&chars.into_iter().collect::<String>()).is_err());
        // Version 3 and older are refused.
        let mut bytes = from_base64url(&code).expect("base64url");
        bytes[0] = 3;
        assert_eq!(decode(&to_base64url(&bytes)), Err(CodecError::Damaged));
    }

    #[test]
    fn a_version_5_link_still_opens_with_the_fall_question_unanswered() {
        let mut a = Answers {
            age: Some(74),
            ..Answers::default()
        };
        a.pain.regions.insert(Region::UpperBack);
        a.red_flags.major_trauma = Some(YesNo::No);
        a.diagnoses.insert(Diagnosis::Osteoporosis);
        let states = Field::ALL
            .iter()
            .filter(|f| v5_layout(**f).is_some())
            .map(|f| (f.state(&a), bits(f.states())));
        let code = to_base64url(&pack(5, states));
        assert_eq!(decode(&code), Ok(a.clone()));
        // Today's code of the same answers differs, and holds the new answer.
        a.red_flags.fall_or_injury = Some(YesNo::Yes);
        assert_eq!(decode(&encode(&a)), Ok(a.clone()));
        assert_ne!(code, encode(&a));
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
