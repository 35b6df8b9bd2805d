//! PainPath's questionnaire and a person's answers as FHIR R4 resources, so
//! a clinic's records system can take them: a `Questionnaire` generated from
//! the steps, questions and skip logic (`review --fhir`, written to
//! `docs/fhir-questionnaire.json` and served with the site), and a
//! `QuestionnaireResponse` of one person's answers, made on the device.
//!
//! - Each step is a `group` item whose `linkId` is `step-` and the step's
//!   id ([`step_link_id`]); each
//!   question is an item inside it whose `linkId` is the field's id (as in
//!   `docs/answers.md`). A choice is `choice` (with `repeats` for a set), a
//!   number or a 0–10 scale is `integer` with its range, the 0–3 mood scales
//!   are `choice`.
//! - Answer codes are the value ids of `docs/answers.md` (no code system of
//!   their own). Standard LOINC codes are given where they exist and were
//!   found in published FHIR material: the PHQ-2 items (44250-9, 44255-8)
//!   and total (55758-7), the first two GAD-7 items that make the GAD-2
//!   (69725-0, 68509-9), and the LOINC answers of their 0–3 frequency scale
//!   (LA6568-5, LA6569-3, LA6570-1, LA6571-9). The GAD-2 total and the three
//!   PEG items carry no code: no standard code was confirmed for them.
//! - Skip logic: a condition that FHIR's `enableWhen` can say (one answer,
//!   any of several, all of several) becomes `enableWhen` with
//!   `enableBehavior`; the others (how many regions hurt; a region together
//!   with another answer) become the SDC `enableWhenExpression` in FHIRPath,
//!   which FHIR allows in place of `enableWhen`. Every one is exact.
//! - The response holds only the questions PainPath asks for these answers
//!   ([`visible_steps`], [`visible_questions`]) that have an answer.
//! - What matters to the person, chosen on the results page, is a last group
//!   of its own ([`WHAT_MATTERS`], `step-what_matters`), optional.
//!
//! JSON is written by hand ([`Json`]): the app has no JSON library, and this
//! is all it needs.

use crate::answers::{Field, Kind, Value, WORDED_SCALE_MAX};
use crate::codec;
use crate::questionnaire::{
    visible_questions, visible_steps, Cond, Question, Step, STEPS, WHAT_MATTERS,
};
use crate::Answers;

/// The Questionnaire's canonical address, which every response names.
pub const QUESTIONNAIRE_URL: &str = "urn:painpath:questionnaire";

/// The file name the site serves the Questionnaire under, and `docs/` keeps.
pub const QUESTIONNAIRE_FILE: &str = "fhir-questionnaire.json";

const LOINC: &str = "http://loinc.org";
const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// The LOINC answers of the PHQ/GAD 0–3 frequency scale, in scale order
/// (LOINC answer list LL358-3).
const FREQUENCY_ANSWERS: [(&str, &str); 4] = [
    ("LA6568-5", "Not at all"),
    ("LA6569-3", "Several days"),
    ("LA6570-1", "More than half the days"),
    ("LA6571-9", "Nearly every day"),
];

/// A LOINC code and its display.
pub type Code = (&'static str, &'static str);

/// The LOINC code of a question, where a standard one exists.
pub fn loinc(field: Field) -> Option<Code> {
    Some(match field {
        Field::LittleInterest => ("44250-9", "Little interest or pleasure in doing things"),
        Field::FeelingDown => ("44255-8", "Feeling down, depressed, or hopeless"),
        Field::Nervous => ("69725-0", "Feeling nervous, anxious or on edge"),
        Field::CannotStopWorrying => ("68509-9", "Not being able to stop or control worrying"),
        _ => return None,
    })
}

/// The two screening totals the response adds to the mood step: linkId,
/// its two items, and its LOINC code where one exists.
pub const TOTALS: [(&str, [Field; 2], Option<Code>); 2] = [
    (
        "phq2_total",
        [Field::LittleInterest, Field::FeelingDown],
        Some((
            "55758-7",
            "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]",
        )),
    ),
    (
        "gad2_total",
        [Field::Nervous, Field::CannotStopWorrying],
        None,
    ),
];

