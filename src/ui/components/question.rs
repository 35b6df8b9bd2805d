use yew::prelude::*;

use super::body_map::BodyMap;
use crate::text::{lookup, t};
use crate::ui::state::{Action, State};
use painpath_core::questionnaire::{Field, Question};
use painpath_core::Answers;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub question: &'static Question,
    pub answers: Answers,
    pub dispatch: UseReducerDispatcher<State>,
}

fn label(q: &Question) -> String {
    t(&format!("q.{}", q.id)).to_string()
}

fn help(q: &Question) -> Html {
    match lookup(&format!("q.{}.help", q.id)) {
        Some(h) => html! { <p class="help" id={format!("help-{}", q.id)}>{ h }</p> },
        None => html! {},
    }
}

fn described_by(q: &Question) -> Option<AttrValue> {
    lookup(&format!("q.{}.help", q.id)).map(|_| AttrValue::from(format!("help-{}", q.id)))
}

/// One question, rendered for its kind of answer.
#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let q = props.question;
    let a = &props.answers;
    let dispatch = props.dispatch.clone();
    match q.field {
        Field::Choice {
            kind,
            options,
            get,
            set,
        } => {
            let current = get(a);
            let opts = options(a);
            html! {
                <fieldset class="question" aria-describedby={described_by(q)}>
                    <legend>{ label(q) }</legend>
                    { help(q) }
                    <div class={classes!("options", (opts.len() <= 3).then_some("options-row"))}>
                    { for opts.into_iter().map(|id| {
                        let d = dispatch.clone();
                        let onchange = Callback::from(move |_: Event| d.dispatch(Action::Choose(set, Some(id))));
                        let input_id = format!("{}-{}", q.id, id);
                        html! {
                            <label class="option" for={input_id.clone()}>
                                <input type="radio" id={input_id} name={q.id} value={id}
                                    checked={current == Some(id)} {onchange} />
                                <span>{ t(&format!("opt.{kind}.{id}")) }</span>
                            </label>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        }
        Field::Multi {
            kind,
            options,
            get,
            toggle,
        } => {
            let current = get(a);
            html! {
                <fieldset class="question" aria-describedby={described_by(q)}>
                    <legend>{ label(q) }</legend>
                    { help(q) }
                    <p class="hint">{ t("ui.choose_all") }</p>
                    <div class="options">
                    { for options(a).into_iter().map(|id| {
                        let d = dispatch.clone();
                        let onchange = Callback::from(move |_: Event| d.dispatch(Action::Toggle(toggle, id)));
                        let input_id = format!("{}-{}", q.id, id);
                        html! {
                            <label class="option" for={input_id.clone()}>
                                <input type="checkbox" id={input_id} name={q.id} value={id}
                                    checked={current.contains(&id)} {onchange} />
                                <span>{ t(&format!("opt.{kind}.{id}")) }</span>
                            </label>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        }
        Field::Scale {
            max,
            labels,
            get,
            set,
        } => {
            let current = get(a);
            let every = max <= 3;
            html! {
                <fieldset class="question scale" aria-describedby={described_by(q)}>
                    <legend>{ label(q) }</legend>
                    { help(q) }
                    <div class={classes!("scale-points", if every { "scale-words" } else { "scale-eleven" })}>
                    { for (0..=max).map(|n| {
                        let d = dispatch.clone();
                        let onchange = Callback::from(move |_: Event| d.dispatch(Action::Number(set, Some(n))));
                        let input_id = format!("{}-{}", q.id, n);
                        let text = if every { t(&format!("{labels}.{n}")).to_string() } else { n.to_string() };
                        let aria = if every { None } else {
                            Some(AttrValue::from(match n {
                                0 => format!("0, {}", t(&format!("{labels}.low"))),
                                n if n == max => format!("{n}, {}", t(&format!("{labels}.high"))),
                                n => n.to_string(),
                            }))
                        };
                        html! {
                            <label class="point" for={input_id.clone()}>
                                <input type="radio" id={input_id} name={q.id} value={n.to_string()}
                                    aria-label={aria} checked={current == Some(n)} {onchange} />
                                <span>{ text }</span>
                            </label>
                        }
                    }) }
                    </div>
                    if !every {
                        <div class="scale-ends" aria-hidden="true">
                            <span>{ t(&format!("{labels}.low")) }</span>
                            <span>{ t(&format!("{labels}.high")) }</span>
                        </div>
                    }
                </fieldset>
            }
        }
        Field::Number { min, max, get, set } => html! {
            <NumberQuestion question={q} value={get(a)} {min} {max} {set} dispatch={dispatch} />
        },
        Field::BodyMap => {
            html! { <BodyMap regions={a.pain.regions} dispatch={dispatch} /> }
        }
    }
}

#[derive(Properties)]
struct NumberProps {
    question: &'static Question,
    value: Option<u8>,
    min: u8,
    max: u8,
    set: fn(&mut Answers, Option<u8>),
    dispatch: UseReducerDispatcher<State>,
}

impl PartialEq for NumberProps {
    fn eq(&self, other: &Self) -> bool {
        // `set` is fixed per question, so the question id stands for it.
        self.question == other.question
            && self.value == other.value
            && (self.min, self.max) == (other.min, other.max)
            && self.dispatch == other.dispatch
    }
}

/// A number typed by the person. Invalid text shows a message and keeps the
/// last good answer; nothing entered is lost.
#[function_component(NumberQuestion)]
fn number_question(props: &NumberProps) -> Html {
    let q = props.question;
    let text = use_state(|| props.value.map(|v| v.to_string()).unwrap_or_default());
    let error = use_state(|| false);
    let oninput = {
        let (text, error, dispatch, set, min, max) = (
            text.clone(),
            error.clone(),
            props.dispatch.clone(),
            props.set,
            props.min,
            props.max,
        );
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                error.set(false);
                dispatch.dispatch(Action::Number(set, None));
            } else {
                match trimmed.parse::<u8>() {
                    Ok(v) if (min..=max).contains(&v) => {
                        error.set(false);
                        dispatch.dispatch(Action::Number(set, Some(v)));
                    }
                    _ => error.set(true),
                }
            }
            text.set(raw);
        })
    };
    let input_id = format!("input-{}", q.id);
    let err_id = format!("error-{}", q.id);
    html! {
        <div class="question">
            <label class="question-label" for={input_id.clone()}>{ label(q) }</label>
            { help(q) }
            <input class="number" type="text" inputmode="numeric" autocomplete="off" id={input_id}
                value={(*text).clone()} {oninput} maxlength="3"
                aria-invalid={if *error { "true" } else { "false" }}
                aria-describedby={(*error).then(|| AttrValue::from(err_id.clone()))} />
            if *error {
                <p class="field-error" id={err_id} role="alert">
                    { crate::text::fill(t("ui.number_error"), &[("min", &props.min.to_string()), ("max", &props.max.to_string())]) }
                </p>
            }
        </div>
    }
}
