use yew::prelude::*;

use crate::platform::location;
use crate::ui::route::Route;

/// The route in the location hash, following every change to it.
#[hook]
pub fn use_route() -> Route {
    let route = use_state(|| Route::parse(&location::hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener =
                location::on_hash_change(move || route.set(Route::parse(&location::hash())));
            move || drop(listener)
        });
    }
    *route
}
