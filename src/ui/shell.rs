//! The frame around every screen: header with the language switch, the
//! notices, the main region, the live region and the footer.

use yew::prelude::*;

use super::components::notice::Notice;
use super::hooks::use_update_ready;
use super::providers::{use_answers, use_clinic, use_language};
use super::route::Route;
use super::state::Action;
use crate::platform::{dom, sw};
use crate::text::{fill, t, LANGUAGES};

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub route: Route,
    pub children: Html,
}

#[function_component(Shell)]
pub fn shell(props: &ShellProps) -> Html {
    let language = use_language();
    let clinic = use_clinic();
    let answers = use_answers();
    let update_ready = use_update_ready();
    let switches = LANGUAGES.iter().copied().filter(|l| *l != language.lang).map(|target| {
        html! {
            <button type="button" class="lang-switch" lang={target} disabled={language.switching}
                onclick={language.switch_to.reform(move |_: MouseEvent| target)}>{ t(&format!("ui.language.{target}")) }</button>
        }
    });
    let rejected: Vec<&str> = clinic
        .rejected
        .iter()
        .map(|k| t(&format!("clinic.setting.{k}")))
        .collect();
    let live =
        (answers.started() && language.rest.complete && props.route == Route::Results).then(|| {
            let urgency = answers.assessment.urgency.id();
            format!(
                "{} {}",
                t("results.live"),
                t(&format!("urgency.{urgency}.title"))
            )
        });
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        dom::focus_heading();
    });
    let dismiss = t("ui.dismiss");
    html! {
        <>
            <a class="skip" href="#main" onclick={skip}>{ t("ui.skip") }</a>
            <header class="site-header no-print">
                <a class="brand" href="#/">
                    { t("app.name") }
                    if let Some(name) = &clinic.clinic.name {
                        <span class="brand-clinic">{ format!(" · {name}") }</span>
                    }
                </a>
                <div class="header-tools">
                    <span class="privacy-pill">{ t("ui.private") }</span>
                    { for switches }
                </div>
            </header>
            // Keyed by language, so every screen is rebuilt in the new words;
            // the answers live above it and are untouched.
            <main id="main" class="page" key={language.lang}>
                if language.switch_failed {
                    <Notice message={t("notice.language_unavailable")} action={dismiss}
                        on_action={language.dismiss_switch_failed.clone()} />
                }
                if update_ready {
                    <Notice message={t("notice.update_ready")} action={t("ui.update_now")}
                        on_action={Callback::from(|_| sw::apply_update())} />
                }
                if !rejected.is_empty() {
                    <Notice message={fill(t("notice.settings_rejected"), &[("names", &rejected.join(", "))])}
                        action={dismiss} on_action={clinic.dismiss_rejected.clone()} />
                }
                if let Some(notice) = answers.state.notice {
                    <Notice message={t(notice)} action={dismiss} printed=true
                        on_action={answers.callback(|_| Action::DismissNotice)} />
                }
                { props.children.clone() }
            </main>
            <div class="visually-hidden" aria-live="polite">{ live.unwrap_or_default() }</div>
            <footer class="site-footer no-print"><p>{ t("footer.not_diagnosis") }</p></footer>
        </>
    }
}
