//! The questionnaire as a SurveyJS survey, for the side-by-side benchmark
//! (`scripts/bench.sh`): the same steps, questions, options, English words
//! and skip logic, written as SurveyJS JSON by `review --surveyjs`.
//!
//! - One page per step, with the step's title and intro; one question per
//!   field: `radiogroup` for one value, `checkbox` for several (the body map
//!   too), `rating` shown as buttons for a scale, `text` with
//!   `inputType: number` for a number.
//! - Skip logic: each [`Cond`] becomes a SurveyJS `visibleIf` expression on
//!   its page or question. The main region is chosen from the regions marked
//!   (`choicesVisibleIf`), as [`options`] offers it.
//!
//! `review --surveyjs-cases N` writes N answer sets with the questions
//! PainPath asks for each; `scripts/surveyjs-check.mjs` loads them into
//! SurveyJS and fails when SurveyJS would show a different set.

use serde_json::{json, Map, Value as Json};

use crate::answers::{Field, Kind, Value, WORDED_SCALE_MAX};
use crate::case_review::lookup;
use crate::questionnaire::{
    options, visible_questions, visible_steps, widget, Cond, Question, Widget, ASKED_ON_RESULTS,
    STEPS,
};
use crate::Answers;

/// The English text of `key`; a missing key shows as `[missing text: key]`
/// (a test fails on it).
fn text(key: &str) -> String {
    lookup(key).map_or_else(|| format!("[missing text: {key}]"), str::to_string)
}

fn quoted(id: &str) -> String {
    format!("'{id}'")
}

/// `{field} anyof [...]`: the field's answer is (or, for a set, holds) one
/// of the values whose bits are set. A bit past the field's values shows as
/// `'?'` (a test fails on it).
fn any_of(field: Field, bits: u32) -> String {
    let ids = match field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => ids,
        _ => &[],
    };
    let list: Vec<String> = (0..32)
        .filter(|i| bits & (1 << i) != 0)
        .map(|i| quoted(ids.get(i).copied().unwrap_or("?")))
        .collect();
    format!("{{{}}} anyof [{}]", field.id(), list.join(", "))
}

/// The SurveyJS expression of a condition; `None` for [`Cond::Always`].
pub fn expression(cond: &Cond) -> Option<String> {
    let joined = |conds: &[Cond], op: &str| {
        let parts: Vec<String> = conds
            .iter()
            .map(|c| expression(c).map_or_else(|| "true".to_string(), |e| format!("({e})")))
            .collect();
        parts.join(op)
    };
    Some(match *cond {
        Cond::Always => return None,
        Cond::Hurts(regions) => any_of(Field::Regions, regions),
        Cond::HurtsOrUnmarked(regions) => format!(
            "({{{}}} empty) or ({})",
            Field::Regions.id(),
            any_of(Field::Regions, regions)
        ),
        Cond::RegionsOver(n) => format!("{{{}.length}} > {n}", Field::Regions.id()),
        Cond::Is(field, values) => any_of(field, values),
        Cond::IsNot(field, values) => format!(
            "({{{0}}} empty) or ({{{0}}} noneof [{1}])",
            field.id(),
            any_of(field, values)
                .split_once('[')
                .map_or("", |(_, l)| l.trim_end_matches(']'))
        ),
        Cond::AtLeast(field, min) => {
            format!("{{{0}}} notempty and {{{0}}} >= {min}", field.id())
        }
        Cond::Under(field, max) => format!("{{{0}}} empty or {{{0}}} < {max}", field.id()),
        Cond::Any(conds) => joined(conds, " or "),
        Cond::All(conds) => joined(conds, " and "),
    })
}

fn choices(field: Field) -> Vec<Json> {
    match field.kind() {
        Kind::One { kind, ids } | Kind::Set { kind, ids } => ids
            .iter()
            .map(|id| json!({ "value": id, "text": text(&format!("opt.{kind}.{id}")) }))
            .collect(),
        _ => Vec::new(),
    }
}

