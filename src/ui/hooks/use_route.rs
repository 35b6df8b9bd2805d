use yew::prelude::*;

use crate::platform::location;
use crate::ui::route::Route;

/// The route in the location hash, following every change to it. Links to
/// screens replace the current history entry, as [`crate::ui::route::navigate`] does.
#[hook]
pub fn use_route() -> Route {
    // The hash itself is the state (a `String` state costs no new code: the
    // clinic page keeps its fields the same way).
    let hash = use_state(location::hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = location::on_hash_change(move || hash.set(location::hash()));
            let links = location::keep_links_in_place();
            move || drop((listener, links))
        });
    }
    Route::parse(&hash)
}
