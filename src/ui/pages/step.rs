use yew::prelude::*;

use crate::text::{k, keys, lookup, t};
use crate::ui::answer_words;
use crate::ui::components::progress::Progress;
use crate::ui::components::question::QuestionView;
use crate::ui::components::read_aloud::read_aloud;
use crate::ui::providers::use_answers;
use crate::ui::route::{navigate, Route, FROM_REVIEW};
use crate::ui::state::Action;
use painpath_core::answers::{Field, Value};
use painpath_core::questionnaire::{
    answer_none_of_these, none_of_these_completes, offers_none_of_these, options, step_by_id,
    visible_questions, visible_steps, widget, Question, Widget, STEPS,
};

const _: () = assert!(
    Field::ALL.len() <= 128,
    "follow-ups are kept as bits of a u128"
);

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub id: &'static str,
}

/// One topic of the questionnaire, with Back and Next.
#[function_component(StepPage)]
pub fn step_page(props: &StepProps) -> Html {
    let ctx = use_answers();
    // The questions seen on this step so far, and those that appeared after
    // it opened because of an answer on it (follow-up questions), as bits by
    // place on the step. The last to appear is told politely to screen readers.
    // Last, the step whose questions left unanswered the person was told of.
    let seen = use_mut_ref(|| ("", 0u64, 0u64, None::<Field>, ""));
    let update = use_force_update();
    // The step whose count is shown, and its place and total.
    let count = use_mut_ref(|| ("", 0usize, 0usize));
    let Some(step) = step_by_id(props.id) else {
        return html! {};
    };
    let answers = ctx.answers();
    let shown = visible_questions(step, answers);
    let bit = |f: Field| {
        let at = step.questions.iter().position(|q| q.field == f);
        at.map_or(0, |i| 1u64.checked_shl(i as u32).unwrap_or(0))
    };
    let now = shown.iter().fold(0, |bits, q| bits | bit(q.field));
    let (follow_ups, newest) = {
        let mut seen = seen.borrow_mut();
        let (id, before, appeared, newest, _) = &mut *seen;
        let fresh = if *id == step.id { now & !*before } else { 0 };
        *appeared = if *id == step.id {
            (*appeared | fresh) & now
        } else {
            0
        };
        let last = shown.iter().rev().find(|q| fresh & bit(q.field) != 0);
        *newest = last
            .map(|q| q.field)
            .or(*newest)
            .filter(|f| *appeared & bit(*f) != 0);
        (*id, *before) = (step.id, now);
        (*appeared, *newest)
    };
    let steps = visible_steps(answers);
    let order = |id: &str| STEPS.iter().position(|s| s.id == id).unwrap_or(0);
    let here = order(step.id);
    let at = steps.iter().position(|s| s.id == step.id).map_or_else(
        || steps.iter().filter(|s| order(s.id) < here).count() + 1,
        |i| i + 1,
    );
    // "Step N of M" is taken when the step opens and kept while it is open,
    // so answers on it (the body map's regions) never move the finish line
    // under the person's finger; it follows the answers on the next step.
    let (at, of) = {
        let mut count = count.borrow_mut();
        if count.0 != step.id {
            *count = (step.id, at, steps.len().max(at));
        }
        (count.1, count.2)
    };
    // Opened by "Change" on the review page: Next goes back there.
    let from_review = crate::platform::location::hash().ends_with(FROM_REVIEW);
    // The step after this one for these answers (the steps asked follow them).
    let onward = move |a: &painpath_core::Answers| {
        visible_steps(a)
            .into_iter()
            .find(|s| !from_review && order(s.id) > here)
            .map_or(Route::Review, |s| Route::Step(s.id))
    };
    let next = steps
        .iter()
        .find(|s| !from_review && order(s.id) > here)
        .map(|s| Route::Step(s.id));
    let back = steps
        .iter()
        .rev()
        .find(|s| order(s.id) < here)
        .map(|s| Route::Step(s.id));
    // Questions on this page with no answer (a set of boxes may rightly stay
    // empty). On Next the person is told, once, and taken to the first; Next
    // again goes on: nothing traps them, and a safety question left blank
    // stays unanswered, never read as "no".
    let left: Vec<Field> = shown
        .iter()
        .map(|q| q.field)
        .filter(|f| widget(*f) != Widget::Multi && f.get(answers) == Value::Unanswered)
        .collect();
    let note = lookup(k::REVIEW_LEFT).filter(|_| !left.is_empty());
    let told = seen.borrow().4 == step.id;
    let go_next = {
        let tell = note.is_some() && !told;
        let (seen, id, first) = (seen.clone(), step.id, left.first().copied());
        Callback::from(move |_: MouseEvent| match first {
            Some(f) if tell => {
                seen.borrow_mut().4 = id;
                update.force_update();
                let id = f.id();
                crate::platform::dom::focus(&format!("[name={id}],#input-{id}"));
            }
            _ => navigate(next.unwrap_or(Route::Review)),
        })
    };
    let note = note.filter(|_| told);
    let go_back = Callback::from(move |_: MouseEvent| navigate(back.unwrap_or(Route::Welcome)));
    let question = |q: &'static Question| {
        let field = q.field;
        let view = html! {
            <QuestionView question={q} value={field.get(answers)}
                options={options(field, answers)}
                on_change={ctx.callback(move |v| Action::Set(field, v))} />
        };
        let class = if note.is_some() && left.contains(&field) {
            Some("unanswered")
        } else {
            (follow_ups & bit(field) != 0).then_some("follow-up")
        };
        html! { <div key={q.id()} {class}>{ view }</div> }
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
    // One node among the page's children, however many questions it holds:
    // Yew matches unkeyed children by place from the end, so a question that
    // appears would otherwise have every node above it drawn anew (losing
    // the focus of the answer just given).
    let questions = html! { <>{ for shown.into_iter().map(question) }</> };
    html! {
        <section class="card step" aria-labelledby="step-title">
            <Progress {at} {of} />
            <h1 id="step-title" tabindex="-1">{ t(keys::step_title(step.id)) }</h1>
            { read_aloud() }
            if let Some(intro) = lookup(keys::step_intro(step.id)) {
                <p class="intro">{ intro }</p>
            }
            { none.unwrap_or_default() }
            { questions }
            <p class="visually-hidden" aria-live="polite">
                if let Some(f) = newest { { t(k::UI_NEW_QUESTION) }{ " " }{ answer_words::question(f) } }
            </p>
            if let Some(note) = note {
                <p class="left-note" role="alert">{ note }</p>
            }
            <nav class="step-nav" aria-label={t(k::UI_STEP_NAV)}>
                <button type="button" class="btn" onclick={go_back}>{ t(k::UI_BACK) }</button>
                <button type="button" class="btn btn-primary" onclick={go_next}>
                    { if next.is_some() { t(k::UI_NEXT) } else { t(k::UI_TO_REVIEW) } }
                </button>
            </nav>
        </section>
    }
}
