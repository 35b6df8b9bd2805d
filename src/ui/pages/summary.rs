//! The printed summary: a handover a doctor can read in a minute, written in
//! the patient's voice, on one page (A4 or US Letter).
//!
//! It is made of small sections, one function each ([`SECTIONS`]), every one
//! drawn from the answers and the assessment in a given language. A patient
//! who reads another language than English can print the summary twice: in
//! their language, then in English for the clinician. The English words are
//! a same-origin locale file the service worker keeps for offline use.

use std::sync::atomic::{AtomicBool, Ordering};

use yew::prelude::*;

use crate::platform::{dom, spawn};
use crate::text::{self, k, keys, AsKey, Key, DEFAULT_LANGUAGE, MISSING};
use crate::ui::language;
use crate::ui::providers::{use_answers, use_clinic};
use crate::ui::route::Route;
use painpath_core::answers::{Field, Kind, Region, Side, Value, YesNo, WORDED_SCALE_MAX};
use painpath_core::clinic::Clinic;
use painpath_core::{Answers, Assessment};

/// Set by "Print or save" on the results: the summary opens the print
/// dialog as soon as it is shown, so printing takes one tap.
static PRINT_ON_OPEN: AtomicBool = AtomicBool::new(false);

/// Open the summary and its print dialog in one tap.
pub fn print_on_open() {
    PRINT_ON_OPEN.store(true, Ordering::Relaxed);
}

/// What every section reads: the answers, the result and the language to
/// write in.
pub struct Ctx<'a> {
    pub lang: &'static str,
    pub a: &'a Answers,
    pub r: &'a Assessment,
    pub clinic: &'a Clinic,
    pub ticked: &'a [String],
}

impl Ctx<'_> {
    /// The words of `key` in this copy's language.
    fn w(&self, key: impl AsKey) -> &'static str {
        text::lookup_in(self.lang, key.as_str()).unwrap_or(MISSING)
    }

    /// An engine or locale text, filled in for this person.
    fn say(&self, key: impl AsKey) -> String {
        let lang = self.lang;
        painpath_core::phrases::say(
            key.as_str(),
            self.a,
            self.r.time_frame,
            &self.clinic.emergency_number,
            |k| text::lookup_in(lang, k).unwrap_or(MISSING),
        )
    }

    /// An answer as the patient gave it, or `None` when not answered.
    fn answer(&self, field: Field) -> Option<String> {
        let option = |i: u8| self.w(keys::option(field, i));
        let words = match (field.get(self.a), field.kind()) {
            (Value::Unanswered, _) => return None,
            (Value::Set(0), _) => self.w(k::UI_NONE_CHOSEN).to_string(),
            (Value::One(i), _) => option(i).to_string(),
            (Value::Set(bits), Kind::Set { ids, .. }) => (0..ids.len() as u8)
                .filter(|i| bits & (1 << i) != 0)
                .map(option)
                .collect::<Vec<_>>()
                .join(", "),
            (Value::Number(n), Kind::Scale { max, labels, .. }) if max <= WORDED_SCALE_MAX => {
                self.w(keys::scale_point(labels, n)).to_string()
            }
            (Value::Number(n), Kind::Scale { max, .. }) => format!("{n}/{max}"),
            (Value::Number(n), _) => n.to_string(),
            (Value::Set(_), _) => return None,
        };
        Some(words)
    }

    /// `label: answer` rows for the answered fields among `fields`.
    fn rows(&self, fields: &[Field]) -> Vec<(String, String)> {
        fields
            .iter()
            .filter_map(|f| {
                Some((
                    self.w(keys::summary_label(*f)).to_string(),
                    self.answer(*f)?,
                ))
            })
            .collect()
    }
}

/// A titled section of `label: answer` rows (nothing when there are none).
fn rows_section(c: &Ctx, title: Key, rows: Vec<(String, String)>) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    html! {
        <section class="summary-part">
            <h2>{ c.w(title) }</h2>
            <dl class="summary-answers">
                { for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
            </dl>
        </section>
    }
}

