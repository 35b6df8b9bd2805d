//! Text keys built from ids: the one place each family's key pattern is
//! written. [`required`] lists every key these functions can make from the
//! core's closed sets, and the build script (which compiles this file too)
//! fails the build when any of them is missing from a locale file.
//!
//! Keys with a fixed name are constants in `text::k`, generated from
//! `locales/en.txt`; use those rather than a family function where the name
//! is known.

use super::{DynKey, Key};
use painpath_core::answers::{
    Answers, CareTried, Choice, Field, Kind, PainDuration, Region, WORDED_SCALE_MAX,
};
use painpath_core::assessment::{
    Candidacy, Fit, Procedure, SpecialistKind, Support, TimeFrame, Urgency,
};
use painpath_core::knowledge::{
    all_rules, care, every_entry, evidence, procedures, sources, Effect,
};
use painpath_core::locale::LANGUAGES;
use painpath_core::questionnaire::STEPS;
use painpath_core::{clinic::Clinic, phrases, Tri};

/// One section of a procedure's guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProcedurePart {
    Name,
    What,
    Who,
    How,
    Relief,
    Risks,
    /// One line in plain words beside the name (results and guide).
    Plain,
}

impl ProcedurePart {
    /// In the order the guide shows them.
    pub const ALL: [ProcedurePart; 7] = [
        ProcedurePart::Name,
        ProcedurePart::Plain,
        ProcedurePart::What,
        ProcedurePart::Who,
        ProcedurePart::How,
        ProcedurePart::Relief,
        ProcedurePart::Risks,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ProcedurePart::Name => "name",
            ProcedurePart::What => "what",
            ProcedurePart::Who => "who",
            ProcedurePart::How => "how",
            ProcedurePart::Relief => "relief",
            ProcedurePart::Risks => "risks",
            ProcedurePart::Plain => "plain",
        }
    }
}

fn join(family: &str, id: &str) -> DynKey {
    DynKey::new(format!("{family}.{id}"))
}

/// `procedure.<id>.<part>`: a procedure's name or a section of its guide.
pub fn procedure(p: Procedure, part: ProcedurePart) -> DynKey {
    DynKey::new(format!("procedure.{}.{}", p.id(), part.id()))
}

/// `fit.<id>`: how well a procedure matches.
pub fn fit(f: Fit) -> DynKey {
    join("fit", f.id())
}

/// `candidacy.<id>`: the verdict on interventional care.
pub fn candidacy(c: Candidacy) -> DynKey {
    join("candidacy", c.id())
}

/// `specialist.<id>`: the kind of clinician to see first.
pub fn specialist(s: SpecialistKind) -> DynKey {
    join("specialist", s.id())
}

/// `specialist.plain.<id>`: what that kind of clinician is, in plain words.
pub fn specialist_plain(s: SpecialistKind) -> DynKey {
    join("specialist.plain", s.id())
}

/// `support.<id>`: care alongside the main specialist.
pub fn support(s: Support) -> DynKey {
    join("support", s.id())
}

/// `urgency.<id>.title`: what to do first, as a heading.
pub fn urgency_title(u: Urgency) -> DynKey {
    DynKey::new(format!("urgency.{}.title", u.id()))
}

/// `urgency.<id>.body`: what to do first, explained (with placeholders).
pub fn urgency_body(u: Urgency) -> DynKey {
    DynKey::new(format!("urgency.{}.body", u.id()))
}

/// `source.<id>`: a cited source's name.
pub fn source(id: &str) -> DynKey {
    join("source", id)
}

/// `ui.language.<tag>`: a language's own name.
pub fn language_name(lang: &str) -> DynKey {
    join("ui.language", lang)
}

/// `clinic.setting.<name>`: a clinic-link setting, named when rejected.
pub fn clinic_setting(name: &str) -> DynKey {
    join("clinic.setting", name)
}

/// The label of a met, unmet or unknown prerequisite.
pub fn status(s: Tri) -> Key {
    match s {
        Tri::Met => Key::new("ui.status.met"),
        Tri::NotMet => Key::new("ui.status.not_met"),
        Tri::Unknown => Key::new("ui.status.unknown"),
    }
}

/// A text key the engine put in an assessment (a reason, gate, caution,
/// question, credential). The build checks every key the knowledge base
/// holds; `tests/text_keys.rs` checks the vignettes' results.
pub fn engine(key: &'static str) -> Key {
    Key::new(key)
}

/// `summary.label.<question id>`: a field's short label on the printed summary.
pub fn summary_label(field: Field) -> DynKey {
    join("summary.label", field.id())
}

/// `step.<id>.title`.
pub fn step_title(step: &str) -> DynKey {
    DynKey::new(format!("step.{step}.title"))
}

/// `step.<id>.intro`: optional, so look it up with `lookup`.
pub fn step_intro(step: &str) -> DynKey {
    DynKey::new(format!("step.{step}.intro"))
}

/// `q.<id>`: the label of the question that asks a field.
pub fn question(field: Field) -> DynKey {
    join("q", field.id())
}

/// `q.<id>.help`: optional, so look it up with `lookup`.
pub fn question_help(field: Field) -> DynKey {
    DynKey::new(format!("q.{}.help", field.id()))
}

/// `opt.<value set>.<value>`: the label of option `index` of a choice or
/// multi field (an index past the field's values names no key).
pub fn option(field: Field, index: u8) -> DynKey {
    let (kind, id) = match field.kind() {
        Kind::One { kind, ids } | Kind::Set { kind, ids } => {
            (kind, ids.get(usize::from(index)).copied().unwrap_or(""))
        }
        _ => ("", ""),
    };
    DynKey::new(format!("opt.{kind}.{id}"))
}

