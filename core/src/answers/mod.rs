//! Everything the questionnaire captures. Each field is declared once, in
//! [`schema`]; `docs/answers.md` (made by `review --schema`) lists them with
//! their values and the question that asks each.
//!
//! `None` means "not answered yet". Where a patient may not know, the value
//! set has an explicit `not_sure`. Unknown fields or values are an error that
//! names the field (`deny_unknown_fields`, and [`Answers::from_json`] reports
//! the path); numbers out of range are reported by [`Answers::validate`].

mod enum_set;
mod field;
mod schema;
mod values;

pub use enum_set::EnumSet;
pub use field::{Kind, Value, WORDED_SCALE_MAX};
pub use schema::*;
pub(crate) use values::choice;
pub use values::*;

/// `n` answer sets drawn from every state of every field, by a fixed
/// pseudo-random sequence started at `seed` (xorshift), about a quarter of
/// fields left unanswered. For the checks that compare PainPath's skip logic
/// with its exports (SurveyJS, FHIR) over many answer sets.
pub fn sampled(n: usize, seed: u64) -> Vec<crate::Answers> {
    let mut seed = seed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..n)
        .map(|_| {
            let mut a = crate::Answers::default();
            for field in Field::ALL {
                let state = (next() % u64::from(field.states())) as u32;
                let state = if next() % 4 == 0 { 0 } else { state };
                field.set_state(&mut a, state);
            }
            a
        })
        .collect()
}

/// A closed set of values with stable ids, in a fixed order.
pub trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The values' ids, in the order of `ALL`.
    const IDS: &'static [&'static str];
    /// The id of the set, for option labels (`opt.<kind>.<id>`); empty for
    /// sets that are not answers.
    const KIND: &'static str;
    fn id(self) -> &'static str;
}

/// Groups of body regions, defined once for the engine's facts and the
/// questionnaire's skip logic alike, as sets of [`Region::bit`]s.
impl Region {
    /// Low back or buttocks.
    pub const LOW_BACK: u32 = Region::LowerBack.bit() | Region::Buttocks.bit();
    /// Neck, upper back, low back or buttocks.
    pub const SPINE: u32 = Region::Neck.bit() | Region::UpperBack.bit() | Region::LOW_BACK;
    /// Where leg pain can start: low back, buttocks, hips, legs or feet.
    pub const LEG_AREA: u32 = Region::LOW_BACK | Region::Hips.bit() | Region::LegsFeet.bit();
    /// Where arm pain can start: neck, shoulders, arms or hands.
    pub const ARM_AREA: u32 =
        Region::Neck.bit() | Region::Shoulders.bit() | Region::ArmsHands.bit();
    /// An arm/hand or a leg/foot.
    pub const LIMB: u32 = Region::ArmsHands.bit() | Region::LegsFeet.bit();
}

impl Pain {
    pub fn has(&self, r: Region) -> bool {
        self.regions.contains(&r)
    }
    pub fn any(&self, rs: &[Region]) -> bool {
        rs.iter().any(|r| self.has(*r))
    }
    /// Any region of a group (a set of [`Region::bit`]s).
    pub fn any_of(&self, group: u32) -> bool {
        self.regions.bits() & group != 0
    }
    /// Low back or buttocks.
    pub fn low_back(&self) -> bool {
        self.any_of(Region::LOW_BACK)
    }
    /// Neck, upper back, low back or buttocks.
    pub fn spine(&self) -> bool {
        self.any_of(Region::SPINE)
    }
    /// Where leg pain can start: low back, buttocks, hips, legs or feet.
    pub fn leg_area(&self) -> bool {
        self.any_of(Region::LEG_AREA)
    }
    /// Where arm pain can start: neck, shoulders, arms or hands.
    pub fn arm_area(&self) -> bool {
        self.any_of(Region::ARM_AREA)
    }
    /// An arm/hand or a leg/foot.
    pub fn limb(&self) -> bool {
        self.any_of(Region::LIMB)
    }
    /// A shoulder, arm or hand: the ACR 2016 upper regions, by side.
    pub fn upper_limb(&self) -> bool {
        self.any(&[Region::Shoulders, Region::ArmsHands])
    }
    /// A hip, knee, leg or foot: the ACR 2016 lower regions, by side.
    pub fn lower_limb(&self) -> bool {
        self.any(&[Region::Hips, Region::Knees, Region::LegsFeet])
    }
}

