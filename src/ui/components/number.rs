//! A whole number typed by the person. Invalid text shows a message and
//! keeps the last good answer; nothing entered is lost.

use painpath_core::answers::{Kind, Value};
use painpath_core::questionnaire::Question;
use yew::prelude::*;

use crate::platform::dom;
use crate::text::{fill, k, t};
use crate::ui::answer_words;

#[derive(Properties, PartialEq)]
pub struct NumberProps {
    pub question: &'static Question,
    pub value: Value,
    pub on_change: Callback<Value>,
}

#[function_component(NumberQuestion)]
pub fn number_question(props: &NumberProps) -> Html {
    let q = props.question;
    let (min, max) = match q.field.kind() {
        Kind::Number { min, max } | Kind::Scale { min, max, .. } => (min, max),
        _ => (0, u8::MAX),
    };
    let text = use_state(|| match props.value {
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    });
    let error = use_state(|| false);
    let oninput = {
        let (text, error, on_change) = (text.clone(), error.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let raw = dom::input_value(&e);
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                error.set(false);
                on_change.emit(Value::Unanswered);
            } else {
                match trimmed.parse::<u8>() {
                    Ok(v) if (min..=max).contains(&v) => {
                        error.set(false);
                        on_change.emit(Value::Number(v));
                    }
                    _ => error.set(true),
                }
            }
            text.set(raw);
        })
    };
    let input_id = format!("input-{}", q.id());
    let err_id = format!("error-{}", q.id());
    html! {
        <div class="question">
            <label class="question-label" for={input_id.clone()}>{ answer_words::question(q.field) }</label>
            if let Some(h) = answer_words::question_help(q.field) {
                <p class="help" id={format!("help-{}", q.id())}>{ h }</p>
            }
            <input class="number" type="text" inputmode="numeric" autocomplete="off" id={input_id}
                value={(*text).clone()} {oninput} maxlength="3"
                aria-invalid={if *error { "true" } else { "false" }}
                aria-describedby={(*error).then(|| AttrValue::from(err_id.clone()))} />
            if *error {
                <p class="field-error" id={err_id} role="alert">
                    { fill(t(k::UI_NUMBER_ERROR), &[("min", &min.to_string()), ("max", &max.to_string())]) }
                </p>
            }
        </div>
    }
}