/// The sections, in print order. A new section is one function here.
pub const SECTIONS: &[fn(&Ctx) -> Html] = &[
    about_me,
    about_my_pain,
    nerve_symptoms,
    safety_answers,
    what_i_tried,
    precautions,
    what_matters_to_me,
    result_in_brief,
    my_questions,
];

/// Date and age.
fn about_me(c: &Ctx) -> Html {
    let mut rows = vec![(c.w(k::SUMMARY_DATE).to_string(), dom::today())];
    rows.extend(c.rows(&[Field::Age]));
    html! {
        <dl class="summary-answers summary-me">
            { for rows.into_iter().map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
        </dl>
    }
}

/// The field that records the side of a region's pain, if any.
fn side_field(r: Region) -> Option<Field> {
    match r {
        Region::Shoulders | Region::ArmsHands => Some(Field::ArmSide),
        Region::Hips | Region::Knees | Region::LegsFeet => Some(Field::LegSide),
        _ => None,
    }
}

/// The side of a region's pain, when the answers record one.
fn side(c: &Ctx, r: Region) -> Option<&'static str> {
    let field = side_field(r)?;
    let side = match field {
        Field::ArmSide => c.a.pain.arm_side?,
        _ => c.a.pain.leg_side?,
    };
    Some(match side {
        Side::Left => c.w(k::SUMMARY_SIDE_LEFT),
        Side::Right => c.w(k::SUMMARY_SIDE_RIGHT),
        Side::Both => c.w(k::SUMMARY_SIDE_BOTH),
        Side::NotSure => return None,
    })
}

/// Where it hurts (with the side where one is recorded), since when, how it
/// started and how strong it is (PEG).
fn about_my_pain(c: &Ctx) -> Html {
    let mut rows = Vec::new();
    let regions: Vec<String> =
        c.a.pain
            .regions
            .iter()
            .map(|r| match side(c, r) {
                Some(s) => format!("{} ({s})", c.w(keys::region(r))),
                None => c.w(keys::region(r)).to_string(),
            })
            .collect();
    if !regions.is_empty() {
        rows.push((
            c.w(keys::summary_label(Field::Regions)).to_string(),
            regions.join(", "),
        ));
    }
    if regions.len() > 1 {
        rows.extend(c.rows(&[Field::MainRegion]));
    }
    rows.extend(c.rows(&[Field::Duration, Field::Onset]));
    let peg: Vec<String> = [Field::PegPain, Field::PegEnjoyment, Field::PegActivity]
        .iter()
        .filter_map(|f| {
            Some(format!(
                "{} {}",
                c.w(keys::summary_label(*f)),
                c.answer(*f)?
            ))
        })
        .collect();
    if !peg.is_empty() {
        rows.push((c.w(k::SUMMARY_LABEL_PEG).to_string(), peg.join(" · ")));
    }
    rows.extend(c.rows(&[Field::WorseWith, Field::BetterWith, Field::Qualities]));
    rows_section(c, k::SUMMARY_ANSWERS, rows)
}

/// Below the knee or down the arm, numbness, which hurts more and weakness,
/// as answered (how the pain feels is with the pain itself: an ache is not
/// a nerve symptom).
fn nerve_symptoms(c: &Ctx) -> Html {
    rows_section(c, k::SUMMARY_NERVE, c.rows(NERVE))
}

const NERVE: &[Field] = &[
    Field::BelowKnee,
    Field::DownArm,
    Field::NumbnessTingling,
    Field::Dominance,
    Field::SlowlyWorseningWeakness,
];

