use yew::prelude::*;

use super::Voice;
use crate::text::{fill, k, t};
use painpath_core::assessment::Question;

/// Questions to ask at the consultation. With `on_tick` the person can tick
/// them off; without it (results opened from a link) it is a plain list.
pub fn view(
    voice: Voice,
    questions: &[Question],
    ticked: &[String],
    on_tick: Option<&Callback<&'static str>>,
) -> Html {
    let list = match on_tick {
        Some(on_tick) => html! {
            <>
                <p class="small">{ t(k::RESULTS_CHECKLIST_INTRO) }</p>
                <ul class="checklist">
                { for questions.iter().enumerate().map(|(i, q)| {
                    let key = q.text;
                    let onchange = on_tick.reform(move |_: Event| key);
                    let input_id = format!("ask-{i}");
                    html! {
                        <li>
                            <input type="checkbox" id={input_id.clone()} checked={ticked.iter().any(|k| k == key)} {onchange} />
                            <label for={input_id}>
                                <span class="ask">{ voice.say(q.text) }</span>
                                <span class="why">{ voice.say(q.why) }</span>
                            </label>
                        </li>
                    }
                }) }
                { super::values::checklist_items(voice, ticked, Some(on_tick)) }
                </ul>
            </>
        },
        None => html! {
            <ul>
                { for questions.iter().map(|q| html! { <li>{ voice.say(q.text) }</li> }) }
                { super::values::checklist_items(voice, ticked, None) }
            </ul>
        },
    };
    html! {
        <section class="card" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{ t(k::RESULTS_CHECKLIST_TITLE) }</h2>
            <details class="more-details">
                <summary>{ fill(t(k::RESULTS_DETAILS_QUESTIONS), &[("count", &questions.len().to_string())]) }</summary>
                { list }
            </details>
        </section>
    }
}
