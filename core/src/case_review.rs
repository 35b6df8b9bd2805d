//! Shared by the `review` command and the vignette tests: reading a case file
//! and printing an assessment as text a clinician can read.

use std::fmt::Write;

use std::sync::OnceLock;

use crate::answers::AnswerError;
use crate::locale::Table;
use crate::phrases::{say, DEFAULT_EMERGENCY_NUMBER};
use crate::{Answers, Assessment, Tri};

/// The English words, compiled in: clinical review reads English.
fn english() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(include_str!("../../locales/en.txt")))
}

/// The English text of `key`, if there is one.
pub fn lookup(key: &str) -> Option<&'static str> {
    english().get(key)
}

fn t(key: &str) -> &'static str {
    lookup(key).unwrap_or("[missing text]")
}

/// The answers in a case file: either bare answers or a vignette with an
/// `answers` member. Errors name the field.
pub fn case_answers(json: &str) -> Result<Answers, AnswerError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| AnswerError {
        field: String::new(),
        message: format!("not valid JSON: {e}"),
    })?;
    match value.get("answers") {
        Some(inner) if value.is_object() => {
            Answers::from_json(&inner.to_string()).map_err(|e| AnswerError {
                field: if e.field.is_empty() || e.field == "." {
                    "answers".to_string()
                } else {
                    format!("answers.{}", e.field)
                },
                message: e.message,
            })
        }
        _ => Answers::from_json(json),
    }
}

/// The assessment as plain text, with the reasons filled in and sources named.
pub fn readable(a: &Answers, r: &Assessment) -> String {
    let s = |key: &str| say(key, a, r.time_frame, DEFAULT_EMERGENCY_NUMBER, t);
    let mut o = String::new();
    let _ = writeln!(
        o,
        "WHAT TO DO FIRST: {} [{}]",
        s(&format!("urgency.{}.title", r.urgency.id())),
        r.urgency.id()
    );
    for why in &r.urgency_reasons {
        let _ = writeln!(o, "  - {}  ({})", s(why.text), why.rule);
    }
    let c = &r.candidacy;
    let _ = writeln!(
        o,
        "\nCANDIDACY: {} [{}]",
        t(&format!("candidacy.{}", c.verdict.id())),
        c.verdict.id()
    );
    for why in &c.reasons {
        let _ = writeln!(o, "  - {}  ({})", s(why.text), why.rule);
    }
    for need in &c.still_needed {
        let _ = writeln!(o, "  still needed: {}", s(need));
    }
    let _ = writeln!(o, "\nPROCEDURES:");
    if r.procedures.is_empty() {
        let _ = writeln!(o, "  (none suggested)");
    }
    for p in &r.procedures {
        let _ = writeln!(
            o,
            "  * {} [{}; {}]",
            t(&format!("procedure.{}.name", p.id.id())),
            p.id.id(),
            p.fit.id()
        );
        for why in &p.reasons {
            let _ = writeln!(o, "      because: {}  ({})", s(why.text), why.rule);
        }
        for g in &p.prerequisites {
            let mark = match g.status {
                Tri::Met => "done",
                Tri::NotMet => "NOT YET",
                Tri::Unknown => "to check",
            };
            let _ = writeln!(o, "      first [{mark}]: {}", s(g.text));
        }
        for c in &p.cautions {
            let _ = writeln!(o, "      caution: {}", s(c.text));
        }
    }
    let sp = &r.specialist;
    let _ = writeln!(
        o,
        "\nSPECIALIST: {} [{}]",
        t(&format!("specialist.{}", sp.kind.id())),
        sp.kind.id()
    );
    for why in &sp.why {
        let _ = writeln!(o, "  - {}", s(why.text));
    }
    for cred in &sp.credentials {
        let _ = writeln!(o, "  look for: {}", s(cred));
    }
    for also in &sp.also {
        let _ = writeln!(o, "  also: {}", t(&format!("support.{}", also.id())));
    }
    let _ = writeln!(o, "\nQUESTIONS TO ASK:");
    for q in &r.questions {
        let _ = writeln!(o, "  [ ] {}\n      why: {}", s(q.text), s(q.why));
    }
    if !r.precautions.is_empty() {
        let _ = writeln!(o, "\nPRECAUTIONS:");
        for p in &r.precautions {
            let _ = writeln!(o, "  - {}", s(p.text));
        }
    }
    let sc = &r.scores;
    let _ = writeln!(
        o,
        "\nSCORES: PEG {} · PHQ-2 {} · GAD-2 {} · Budapest symptom categories {}/4 · ASAS items {}/5 · DN4 interview items {}/7",
        sc.peg.map_or("—".to_string(), |v| format!("{v:.1}")),
        sc.phq2.map_or("—".to_string(), |v| v.to_string()),
        sc.gad2.map_or("—".to_string(), |v| v.to_string()),
        sc.budapest_symptom_categories,
        sc.asas_items,
        sc.dn4_interview_items,
    );
    let _ = writeln!(o, "\nTRACE (rules that fired):");
    for e in &r.trace {
        // Policy, specialist and catalogue entries read the other rules, not answers.
        let answers: Vec<String> = e.answers.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let read = if answers.is_empty() {
            String::new()
        } else {
            format!("<- {}  ", answers.join(", "))
        };
        let _ = writeln!(o, "  {}  {read}[{}]", e.rule, e.sources.join(", "));
    }
    let _ = writeln!(o, "\nSOURCES:");
    for id in &r.sources {
        let _ = writeln!(
            o,
            "  [{id}] {}",
            lookup(&format!("source.{id}")).unwrap_or("(unknown source)")
        );
    }
    let _ = writeln!(o, "\n{}", t("footer.not_diagnosis"));
    o
}

