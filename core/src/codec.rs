//! A compact, versioned, URL-safe encoding of the answers, for results links
//! and session storage. Every field has a fixed place and a fixed number of
//! states, packed into the fewest bits, followed by a CRC-8 so a damaged link
//! is caught rather than read as different answers.
//!
//! Layout: `version (8 bits) · fields in SPECS order · crc8 (8 bits)`, then
//! base64url without padding. Adding a field means a new version.

use super::answers::*;

/// The version written by [`encode`]. Links of any other version are refused.
pub const VERSION: u8 = 1;

/// One answer field: its dotted path, how many states it has (0 is "not
/// answered"), and how to read, write and show it.
pub struct FieldSpec {
    pub path: &'static str,
    pub states: u32,
    pub get: fn(&Answers) -> u32,
    /// Sets the field from a state; `false` when the state is out of range.
    pub set: fn(&mut Answers, u32) -> bool,
    /// The answer as text for a trace: a value id, a list of ids, a number.
    pub show: fn(&Answers) -> String,
}

fn opt_get<T: Choice>(v: Option<T>) -> u32 {
    v.and_then(|v| T::ALL.iter().position(|x| *x == v))
        .map_or(0, |i| i as u32 + 1)
}
fn opt_from<T: Choice>(state: u32) -> Option<Option<T>> {
    match state {
        0 => Some(None),
        n => T::ALL.get(n as usize - 1).copied().map(Some),
    }
}
fn opt_show<T: Choice>(v: Option<T>) -> String {
    v.map_or_else(|| "not answered".to_string(), |v| v.id().to_string())
}
fn set_show<T: Choice>(v: &EnumSet<T>) -> String {
    format!(
        "[{}]",
        v.iter().map(|x| x.id()).collect::<Vec<_>>().join(", ")
    )
}
fn num_get(v: Option<u8>, lo: u8) -> u32 {
    v.map_or(0, |v| u32::from(v.saturating_sub(lo)) + 1)
}
fn num_from(state: u32, lo: u8, hi: u8) -> Option<Option<u8>> {
    match state {
        0 => Some(None),
        n if n - 1 <= u32::from(hi - lo) => Some(Some(lo + (n - 1) as u8)),
        _ => None,
    }
}
fn num_show(v: Option<u8>) -> String {
    v.map_or_else(|| "not answered".to_string(), |v| v.to_string())
}

macro_rules! opt {
    ($path:literal, $ty:ty, $($f:ident).+) => {
        FieldSpec {
            path: $path,
            states: <$ty>::ALL.len() as u32 + 1,
            get: |a| opt_get(a.$($f).+),
            set: |a, s| opt_from::<$ty>(s).map(|v| a.$($f).+ = v).is_some(),
            show: |a| opt_show(a.$($f).+),
        }
    };
}
macro_rules! set {
    ($path:literal, $ty:ty, $($f:ident).+) => {
        FieldSpec {
            path: $path,
            states: 1 << <$ty>::ALL.len(),
            get: |a| a.$($f).+.bits(),
            set: |a, s| EnumSet::<$ty>::from_bits(s).map(|v| a.$($f).+ = v).is_some(),
            show: |a| set_show(&a.$($f).+),
        }
    };
}
macro_rules! num {
    ($path:literal, $lo:literal, $hi:literal, $($f:ident).+) => {
        FieldSpec {
            path: $path,
            states: $hi - $lo + 2,
            get: |a| num_get(a.$($f).+, $lo),
            set: |a, s| num_from(s, $lo, $hi).map(|v| a.$($f).+ = v).is_some(),
            show: |a| num_show(a.$($f).+),
        }
    };
}

