//! The values of the placeholders in reasons, in the patient's own terms:
//! `{duration}`, `{care}`, `{when}`, `{emergency_number}` and the safety
//! questions answered "not sure", `{unsure_emergency}` and `{unsure_warning}`,
//! and `{medicines_alone}`, said only where medicines alone count as care. Which phrase applies is
//! decided here from the answers; the words are looked up by the caller.

use crate::answers::{Answers, CareTried, Field};
use crate::assessment::{TimeFrame, Urgency};
use crate::facts::Facts;
use crate::locale::fill;

/// The emergency number used when a clinic has not set one.
pub const DEFAULT_EMERGENCY_NUMBER: &str = "911";

/// Text key of the phrase for how long the pain has lasted.
pub fn duration_key(a: &Answers) -> String {
    match a.pain.duration {
        Some(d) => format!("phrase.duration.{}", d.id()),
        None => "phrase.duration.unknown".to_string(),
    }
}

/// Text key of the phrase for the care tried for at least 4 weeks, as
/// conservative care is defined ([`crate::facts::CONSERVATIVE_CARE`]):
/// medicines are named only where they count on their own.
pub fn care_key(a: &Answers) -> &'static str {
    care_key_of(&Facts::derive(a))
}

fn care_key_of(f: &Facts) -> &'static str {
    let h = &f.a.history;
    let medicines_count = f.medicine_first;
    if h.physical_therapy == Some(CareTried::FourWeeksOrMore) {
        "phrase.care.physical_therapy"
    } else if h.home_exercise == Some(CareTried::FourWeeksOrMore) {
        "phrase.care.home_exercise"
    } else if medicines_count && h.medicines == Some(CareTried::FourWeeksOrMore) {
        "phrase.care.medicines"
    } else {
        "phrase.care.other"
    }
}

/// The text of `key` with its placeholders filled from the answers, the
/// words coming from `words` (a key's text in the language shown).
/// `{when}` is said from the assessment's one time frame.
pub fn say(
    key: &str,
    a: &Answers,
    when: TimeFrame,
    emergency_number: &str,
    words: impl Fn(&str) -> &'static str,
) -> String {
    let template = words(key);
    // The facts are derived once for every placeholder that needs them.
    let facts = Facts::derive(a);
    let duration = words(&duration_key(a));
    let care = words(care_key_of(&facts));
    // Medicines alone count as care tried only for a few kinds of pain:
    // the care gate says so only to those who have one.
    let medicines_alone = if template.contains("{medicines_alone}") && facts.medicine_first {
        words("phrase.medicines_alone")
    } else {
        ""
    };
    let unsure = |level| {
        if template.contains("{unsure_") {
            unsure_labels(&facts, level, &words)
        } else {
            String::new()
        }
    };
    fill(
        template,
        &[
            ("duration", duration),
            ("care", care),
            ("when", words(crate::timing::when_key(when))),
            ("emergency_number", emergency_number),
            ("unsure_emergency", &unsure(Urgency::Emergency)),
            ("unsure_warning", &unsure(Urgency::Urgent)),
            ("medicines_alone", medicines_alone),
        ],
    )
}

/// Text key of a safety question's short name (`summary.label.<field>`),
/// as the printed summary lists it.
pub fn label_key(field: Field) -> String {
    format!("summary.label.{}", field.id())
}

/// The short names of the safety questions of `level` answered "not sure"
/// where their flag applies, joined by semicolons.
fn unsure_labels(facts: &Facts, level: Urgency, words: impl Fn(&str) -> &'static str) -> String {
    crate::knowledge::safety_first::unsure_fields(facts, level)
        .map(|f| fill(words("phrase.quoted"), &[("text", words(&label_key(f)))]))
        .collect::<Vec<_>>()
        .join("; ")
}
