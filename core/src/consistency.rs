//! Checks that one result never contradicts itself, for the property tests
//! and the vignettes: every timing word agrees with the urgency, no
//! supporting care is suggested alongside an urgent or emergency check, and
//! the candidacy never asks for therapy the person said the pain prevents.
//!
//! What counts as agreeing is written from clinical-reference §1 (emergency:
//! go now; urgent: the same day, within 24 hours; otherwise an ordinary
//! appointment), not from the engine's own [`crate::timing`].

use crate::answers::CareResult;
use crate::assessment::{Assessment, Urgency};
use crate::case_review::lookup;
use crate::phrases::{say, DEFAULT_EMERGENCY_NUMBER};
use crate::{Answers, Tri};

/// How soon a timing phrase says to act, least to most pressing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Deadline {
    /// "about a week"
    Week,
    /// "within a few days"
    Days,
    /// "today", "within 24 hours", "within a day"
    Day,
    /// "now", "right away"
    Now,
}

/// English deadline phrases and how soon each is. A phrase inside a
/// condition ("go now *if* it gets worse") is a safety net, not a deadline.
const PHRASES: &[(&str, Deadline)] = &[
    ("about a week", Deadline::Week),
    ("within a week", Deadline::Week),
    ("next week", Deadline::Week),
    ("within a few days", Deadline::Days),
    ("in a few days", Deadline::Days),
    ("within days", Deadline::Days),
    ("within 24 hours", Deadline::Day),
    ("within a day", Deadline::Day),
    ("today", Deadline::Day),
    ("same day", Deadline::Day),
    ("tomorrow", Deadline::Day),
    ("right away", Deadline::Now),
    ("immediately", Deadline::Now),
    ("help now", Deadline::Now),
    ("checked now", Deadline::Now),
    ("check it now", Deadline::Now),
    ("services now", Deadline::Now),
    ("department now", Deadline::Now),
    ("go now", Deadline::Now),
    ("call now", Deadline::Now),
];

/// The deadlines a text gives outside conditions, with the phrase found.
pub fn deadlines(text: &str) -> Vec<(&'static str, Deadline)> {
    let lower = text.to_lowercase();
    lower
        .split(['.', ';', ':'])
        .filter(|s| {
            let s = s.trim_start();
            !s.starts_with("if ") && !s.contains(" if ") && !s.contains(", if ")
        })
        .flat_map(|s| {
            PHRASES
                .iter()
                .filter(move |(p, _)| s.contains(p))
                .map(|(p, d)| (*p, *d))
        })
        .collect()
}

/// The deadlines clinical-reference §1 allows for an urgency.
fn allowed(u: Urgency) -> &'static [Deadline] {
    match u {
        Urgency::Emergency => &[Deadline::Now],
        Urgency::Urgent => &[Deadline::Day],
        _ => &[Deadline::Week, Deadline::Days],
    }
}

/// Every text key a result shows (results page and summary), in order.
pub fn shown_keys(r: &Assessment) -> Vec<&'static str> {
    let mut keys: Vec<&'static str> = Vec::new();
    keys.extend(r.urgency_reasons.iter().map(|x| x.text));
    keys.extend(r.candidacy.reasons.iter().map(|x| x.text));
    keys.extend(r.candidacy.still_needed.iter().copied());
    for p in &r.procedures {
        keys.extend(p.reasons.iter().map(|x| x.text));
        keys.extend(p.prerequisites.iter().map(|x| x.text));
        keys.extend(p.cautions.iter().map(|x| x.text));
    }
    keys.extend(r.specialist.why.iter().map(|x| x.text));
    keys.extend(r.specialist.credentials.iter().copied());
    for q in &r.questions {
        keys.push(q.text);
        keys.push(q.why);
    }
    keys.extend(r.precautions.iter().map(|x| x.text));
    keys
}

/// Everything that makes this result contradict itself; empty when none.
pub fn problems(a: &Answers, r: &Assessment) -> Vec<String> {
    let words = |k: &str| lookup(k).unwrap_or("");
    let fill = |k: &str| say(k, a, r.time_frame, DEFAULT_EMERGENCY_NUMBER, words);
    let urgency = r.urgency.id();
    let mut texts: Vec<(String, String)> = [
        format!("urgency.{urgency}.title"),
        format!("urgency.{urgency}.body"),
    ]
    .into_iter()
    .map(|k| {
        let t = fill(&k);
        (k, t)
    })
    .collect();
    texts.extend(shown_keys(r).into_iter().map(|k| (k.to_string(), fill(k))));

    let mut out = Vec::new();
    let mut found: Vec<(String, &'static str, Deadline)> = Vec::new();
    for (key, text) in &texts {
        if text.contains('{') {
            out.push(format!("{key}: a placeholder is left unfilled: {text}"));
        }
        for (phrase, d) in deadlines(text) {
            if !allowed(r.urgency).contains(&d) {
                out.push(format!(
                    "{key}: \"{phrase}\" on a result whose urgency is {urgency}"
                ));
            }
            found.push((key.clone(), phrase, d));
        }
    }
    if let Some((k1, p1, d1)) = found.first() {
        for (k2, p2, d2) in &found[1..] {
            if d2 != d1 {
                out.push(format!("{k1}: \"{p1}\" disagrees with {k2}: \"{p2}\""));
            }
        }
    }
    if r.urgency >= Urgency::Urgent && !r.specialist.also.is_empty() {
        out.push(format!(
            "care alongside ({:?}) while an {urgency} check comes first",
            r.specialist.also
        ));
    }
    if a.history.care_result == Some(CareResult::TooPainfulToDo) {
        for p in &r.procedures {
            for g in &p.prerequisites {
                if g.text == "gate.care_failed" && g.status == Tri::NotMet {
                    out.push(format!(
                        "{}: therapy marked \"not yet\" although the pain is too bad for therapy",
                        p.id.id()
                    ));
                }
            }
        }
        if r.candidacy
            .still_needed
            .contains(&"still.conservative_care")
        {
            out.push(
                "still needed: therapy first, although the pain is too bad for therapy".into(),
            );
        }
    }
    out
}