/// Why a set of answers could not be read. The message names the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerError {
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() || self.field == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.field, self.message)
        }
    }
}

impl std::error::Error for AnswerError {}

impl Answers {
    /// Read answers from JSON, naming the field of any unknown key, unknown
    /// value or wrong type, then check number ranges.
    #[cfg(feature = "json")]
    pub fn from_json(json: &str) -> Result<Answers, AnswerError> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let answers: Answers = serde_path_to_error::deserialize(de).map_err(|e| AnswerError {
            field: e.path().to_string(),
            message: e.inner().to_string(),
        })?;
        answers.validate()?;
        Ok(answers)
    }

    /// Set one answer, checking its kind and range, and keep the answers
    /// consistent: the main region is always one of the regions, is the
    /// region when only one is chosen, and is left for the person to choose
    /// when a second region is added to the first.
    pub fn set(&mut self, field: Field, value: Value) -> Result<(), AnswerError> {
        if field == Field::MainRegion {
            let mut next = self.clone();
            field.set(&mut next, value)?;
            next.check_main_region()?;
            *self = next;
            return Ok(());
        }
        let regions_before = self.pain.regions.len();
        field.set(self, value)?;
        if field == Field::Regions {
            let p = &mut self.pain;
            if p.main_region.is_some_and(|m| !p.regions.contains(&m)) {
                p.main_region = None;
            }
            if p.regions.len() == 1 {
                p.main_region = p.regions.iter().next();
            } else if regions_before == 1 {
                // The main region was only implied by the one region: with
                // a second, the person says which bothers them most. No
                // answer is preset for them.
                p.main_region = None;
            }
        }
        Ok(())
    }

    /// Check what serde cannot: numbers within their field's range (read
    /// from the schema), and a main region among the regions.
    pub fn validate(&self) -> Result<(), AnswerError> {
        for f in Field::ALL {
            if let (Value::Number(n), Kind::Number { min, max } | Kind::Scale { min, max, .. }) =
                (f.get(self), f.kind())
            {
                if !(min..=max).contains(&n) {
                    return Err(AnswerError {
                        field: f.path().to_string(),
                        message: format!("{n} is outside {min} to {max}"),
                    });
                }
            }
        }
        self.check_main_region()
    }

    fn check_main_region(&self) -> Result<(), AnswerError> {
        match self.pain.main_region {
            Some(main) if !self.pain.regions.contains(&main) => Err(AnswerError {
                field: Field::MainRegion.path().to_string(),
                message: format!("{} is not among pain.regions", main.id()),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(all(test, feature = "json"))]
mod tests {
    use super::*;

    #[test]
    fn empty_object_is_nothing_answered() {
        assert_eq!(Answers::from_json("{}"), Ok(Answers::default()));
    }

    #[test]
    fn unknown_field_is_named() {
        let err = Answers::from_json(r#"{"pain":{"duratoin":"over_6_months"}}"#).unwrap_err();
        assert!(err.to_string().contains("duratoin"), "{err}");
    }

    #[test]
    fn unknown_value_names_its_field() {
        let err = Answers::from_json(r#"{"pain":{"duration":"forever"}}"#).unwrap_err();
        assert_eq!(err.field, "pain.duration");
        assert!(err.message.contains("forever"), "{err}");
    }

    #[test]
    fn out_of_range_score_is_named() {
        let err = Answers::from_json(r#"{"peg":{"pain":11}}"#).unwrap_err();
        assert_eq!(err.field, "peg.pain");
    }

    #[test]
    fn main_region_must_be_a_chosen_region() {
        let err = Answers::from_json(r#"{"pain":{"regions":["knees"],"main_region":"neck"}}"#)
            .unwrap_err();
        assert_eq!(err.field, "pain.main_region");
    }

    #[test]
    fn ids_match_serde_names() {
        for d in PainDuration::ALL {
            let json = serde_json::to_string(d).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", d.id()));
        }
    }
}
