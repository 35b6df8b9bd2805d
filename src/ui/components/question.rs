//! One question, shown by its field's kind: radio buttons for one value,
//! checkboxes for several, a row of points for a scale, a text box for a
//! number, the body map for the regions. Each takes the answer and calls
//! `on_change` with the new one; none touches the answers itself.

use painpath_core::answers::{Kind, Value, WORDED_SCALE_MAX};
use painpath_core::questionnaire::{widget, Question, Widget};
use yew::prelude::*;

use super::body_map::BodyMap;
use super::number::NumberQuestion;
use super::option_input::{option_input, InputKind, OptionInput};
use crate::text::{k, t};
use crate::ui::answer_words;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub value: Value,
    /// The options offered (choice and multi questions), by index.
    #[prop_or_default]
    pub options: Vec<u8>,
    pub on_change: Callback<Value>,
}

/// The question's help text and the `aria-describedby` that points at it.
fn help(q: &Question) -> (Html, Option<AttrValue>) {
    match answer_words::question_help(q.field) {
        Some(h) => {
            let id = format!("help-{}", q.id());
            (
                html! { <p class="help" id={id.clone()}>{ h }</p> },
                Some(id.into()),
            )
        }
        None => (html! {}, None),
    }
}

#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let q = props.question;
    match widget(q.field) {
        Widget::Choice | Widget::Multi => options_question(props),
        Widget::Scale => scale_question(props),
        Widget::Number => html! {
            <NumberQuestion question={q} value={props.value} on_change={props.on_change.clone()} />
        },
        Widget::BodyMap => html! {
            <BodyMap />
        },
    }
}

/// Radio buttons (one value) or checkboxes (several).
fn options_question(props: &QuestionProps) -> Html {
    let q = props.question;
    let multi = widget(q.field) == Widget::Multi;
    let ids = match q.field.kind() {
        Kind::One { ids, .. } | Kind::Set { ids, .. } => ids,
        _ => &[],
    };
    let (help, described_by) = help(q);
    let row = !multi && props.options.len() <= 3;
    html! {
        <fieldset class="question" aria-describedby={described_by}>
            <legend>{ answer_words::question(q.field) }</legend>
            { help }
            if multi {
                <p class="hint">{ t(k::UI_CHOOSE_ALL) }</p>
            }
            <div class={classes!("options", row.then_some("options-row"))}>
            { for props.options.iter().map(|&i| {
                let id = ids.get(usize::from(i)).copied().unwrap_or_default();
                let value = props.value;
                let on_change = props.on_change.clone();
                let chosen = if multi { value.toggled(i) } else { Value::One(i) };
                option_input(OptionInput {
                    kind: if multi { InputKind::Checkbox } else { InputKind::Radio },
                    id: format!("{}-{id}", q.id()).into(),
                    name: Some(q.id().into()),
                    value: Some(id.into()),
                    checked: value.holds(i),
                    label: answer_words::option(q.field, i).into(),
                    on_change: Callback::from(move |()| on_change.emit(chosen)),
                })
            }) }
            </div>
        </fieldset>
    }
}

/// A 0–10 scale of numbered points, or a short scale with every point in words.
fn scale_question(props: &QuestionProps) -> Html {
    let q = props.question;
    let Kind::Scale { min, max, labels } = q.field.kind() else {
        return html! {};
    };
    let every = max <= WORDED_SCALE_MAX;
    let (help, described_by) = help(q);
    html! {
        <fieldset class="question scale" aria-describedby={described_by}>
            <legend>{ answer_words::question(q.field) }</legend>
            { help }
            <div class={classes!("scale-points", if every { "scale-words" } else { "scale-eleven" })}>
            { for (min..=max).map(|n| {
                let on_change = props.on_change.clone();
                let onchange = Callback::from(move |_: Event| on_change.emit(Value::Number(n)));
                let input_id = format!("{}-{}", q.id(), n);
                let text = if every { answer_words::scale_point(labels, n).to_string() } else { n.to_string() };
                let aria = (!every).then(|| AttrValue::from(match n {
                    n if n == min => format!("{n}, {}", answer_words::scale_end(labels, false)),
                    n if n == max => format!("{n}, {}", answer_words::scale_end(labels, true)),
                    n => n.to_string(),
                }));
                html! {
                    <label class="point" for={input_id.clone()}>
                        <input type="radio" id={input_id} name={q.id()} value={n.to_string()}
                            aria-label={aria} checked={props.value == Value::Number(n)} {onchange} />
                        <span>{ text }</span>
                    </label>
                }
            }) }
            </div>
            if !every {
                <div class="scale-ends" aria-hidden="true">
                    <span>{ answer_words::scale_end(labels, false) }</span>
                    <span>{ answer_words::scale_end(labels, true) }</span>
                </div>
            }
        </fieldset>
    }
}