/// Every answer field, in encoding order. A test checks it covers the model.
pub const SPECS: &[FieldSpec] = &[
    num!("age", 1, 120, age),
    opt!(
        "red_flags.saddle_numbness",
        YesNo,
        red_flags.saddle_numbness
    ),
    opt!("red_flags.bladder_change", YesNo, red_flags.bladder_change),
    opt!("red_flags.bowel_control", YesNo, red_flags.bowel_control),
    opt!("red_flags.both_legs_weak", YesNo, red_flags.both_legs_weak),
    opt!(
        "red_flags.sexual_function_change",
        YesNo,
        red_flags.sexual_function_change
    ),
    opt!("red_flags.rapid_weakness", YesNo, red_flags.rapid_weakness),
    opt!(
        "red_flags.thunderclap_headache",
        YesNo,
        red_flags.thunderclap_headache
    ),
    opt!(
        "red_flags.headache_fever_stiff_neck",
        YesNo,
        red_flags.headache_fever_stiff_neck
    ),
    opt!(
        "red_flags.headache_neuro_signs",
        YesNo,
        red_flags.headache_neuro_signs
    ),
    opt!(
        "red_flags.headache_after_head_injury",
        YesNo,
        red_flags.headache_after_head_injury
    ),
    opt!("red_flags.fever_chills", YesNo, red_flags.fever_chills),
    opt!(
        "red_flags.recent_infection",
        YesNo,
        red_flags.recent_infection
    ),
    opt!("red_flags.injects_drugs", YesNo, red_flags.injects_drugs),
    opt!(
        "red_flags.weak_immune_system",
        YesNo,
        red_flags.weak_immune_system
    ),
    opt!("red_flags.major_trauma", YesNo, red_flags.major_trauma),
    opt!(
        "red_flags.long_term_steroids",
        YesNo,
        red_flags.long_term_steroids
    ),
    opt!("red_flags.cancer_history", YesNo, red_flags.cancer_history),
    opt!("red_flags.weight_loss", YesNo, red_flags.weight_loss),
    opt!(
        "red_flags.constant_night_pain",
        YesNo,
        red_flags.constant_night_pain
    ),
    opt!(
        "red_flags.headache_new_after_50",
        YesNo,
        red_flags.headache_new_after_50
    ),
    opt!(
        "red_flags.headache_pattern_change",
        YesNo,
        red_flags.headache_pattern_change
    ),
    opt!(
        "red_flags.headache_postural_or_cough",
        YesNo,
        red_flags.headache_postural_or_cough
    ),
    opt!(
        "red_flags.headache_pregnancy_cancer_hiv",
        YesNo,
        red_flags.headache_pregnancy_cancer_hiv
    ),
    set!("pain.regions", Region, pain.regions),
    opt!("pain.main_region", Region, pain.main_region),
    opt!("pain.below_knee", YesNo, pain.below_knee),
    opt!("pain.down_arm", YesNo, pain.down_arm),
    opt!("pain.numbness_tingling", YesNo, pain.numbness_tingling),
    opt!("pain.dominance", Dominance, pain.dominance),
    opt!(
        "pain.slowly_worsening_weakness",
        YesNo,
        pain.slowly_worsening_weakness
    ),
    opt!("pain.duration", PainDuration, pain.duration),
    set!("pain.worse_with", Activity, pain.worse_with),
    set!("pain.better_with", Activity, pain.better_with),
    set!("pain.qualities", Quality, pain.qualities),
    opt!("pain.muscle_knots", YesNo, pain.muscle_knots),
    opt!(
        "pain.night_pain_eases_on_rising",
        YesNo,
        pain.night_pain_eases_on_rising
    ),
    opt!("pain.began_before_40", YesNo, pain.began_before_40),
    num!("peg.pain", 0, 10, peg.pain),
    num!("peg.enjoyment", 0, 10, peg.enjoyment),
    num!("peg.activity", 0, 10, peg.activity),
    opt!("headache.main_problem", YesNo, headache.main_problem),
    opt!("headache.kind", HeadacheKind, headache.kind),
    opt!("headache.scalp_tender", YesNo, headache.scalp_tender),
    opt!("limb.out_of_proportion", YesNo, limb.out_of_proportion),
    opt!("limb.touch_hurts", YesNo, limb.touch_hurts),
    opt!(
        "limb.colour_or_temperature",
        YesNo,
        limb.colour_or_temperature
    ),
    opt!(
        "limb.swelling_or_sweating",
        YesNo,
        limb.swelling_or_sweating
    ),
    opt!(
        "limb.stiffness_or_skin_changes",
        YesNo,
        limb.stiffness_or_skin_changes
    ),
    opt!("history.onset", Onset, history.onset),
    opt!(
        "history.physical_therapy",
        CareTried,
        history.physical_therapy
    ),
    opt!("history.home_exercise", CareTried, history.home_exercise),
    opt!("history.medicines", CareTried, history.medicines),
    opt!("history.care_result", CareResult, history.care_result),
    opt!(
        "history.psychological_therapy",
        YesNo,
        history.psychological_therapy
    ),
    opt!(
        "history.prior_injections",
        PriorInjections,
        history.prior_injections
    ),
    opt!(
        "history.diagnostic_blocks",
        DiagnosticBlocks,
        history.diagnostic_blocks
    ),
    opt!("history.spine_surgery", YesNo, history.spine_surgery),
    opt!(
        "history.surgeon_advice",
        SurgeonAdvice,
        history.surgeon_advice
    ),
    opt!("history.imaging", Imaging, history.imaging),
    set!("diagnoses", Diagnosis, diagnoses),
    opt!(
        "precautions.blood_thinners",
        YesNo,
        precautions.blood_thinners
    ),
    opt!("precautions.diabetes", YesNo, precautions.diabetes),
    opt!("precautions.pregnant", YesNo, precautions.pregnant),
    opt!(
        "precautions.infection_now",
        YesNo,
        precautions.infection_now
    ),
    opt!("precautions.allergies", YesNo, precautions.allergies),
    opt!(
        "precautions.implanted_device",
        YesNo,
        precautions.implanted_device
    ),
    num!("mood.little_interest", 0, 3, mood.little_interest),
    num!("mood.feeling_down", 0, 3, mood.feeling_down),
    num!("mood.nervous", 0, 3, mood.nervous),
    num!("mood.cannot_stop_worrying", 0, 3, mood.cannot_stop_worrying),
    set!("goals", Goal, goals),
];

