use yew::prelude::*;

use crate::platform::{self, modules};

/// Where starting the whole app stands.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FullApp {
    Loading,
    /// It could not be fetched (offline before it was ever stored). The
    /// answers stay; going back to a question and forward again retries.
    Failed,
}

/// When `needed` (the route names a screen only the whole app has), fetch
/// the whole app, take this app off the page and start it. The answers are
/// in session storage and the screen in the address, so it opens where
/// this one stopped.
#[hook]
pub fn use_full_app(needed: bool) -> FullApp {
    let state = use_state(|| FullApp::Loading);
    {
        let state = state.clone();
        use_effect_with(needed, move |needed| {
            if *needed {
                state.set(FullApp::Loading);
                platform::spawn(async move {
                    match modules::load_full().await {
                        Some(full) => {
                            crate::unmount();
                            full.start();
                        }
                        None => state.set(FullApp::Failed),
                    }
                });
            }
        });
    }
    *state
}
