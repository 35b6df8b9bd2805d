use yew::prelude::*;

use crate::ui::providers::AnswersContext;
use crate::ui::route::{navigate, Route};
use crate::ui::state::Action;
use painpath_core::assessment::Urgency;

/// An emergency answer goes straight to the "get help now" result, once.
#[hook]
pub fn use_emergency_redirect(route: Route, answers: AnswersContext) {
    let urgency = answers.red_flag;
    use_effect_with((urgency, route), move |(urgency, route)| {
        if *urgency == Some(Urgency::Emergency)
            && matches!(route, Route::Step(_))
            && !answers.state.emergency_shown
        {
            answers.state.dispatch(Action::EmergencyShown);
            navigate(Route::Results);
        }
    });
}
