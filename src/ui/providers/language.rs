use yew::prelude::*;

use crate::platform;
use crate::text;
use crate::ui::hooks::{use_locale_rest, LocaleRest, Words};
use crate::ui::language;

/// The language on screen and the switch between languages.
#[derive(Clone, PartialEq)]
pub struct LanguageContext {
    lang: UseStateHandle<&'static str>,
    switching: UseStateHandle<bool>,
    switch_failed: UseStateHandle<bool>,
    /// This app shows screens that need the rest of the words.
    whole: bool,
    /// Whether the words for results, guides and summary have arrived
    /// (always false in the questionnaire's app, which never fetches them).
    pub rest: LocaleRest,
}

impl LanguageContext {
    pub fn lang(&self) -> &'static str {
        *self.lang
    }

    /// A switch is fetching the new language's words.
    pub fn switching(&self) -> bool {
        *self.switching
    }

    /// The last switch failed: the new words could not be fetched.
    pub fn switch_failed(&self) -> bool {
        *self.switch_failed
    }

    /// Show `target`, once all of its words are here (the first part is
    /// enough if the rest cannot come now), and remember the choice.
    pub fn switch_to(&self, target: &'static str) {
        let (lang, switching, failed, whole) = (
            self.lang.clone(),
            self.switching.clone(),
            self.switch_failed.clone(),
            self.whole,
        );
        // The questions' words too, if the person is already past the first step.
        let questions = text::has_questions(*lang);
        switching.set(true);
        platform::spawn(async move {
            let _ = if whole {
                language::load_all(target).await
            } else if questions {
                language::load_questions(target).await
            } else {
                language::load(target).await
            };
            let ok = text::is_ready(target);
            if ok {
                language::apply(target);
                language::remember(target);
                lang.set(target);
            }
            failed.set(!ok);
            switching.set(false);
        });
    }

    pub fn dismiss_switch_failed(&self) {
        self.switch_failed.set(false);
    }
}

/// The language on screen. Switching fetches the new language's words
/// first (all of them when `whole`: the app shows results, guides and the
/// summary), so no screen shows a gap; the answers, held apart, are
/// untouched.
#[hook]
pub fn use_language_state(whole: bool) -> LanguageContext {
    let lang = use_state(text::language);
    let rest = use_locale_rest(*lang, whole, Words::All, ());
    LanguageContext {
        lang,
        switching: use_state(|| false),
        switch_failed: use_state(|| false),
        whole,
        rest,
    }
}
