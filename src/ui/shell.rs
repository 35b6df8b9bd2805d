//! The frame around every screen: header with the language switch, the
//! notices, the main region, the live region and the footer.

use yew::prelude::*;

use super::components::notice::notice;
use super::providers::Contexts;
use super::state::Action;
use crate::platform::{dom, storage, sw};
use crate::text::{fill, k, keys, t, LANGUAGES};

/// Where the start-up script keeps the text size for this tab.
const TEXT_SIZE_KEY: &str = "painpath.text";

/// The shell around `page`. A function the root component calls, not a
/// component of its own: the root re-renders whenever any of this changes.
/// `live`: what the polite live region announces (the result's headline).
pub fn view(live: Option<String>, contexts: &Contexts, update_ready: bool, page: Html) -> Html {
    let Contexts {
        language,
        clinic,
        answers,
    } = contexts;
    let switches = LANGUAGES.iter().copied().filter(|l| *l != language.lang()).map(|target| {
        let switcher = language.clone();
        let onclick = Callback::from(move |_: MouseEvent| switcher.switch_to(target));
        html! {
            <button type="button" class="lang-switch" lang={target} disabled={language.switching()}
                {onclick}>{ t(keys::language_name(target)) }</button>
        }
    });
    let rejected: Vec<&str> = clinic
        .rejected()
        .iter()
        .map(|k| t(keys::clinic_setting(k)))
        .collect();
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus_heading();
    });
    let dismiss = t(k::UI_DISMISS);
    // Whose the clinic details are: signed by the site, or only the link's.
    let trust = clinic.has_details().then(|| {
        let verified = clinic.verified();
        let key = if verified { k::CLINIC_TRUST_VERIFIED } else { k::CLINIC_TRUST_LINK };
        html! { <span class={classes!("clinic-trust", verified.then_some("verified"))}>{ t(key) }</span> }
    });
    // The text size kept for this tab; the page's start-up script
    // (`web/boot.js`) applies it to the page and answers these buttons.
    let size = storage::get(TEXT_SIZE_KEY);
    let size = size.as_deref().unwrap_or("m");
    let sizes = [
        ("m", k::UI_TEXT_SIZE_M),
        ("l", k::UI_TEXT_SIZE_L),
        ("xl", k::UI_TEXT_SIZE_XL),
    ]
    .map(|(id, name)| {
        html! {
            <button type="button" class={id} data-size={id}
                aria-pressed={if id == size { "true" } else { "false" }} aria-label={t(name)}>{ "A" }</button>
        }
    });
    html! {
        <>
            <a class="skip" href="#main" onclick={skip}>{ t(k::UI_SKIP) }</a>
            <header class="site-header no-print">
                <div class="brand-box">
                    <a class="brand" href="#/">
                        { t(k::APP_NAME) }
                        if let Some(name) = &clinic.clinic.name {
                            <span class="brand-clinic">{ " · " }<bdi>{ name }</bdi></span>
                        }
                    </a>
                    { for trust }
                    { clinic.verifier() }
                </div>
                <div class="header-tools">
                    if !clinic.shared_origin {
                        <span class="privacy-pill">{ t(k::UI_PRIVATE) }</span>
                    }
                    { for switches }
                    <div class="text-sizes" role="group" aria-label={t(k::UI_TEXT_SIZE)}>{ for sizes }</div>
                </div>
            </header>
            // Keyed by language, so every screen is rebuilt in the new words;
            // the answers live above it and are untouched.
            <main id="main" class="page" key={language.lang()}>
                if clinic.shared_origin {
                    <p class="notice notice-warning shared-origin" role="alert">{ t(k::NOTICE_SHARED_ORIGIN) }</p>
                }
                if language.switch_failed() {
                    { notice(t(k::NOTICE_LANGUAGE_UNAVAILABLE), dismiss, &{ let l = language.clone(); Callback::from(move |_| l.dismiss_switch_failed()) }, false) }
                }
                if update_ready {
                    { notice(t(k::NOTICE_UPDATE_READY), t(k::UI_UPDATE_NOW), &Callback::from(|_| sw::apply_update()), false) }
                }
                if !rejected.is_empty() {
                    { notice(&fill(t(k::NOTICE_SETTINGS_REJECTED), &[("names", &rejected.join(", "))]), dismiss, &{ let c = clinic.clone(); Callback::from(move |_| c.dismiss_rejected()) }, false) }
                }
                // Kept on the printed page, but for "your answers are still
                // here", which is about the screen only.
                if let Some(key) = answers.state.notice {
                    { notice(t(key), dismiss, &answers.callback(|_| Action::DismissNotice), key != k::NOTICE_ANSWERS_KEPT) }
                }
                { page }
            </main>
            <div class="visually-hidden" aria-live="polite">{ live.unwrap_or_default() }</div>
            <footer class="site-footer no-print"><p>{ t(k::FOOTER_NOT_DIAGNOSIS) }</p></footer>
        </>
    }
}