/// One question as a SurveyJS element.
fn question(q: &Question) -> Json {
    let field = q.field;
    let mut o = Map::new();
    let ty = match (widget(field), field.kind()) {
        (Widget::Choice, _) => "radiogroup",
        (Widget::Multi | Widget::BodyMap, _) => "checkbox",
        (Widget::Scale, _) => "rating",
        (Widget::Number, _) => "text",
    };
    o.insert("type".into(), json!(ty));
    o.insert("name".into(), json!(field.id()));
    o.insert("title".into(), json!(text(&format!("q.{}", field.id()))));
    if let Some(help) = lookup(&format!("q.{}.help", field.id())) {
        o.insert("description".into(), json!(help));
    }
    if let Some(e) = expression(&q.ask_when.cond) {
        o.insert("visibleIf".into(), json!(e));
    }
    if ty == "rating" {
        // A row of points, as PainPath shows it, at every screen width
        // (SurveyJS would turn a scale that does not fit into a drop-down).
        o.insert("displayMode".into(), json!("buttons"));
    }
    match field.kind() {
        Kind::One { .. } | Kind::Set { .. } => {
            o.insert("choices".into(), json!(choices(field)));
            if field == Field::MainRegion {
                // As `options` offers it: one of the regions marked.
                o.insert(
                    "choicesVisibleIf".into(),
                    json!(format!("{{{}}} contains {{item}}", Field::Regions.id())),
                );
            }
        }
        Kind::Scale { min, max, labels } if max <= WORDED_SCALE_MAX => {
            let points: Vec<Json> = (min..=max)
                .map(|n| json!({ "value": n, "text": text(&format!("{labels}.{n}")) }))
                .collect();
            o.insert("rateValues".into(), json!(points));
        }
        Kind::Scale { min, max, labels } => {
            o.insert("rateMin".into(), json!(min));
            o.insert("rateMax".into(), json!(max));
            o.insert("rateCount".into(), json!(max - min + 1));
            o.insert(
                "minRateDescription".into(),
                json!(text(&format!("{labels}.low"))),
            );
            o.insert(
                "maxRateDescription".into(),
                json!(text(&format!("{labels}.high"))),
            );
        }
        Kind::Number { min, max } => {
            o.insert("inputType".into(), json!("number"));
            o.insert("min".into(), json!(min));
            o.insert("max".into(), json!(max));
        }
    }
    Json::Object(o)
}

/// The whole questionnaire as a SurveyJS survey.
pub fn survey() -> Json {
    let pages: Vec<Json> = STEPS
        .iter()
        .map(|step| {
            let mut page = Map::new();
            page.insert("name".into(), json!(step.id));
            page.insert(
                "title".into(),
                json!(text(&format!("step.{}.title", step.id))),
            );
            if let Some(intro) = lookup(&format!("step.{}.intro", step.id)) {
                page.insert("description".into(), json!(intro));
            }
            if let Some(e) = expression(&step.ask_when.cond) {
                page.insert("visibleIf".into(), json!(e));
            }
            let elements: Vec<Json> = step.questions.iter().map(question).collect();
            page.insert("elements".into(), json!(elements));
            Json::Object(page)
        })
        .collect();
    json!({
        "title": text("app.name"),
        "showQuestionNumbers": "off",
        "pages": pages,
    })
}

/// The answers as SurveyJS data: question name → value id, list of ids or
/// number. Unanswered fields and empty sets are left out.
pub fn data(a: &Answers) -> Json {
    let mut o = Map::new();
    for field in Field::ALL {
        // Asked on the results page, not in the questionnaire SurveyJS runs.
        if ASKED_ON_RESULTS.contains(field) {
            continue;
        }
        let ids = match field.kind() {
            Kind::One { ids, .. } | Kind::Set { ids, .. } => ids,
            _ => &[],
        };
        let id = |i: usize| json!(ids.get(i).copied().unwrap_or("?"));
        let value = match field.get(a) {
            Value::Unanswered | Value::Set(0) => continue,
            Value::One(i) => id(usize::from(i)),
            Value::Set(bits) => (0..ids.len())
                .filter(|i| bits & (1 << i) != 0)
                .map(id)
                .collect(),
            Value::Number(n) => json!(n),
        };
        o.insert(field.id().into(), value);
    }
    Json::Object(o)
}

/// The questions PainPath asks for these answers, by name, in order.
pub fn asked(a: &Answers) -> Vec<&'static str> {
    visible_steps(a)
        .into_iter()
        .flat_map(|s| visible_questions(s, a))
        .map(Question::id)
        .collect()
}

/// `n` answer sets drawn from every state of every field (a fixed
/// pseudo-random sequence, about a quarter of fields left unanswered), each
/// with the questions PainPath asks and the main regions it offers.
pub fn cases(n: usize) -> Json {
    let list: Vec<Json> = crate::answers::sampled(n, 0x9E37_79B9_7F4A_7C15)
        .into_iter()
        .map(|mut a| {
            let p = &mut a.pain;
            if p.main_region.is_some_and(|m| !p.regions.contains(&m)) {
                p.main_region = None;
            }
            let offered: Vec<&str> = options(Field::MainRegion, &a)
                .into_iter()
                .filter_map(|i| match Field::MainRegion.kind() {
                    Kind::One { ids, .. } => ids.get(usize::from(i)).copied(),
                    _ => None,
                })
                .collect();
            json!({ "data": data(&a), "asked": asked(&a), "main_region_offered": offered })
        })
        .collect();
    Json::Array(list)
}
