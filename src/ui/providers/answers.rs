use yew::prelude::*;

use crate::platform::{dom, location};
use crate::ui::route::Route;
use crate::ui::state::{storage, Action, State};
use painpath_core::assessment::Urgency;
use painpath_core::{red_flag_level, Answers};

/// The answers, in the one reducer, and the most pressing red flag they
/// raise. The whole assessment is made by the screens that show it (the
/// results app), so the questionnaire's app never carries the engine.
#[derive(Clone)]
pub struct AnswersContext {
    pub state: UseReducerHandle<State>,
    pub red_flag: Option<Urgency>,
}

impl AnswersContext {
    /// The same answers, ticks and notices as when `other` was rendered.
    pub fn same_as(&self, other: &Self) -> bool {
        // The handles compare the state each was rendered with.
        self.state == other.state
    }

    pub fn answers(&self) -> &Answers {
        &self.state.answers
    }

    /// Something has been answered in this tab.
    pub fn started(&self) -> bool {
        *self.answers() != Answers::default()
    }

    /// A callback that sends `action(event)` to the reducer.
    pub fn callback<E: 'static>(&self, action: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let dispatcher = self.state.dispatcher();
        Callback::from(move |e| dispatcher.dispatch(action(e)))
    }
}

/// The answers for the whole app, kept in this tab's session storage.
/// `tells_kept`: whether this app shows the screen of a route, and so tells
/// there, once in the page's life, that answers from before a reload are
/// still here (the questionnaire's app leaves it to the whole app on the
/// screens it starts that app for).
#[hook]
pub fn use_answers_state(tells_kept: fn(Route) -> bool) -> AnswersContext {
    let state = use_reducer(move || {
        let route = Route::parse(&location::hash());
        let kept = tells_kept(route) && dom::take_mark("data-kept");
        storage::tell_kept(storage::load(), kept, route == Route::Welcome)
    });
    use_effect_with((*state).clone(), storage::save);
    let red_flag = *use_memo(state.answers.clone(), red_flag_level);
    AnswersContext { state, red_flag }
}
