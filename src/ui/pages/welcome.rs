use yew::prelude::*;

use crate::text::t;
use crate::ui::providers::{use_answers, use_clinic};
use crate::ui::route::{navigate, Route};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    /// Answers from earlier in this tab exist.
    #[prop_or_default]
    pub resume: bool,
}

/// The first screen: what PainPath does, the privacy promise, the limits, and Start.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let clinic = use_clinic().clinic;
    let answers = use_answers();
    let start = Callback::from(|_: MouseEvent| navigate(Route::Step("safety")));
    let start_over = {
        let dispatcher = answers.state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(Action::StartOver);
            navigate(Route::Step("safety"));
        })
    };
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">{ t("welcome.title") }</h1>
            <p class="lead">{ t("welcome.lead") }</p>
            if props.resume {
                <div class="resume">
                    <button type="button" class="btn btn-primary btn-large" onclick={start.clone()}>{ t("welcome.continue") }</button>
                    <button type="button" class="btn btn-large" onclick={start_over}>{ t("ui.start_over") }</button>
                </div>
            } else {
                <button type="button" class="btn btn-primary btn-large" onclick={start.clone()}>{ t("welcome.start") }</button>
            }
            <ul class="promises">
                <li><strong>{ t("welcome.what.title") }</strong>{" "}{ t("welcome.what.body") }</li>
                <li><strong>{ t("welcome.private.title") }</strong>{" "}{ t("welcome.private.body") }</li>
                <li><strong>{ t("welcome.time.title") }</strong>{" "}{ t("welcome.time.body") }</li>
            </ul>
            <div class="notice notice-emergency" role="note">
                <h2>{ t("welcome.emergency.title") }</h2>
                <p>{ crate::text::fill(t("welcome.emergency.body"), &[("emergency_number", &clinic.emergency_number)]) }</p>
            </div>
            <p class="small">{ t("welcome.not_diagnosis") }</p>
        </section>
    }
}