/// `docs/answers.md`: every answer field of the schema with its values and
/// the question that asks it, in English. Made by `review --schema`; a test
/// checks the committed file is exactly this.
pub fn schema_doc() -> String {
    use crate::answers::{Field, Kind};
    use crate::questionnaire::{asked_by, widget, Widget};

    let ids = |ids: &[&str], sep: &str| {
        ids.iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(sep)
    };
    let mut o = String::from(
        "# The answers model\n\n\
         <!-- Made by `cargo review --schema > docs/answers.md` from the answer schema\n\
         (core/src/answers/schema.rs), the questionnaire (core/src/questionnaire.rs)\n\
         and locales/en.txt. Do not edit by hand: a test fails when it differs. -->\n\n\
         Everything PainPath's questionnaire captures, as the JSON the engine reads.\n\
         A field is named by its path: `red_flags.saddle_numbness` is\n\
         `{\"red_flags\": {\"saddle_numbness\": \"yes\"}}`. A missing field means \"not\n\
         answered yet\". Where a patient may not know, the value set has `not_sure`.\n\
         An unknown field or value is an error that names the field; numbers outside\n\
         their range are errors too. **yes/no** is `yes` · `no` · `not_sure`; a **set**\n\
         is a JSON array of distinct values.\n\n\
         | field | values | step | asked | question |\n|---|---|---|---|---|\n",
    );
    for f in Field::ALL {
        let values = match f.kind() {
            Kind::One { kind: "yes_no", .. } => "yes/no".to_string(),
            Kind::One { ids: v, .. } if *f == Field::MainRegion => {
                format!("one of `pain.regions`: {}", ids(v, " · "))
            }
            Kind::One { ids: v, .. } => ids(v, " · "),
            Kind::Set { ids: v, .. } => format!("set of {}", ids(v, ", ")),
            Kind::Number { min, max } => format!("whole number, {min}–{max}"),
            Kind::Scale { min, max, .. } => format!("{min}–{max}"),
        };
        let (step, asked, question) = match asked_by(*f) {
            Some((s, q)) => {
                let when = match (s.ask_when.says(), q.ask_when.says()) {
                    (s, "always") => s.to_string(),
                    ("always", q) => q.to_string(),
                    (s, q) => format!("{s}; {q}"),
                };
                let label = t(&format!("q.{}", q.id()));
                let question = match (widget(*f), f.kind()) {
                    (Widget::BodyMap, _) => format!("{label} (body map, or a list)"),
                    (_, Kind::Scale { min, max, labels }) => {
                        let point = |n: u8| match lookup(&format!("{labels}.{n}")) {
                            Some(word) => format!("{n} {word}"),
                            None if n == min => format!("{n} {}", t(&format!("{labels}.low"))),
                            None => format!("{n} {}", t(&format!("{labels}.high"))),
                        };
                        format!("{label} ({} – {})", point(min), point(max))
                    }
                    _ => label.to_string(),
                };
                (t(&format!("step.{}.title", s.id)), when, question)
            }
            None if crate::questionnaire::ASKED_ON_RESULTS.contains(f) => (
                "results page (What matters to you)",
                "optional".to_string(),
                t(&format!("q.{}", f.id())).to_string(),
            ),
            None => ("—", "never".to_string(), "—".to_string()),
        };
        let _ = writeln!(
            o,
            "| `{}` | {values} | {step} | {asked} | {} |",
            f.path(),
            question.replace('|', "\\|")
        );
    }
    o
}
