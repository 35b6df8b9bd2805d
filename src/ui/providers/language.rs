use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::platform;
use crate::text;
use crate::ui::hooks::{use_locale_rest, LocaleRest};
use crate::ui::language;

/// The language on screen and the switch between languages.
#[derive(Clone, PartialEq)]
pub struct LanguageContext {
    pub lang: &'static str,
    /// Whether the words for results, guides and summary have arrived.
    pub rest: LocaleRest,
    /// A switch is fetching the new language's words.
    pub switching: bool,
    /// The last switch failed: the new words could not be fetched.
    pub switch_failed: bool,
    pub switch_to: Callback<&'static str>,
    pub dismiss_switch_failed: Callback<()>,
}

/// Holds the language on screen. Switching fetches all of the new
/// language's words first, so no screen shows a gap; the answers, held by
/// their own provider, are untouched.
#[function_component(LanguageProvider)]
pub fn language_provider(props: &ChildrenProps) -> Html {
    let lang = use_state(text::language);
    let switching = use_state(|| false);
    let switch_failed = use_state(|| false);
    let rest = use_locale_rest(*lang);
    let switch_to = {
        let handles = (lang.clone(), switching.clone(), switch_failed.clone());
        use_callback((), move |target: &'static str, _| {
            let (lang, switching, failed) = handles.clone();
            switching.set(true);
            platform::spawn(async move {
                // The first part is enough if the rest cannot come now.
                let _ = language::load_all(target).await;
                let ok = text::is_ready(target);
                if ok {
                    language::apply(target);
                    language::remember(target);
                    lang.set(target);
                }
                failed.set(!ok);
                switching.set(false);
            });
        })
    };
    let dismiss_switch_failed = {
        let failed = switch_failed.clone();
        use_callback((), move |_: (), _| failed.set(false))
    };
    let context = LanguageContext {
        lang: *lang,
        rest,
        switching: *switching,
        switch_failed: *switch_failed,
        switch_to,
        dismiss_switch_failed,
    };
    super::provide(context, props.children.clone())
}

/// The language on screen.
#[hook]
pub fn use_language() -> LanguageContext {
    super::use_provided("LanguageProvider")
}
