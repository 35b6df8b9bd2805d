//! The words for questions, options and answers, from the answer schema:
//! a question's label is `q.<id>`, its help `q.<id>.help`; an option's label
//! is `opt.<value set>.<value>`; a scale's labels are `<labels>.low`,
//! `<labels>.high`, or `<labels>.<n>` for each point of a short scale.

use painpath_core::answers::{Field, Kind, Value, WORDED_SCALE_MAX};
use painpath_core::Answers;

use crate::text::{k, keys, lookup, t};

pub fn question(field: Field) -> &'static str {
    t(keys::question(field))
}

pub fn question_help(field: Field) -> Option<&'static str> {
    lookup(keys::question_help(field))
}

/// The label of option `index` of a choice or multi field.
pub fn option(field: Field, index: u8) -> &'static str {
    t(keys::option(field, index))
}

/// The words for point `n` of a worded scale.
pub fn scale_point(labels: &str, n: u8) -> &'static str {
    t(keys::scale_point(labels, n))
}

/// The words for the low or high end of a numbered scale.
pub fn scale_end(labels: &str, high: bool) -> &'static str {
    t(keys::scale_end(labels, high))
}

/// An answer as the patient would read it.
pub fn answer(field: Field, a: &Answers) -> String {
    match (field.get(a), field.kind()) {
        (Value::Set(0), _) => t(k::UI_NONE_CHOSEN).to_string(),
        (Value::Unanswered, _) => t(k::UI_NOT_ANSWERED).to_string(),
        (Value::One(i), _) => option(field, i).to_string(),
        (Value::Set(bits), Kind::Set { ids, .. }) => (0..ids.len() as u8)
            .filter(|i| bits & (1 << i) != 0)
            .map(|i| option(field, i))
            .collect::<Vec<_>>()
            .join(", "),
        (Value::Number(n), Kind::Scale { max, labels, .. }) if max <= WORDED_SCALE_MAX => {
            scale_point(labels, n).to_string()
        }
        (Value::Number(n), Kind::Scale { max, .. }) => format!("{n} / {max}"),
        (Value::Number(n), _) => n.to_string(),
        (Value::Set(_), _) => String::new(),
    }
}
