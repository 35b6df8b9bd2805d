use std::rc::Rc;

use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::ui::state::{storage, Action, State};
use painpath_core::{assess, Answers, Assessment};

/// The answers, in the one reducer, and the assessment derived from them.
#[derive(Clone)]
pub struct AnswersContext {
    pub state: UseReducerHandle<State>,
    pub assessment: Rc<Assessment>,
}

impl PartialEq for AnswersContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && Rc::ptr_eq(&self.assessment, &other.assessment)
    }
}

impl AnswersContext {
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

/// Holds the answers for the whole app, kept in this tab's session storage.
#[function_component(AnswersProvider)]
pub fn answers_provider(props: &ChildrenProps) -> Html {
    let state = use_reducer(storage::load);
    use_effect_with((*state).clone(), storage::save);
    let assessment = use_memo(state.answers.clone(), assess);
    let context = AnswersContext { state, assessment };
    super::provide(context, props.children.clone())
}

/// The answers and their assessment.
#[hook]
pub fn use_answers() -> AnswersContext {
    super::use_provided("AnswersProvider")
}
