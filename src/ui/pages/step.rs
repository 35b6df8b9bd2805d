use yew::prelude::*;

use crate::text::{k, keys, lookup, t};
use crate::ui::components::progress::Progress;
use crate::ui::components::question::QuestionView;
use crate::ui::components::read_aloud::read_aloud;
use crate::ui::providers::use_answers;
use crate::ui::route::{navigate, Route};
use crate::ui::state::Action;
use painpath_core::questionnaire::{
    answer_none_of_these, none_of_these_completes, offers_none_of_these, options, step_by_id,
    visible_questions, visible_steps, Question, STEPS,
};

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub id: &'static str,
}

/// One topic of the questionnaire, with Back and Next.
#[function_component(StepPage)]
pub fn step_page(props: &StepProps) -> Html {
    let ctx = use_answers();
    let Some(step) = step_by_id(props.id) else {
        return html! {};
    };
    let answers = ctx.answers();
    let steps = visible_steps(answers);
    let order = |id: &str| STEPS.iter().position(|s| s.id == id).unwrap_or(0);
    let here = order(step.id);
    let at = steps.iter().position(|s| s.id == step.id).map_or_else(
        || steps.iter().filter(|s| order(s.id) < here).count() + 1,
        |i| i + 1,
    );
    let of = steps.len().max(at);
    // The step after this one for these answers (the steps asked follow them).
    let onward = move |a: &painpath_core::Answers| {
        visible_steps(a)
            .into_iter()
            .find(|s| order(s.id) > here)
            .map_or(Route::Review, |s| Route::Step(s.id))
    };
    let next = steps
        .iter()
        .find(|s| order(s.id) > here)
        .map(|s| Route::Step(s.id));
    let back = steps
        .iter()
        .rev()
        .find(|s| order(s.id) < here)
        .map(|s| Route::Step(s.id));
    let go_next = Callback::from(move |_: MouseEvent| navigate(next.unwrap_or(Route::Review)));
    let go_back = Callback::from(move |_: MouseEvent| navigate(back.unwrap_or(Route::Welcome)));
    let question = |q: &'static Question| {
        let field = q.field;
        html! {
            <QuestionView key={q.id()} question={q} value={field.get(answers)}
                options={options(field, answers)}
                on_change={ctx.callback(move |v| Action::Set(field, v))} />
        }
    };
    // "None of these apply to me" in one tap (see `offers_none_of_these`);
    // any question can still be answered on its own. When that answers the
    // whole page, the same tap goes on to the next (`none_of_these_completes`).
    let none = offers_none_of_these(step, answers).then(|| {
        let id = step.id;
        let goes_on = none_of_these_completes(step, answers).then(|| {
            let mut after = answers.clone();
            answer_none_of_these(step, &mut after);
            onward(&after)
        });
        let dispatcher = ctx.state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::NoneOfThese(id));
            if let Some(route) = goes_on {
                navigate(route);
            }
        });
        let help = if goes_on.is_some() {
            k::UI_NONE_OF_THESE_HELP_NEXT
        } else {
            k::UI_NONE_OF_THESE_HELP
        };
        html! {
            <div class="none-of-these">
                <button type="button" class="btn btn-large" aria-describedby="none-help" {onclick}>
                    { t(k::UI_NONE_OF_THESE) }
                </button>
                <p class="help" id="none-help">{ t(help) }</p>
            </div>
        }
    });
    html! {
        <section class="card step" aria-labelledby="step-title">
            <Progress {at} {of} />
            <h1 id="step-title" tabindex="-1">{ t(keys::step_title(step.id)) }</h1>
            { read_aloud() }
            if let Some(intro) = lookup(keys::step_intro(step.id)) {
                <p class="intro">{ intro }</p>
            }
            { for none }
            { for visible_questions(step, answers).into_iter().map(question) }
            <nav class="step-nav" aria-label={t(k::UI_STEP_NAV)}>
                <button type="button" class="btn" onclick={go_back}>{ t(k::UI_BACK) }</button>
                <button type="button" class="btn btn-primary" onclick={go_next}>
                    { if next.is_some() { t(k::UI_NEXT) } else { t(k::UI_TO_REVIEW) } }
                </button>
            </nav>
        </section>
    }
}
