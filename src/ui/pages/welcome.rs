use yew::prelude::*;

use crate::text::{k, t};
use crate::ui::components::emergency_note;
use crate::ui::providers::{use_answers, use_clinic};
use crate::ui::route::{navigate, Route};
use crate::ui::state::Action;

/// Where it hurts comes first (it decides which safety questions apply).
const FIRST_STEP: &str = "where";

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// Answers from earlier in this tab exist.
    #[prop_or_default]
    pub resume: bool,
}

/// The first screen: what PainPath does, the privacy promise, the limits, and
/// Start. That PainPath is not a diagnosis is said once, in the footer every
/// screen shares.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let clinic = use_clinic().clinic;
    let answers = use_answers();
    let start = Callback::from(|_: MouseEvent| navigate(Route::Step(FIRST_STEP)));
    let start_over = {
        let dispatcher = answers.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::StartOver);
            navigate(Route::Step(FIRST_STEP));
        })
    };
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">{ t(k::WELCOME_TITLE) }</h1>
            <p class="lead">{ t(k::WELCOME_LEAD) }</p>
            if props.resume {
                <div class="resume">
                    <button type="button" class="btn btn-primary btn-large" onclick={start.clone()}>{ t(k::WELCOME_CONTINUE) }</button>
                    <button type="button" class="btn btn-large" onclick={start_over}>{ t(k::UI_START_OVER) }</button>
                </div>
            } else {
                <button type="button" class="btn btn-primary btn-large" onclick={start.clone()}>{ t(k::WELCOME_START) }</button>
            }
            <ul class="promises">
                <li><strong>{ t(k::WELCOME_WHAT_TITLE) }</strong>{" "}{ t(k::WELCOME_WHAT_BODY) }</li>
                <li><strong>{ t(k::WELCOME_PRIVATE_TITLE) }</strong>{" "}{ t(k::WELCOME_PRIVATE_BODY) }</li>
                <li><strong>{ t(k::WELCOME_KEPT_TITLE) }</strong>{" "}{ t(k::WELCOME_KEPT_BODY) }</li>
                <li><strong>{ t(k::WELCOME_TIME_TITLE) }</strong>{" "}{ t(k::WELCOME_TIME_BODY) }</li>
            </ul>
            <div class="notice notice-emergency" role="note">
                <h2>{ t(k::WELCOME_EMERGENCY_TITLE) }</h2>
                <p>{ crate::text::fill(t(k::WELCOME_EMERGENCY_BODY), &[("emergency_number", &clinic.emergency_number)]) }</p>
                { emergency_note::view(&clinic) }
            </div>
        </section>
    }
}
