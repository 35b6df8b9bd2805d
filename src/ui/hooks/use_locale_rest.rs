use yew::prelude::*;

use crate::platform;
use crate::text;
use crate::ui::language;

/// Whether a later part of a language's words is here.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct LocaleRest {
    pub complete: bool,
    /// It could not be fetched; screens that need it say so.
    pub failed: bool,
}

/// Which later words a screen waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Words {
    /// Every question's words (parts 1 and 3).
    Questions,
    /// Everything: results, guides, summary too.
    All,
}

impl Words {
    fn here(self, lang: &str) -> bool {
        match self {
            Words::Questions => text::has_questions(lang),
            Words::All => text::is_complete(lang),
        }
    }

    async fn load(self, lang: &'static str) -> Result<(), language::LoadError> {
        match self {
            Words::Questions => language::load_questions(lang).await,
            Words::All => language::load_all(lang).await,
        }
    }
}

/// Fetch `words` of `lang` when `fetch` (again at each new `attempt` after a
/// failure, such as the next move), and re-render when they arrive. The
/// questionnaire's app fetches the other questions' words once the person
/// moves past the first step; the whole app fetches everything when it
/// starts.
#[hook]
pub fn use_locale_rest<T: PartialEq + 'static>(
    lang: &'static str,
    fetch: bool,
    words: Words,
    attempt: T,
) -> LocaleRest {
    let arrived = use_force_update();
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with((lang, fetch, attempt), move |(lang, fetch, _)| {
            let lang = *lang;
            if *fetch && !words.here(lang) {
                platform::spawn(async move {
                    failed.set(words.load(lang).await.is_err());
                    arrived.force_update();
                });
            }
        });
    }
    LocaleRest {
        complete: words.here(lang),
        failed: *failed,
    }
}
