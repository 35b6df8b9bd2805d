//! The app context: the state reducer and the assessment derived from it.

use std::rc::Rc;

use yew::prelude::*;

use super::route::Route;
use super::state::State;
use painpath_core::Assessment;

#[derive(Clone)]
pub struct AppContext {
    pub state: UseReducerHandle<State>,
    pub assessment: Rc<Assessment>,
    pub clinic: Rc<painpath_core::clinic::Clinic>,
    /// The language on screen (see [`crate::text::language`]).
    pub lang: &'static str,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && Rc::ptr_eq(&self.assessment, &other.assessment)
            && Rc::ptr_eq(&self.clinic, &other.clinic)
            && self.lang == other.lang
    }
}

/// The context, or `None` outside the provider (only in isolated tests).
#[hook]
pub fn use_app() -> Option<AppContext> {
    use_context::<AppContext>()
}

/// Go to a route by changing the location hash; the app listens for it.
pub fn navigate(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.hash());
    }
}
