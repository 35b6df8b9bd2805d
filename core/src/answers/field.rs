//! What a field holds ([`Kind`]), a field's answer as one typed value
//! ([`Value`]), and the field's answer as a codec state.

use super::{Answers, Choice, EnumSet, Field};

/// What kind of answer a field holds, and its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One value of a closed set; `kind` names the set's option labels
    /// (`opt.<kind>.<id>`), `ids` its values in order.
    One {
        kind: &'static str,
        ids: &'static [&'static str],
    },
    /// Any number of values of a closed set.
    Set {
        kind: &'static str,
        ids: &'static [&'static str],
    },
    /// A whole number typed in.
    Number { min: u8, max: u8 },
    /// A point on a scale; `labels` is the text-key prefix of its labels.
    Scale {
        min: u8,
        max: u8,
        labels: &'static str,
    },
}

impl Kind {
    /// How many states the field has in the codec, "not answered" included.
    pub fn states(self) -> u32 {
        match self {
            Kind::One { ids, .. } => ids.len() as u32 + 1,
            Kind::Set { ids, .. } => 1 << ids.len(),
            Kind::Number { min, max } | Kind::Scale { min, max, .. } => u32::from(max - min) + 2,
        }
    }
}

/// Scales this short (0–3, like PHQ-2 and GAD-2) label every point in words
/// (`<labels>.<n>`); longer ones label only their ends (`<labels>.low`,
/// `<labels>.high`).
pub const WORDED_SCALE_MAX: u8 = 3;

/// A field's answer, whatever its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// Not answered.
    Unanswered,
    /// The value at this index of the field's value list ([`Kind::One`]).
    One(u8),
    /// Values of the field's list, one bit each in list order ([`Kind::Set`]).
    Set(u32),
    /// A number ([`Kind::Number`], [`Kind::Scale`]).
    Number(u8),
}

impl Value {
    pub(crate) fn of_one<T: Choice>(v: Option<T>) -> Value {
        v.and_then(|v| T::ALL.iter().position(|x| *x == v))
            .map_or(Value::Unanswered, |i| Value::One(i as u8))
    }

    pub(crate) fn of_number(v: Option<u8>) -> Value {
        v.map_or(Value::Unanswered, Value::Number)
    }

    /// `None` when the value is of another kind or out of range.
    pub(crate) fn to_one<T: Choice>(self) -> Option<Option<T>> {
        match self {
            Value::Unanswered => Some(None),
            Value::One(i) => T::ALL.get(usize::from(i)).copied().map(Some),
            _ => None,
        }
    }

    pub(crate) fn to_set<T: Choice>(self) -> Option<EnumSet<T>> {
        match self {
            Value::Unanswered => Some(EnumSet::new()),
            Value::Set(bits) => EnumSet::from_bits(bits),
            _ => None,
        }
    }

    pub(crate) fn to_number(self, min: u8, max: u8) -> Option<Option<u8>> {
        match self {
            Value::Unanswered => Some(None),
            Value::Number(n) if (min..=max).contains(&n) => Some(Some(n)),
            _ => None,
        }
    }

    /// A set value with `index` added or removed.
    pub fn toggled(self, index: u8) -> Value {
        let bits = match self {
            Value::Set(bits) => bits,
            _ => 0,
        };
        Value::Set(bits ^ (1u32 << index))
    }

    /// Whether a one-value answer is the option at `index`, or a set holds it.
    pub fn holds(self, index: u8) -> bool {
        match self {
            Value::One(i) => i == index,
            Value::Set(bits) => bits & (1u32 << index) != 0,
            _ => false,
        }
    }
}

impl Field {
    /// How many states the field has in the codec.
    pub fn states(self) -> u32 {
        self.kind().states()
    }

    /// The field's answer as a codec state: 0 is "not answered".
    pub fn state(self, a: &Answers) -> u32 {
        match (self.get(a), self.kind()) {
            (Value::Unanswered, _) => 0,
            (Value::One(i), _) => u32::from(i) + 1,
            (Value::Set(bits), _) => bits,
            (Value::Number(n), Kind::Number { min, .. } | Kind::Scale { min, .. }) => {
                u32::from(n.saturating_sub(min)) + 1
            }
            (Value::Number(_), _) => 0,
        }
    }

    /// Set the field from a codec state; `false` when it is out of range.
    pub fn set_state(self, a: &mut Answers, state: u32) -> bool {
        let value = match (state, self.kind()) {
            (_, Kind::Set { .. }) => Value::Set(state),
            (0, _) => Value::Unanswered,
            (s, Kind::One { .. }) => match u8::try_from(s - 1) {
                Ok(i) => Value::One(i),
                Err(_) => return false,
            },
            (s, Kind::Number { min, .. } | Kind::Scale { min, .. }) => {
                match u8::try_from(s - 1).ok().and_then(|n| n.checked_add(min)) {
                    Some(n) => Value::Number(n),
                    None => return false,
                }
            }
        };
        self.set(a, value).is_ok()
    }

    /// The answer as text for a trace: a value id, a list of ids, a number.
    pub fn show(self, a: &Answers) -> String {
        let ids = match self.kind() {
            Kind::One { ids, .. } | Kind::Set { ids, .. } => ids,
            _ => &[],
        };
        let id = |i: usize| ids.get(i).copied().unwrap_or("?");
        match self.get(a) {
            Value::Unanswered if matches!(self.kind(), Kind::Set { .. }) => "[]".to_string(),
            Value::Unanswered => "not answered".to_string(),
            Value::One(i) => id(usize::from(i)).to_string(),
            Value::Set(bits) => {
                let chosen: Vec<&str> = (0..ids.len())
                    .filter(|i| bits & (1 << i) != 0)
                    .map(id)
                    .collect();
                format!("[{}]", chosen.join(", "))
            }
            Value::Number(n) => n.to_string(),
        }
    }

    /// The field at a dotted path.
    pub fn from_path(path: &str) -> Option<Field> {
        Field::ALL.iter().copied().find(|f| f.path() == path)
    }
}
