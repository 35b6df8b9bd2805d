//! The patient's "Check your answers" page: every answer with a way to change it.

use yew::prelude::*;

use crate::text::{k, keys, t};
use crate::ui::answer_words;
use crate::ui::providers::use_answers;
use crate::ui::route::{navigate, Route, FROM_REVIEW};
use painpath_core::answers::Value;
use painpath_core::questionnaire::{visible_questions, visible_steps, widget, Widget};

/// Every answer with a way to change it.
#[function_component(CheckAnswersPage)]
pub fn check_answers_page() -> Html {
    let answers = use_answers();
    let a = answers.answers();
    let to_results = Callback::from(|_: MouseEvent| navigate(Route::Results));
    html! {
        <section class="card" aria-labelledby="review-title">
            <h1 id="review-title" tabindex="-1">{ t(k::REVIEW_TITLE) }</h1>
            <p class="intro">{ t(k::REVIEW_INTRO) }</p>
            { for visible_steps(a).into_iter().map(|s| html! {
                <section class="review-step" aria-labelledby={format!("review-{}", s.id)}>
                    <div class="review-head">
                        <h2 id={format!("review-{}", s.id)}>{ t(keys::step_title(s.id)) }</h2>
                        <a class="btn btn-small" href={format!("{}{FROM_REVIEW}", Route::Step(s.id).hash())}
                           aria-label={format!("{} {}", t(k::UI_CHANGE), t(keys::step_title(s.id)))}>{ t(k::UI_CHANGE) }</a>
                    </div>
                    <dl>
                    { for visible_questions(s, a).into_iter().map(|q| html! {
                        <>
                            <dt>{ answer_words::question(q.field) }</dt>
                            // "Not answered" stands out, as something to fix.
                            <dd class={(widget(q.field) != Widget::Multi && q.field.get(a) == Value::Unanswered).then_some("not-answered")}>
                                { answer_words::answer(q.field, a) }
                            </dd>
                        </>
                    }) }
                    </dl>
                </section>
            }) }
            <button type="button" class="btn btn-primary btn-large" onclick={to_results}>{ t(k::REVIEW_SEE_RESULTS) }</button>
        </section>
    }
}