/// `opt.region.<id>`: a body region's name.
pub fn region(r: Region) -> DynKey {
    DynKey::new(format!("opt.{}.{}", Region::KIND, r.id()))
}

/// `<labels>.<n>`: the label of point `n` of a short scale.
pub fn scale_point(labels: &str, n: u8) -> DynKey {
    DynKey::new(format!("{labels}.{n}"))
}

/// `<labels>.low` and `<labels>.high`: the ends of a long scale.
pub fn scale_end(labels: &str, high: bool) -> DynKey {
    DynKey::new(format!("{labels}.{}", if high { "high" } else { "low" }))
}

/// Every key the functions above (and the engine) can produce that must
/// have text. Optional keys (`step_intro`, `question_help`) are left out.
pub fn required() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |k: DynKey| out.push(super::AsKey::as_str(&k).to_string());
    for p in Procedure::ALL {
        for part in ProcedurePart::ALL {
            add(procedure(*p, part));
        }
    }
    Fit::ALL.iter().for_each(|f| add(fit(*f)));
    Candidacy::ALL.iter().for_each(|c| add(candidacy(*c)));
    Support::ALL.iter().for_each(|s| add(support(*s)));
    for u in Urgency::ALL {
        add(urgency_title(*u));
        add(urgency_body(*u));
    }
    for s in SpecialistKind::ALL {
        add(specialist(*s));
        add(specialist_plain(*s));
        add(DynKey::new(format!("why.specialist.{}", s.id())));
    }
    sources::SOURCES.iter().for_each(|s| add(source(s)));
    LANGUAGES.iter().for_each(|l| add(language_name(l)));
    // Every setting a clinic link can get wrong, as the core names them.
    let hostile = "clinic=&phone=x&book=x&emergency=x&lang=xx&accent=x&offers=x&embed=x&sig=x";
    Clinic::from_query(hostile)
        .1
        .iter()
        .for_each(|s| add(clinic_setting(s)));
    Clinic::from_query(&"x".repeat(2001))
        .1
        .iter()
        .for_each(|s| add(clinic_setting(s)));
    Region::ALL.iter().for_each(|r| add(region(*r)));
    questionnaire_keys(&mut add);
    out.extend(engine_keys().into_iter().map(String::from));
    out.extend(
        painpath_core::knowledge::values::keys()
            .into_iter()
            .map(String::from),
    );
    out.extend(phrase_keys());
    let statuses = [Tri::Met, Tri::NotMet, Tri::Unknown].map(status);
    out.extend(statuses.iter().map(|k| super::AsKey::as_str(k).to_string()));
    out.sort();
    out.dedup();
    out
}

fn questionnaire_keys(add: &mut impl FnMut(DynKey)) {
    STEPS.iter().for_each(|step| add(step_title(step.id)));
    for f in Field::ALL {
        add(question(*f));
        match f.kind() {
            Kind::One { ids, .. } | Kind::Set { ids, .. } => {
                (0..ids.len() as u8).for_each(|i| add(option(*f, i)));
            }
            Kind::Scale { max, labels, .. } if max <= WORDED_SCALE_MAX => {
                (0..=max).for_each(|n| add(scale_point(labels, n)));
            }
            Kind::Scale { labels, .. } => {
                add(scale_end(labels, false));
                add(scale_end(labels, true));
            }
            Kind::Number { .. } => {}
        }
    }
}

/// Every text key the knowledge base holds.
fn engine_keys() -> Vec<&'static str> {
    let mut keys = Vec::new();
    for entry in every_entry() {
        keys.extend(entry.reasons.iter().copied());
    }
    for r in all_rules() {
        if let Effect::Ask(q) = r.effect {
            keys.push(q);
        }
    }
    let pairs = |qs: &'static [(&'static str, &'static str)]| qs.iter().flat_map(|(q, w)| [*q, *w]);
    for e in evidence::EVIDENCE {
        keys.extend([e.summary, e.harm]);
    }
    for info in procedures::CATALOGUE {
        keys.extend(info.gates.iter().map(|g| g.text));
        keys.extend(info.cautions.iter().copied());
        keys.extend(pairs(info.questions));
    }
    for k in SpecialistKind::ALL {
        keys.extend(care::credentials(*k).iter().copied());
        keys.extend(pairs(care::visit_questions(*k)));
    }
    keys.extend(pairs(care::PROCEDURE_VISIT_QUESTIONS));
    keys.push(painpath_core::GATE_CARE_TOO_PAINFUL);
    keys.push(painpath_core::STILL_PAIN_CONTROL_FIRST);
    keys
}

/// The phrases that fill `{duration}` and `{care}`, as the core picks them.
fn phrase_keys() -> Vec<String> {
    let mut a = Answers::default();
    let mut out = vec![phrases::duration_key(&a)];
    for d in PainDuration::ALL {
        a.pain.duration = Some(*d);
        out.push(phrases::duration_key(&a));
    }
    let mut a = Answers::default();
    out.push(phrases::care_key(&a).to_string());
    a.history.home_exercise = Some(CareTried::FourWeeksOrMore);
    out.push(phrases::care_key(&a).to_string());
    a.history.physical_therapy = Some(CareTried::FourWeeksOrMore);
    out.push(phrases::care_key(&a).to_string());
    for w in TimeFrame::ALL {
        out.push(painpath_core::timing::when_key(*w).to_string());
    }
    out
}
