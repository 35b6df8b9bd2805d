//! The safety screen as the patient meets it: which questions must be
//! answered before any verdict, and the one-tap "None of these apply to me".

use super::{visible_questions, visible_steps, Step};
use crate::answers::{Answers, Field as F, Kind, Region, Value};

/// Whether a field belongs to the safety screen: every red-flag question,
/// and weakness that is slowly getting worse (clinical-reference §0, §1).
pub fn is_safety_question(field: F) -> bool {
    field.path().starts_with("red_flags.") || field == F::SlowlyWorseningWeakness
}

/// The safety screen: the steps every patient answers before any verdict
/// (the red flags of clinical-reference §1 that apply to any pain). Other
/// red-flag questions are asked later, only where they can apply; left
/// unanswered there, they are simply not asked yet.
pub const SCREEN_STEPS: &[&str] = &["safety", "health"];

/// The questions of the safety screen asked for these answers that have no
/// answer yet. While any is left there is no candidacy verdict and no
/// procedure: the result says the safety questions come first
/// (`still.safety_questions_first`, rule `route.safety_questions_first`).
///
/// Two more hold back any verdict when left unanswered, where the pain makes
/// them the first thing to rule out:
/// - with chest or belly pain, the chest warning signs (pressure,
///   breathlessness, cold sweats, a tearing pain: heart or aorta,
///   clinical-reference §1);
/// - with belly, pelvis or groin pain, whether the patient may be pregnant
///   (an ectopic pregnancy must be thought of, NICE NG126).
pub fn unanswered_safety_questions(a: &Answers) -> Vec<F> {
    let mut open: Vec<F> = visible_steps(a)
        .into_iter()
        .filter(|s| SCREEN_STEPS.contains(&s.id))
        .flat_map(|s| visible_questions(s, a))
        .map(|q| q.field)
        .filter(|f| f.get(a) == Value::Unanswered)
        .collect();
    let chest = a.pain.has(Region::ChestBelly);
    if chest && F::ChestSymptoms.get(a) == Value::Unanswered {
        open.push(F::ChestSymptoms);
    }
    // Jaw pain can come from the heart: with face or jaw pain, the chest
    // warning signs and jaw pain on effort come first too.
    let jaw = a.pain.has(Region::FaceJaw);
    if jaw {
        for f in [F::ChestSymptoms, F::JawPainExertion] {
            if f.get(a) == Value::Unanswered && !open.contains(&f) {
                open.push(f);
            }
        }
    }
    // Pregnancy can only be ruled in under 56 (or with the age not given).
    let could_be_pregnant = a
        .age
        .is_none_or(|age| age < crate::facts::PREGNANCY_ASKED_UNDER);
    let belly_or_pelvis = chest || a.pain.has(Region::PelvisGroin);
    if belly_or_pelvis && could_be_pregnant && F::Pregnant.get(a) == Value::Unanswered {
        open.push(F::Pregnant);
    }
    open
}

/// The answer one tap "None of these apply to me" gives a question, if any:
/// "no" to a yes/no question (a red flag, a precaution, a symptom), the
/// "none / not had / not seen / no scan yet" answer to a question about
/// earlier procedures, surgery or scans, and "not at all" on the mood scales.
/// Questions with no such answer (what was tried, how long, how strong,
/// where) are always answered one by one.
pub fn none_value(field: F) -> Option<Value> {
    match field.kind() {
        Kind::One { ids, .. } => ids
            .iter()
            .position(|id| NONE_IDS.contains(id))
            .map(|i| Value::One(i as u8)),
        Kind::Scale {
            min,
            labels: "scale.frequency",
            ..
        } => Some(Value::Number(min)),
        _ => None,
    }
}

/// The value ids that mean "none of this" for a one-value question.
const NONE_IDS: &[&str] = &["no", "none", "not_had", "not_seen", "not_done"];

/// One tap "None of these apply to me": the questions of `step` asked for
/// these answers, not answered yet, that have a [`none_value`]. Questions
/// already answered (yes, no or not sure) keep their answer, and each can
/// still be changed one by one afterwards.
pub fn none_of_these(step: &Step, a: &Answers) -> Vec<F> {
    visible_questions(step, a)
        .into_iter()
        .map(|q| q.field)
        .filter(|f| none_value(*f).is_some() && f.get(a) == Value::Unanswered)
        .collect()
}

/// Whether a step offers the one tap: a page of safety questions whenever
/// one is left, any other page when it would answer at least two.
pub fn offers_none_of_these(step: &Step, a: &Answers) -> bool {
    let left = none_of_these(step, a).len();
    let safety_page = step.questions.iter().all(|q| is_safety_question(q.field));
    left >= 2 || (safety_page && left >= 1)
}

/// Answer [`none_of_these`] with their [`none_value`]. Returns the fields
/// it answered.
pub fn answer_none_of_these(step: &Step, a: &mut Answers) -> Vec<F> {
    let fields = none_of_these(step, a);
    for f in &fields {
        if let Some(v) = none_value(*f) {
            // The none value is one of the field's own values.
            let _ = a.set(*f, v);
        }
    }
    fields
}

/// Whether the one tap leaves every question of `step` asked for these
/// answers answered, each by the person or with its own none answer: the
/// page holds nothing else, so the tap also goes on to the next page (one
/// tap for "none of these apply to me, next"). On a page with anything the
/// person must answer one by one (how long, what was tried, what makes it
/// worse) the tap only answers, and the person goes on with Next.
pub fn none_of_these_completes(step: &Step, a: &Answers) -> bool {
    let mut after = a.clone();
    answer_none_of_these(step, &mut after);
    visible_questions(step, &after)
        .iter()
        .all(|q| none_value(q.field).is_some() && q.field.get(&after) != Value::Unanswered)
}
