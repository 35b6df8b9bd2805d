use yew::prelude::*;

use crate::platform;
use crate::text;
use crate::ui::language;

/// Whether the rest of a language's words (results, guides, summary) is here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct LocaleRest {
    pub complete: bool,
    /// The rest could not be fetched; screens that need it say so.
    pub failed: bool,
}

/// Fetch the rest of `lang`'s words just after the first screen, and
/// re-render when they arrive. The questionnaire's app passes `fetch: false`:
/// its screens need only the first part, and the results app fetches the
/// rest when it starts.
#[hook]
pub fn use_locale_rest(lang: &'static str, fetch: bool) -> LocaleRest {
    let arrived = use_force_update();
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            if fetch && !text::is_complete(lang) {
                platform::spawn(async move {
                    failed.set(language::load_all(lang).await.is_err());
                    arrived.force_update();
                });
            }
        });
    }
    LocaleRest {
        complete: text::is_complete(lang),
        failed: *failed,
    }
}
