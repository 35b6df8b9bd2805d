use yew::prelude::*;

use crate::platform::sw;

/// Whether a new version of the app is waiting to be used.
#[hook]
pub fn use_update_ready() -> bool {
    let ready = use_state(sw::update_ready);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let listener = sw::on_update_ready(move || ready.set(true));
            move || drop(listener)
        });
    }
    *ready
}
