use yew::prelude::*;

use crate::platform::dom;
use crate::ui::route::Route;

/// On each route change after the first, move focus to the new screen's
/// heading; again when the screen's words arrive (`ready`), which a screen
/// past the first step may wait for. On first load the page stays where the
/// browser put it.
#[hook]
pub fn use_focus_on_route(route: Route, ready: bool) {
    let first_render = use_mut_ref(|| true);
    use_effect_with((route, ready), move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            dom::focus_heading();
        }
    });
}
