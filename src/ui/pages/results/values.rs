//! "What matters to you": waiting shown as an option beside the procedures,
//! and an optional, collapsed panel where the person says what they care
//! about most. The choices are answers (`priorities`), kept in the tab with
//! the others, so the summary, the results link and the FHIR export carry
//! them. They never change the assessment: they add a calm line to the
//! procedure cards they bear on and questions to the checklist
//! (`painpath_core::knowledge::values`).
//!
//! Everything of this feature on the results page and the summary is here,
//! in plain functions beside one component.

use yew::prelude::*;

use super::Voice;
use crate::text::{k, keys, t};
use crate::ui::answer_words;
use crate::ui::providers::use_answers;
use crate::ui::state::Action;
use painpath_core::answers::{Field, Priority, Value};
use painpath_core::assessment::{Procedure, Question};
use painpath_core::knowledge::values;
use painpath_core::Answers;

/// The priorities chosen, in their usual order.
fn chosen(a: &Answers) -> Vec<Priority> {
    Priority::ALL
        .iter()
        .copied()
        .filter(|p| a.priorities.contains(p))
        .collect()
}

/// The questions the person's choices add to the checklist.
pub fn questions(a: &Answers) -> Vec<Question> {
    values::highlights(a, &[]).questions
}

/// The lines for one procedure's card, from what the person said matters.
pub fn card_lines(a: &Answers, p: Procedure) -> Html {
    let lines: Vec<&'static str> = chosen(a)
        .into_iter()
        .filter_map(|v| values::line(v, p))
        .collect();
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="value-lines">
            <h4>{ t(k::VALUES_ON_CARD) }</h4>
            <ul>{ for lines.into_iter().map(|l| html! { <li>{ t(keys::engine(l)) }</li> }) }</ul>
        </div>
    }
}

/// The checklist's added questions, marked as coming from what the person
/// said: tickable on their own results, a plain list on shared ones.
pub fn checklist_items(
    voice: Voice,
    ticked: &[String],
    on_tick: Option<&Callback<&'static str>>,
) -> Html {
    html! {
        { for questions(voice.answers).into_iter().enumerate().map(|(i, q)| {
            let key = q.text;
            let from = html! { <span class="from-values">{ t(k::VALUES_FROM_YOU) }</span> };
            match on_tick {
                Some(on_tick) => {
                    let onchange = on_tick.reform(move |_: Event| key);
                    let input_id = format!("ask-value-{i}");
                    html! {
                        <li class="value-question">
                            <input type="checkbox" id={input_id.clone()} checked={ticked.iter().any(|k| k == key)} {onchange} />
                            <label for={input_id}>
                                <span class="ask">{ voice.say(q.text) }</span>
                                <span class="why">{ voice.say(q.why) }{ " " }{ from }</span>
                            </label>
                        </li>
                    }
                }
                None => html! { <li class="value-question">{ voice.say(q.text) }{ " " }{ from }</li> },
            }
        }) }
    }
}

/// Waiting, or having no procedure, as an option beside the others.
fn waiting() -> Html {
    html! {
        <section class="card waiting" aria-labelledby="waiting-title">
            <h3 id="waiting-title">{ t(k::VALUES_WAITING_TITLE) }</h3>
            <p>{ t(keys::engine(values::WAITING)) }</p>
        </section>
    }
}

/// What the person chose, in words, or `None` when nothing is chosen.
fn chosen_words(a: &Answers) -> Option<String> {
    (!a.priorities.is_empty()).then(|| answer_words::answer(Field::Priorities, a))
}

/// The goals given in the questions (what they want to get back to), in
/// words, or `None` when none were given.
fn goal_words(a: &Answers) -> Option<String> {
    (!a.goals.is_empty()).then(|| answer_words::answer(Field::Goals, a))
}

/// On results opened from a link: waiting as an option, and what the
/// person said matters, read only.
pub fn shared_view(a: &Answers) -> Html {
    html! {
        <>
            { waiting() }
            if let Some(words) = chosen_words(a) {
                <section class="card values" aria-labelledby="values-title">
                    <h2 id="values-title">{ t(k::VALUES_TITLE) }</h2>
                    <p>{ words }</p>
                </section>
            }
        </>
    }
}

/// On the person's own results: waiting as an option, and the optional
/// panel, collapsed unless something is already chosen.
#[function_component(ValuesPanel)]
pub fn values_panel() -> Html {
    let answers = use_answers();
    let bits = match Field::Priorities.get(answers.answers()) {
        Value::Set(bits) => bits,
        _ => 0,
    };
    // Open at first if something is chosen; after that the person decides.
    let open = use_state(|| bits != 0);
    let clear = answers.callback(|_: MouseEvent| Action::Set(Field::Priorities, Value::Set(0)));
    html! {
        <>
            { waiting() }
            <section class="card values" aria-labelledby="values-title">
            <h2 id="values-title">{ t(k::VALUES_TITLE) }</h2>
            <details open={*open}>
                <summary>{ t(k::VALUES_OPEN) }</summary>
                <p class="small">{ t(k::VALUES_INTRO) }</p>
                if let Some(goals) = goal_words(answers.answers()) {
                    <p class="values-goals">{ t(k::VALUES_GOALS_YOU) }{ " " }{ goals }</p>
                }
                <fieldset>
                    <legend>{ answer_words::question(Field::Priorities) }</legend>
                    { for Priority::ALL.iter().enumerate().map(|(i, p)| {
                        let bit = p.bit();
                        let onchange = answers.callback(move |_: Event| {
                            Action::Set(Field::Priorities, Value::Set(bits ^ bit))
                        });
                        let id = format!("priority-{}", p.id());
                        html! {
                            <label class="option" for={id.clone()}>
                                <input type="checkbox" {id} name="priorities" value={p.id()}
                                    checked={bits & bit != 0} {onchange} />
                                { answer_words::option(Field::Priorities, i as u8) }
                            </label>
                        }
                    }) }
                </fieldset>
                if bits != 0 {
                    <button type="button" class="btn" onclick={clear}>{ t(k::VALUES_CLEAR) }</button>
                }
            </details>
            </section>
        </>
    }
}