/// Every safety question answered "yes" or "not sure", plainly; or that
/// every one asked was answered "no".
fn safety_answers(c: &Ctx) -> Html {
    let flags: Vec<(YesNo, Field)> = Field::ALL
        .iter()
        .filter(|f| f.path().starts_with("red_flags."))
        .filter_map(|f| match f.get(c.a) {
            Value::One(i) => {
                let v = *YesNo::ALL.get(usize::from(i))?;
                (v != YesNo::No).then_some((v, *f))
            }
            _ => None,
        })
        .collect();
    let asked = Field::ALL
        .iter()
        .any(|f| f.path().starts_with("red_flags.") && f.get(c.a) != Value::Unanswered);
    html! {
        <section class="summary-part summary-safety">
            <h2>{ c.w(k::SUMMARY_SAFETY) }</h2>
            if flags.is_empty() {
                <p>{ c.w(if asked { k::SUMMARY_SAFETY_NONE } else { k::SUMMARY_SAFETY_UNANSWERED }) }</p>
            } else {
                <ul>
                { for flags.iter().map(|(v, f)| {
                    let said = c.w(keys::option(Field::SaddleNumbness, *v as u8));
                    html! { <li><strong>{ format!("{said}: ") }</strong>{ c.w(keys::summary_label(*f)) }</li> }
                }) }
                </ul>
            }
        </section>
    }
}

/// Therapy, exercise, medicines, earlier procedures and scans, and how well
/// they worked, as answered.
fn what_i_tried(c: &Ctx) -> Html {
    rows_section(c, k::SUMMARY_TRIED, c.rows(TRIED))
}

const TRIED: &[Field] = &[
    Field::PhysicalTherapy,
    Field::HomeExercise,
    Field::CareResult,
    Field::Medicines,
    Field::MedicineKinds,
    Field::AntiInflammatoryRelief,
    Field::AcetaminophenRelief,
    Field::NervePainRelief,
    Field::OpioidRelief,
    Field::MuscleRelaxantRelief,
    Field::PsychologicalTherapy,
    Field::PriorInjections,
    Field::PriorEpidural,
    Field::SteroidInjections12Months,
    Field::DiagnosticBlocks,
    Field::PriorAblation,
    Field::SpineSurgery,
    Field::SinceSpineSurgery,
    Field::SurgeonAdvice,
    Field::Imaging,
    Field::Diagnoses,
];

/// Blood thinners, diabetes, allergies, pregnancy and the rest: the answers
/// other than "no", or that there were none.
const PRECAUTIONS: &[Field] = &[
    Field::BloodThinners,
    Field::ThinnerReason,
    Field::BleedingDisorder,
    Field::Diabetes,
    Field::Pregnant,
    Field::InfectionNow,
    Field::Allergies,
    Field::ImplantedDevice,
    Field::Opioids,
    Field::SleepApnea,
    Field::KidneyDisease,
    Field::Smoking,
    Field::JointReplacementPlanned,
];

/// Whether `f` was answered "no".
fn is_no(f: Field, a: &Answers) -> bool {
    match (f.get(a), f.kind()) {
        (Value::One(i), Kind::One { ids, .. }) => ids.get(usize::from(i)) == Some(&"no"),
        _ => false,
    }
}

fn precautions(c: &Ctx) -> Html {
    let answered = PRECAUTIONS.iter().any(|f| f.get(c.a) != Value::Unanswered);
    let shown: Vec<Field> = PRECAUTIONS
        .iter()
        .copied()
        .filter(|f| !is_no(*f, c.a))
        .collect();
    let rows = c.rows(&shown);
    if rows.is_empty() {
        let none = if answered {
            k::SUMMARY_PRECAUTIONS_NONE
        } else {
            k::SUMMARY_PRECAUTIONS_UNANSWERED
        };
        return html! {
            <section class="summary-part">
                <h2>{ c.w(k::SUMMARY_PRECAUTIONS) }</h2>
                <p>{ c.w(none) }</p>
            </section>
        };
    }
    rows_section(c, k::SUMMARY_PRECAUTIONS, rows)
}

