use yew::prelude::*;

use crate::platform::{location, qr};
use crate::text::{k, t};
use crate::ui::providers::use_answers;
use painpath_core::codec;

// How far the person has gone: the warning comes before the link. Plain
// numbers: a state of a type of its own would add to the download.
const CLOSED: u8 = 0;
const WARNED: u8 = 1;
const CREATED: u8 = 2;

/// The results link as a QR code, drawn on the device by
/// [`qr::SHARE_SCRIPT`] (loaded only when this is shown).
pub fn qr_code(link: &str) -> Html {
    html! {
        <figure class="share-qr-figure">
            <div class="share-qr" role="img" aria-label={t(k::SHARE_QR_LABEL)} data-link={link.to_string()}></div>
            <figcaption class="small">{ t(k::SHARE_QR_HINT) }</figcaption>
            <script src={qr::SHARE_SCRIPT}></script>
        </figure>
    }
}

/// The results link of these answers.
pub fn link(answers: &painpath_core::Answers) -> String {
    format!(
        "{}#/shared/{}",
        location::page_address(),
        codec::encode(answers)
    )
}

/// The share panel: a warning first, then the link and its QR code.
#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let answers = use_answers();
    let stage = use_state(|| CLOSED);
    let go = |to: u8| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(to))
    };
    let link = link(answers.answers());
    html! {
        <section class="card share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{ t(k::SHARE_TITLE) }</h2>
            <p>{ t(k::SHARE_INTRO) }</p>
            if *stage == CLOSED {
                <button type="button" class="btn" onclick={go(WARNED)}>{ t(k::SHARE_START) }</button>
            }
            if *stage >= WARNED {
                <div class="notice notice-warning" role="note">
                    <p><strong>{ t(k::SHARE_WARNING_TITLE) }</strong></p>
                    <p>{ t(k::SHARE_WARNING_BODY) }</p>
                </div>
            }
            if *stage == WARNED {
                <button type="button" class="btn btn-primary" onclick={go(CREATED)}>{ t(k::SHARE_CREATE) }</button>
            }
            if *stage == CREATED {
                <label for="share-link" class="question-label">{ t(k::SHARE_LINK_LABEL) }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={link.clone()} />
                <p class="small">{ t(k::SHARE_COPY_HINT) }</p>
                { qr_code(&link) }
            }
        </section>
    }
}

/// The printed summary's QR code of the results link: after the same
/// warning, on request.
#[function_component(SummaryQr)]
pub fn summary_qr() -> Html {
    let answers = use_answers();
    let stage = use_state(|| CLOSED);
    let go = |to: u8| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(to))
    };
    html! {
        <section class={classes!("summary-qr", (*stage != CREATED).then_some("no-print"))}>
            if *stage == CLOSED {
                <button type="button" class="btn no-print" onclick={go(WARNED)}>{ t(k::SHARE_QR_ADD) }</button>
            }
            if *stage == WARNED {
                <div class="notice notice-warning no-print" role="note">
                    <p><strong>{ t(k::SHARE_WARNING_TITLE) }</strong></p>
                    <p>{ t(k::SHARE_WARNING_BODY) }</p>
                </div>
                <button type="button" class="btn btn-primary no-print" onclick={go(CREATED)}>{ t(k::SHARE_QR_CREATE) }</button>
            }
            if *stage == CREATED {
                { qr_code(&link(answers.answers())) }
            }
        </section>
    }
}
