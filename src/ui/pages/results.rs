//! The results: what to do first, candidacy, procedures, specialist,
//! consultation checklist, precautions and sources. The person's own
//! results and those opened from a results link share one view.

mod banner;
mod candidacy;
mod checklist;
pub mod clinic_card;
mod emergency_box;
pub mod evidence;
mod locked;
mod procedure_card;
mod records;
pub mod share;
pub mod sources;
mod specialist;
pub mod values;

use std::rc::Rc;

use yew::prelude::*;

use crate::text::{self, k, keys, t, AsKey, Key};
use crate::ui::components::read_aloud::read_aloud;
use crate::ui::providers::{use_answers, use_clinic};
use crate::ui::route::{navigate, Route, SharedCode};
use crate::ui::state::Action;
use painpath_core::assessment::{Reason, TimeFrame, Urgency};
use painpath_core::clinic::Clinic;
use painpath_core::questionnaire::{asked_by, unanswered_safety_questions};
use painpath_core::{assess, codec, Answers, Assessment, Tri};

/// Words for one person's results: their answers fill `{duration}` and
/// `{care}`, the assessment's one time frame fills `{when}`, the clinic's
/// number fills `{emergency_number}`.
#[derive(Clone, Copy)]
pub struct Voice<'a> {
    pub answers: &'a Answers,
    pub when: TimeFrame,
    pub clinic: &'a Clinic,
}

impl Voice<'_> {
    /// The text of a key the engine put in the assessment, filled in for
    /// this person.
    pub fn say(&self, key: &'static str) -> String {
        self.say_key(keys::engine(key))
    }

    /// The text of `key`, filled in for this person.
    pub fn say_key(&self, key: impl AsKey) -> String {
        text::say(key, self.answers, self.when, &self.clinic.emergency_number)
    }

    /// A plain list of engine texts, filled in for this person.
    pub fn list(&self, keys: impl IntoIterator<Item = &'static str>) -> Html {
        html! { <ul>{ for keys.into_iter().map(|k| html! { <li>{ self.say(k) }</li> }) }</ul> }
    }
}

/// The class and label for a prerequisite's status.
pub fn status_mark(status: Tri) -> (&'static str, Key) {
    match status {
        Tri::Met => ("met", keys::status(status)),
        Tri::NotMet => ("not-met", keys::status(status)),
        Tri::Unknown => ("unknown", keys::status(status)),
    }
}

#[derive(Properties)]
pub struct ResultsViewProps {
    pub answers: Answers,
    pub assessment: Rc<Assessment>,
    pub clinic: Rc<Clinic>,
    /// Opened from a results link: read only, marked as shared.
    #[prop_or_default]
    pub shared: bool,
    /// Consultation questions ticked (text keys).
    #[prop_or_default]
    pub ticked: Vec<String>,
    /// Ticks or unticks a consultation question; `None` shows a plain list.
    #[prop_or_default]
    pub on_tick: Option<Callback<&'static str>>,
}

/// The assessment is derived from the answers (one memo per set of
/// answers), so the same assessment means the same answers: comparing
/// pointers is enough, and far smaller than comparing both in full.
impl PartialEq for ResultsViewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.assessment, &other.assessment)
            && Rc::ptr_eq(&self.clinic, &other.clinic)
            && self.shared == other.shared
            && self.ticked == other.ticked
            && self.on_tick == other.on_tick
    }
}

/// Everything the assessment says, for one set of answers.
#[function_component(ResultsView)]
pub fn results_view(props: &ResultsViewProps) -> Html {
    let r = &props.assessment;
    let verified = use_clinic().verified();
    let voice = Voice {
        answers: &props.answers,
        when: r.time_frame,
        clinic: &props.clinic,
    };
    // Red flags are all listed; otherwise the banner gives the headline reason
    // and the candidacy card gives the rest.
    let shown = if r.urgency >= Urgency::Urgent {
        r.urgency_reasons.len()
    } else {
        1
    };
    let headline: Vec<&Reason> = r.urgency_reasons.iter().take(shown).collect();
    // Precautions already on a procedure card are not repeated below.
    let general_precautions: Vec<&str> = r
        .precautions
        .iter()
        .filter(|p| !r.procedures.iter().any(|m| m.cautions.contains(p)))
        .map(|p| p.text)
        .collect();
    // The person's own unanswered safety questions (not on shared results).
    let safety_first = unanswered_safety_questions(&props.answers)
        .first()
        .and_then(|f| asked_by(*f))
        .map(|(step, _)| step.id)
        .filter(|_| !props.shared);
    let title = if props.shared {
        k::SHARED_TITLE
    } else {
        k::RESULTS_TITLE
    };
    html! {
        <div class="results">
            <h1 id="results-title" tabindex="-1">{ t(title) }</h1>
            { read_aloud() }
            if props.shared {
                <p class="notice notice-info shared-note">{ t(k::SHARED_NOTE) }</p>
            }
            { banner::view(voice, r.urgency, &headline) }
            { emergency_box::view(voice, r.urgency, "top") }
            if !props.shared {
                // One tap to the printable summary, before anything long.
                <nav class="top-actions no-print" aria-label={t(k::RESULTS_ACTIONS)}>
                    { print_link("btn btn-primary btn-print", k::RESULTS_PRINT) }
                </nav>
            }
            { emergency_box::until_seen(r.urgency) }
            { candidacy::view(voice, &r.candidacy, &headline, safety_first) }
            if !r.procedures.is_empty() {
                <section aria-labelledby="procedures-title">
                    <h2 id="procedures-title" class="section-title">{ t(k::RESULTS_PROCEDURES_TITLE) }</h2>
                    <p class="small">{ t(k::RESULTS_PROCEDURES_INTRO) }</p>
                    { for r.procedures.iter().map(|p| procedure_card::view(voice, p)) }
                </section>
            }
            { specialist::view(voice, &r.specialist) }
            { clinic_card::view(voice.clinic, verified) }
            // Waiting as an option, and what matters to the person (which
            // adds questions to the checklist below it).
            if !r.procedures.is_empty() {
                if props.shared {
                    { values::shared_view(&props.answers) }
                } else {
                    <values::ValuesPanel />
                }
            }
            { checklist::view(voice, &r.questions, &props.ticked, props.on_tick.as_ref()) }
            if !props.shared {
                // Print again where the questions were ticked, without
                // scrolling back to the top.
                <p class="checklist-print no-print">{ print_link("btn", k::RESULTS_PRINT_TICKED) }</p>
            }
            if !general_precautions.is_empty() {
                <section class="card" aria-labelledby="precautions-title">
                    <h2 id="precautions-title">{ t(k::RESULTS_PRECAUTIONS_TITLE) }</h2>
                    { voice.list(general_precautions) }
                </section>
            }
            { emergency_box::safety_net(voice, r.urgency, &props.answers) }
            { sources::view(&r.sources) }
            { emergency_box::view(voice, r.urgency, "bottom") }
        </div>
    }
}

