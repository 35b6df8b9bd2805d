use yew::prelude::*;

use crate::platform::dom;
use crate::text::{k, keys, t};
use crate::ui::answer_words;
use crate::ui::pages::results::{status_mark, Voice};
use crate::ui::providers::{use_answers, use_clinic};
use crate::ui::route::Route;
use painpath_core::answers::Field;

/// Key answers shown on the printed summary, each with a short label
/// (`summary.label.<question id>`).
const KEY_ANSWERS: &[Field] = &[
    Field::Regions,
    Field::Duration,
    Field::Onset,
    Field::PegPain,
    Field::PegEnjoyment,
    Field::PegActivity,
    Field::PhysicalTherapy,
    Field::Medicines,
    Field::CareResult,
    Field::PriorInjections,
    Field::Imaging,
    Field::Diagnoses,
];

/// A one-page visit summary, laid out for A4 and US Letter.
#[function_component(SummaryPage)]
pub fn summary_page(props: &super::results::ResultsPageProps) -> Html {
    let answers = use_answers();
    let clinic = use_clinic().clinic;
    let a = answers.answers();
    let r = &props.assessment;
    let voice = Voice {
        answers: a,
        when: r.time_frame,
        clinic: &clinic,
    };
    let print = Callback::from(|_: MouseEvent| dom::print());
    let rows = KEY_ANSWERS
        .iter()
        .map(|f| (t(keys::summary_label(*f)), answer_words::answer(*f, a)));
    html! {
        <article class="summary" aria-labelledby="summary-title">
            <div class="summary-actions no-print">
                <button type="button" class="btn btn-primary" onclick={print}>{ t(k::SUMMARY_PRINT) }</button>
                <a class="btn" href={Route::Results.hash()}>{ t(k::SUMMARY_BACK) }</a>
            </div>
            <h1 id="summary-title" tabindex="-1">{ t(k::SUMMARY_TITLE) }</h1>
            <p class="small">{ t(k::SUMMARY_SUBTITLE) }</p>
            if let Some(name) = &clinic.name {
                <p class="summary-clinic">{ crate::text::fill(t(k::SUMMARY_FOR_CLINIC), &[("name", name)]) }
                    { clinic.phone.as_ref().map(|p| format!(" · {p}")).unwrap_or_default() }</p>
            }
            <div class="summary-grid">
                <section>
                    <h2>{ t(k::SUMMARY_FIRST) }</h2>
                    <p class="summary-urgency"><strong>{ voice.say_key(keys::urgency_title(r.urgency)) }</strong></p>
                    { voice.list(r.urgency_reasons.iter().take(3).map(|x| x.text)) }
                    <h2>{ t(k::SUMMARY_SPECIALIST) }</h2>
                    <p><strong>{ t(keys::specialist(r.specialist.kind)) }</strong></p>
                    { voice.list(r.specialist.credentials.iter().copied()) }
                </section>
                <section>
                    <h2>{ t(k::SUMMARY_ANSWERS) }</h2>
                    <dl class="summary-answers">
                        { for rows.map(|(k, v)| html! { <><dt>{ k }</dt><dd>{ v }</dd></> }) }
                    </dl>
                </section>
            </div>
            if !r.procedures.is_empty() {
                <section>
                    <h2>{ t(k::SUMMARY_PROCEDURES) }</h2>
                    <ul>
                    { for r.procedures.iter().map(|p| html! {
                        <li>
                            <strong>{ t(keys::procedure(p.id, keys::ProcedurePart::Name)) }</strong>
                            { " — " }{ t(keys::fit(p.fit)) }
                            <span class="summary-gates">
                            { for p.prerequisites.iter().map(|g| {
                                let (class, label) = status_mark(g.status);
                                html! { <span class={classes!("gate", class)}>{ format!("{}: {}", t(label), voice.say(g.text)) }</span> }
                            }) }
                            </span>
                            <span class="summary-evidence">{ crate::ui::pages::results::evidence::short(p.id) }</span>
                        </li>
                    }) }
                    </ul>
                </section>
            }
            { crate::ui::pages::results::values::summary_section(voice, &answers.state.ticked) }
            <section>
                <h2>{ t(k::SUMMARY_CHECKLIST) }</h2>
                <ul class="summary-checklist">
                { for r.questions.iter().map(|q| html! {
                    <li class={classes!(answers.state.ticked.iter().any(|k| k == q.text).then_some("ticked"))}>{ voice.say(q.text) }</li>
                }) }
                </ul>
            </section>
            if !r.precautions.is_empty() {
                <section>
                    <h2>{ t(k::SUMMARY_PRECAUTIONS) }</h2>
                    { voice.list(r.precautions.iter().map(|p| p.text)) }
                </section>
            }
            <crate::ui::pages::results::share::SummaryQr />
            <p class="small summary-note">{ t(k::FOOTER_NOT_DIAGNOSIS) }</p>
        </article>
    }
}