/// The answer at a dotted path as text, for traces.
pub fn show(a: &Answers, path: &str) -> String {
    SPECS
        .iter()
        .find(|s| s.path == path)
        .map_or_else(String::new, |s| (s.show)(a))
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
    /// A field holds a value outside its range.
    OutOfRange(&'static str),
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
    let mut out = vec![VERSION];
    let (mut acc, mut n) = (0u64, 0u32);
    for spec in SPECS {
        let width = bits(spec.states);
        acc |= u64::from((spec.get)(a)) << n;
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
    let total_bits: u32 = SPECS.iter().map(|s| bits(s.states)).sum();
    let expected = 1 + total_bits.div_ceil(8) as usize + 1;
    let (&version, _) = data.split_first().ok_or(CodecError::Damaged)?;
    if version > VERSION {
        return Err(CodecError::Version(version));
    }
    if version != VERSION {
        return Err(CodecError::Damaged);
    }
    if data.len() != expected {
        return Err(CodecError::Damaged);
    }
    let (body, sum) = data.split_at(expected - 1);
    if crc8(body) != sum[0] {
        return Err(CodecError::Checksum);
    }
    let mut a = Answers::default();
    let (mut acc, mut n, mut bytes) = (0u64, 0u32, body[1..].iter());
    for spec in SPECS {
        let width = bits(spec.states);
        while n < width {
            acc |= u64::from(*bytes.next().unwrap_or(&0)) << n;
            n += 8;
        }
        let state = (acc & ((1u64 << width) - 1)) as u32;
        acc >>= width;
        n -= width;
        if state >= spec.states || !(spec.set)(&mut a, state) {
            return Err(CodecError::OutOfRange(spec.path));
        }
    }
    if a.validate().is_err() {
        return Err(CodecError::OutOfRange("pain.main_region"));
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