/// A link to the printable summary that opens the print dialog there: one
/// tap from the results to printing.
fn print_link(class: &'static str, label: Key) -> Html {
    html! {
        <a {class} href={Route::Summary.hash()}
            onclick={Callback::from(|_: MouseEvent| crate::ui::pages::summary::print_on_open())}>{ t(label) }</a>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsPageProps {
    /// The assessment of the answers in this tab (made by the root).
    pub assessment: Rc<Assessment>,
}

/// The person's own results.
#[function_component(ResultsPage)]
pub fn results_page(props: &ResultsPageProps) -> Html {
    let answers = use_answers();
    let clinic = use_clinic().clinic;
    // Starting over clears every answer and result from this device, so it
    // asks first, in the page (no browser dialog).
    let confirming = use_state(|| false);
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let start_over = {
        let dispatcher = answers.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::StartOver);
            navigate(Route::Welcome);
        })
    };
    html! {
        <>
            <ResultsView answers={answers.answers().clone()} assessment={props.assessment.clone()}
                {clinic} ticked={answers.state.ticked.clone()}
                on_tick={answers.callback(Action::Tick)} />
            // Sending and saving are one tap away, below the results.
            <details class="card more-details send-save no-print">
                <summary>{ t(k::RESULTS_DETAILS_SEND) }</summary>
                <share::SharePanel />
                <records::RecordsPanel />
            </details>
            <nav class="result-actions" aria-label={t(k::RESULTS_ACTIONS)}>
                <a class="btn" href={Route::Review.hash()}>{ t(k::RESULTS_REVIEW) }</a>
                <button type="button" class="btn" onclick={ask} aria-expanded={(*confirming).to_string()}>{ t(k::UI_START_OVER) }</button>
            </nav>
            if *confirming {
                <div class="card confirm-start-over" role="alert">
                    <p>{ t(k::RESULTS_START_OVER_ASK) }</p>
                    <button type="button" class="btn btn-primary" onclick={start_over}>{ t(k::RESULTS_START_OVER_YES) }</button>
                    <button type="button" class="btn" onclick={keep}>{ t(k::RESULTS_START_OVER_NO) }</button>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    pub code: SharedCode,
}

/// Results opened from a results link. Decoded here, in the browser; a
/// damaged, cut-off or newer link gets a friendly message and a fresh start.
/// A locked link asks for its passphrase first ([`locked`]). One component
/// for both: each component type adds to the download.
#[function_component(SharedPage)]
pub fn shared_page(props: &SharedProps) -> Html {
    let clinic = use_clinic().clinic;
    let code = props.code.text();
    let sealed = code
        .as_deref()
        .and_then(|c| c.strip_prefix(share::LOCKED_PREFIX))
        .map(str::to_string);
    // What the passphrase form holds, and the code it opened.
    let form = locked::use_form();
    let readable = match &sealed {
        Some(_) => Some((*form.opened).clone()).filter(|c| !c.is_empty()),
        None => code,
    };
    let decoded = use_memo(readable.clone(), |code| {
        code.clone()
            .ok_or(codec::CodecError::Damaged)
            .and_then(|code| codec::decode(&code))
            .map(|a| {
                let r = Rc::new(assess(&a));
                (a, r)
            })
    });
    if let (Some(sealed), None) = (sealed, &readable) {
        return locked::view(&form, sealed);
    }
    let fresh = Callback::from(|_: MouseEvent| navigate(Route::Welcome));
    match &*decoded {
        Ok((answers, assessment)) => html! {
            <>
                <ResultsView answers={answers.clone()} assessment={assessment.clone()} {clinic} shared=true />
                <nav class="result-actions" aria-label={t(k::RESULTS_ACTIONS)}>
                    <a class="btn btn-primary" href="#/">{ t(k::SHARED_OWN) }</a>
                </nav>
            </>
        },
        Err(e) => {
            let key = match e {
                codec::CodecError::Version(_) => k::SHARED_ERROR_VERSION,
                _ => k::SHARED_ERROR_DAMAGED,
            };
            html! {
                <section class="card" aria-labelledby="shared-error">
                    <h1 id="shared-error" tabindex="-1">{ t(k::SHARED_ERROR_TITLE) }</h1>
                    <p>{ t(key) }</p>
                    <button type="button" class="btn btn-primary" onclick={fresh}>{ t(k::SHARED_ERROR_FRESH) }</button>
                </section>
            }
        }
    }
}
