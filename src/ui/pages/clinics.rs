use yew::prelude::*;

use crate::platform::{dom, location, qr};
use crate::text::{fill, k, keys, t, LANGUAGES};
use crate::ui::pages::results::clinic_card::booking_label;
use crate::ui::providers::use_clinic;
use painpath_core::assessment::Procedure;
use painpath_core::clinic::{percent_encode, Clinic};
use painpath_core::phrases::DEFAULT_EMERGENCY_NUMBER;

/// For clinics: settings with a live preview, the patient link and the
/// embed snippet. Every value goes through the same validation as a link.
#[function_component(ClinicsPage)]
pub fn clinics_page() -> Html {
    let name = use_state(String::new);
    let phone = use_state(String::new);
    let book = use_state(String::new);
    let emergency = use_state(|| DEFAULT_EMERGENCY_NUMBER.to_string());
    let accent = use_state(|| "1f5f8b".to_string());
    // Empty: follow the patient's browser.
    let lang = use_state(String::new);
    let offers = use_state(|| Procedure::ALL.to_vec());
    // The clinic's own web page, for the embed.
    let site = use_state(String::new);
    let shared_origin = use_clinic().shared_origin;

    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| state.set(dom::input_value(&e)))
    };
    // Build the query as a link would carry it, then read it back through
    // the same validation a patient's browser applies.
    let mut query = vec![];
    for (key, value) in [
        ("clinic", &*name),
        ("phone", &*phone),
        ("book", &*book),
        ("emergency", &*emergency),
        ("lang", &*lang),
        ("accent", &*accent),
    ] {
        if !value.trim().is_empty() {
            query.push(format!("{key}={}", percent_encode(value.trim())));
        }
    }
    if offers.len() < Procedure::ALL.len() && !offers.is_empty() {
        let ids: Vec<&str> = offers.iter().map(|p| p.id()).collect();
        query.push(format!("offers={}", ids.join(",")));
    }
    if !site.trim().is_empty() {
        query.push(format!("embed={}", percent_encode(site.trim())));
    }
    let (mut clinic, rejected) = Clinic::from_query(&query.join("&"));
    // The folder the app is served from (this page may be a file in it).
    let here = location::origin_and_path();
    let here = here.rsplit_once('/').map_or(here.as_str(), |(dir, _)| dir);
    let framed_link = format!("{here}/{}", clinic.to_query());
    // The patient's link leaves out the embedding page.
    clinic.embed = None;
    let link = format!("{here}/{}", clinic.to_query());
    let (embed_file, integrity) = dom::asset("embed.js");
    let integrity = integrity
        .map(|i| format!(" integrity=\"{i}\" crossorigin=\"anonymous\""))
        .unwrap_or_default();
    // Each sandbox flag is needed: scripts and the app's own storage, the
    // booking page in a new tab, and the emergency call button (popups or
    // custom protocols). The frame sends the clinic page no referrer.
    let snippet = format!(
        "<iframe src=\"{framed_link}\" title=\"{}\" style=\"width:100%;border:0;min-height:640px\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals allow-top-navigation-to-custom-protocols\" \
         allow=\"\" referrerpolicy=\"no-referrer\" loading=\"lazy\"></iframe>\n\
         <script src=\"{here}/{embed_file}\"{integrity} referrerpolicy=\"no-referrer\" async></script>\n<!-- {} -->",
        t(k::CLINICS_IFRAME_TITLE),
        t(k::CLINICS_EMBED_NOTE),
    );
    let (qr_script, qr_integrity) = qr::script();
    let rejected_names: Vec<&str> = rejected
        .iter()
        .map(|k| t(keys::clinic_setting(k)))
        .collect();
    html! {
        <section class="card clinics" aria-labelledby="clinics-title">
            <h1 id="clinics-title" tabindex="-1">{ t(k::CLINICS_TITLE) }</h1>
            <p class="intro">{ t(k::CLINICS_INTRO) }</p>
            <div class="clinics-grid">
                <form class="clinic-form no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <label class="question-label" for="c-name">{ t(k::CLINICS_NAME) }</label>
                    <input id="c-name" class="text" type="text" maxlength="80" value={(*name).clone()} oninput={text_input(&name)} />
                    <label class="question-label" for="c-phone">{ t(k::CLINICS_PHONE) }</label>
                    <input id="c-phone" class="text" type="tel" value={(*phone).clone()} oninput={text_input(&phone)} />
                    <label class="question-label" for="c-book">{ t(k::CLINICS_BOOK) }</label>
                    <p class="help" id="c-book-help">{ t(k::CLINICS_BOOK_HELP) }</p>
                    <input id="c-book" class="text" type="url" aria-describedby="c-book-help" value={(*book).clone()} oninput={text_input(&book)} />
                    <label class="question-label" for="c-emergency">{ t(k::CLINICS_EMERGENCY) }</label>
                    <p class="help" id="c-emergency-help">{ t(k::CLINICS_EMERGENCY_HELP) }</p>
                    <input id="c-emergency" class="text" type="text" inputmode="numeric" aria-describedby="c-emergency-help" value={(*emergency).clone()} oninput={text_input(&emergency)} />
                    <label class="question-label" for="c-lang">{ t(k::CLINICS_LANG) }</label>
                    <p class="help" id="c-lang-help">{ t(k::CLINICS_LANG_HELP) }</p>
                    <select id="c-lang" class="text" aria-describedby="c-lang-help" onchange={{
                        let lang = lang.clone();
                        Callback::from(move |e: Event| lang.set(dom::select_value(&e)))
                    }}>
                        <option value="" selected={lang.is_empty()}>{ t(k::CLINICS_LANG_BROWSER) }</option>
                        { for LANGUAGES.iter().map(|l| html! {
                            <option value={*l} lang={*l} selected={*lang == *l}>{ t(keys::language_name(l)) }</option>
                        }) }
                    </select>
                    <label class="question-label" for="c-accent">{ t(k::CLINICS_ACCENT) }</label>
                    <p class="help" id="c-accent-help">{ t(k::CLINICS_ACCENT_HELP) }</p>
                    <input id="c-accent" class="text" type="text" aria-describedby="c-accent-help" value={(*accent).clone()} oninput={text_input(&accent)} />
                    <fieldset class="question">
                        <legend>{ t(k::CLINICS_OFFERS) }</legend>
                        <div class="options options-grid">
                        { for Procedure::ALL.iter().map(|p| {
                            let checked = offers.contains(p);
                            let offers = offers.clone();
                            let p = *p;
                            let onchange = Callback::from(move |_: Event| {
                                let mut next = (*offers).clone();
                                if let Some(i) = next.iter().position(|x| *x == p) { next.remove(i); } else { next.push(p); }
                                offers.set(next);
                            });
                            let id = format!("offer-{}", p.id());
                            html! {
                                <label class="option" for={id.clone()}>
                                    <input type="checkbox" id={id} {checked} {onchange} />
                                    <span>{ t(keys::procedure(p, keys::ProcedurePart::Name)) }</span>
                                </label>
                            }
                        }) }
                        </div>
                    </fieldset>
                </form>
                <div class="clinic-output">
                    if !rejected_names.is_empty() {
                        <p class="field-error" role="status">{ fill(t(k::CLINICS_INVALID), &[("names", &rejected_names.join(", "))]) }</p>
                    }
                    <h2>{ t(k::CLINICS_PREVIEW) }</h2>
                    <div class="preview" aria-label={t(k::CLINICS_PREVIEW)}>
                        <div class="preview-header">{ t(k::APP_NAME) }if let Some(n) = &clinic.name { { " · " }<bdi>{ n }</bdi> }</div>
                        <p>{ fill(t(k::CLINICS_PREVIEW_EMERGENCY), &[("number", &clinic.emergency_number)]) }</p>
                        if let Some(p) = &clinic.phone { <p>{ fill(t(k::RESULTS_CLINIC_CALL), &[("phone", p)]) }</p> }
                        if let Some(book) = booking_label(&clinic) { <p>{ book }</p> }
                    </div>
                    <h2>{ t(k::CLINICS_LINK) }</h2>
                    <label class="visually-hidden" for="c-link">{ t(k::CLINICS_LINK) }</label>
                    <textarea id="c-link" class="code" readonly=true rows="3" value={link.clone()} />
                    <p class="help no-print">{ t(k::CLINICS_SIGN_HELP) }</p>
                    <h2>{ t(k::CLINICS_QR) }</h2>
                    <p class="help">{ t(k::CLINICS_QR_HELP) }</p>
                    <div id="qr-code" class="qr" role="img" aria-label={t(k::CLINICS_QR_LABEL)}></div>
                    <script src={qr_script} integrity={qr_integrity}></script>
                    <button type="button" class="btn no-print" onclick={Callback::from(|_: MouseEvent| dom::print())}>{ t(k::CLINICS_QR_PRINT) }</button>
                    <h2 class="no-print">{ t(k::CLINICS_EMBED) }</h2>
                    if shared_origin {
                        <p class="notice notice-warning no-print" role="note">{ t(k::CLINICS_EMBED_REFUSED) }</p>
                    } else {
                        <p class="help no-print">{ t(k::CLINICS_EMBED_HELP) }</p>
                        <label class="question-label no-print" for="c-site">{ t(k::CLINICS_SITE) }</label>
                        <p class="help no-print" id="c-site-help">{ t(k::CLINICS_SITE_HELP) }</p>
                        <input id="c-site" class="text no-print" type="url" aria-describedby="c-site-help" value={(*site).clone()} oninput={text_input(&site)} />
                        <label class="visually-hidden" for="c-embed">{ t(k::CLINICS_EMBED) }</label>
                        <textarea id="c-embed" class="code no-print" readonly=true rows="8" value={snippet} />
                    }
                </div>
            </div>
        </section>
    }
}