/// What PainPath suggested: the first step with its time frame, the
/// verdict, procedures worth asking about and who to see.
fn result_in_brief(c: &Ctx) -> Html {
    let r = c.r;
    let row = |label: Key, value: Html| html! { <><dt>{ c.w(label) }</dt><dd>{ value }</dd></> };
    let procedures = html! {
        <ul class="summary-procedures">
        { for r.procedures.iter().map(|p| html! {
            <li>
                { c.w(keys::procedure(p.id, keys::ProcedurePart::Name)) }
                { format!(" ({})", c.w(keys::fit(p.fit))) }
                <span class="summary-evidence">
                    { crate::ui::pages::results::evidence::short(p.id, |key| c.w(key)) }
                </span>
            </li>
        }) }
        </ul>
    };
    html! {
        <section class="summary-part summary-result">
            <h2>{ c.w(k::SUMMARY_RESULT) }</h2>
            <dl class="summary-answers">
                { row(k::SUMMARY_FIRST, html! { c.say(keys::urgency_title(r.urgency)) }) }
                { row(k::SUMMARY_VERDICT, html! { c.w(keys::candidacy(r.candidacy.verdict)) }) }
                if !r.procedures.is_empty() {
                    { row(k::SUMMARY_PROCEDURES, procedures) }
                }
                { row(k::SUMMARY_SPECIALIST, html! { c.w(keys::specialist(r.specialist.kind)) }) }
            </dl>
        </section>
    }
}

/// What the person said matters to them (chosen on the results page), the
/// goals they gave, and the questions those choices added that they ticked.
fn what_matters_to_me(c: &Ctx) -> Html {
    let chosen = (!c.a.priorities.is_empty())
        .then(|| c.answer(Field::Priorities))
        .flatten();
    let goals = (!c.a.goals.is_empty())
        .then(|| c.answer(Field::Goals))
        .flatten();
    let added: Vec<String> = crate::ui::pages::results::values::questions(c.a)
        .into_iter()
        .filter(|q| c.ticked.iter().any(|t| t == q.text))
        .map(|q| c.say(keys::engine(q.text)))
        .collect();
    if chosen.is_none() && goals.is_none() && added.is_empty() {
        return Html::default();
    }
    html! {
        <section class="summary-part summary-values">
            <h2>{ c.w(k::SUMMARY_MATTERS) }</h2>
            if let Some(words) = chosen {
                <p>{ words }</p>
            }
            if let Some(goals) = goals {
                <p>{ c.w(k::VALUES_GOALS) }{ " " }{ goals }</p>
            }
            if !added.is_empty() {
                <ul class="summary-checklist">
                    { for added.into_iter().map(|q| html! { <li class="ticked">{ q }</li> }) }
                </ul>
            }
        </section>
    }
}

/// Only the questions the patient ticked on the results.
fn my_questions(c: &Ctx) -> Html {
    let ticked: Vec<&'static str> =
        c.r.questions
            .iter()
            .filter(|q| c.ticked.iter().any(|t| t == q.text))
            .map(|q| q.text)
            .collect();
    html! {
        <section class="summary-part">
            <h2>{ c.w(k::SUMMARY_CHECKLIST) }</h2>
            if ticked.is_empty() {
                <p>{ c.w(k::SUMMARY_QUESTIONS_NONE) }</p>
            } else {
                <ul class="summary-checklist">
                { for ticked.iter().map(|q| html! { <li class="ticked">{ c.say(keys::engine(q)) }</li> }) }
                </ul>
            }
        </section>
    }
}

/// One copy of the summary in `c.lang`; `first` is the patient's own copy
/// (the page's heading, the clinic and the results code).
fn copy(c: &Ctx, first: bool) -> Html {
    let title_id = format!("summary-title-{}", c.lang);
    html! {
        <article class="summary" lang={c.lang} aria-labelledby={title_id.clone()}>
            if first {
                <h1 id={title_id} tabindex="-1">{ c.w(k::SUMMARY_TITLE) }</h1>
            } else {
                <p class="summary-copy-note">{ c.w(k::SUMMARY_COPY_FOR_CLINICIAN) }</p>
                <h2 id={title_id} class="summary-copy-title">{ c.w(k::SUMMARY_TITLE) }</h2>
            }
            <p class="small">{ c.w(k::SUMMARY_SUBTITLE) }</p>
            if let Some(name) = &c.clinic.name {
                <p class="summary-clinic">{ text::fill(c.w(k::SUMMARY_FOR_CLINIC), &[("name", name)]) }
                    { c.clinic.phone.as_ref().map(|p| format!(" · {p}")).unwrap_or_default() }</p>
            }
            <div class="summary-body">
                { for SECTIONS.iter().map(|section| section(c)) }
            </div>
            if first {
                <crate::ui::pages::results::share::SummaryQr />
            }
            <p class="small summary-note">{ c.w(k::FOOTER_NOT_DIAGNOSIS) }</p>
        </article>
    }
}