/// A JSON value, written by [`Json::write`].
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Str(String),
    Int(i64),
    Bool(bool),
    Arr(Vec<Json>),
    Obj(Vec<(&'static str, Json)>),
}

impl Json {
    fn s(text: impl Into<String>) -> Json {
        Json::Str(text.into())
    }

    /// Compact JSON text.
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Str(s) => {
                out.push('"');
                for c in s.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '\r' => out.push_str("\\r"),
                        '\t' => out.push_str("\\t"),
                        c if (c as u32) < 0x20 => {
                            out.push_str(&format!("\\u{:04x}", c as u32));
                        }
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Arr(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Obj(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    Json::s(*key).write(out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

/// Looks up the words of a text key in one language.
pub type Words<'a> = &'a dyn Fn(&str) -> Option<&'static str>;

fn words(t: Words, key: &str) -> String {
    t(key).unwrap_or(key).to_string()
}

fn coding(system: Option<&str>, code: &str, display: &str) -> Json {
    let mut o = Vec::new();
    if let Some(system) = system {
        o.push(("system", Json::s(system)));
    }
    o.push(("code", Json::s(code)));
    o.push(("display", Json::s(display)));
    Json::Obj(o)
}

/// The value ids of a choice field.
fn ids(field: Field) -> &'static [&'static str] {
    match field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => ids,
        _ => &[],
    }
}

/// Whether a field is answered by picking a coded option.
fn is_choice(field: Field) -> bool {
    match field.kind() {
        Kind::One { .. } | Kind::Set { .. } => true,
        Kind::Scale { max, .. } => max <= WORDED_SCALE_MAX,
        Kind::Number { .. } => false,
    }
}

/// The coding of option `i` of a choice field, in words of `t`.
fn option(field: Field, i: u8, t: Words) -> Option<Json> {
    match field.kind() {
        Kind::One { kind, ids } | Kind::Set { kind, ids } => {
            let id = ids.get(usize::from(i))?;
            Some(coding(None, id, &words(t, &format!("opt.{kind}.{id}"))))
        }
        Kind::Scale { labels, max, .. } if max <= WORDED_SCALE_MAX => {
            let display = words(t, &format!("{labels}.{i}"));
            if labels == "scale.frequency" {
                let (code, _) = FREQUENCY_ANSWERS.get(usize::from(i))?;
                Some(coding(Some(LOINC), code, &display))
            } else {
                Some(coding(None, &i.to_string(), &display))
            }
        }
        _ => None,
    }
}

/// The options of a choice field, as `answerOption`s.
fn options(field: Field, t: Words) -> Vec<Json> {
    let count = match field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => ids.len(),
        Kind::Scale { min, max, .. } => usize::from(max - min) + 1,
        Kind::Number { .. } => 0,
    };
    (0..count as u8)
        .filter_map(|i| option(field, i, t))
        .map(|c| Json::Obj(vec![("valueCoding", c)]))
        .collect()
}

/// The codes of the values whose bits are set.
fn codes(field: Field, bits: u32) -> Vec<&'static str> {
    let ids = ids(field);
    (0..ids.len())
        .filter(|i| bits & (1 << i) != 0)
        .filter_map(|i| ids.get(i).copied())
        .collect()
}

/// A condition as FHIR `enableWhen` entries and the behaviour that joins
/// them, when FHIR can say it that way.
fn enable_when(cond: &Cond) -> Option<(Vec<Json>, &'static str)> {
    let is = |field: Field, code: &str| {
        Json::Obj(vec![
            ("question", Json::s(field.id())),
            ("operator", Json::s("=")),
            ("answerCoding", Json::Obj(vec![("code", Json::s(code))])),
        ])
    };
    // One condition as entries that all must hold, or any may.
    let atom = |c: &Cond| -> Option<Vec<Json>> {
        match *c {
            Cond::Hurts(bits) => Some(
                codes(Field::Regions, bits)
                    .into_iter()
                    .map(|code| is(Field::Regions, code))
                    .collect(),
            ),
            Cond::Is(field, bits) => Some(
                codes(field, bits)
                    .into_iter()
                    .map(|code| is(field, code))
                    .collect(),
            ),
            Cond::AtLeast(field, min) => Some(vec![Json::Obj(vec![
                ("question", Json::s(field.id())),
                ("operator", Json::s(">=")),
                ("answerInteger", Json::Int(i64::from(min))),
            ])]),
            // Not answered, or under `max`: either may hold.
            Cond::Under(field, max) => Some(vec![
                Json::Obj(vec![
                    ("question", Json::s(field.id())),
                    ("operator", Json::s("exists")),
                    ("answerBoolean", Json::Bool(false)),
                ]),
                Json::Obj(vec![
                    ("question", Json::s(field.id())),
                    ("operator", Json::s("<")),
                    ("answerInteger", Json::Int(i64::from(max))),
                ]),
            ]),
            // "No region marked" would be `exists` false, which common
            // validators misread: these are FHIRPath instead.
            _ => None,
        }
    };
    match cond {
        Cond::Any(conds) => {
            let mut all = Vec::new();
            for c in conds.iter() {
                all.extend(atom(c)?);
            }
            Some((all, "any"))
        }
        Cond::All(conds) => {
            let mut all = Vec::new();
            for c in conds.iter() {
                let entries = atom(c)?;
                // A part that is itself "any of several" cannot join an "all".
                if entries.len() != 1 {
                    return None;
                }
                all.extend(entries);
            }
            Some((all, "all"))
        }
        c => {
            let entries = atom(c)?;
            let behaviour = if entries.len() > 1 { "any" } else { "all" };
            Some((entries, behaviour))
        }
    }
}

/// The answers given to a question, in FHIRPath.
fn answers_of(field: Field) -> String {
    format!(
        "%resource.repeat(item).where(linkId = '{}').answer.value",
        field.id()
    )
}

/// A condition in FHIRPath, for `enableWhenExpression`.
pub fn fhirpath(cond: &Cond) -> String {
    let any_code = |field: Field, bits: u32| {
        let tests: Vec<String> = codes(field, bits)
            .into_iter()
            .map(|c| format!("code = '{c}'"))
            .collect();
        format!(
            "{}.where({}).exists()",
            answers_of(field),
            tests.join(" or ")
        )
    };
    let joined = |conds: &[Cond], op: &str| {
        let parts: Vec<String> = conds.iter().map(|c| format!("({})", fhirpath(c))).collect();
        parts.join(op)
    };
    match *cond {
        Cond::Always => "true".to_string(),
        Cond::Hurts(bits) => any_code(Field::Regions, bits),
        Cond::HurtsOrUnmarked(bits) => format!(
            "({}.empty()) or ({})",
            answers_of(Field::Regions),
            any_code(Field::Regions, bits)
        ),
        Cond::RegionsOver(n) => format!("{}.count() > {n}", answers_of(Field::Regions)),
        Cond::Is(field, bits) => any_code(field, bits),
        Cond::IsNot(field, bits) => format!("({}).not()", any_code(field, bits)),
        Cond::AtLeast(field, min) => {
            format!("{}.where($this >= {min}).exists()", answers_of(field))
        }
        Cond::Under(field, max) => {
            format!("{}.where($this >= {max}).exists().not()", answers_of(field))
        }
        Cond::Any(conds) => joined(conds, " or "),
        Cond::All(conds) => joined(conds, " and "),
    }
}

/// The skip-logic members of an item asked when `cond` holds.
fn skip_logic(cond: &Cond) -> Vec<(&'static str, Json)> {
    if *cond == Cond::Always {
        return Vec::new();
    }
    match enable_when(cond) {
        Some((entries, behaviour)) => {
            let mut o = vec![("enableWhen", Json::Arr(entries))];
            if behaviour == "any" {
                o.push(("enableBehavior", Json::s("any")));
            } else {
                o.push(("enableBehavior", Json::s("all")));
            }
            o
        }
        None => vec![(
            "extension",
            Json::Arr(vec![Json::Obj(vec![
                ("url", Json::s(ENABLE_WHEN_EXPRESSION)),
                (
                    "valueExpression",
                    Json::Obj(vec![
                        ("language", Json::s("text/fhirpath")),
                        ("expression", Json::s(fhirpath(cond))),
                    ]),
                ),
            ])]),
        )],
    }
}

fn loinc_code(code: Option<(&str, &str)>) -> Vec<(&'static str, Json)> {
    code.map(|(code, display)| vec![("code", Json::Arr(vec![coding(Some(LOINC), code, display)]))])
        .unwrap_or_default()
}

fn question_item(q: &Question, t: Words) -> Json {
    let field = q.field;
    let mut o = vec![("linkId", Json::s(field.id()))];
    o.extend(loinc_code(loinc(field)));
    o.push(("text", Json::s(words(t, &format!("q.{}", field.id())))));
    if is_choice(field) {
        o.push(("type", Json::s("choice")));
        if matches!(field.kind(), Kind::Set { .. }) {
            o.push(("repeats", Json::Bool(true)));
        }
    } else {
        o.push(("type", Json::s("integer")));
    }
    o.extend(skip_logic(&q.ask_when.cond));
    match field.kind() {
        Kind::Number { min, max } | Kind::Scale { min, max, .. } if !is_choice(field) => {
            let bound = |url: &str, n: u8| {
                Json::Obj(vec![
                    ("url", Json::s(url)),
                    ("valueInteger", Json::Int(i64::from(n))),
                ])
            };
            // Skip logic by expression is also an extension: add to it.
            let mut ext = vec![bound(MIN_VALUE, min), bound(MAX_VALUE, max)];
            if let Some(pos) = o.iter().position(|(k, _)| *k == "extension") {
                if let (_, Json::Arr(list)) = o.remove(pos) {
                    ext.extend(list);
                }
            }
            o.insert(1, ("extension", Json::Arr(ext)));
        }
        _ => o.push(("answerOption", Json::Arr(options(field, t)))),
    }
    Json::Obj(o)
}

fn total_item(link_id: &'static str, code: Option<(&str, &str)>, t: Words) -> Json {
    let mut o = vec![("linkId", Json::s(link_id))];
    o.extend(loinc_code(code));
    o.push(("text", Json::s(words(t, &format!("fhir.{link_id}")))));
    o.push(("type", Json::s("integer")));
    o.push(("readOnly", Json::Bool(true)));
    Json::Obj(o)
}

/// A step's `linkId`: its id after `step-` (a step and a question may share
/// an id, and FHIR needs every `linkId` unique).
pub fn step_link_id(step: &Step) -> String {
    format!("step-{}", step.id)
}

fn step_text(step: &Step, t: Words) -> String {
    words(t, &format!("step.{}.title", step.id))
}

/// PainPath's questionnaire as a FHIR R4 `Questionnaire`, in the words of `t`.
pub fn questionnaire(t: Words, language: &str) -> Json {
    let items: Vec<Json> = STEPS
        .iter()
        .chain([&WHAT_MATTERS])
        .map(|step| {
            let mut o = vec![
                ("linkId", Json::s(step_link_id(step))),
                ("text", Json::s(step_text(step, t))),
                ("type", Json::s("group")),
            ];
            o.extend(skip_logic(&step.ask_when.cond));
            let mut children: Vec<Json> =
                step.questions.iter().map(|q| question_item(q, t)).collect();
            if step.id == "mood" {
                children.extend(TOTALS.iter().map(|(id, _, code)| total_item(id, *code, t)));
            }
            o.push(("item", Json::Arr(children)));
            Json::Obj(o)
        })
        .collect();
    Json::Obj(vec![
        ("resourceType", Json::s("Questionnaire")),
        ("id", Json::s("painpath")),
        ("url", Json::s(QUESTIONNAIRE_URL)),
        ("version", Json::s(codec::VERSION.to_string())),
        ("name", Json::s("PainPath")),
        ("title", Json::s(words(t, "app.name"))),
        ("status", Json::s("active")),
        ("language", Json::s(language)),
        ("subjectType", Json::Arr(vec![Json::s("Patient")])),
        ("item", Json::Arr(items)),
    ])
}

/// The answers given to one question, as QuestionnaireResponse answers.
fn answers(field: Field, a: &Answers, t: Words) -> Vec<Json> {
    let coded = |i: u8| option(field, i, t).map(|c| Json::Obj(vec![("valueCoding", c)]));
    match field.get(a) {
        Value::Unanswered => Vec::new(),
        Value::One(i) => coded(i).into_iter().collect(),
        Value::Set(bits) => (0..ids(field).len() as u8)
            .filter(|i| bits & (1 << i) != 0)
            .filter_map(coded)
            .collect(),
        Value::Number(n) if is_choice(field) => coded(n).into_iter().collect(),
        Value::Number(n) => vec![Json::Obj(vec![("valueInteger", Json::Int(i64::from(n)))])],
    }
}

fn number(field: Field, a: &Answers) -> Option<u8> {
    match field.get(a) {
        Value::Number(n) => Some(n),
        _ => None,
    }
}

/// One person's answers as a FHIR R4 `QuestionnaireResponse` for
/// [`questionnaire`], in the words of `t`: the questions asked for these
/// answers that have one, and the PHQ-2 and GAD-2 totals when both of
/// their items are answered. `authored` is the time it was made (ISO 8601),
/// if known.
pub fn response(a: &Answers, t: Words, language: &str, authored: Option<&str>) -> Json {
    let items: Vec<Json> = visible_steps(a)
        .into_iter()
        .chain([&WHAT_MATTERS])
        .filter_map(|step| {
            let mut children: Vec<Json> = visible_questions(step, a)
                .into_iter()
                .filter_map(|q| {
                    let given = answers(q.field, a, t);
                    (!given.is_empty()).then(|| {
                        Json::Obj(vec![
                            ("linkId", Json::s(q.id())),
                            ("text", Json::s(words(t, &format!("q.{}", q.id())))),
                            ("answer", Json::Arr(given)),
                        ])
                    })
                })
                .collect();
            if step.id == "mood" {
                for (id, [x, y], _) in TOTALS {
                    if let (Some(x), Some(y)) = (number(x, a), number(y, a)) {
                        children.push(Json::Obj(vec![
                            ("linkId", Json::s(id)),
                            ("text", Json::s(words(t, &format!("fhir.{id}")))),
                            (
                                "answer",
                                Json::Arr(vec![Json::Obj(vec![(
                                    "valueInteger",
                                    Json::Int(i64::from(x) + i64::from(y)),
                                )])]),
                            ),
                        ]));
                    }
                }
            }
            (!children.is_empty()).then(|| {
                Json::Obj(vec![
                    ("linkId", Json::s(step_link_id(step))),
                    ("text", Json::s(step_text(step, t))),
                    ("item", Json::Arr(children)),
                ])
            })
        })
        .collect();
    let mut o = vec![
        ("resourceType", Json::s("QuestionnaireResponse")),
        ("language", Json::s(language)),
        (
            "questionnaire",
            Json::s(format!("{QUESTIONNAIRE_URL}|{}", codec::VERSION)),
        ),
        ("status", Json::s("completed")),
    ];
    if let Some(when) = authored {
        o.push(("authored", Json::s(when)));
    }
    o.push(("item", Json::Arr(items)));
    Json::Obj(o)
}