/// A one-page visit summary, laid out for A4 and US Letter; in two copies
/// (the patient's language, then English) when asked.
#[function_component(SummaryPage)]
pub fn summary_page(props: &super::results::ResultsPageProps) -> Html {
    let answers = use_answers();
    let clinic = use_clinic().clinic;
    let lang = text::language();
    // Both copies shown, and a print waiting for the next render.
    let both = use_state(|| false);
    let pending = use_state(|| PRINT_ON_OPEN.swap(false, Ordering::Relaxed));
    let failed = use_state(|| false);
    {
        let pending = pending.clone();
        use_effect_with((*pending, *both), move |(waiting, _)| {
            if *waiting {
                pending.set(false);
                dom::print();
            }
        });
    }
    let print = {
        let both = both.clone();
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            both.set(false);
            pending.set(true);
        })
    };
    let print_both = {
        let (both, pending, failed) = (both.clone(), pending.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let (both, pending, failed) = (both.clone(), pending.clone(), failed.clone());
            spawn(async move {
                let ready = language::load_all(DEFAULT_LANGUAGE).await.is_ok();
                failed.set(!ready);
                if ready {
                    both.set(true);
                    pending.set(true);
                }
            });
        })
    };
    let a = answers.answers();
    let ctx = |lang| Ctx {
        lang,
        a,
        r: &props.assessment,
        clinic: &clinic,
        ticked: &answers.state.ticked,
    };
    html! {
        <div class={classes!("summary-copies", (*both).then_some("both"))}>
            <div class="summary-actions no-print">
                <button type="button" class="btn btn-primary" onclick={print}>{ text::t(k::SUMMARY_PRINT) }</button>
                if lang != DEFAULT_LANGUAGE {
                    <button type="button" class="btn" onclick={print_both}>{ text::t(k::SUMMARY_PRINT_BOTH) }</button>
                }
                <a class="btn" href={Route::Results.hash()}>{ text::t(k::SUMMARY_BACK) }</a>
            </div>
            if *failed {
                <p class="no-print" role="alert">{ text::t(k::SUMMARY_PRINT_BOTH_FAILED) }</p>
            }
            { copy(&ctx(lang), true) }
            if *both && lang != DEFAULT_LANGUAGE {
                { copy(&ctx(DEFAULT_LANGUAGE), false) }
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every answer the summary can show has a short label in every language.
    #[test]
    fn every_field_shown_has_a_label() {
        let shown = [
            Field::Age,
            Field::Regions,
            Field::MainRegion,
            Field::Duration,
            Field::Onset,
            Field::PegPain,
            Field::PegEnjoyment,
            Field::PegActivity,
            Field::WorseWith,
            Field::BetterWith,
            Field::Qualities,
            Field::Priorities,
            Field::Goals,
        ];
        let flags = Field::ALL
            .iter()
            .filter(|f| f.path().starts_with("red_flags."));
        let all: Vec<Field> = shown
            .iter()
            .chain(NERVE)
            .chain(TRIED)
            .chain(PRECAUTIONS)
            .chain(flags)
            .copied()
            .collect();
        assert!(all.contains(&Field::SaddleNumbness));
        for lang in text::LANGUAGES {
            for f in &all {
                let key = keys::summary_label(*f);
                assert!(
                    text::lookup_in(lang, key.as_str()).is_some(),
                    "{lang}: no {}",
                    key.as_str()
                );
            }
        }
    }
}
