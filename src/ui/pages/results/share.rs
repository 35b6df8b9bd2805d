use yew::prelude::*;

use crate::platform::{location, lock, qr, spawn};
use crate::text::{k, t};
use crate::ui::providers::use_answers;
use painpath_core::clinic::settings_only;
use painpath_core::codec;

// How far the person has gone: the warning comes before the link. Plain
// numbers: a state of a type of its own would add to the download.
const CLOSED: u8 = 0;
const WARNED: u8 = 1;
const PLAIN: u8 = 2;
const LOCKED: u8 = 3;
const LOCK_FAILED: u8 = 4;

/// What a locked link's code starts with (never part of a plain code,
/// whose characters are base64url).
pub const LOCKED_PREFIX: &str = "L.";

/// The results link as a QR code, drawn on the device by the page's QR
/// script (loaded only when this is shown).
pub fn qr_code(link: &str) -> Html {
    let (script, integrity) = qr::script();
    html! {
        <figure class="share-qr-figure">
            <div class="share-qr" role="img" aria-label={t(k::SHARE_QR_LABEL)} data-link={link.to_string()}></div>
            <figcaption class="small">{ t(k::SHARE_QR_HINT) }</figcaption>
            <script src={script} {integrity}></script>
        </figure>
    }
}

/// Where results links point: this page, with the clinic's settings (and
/// nothing else from the address).
fn link_base() -> String {
    format!(
        "{}{}#/shared/",
        location::origin_and_path(),
        settings_only(&location::query())
    )
}

/// The plain results link of these answers.
pub fn link(answers: &painpath_core::Answers) -> String {
    format!("{}{}", link_base(), codec::encode(answers))
}

/// The share panel: a warning first, then a locked link and its passphrase
/// (offered first), or a plain link.
#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let answers = use_answers();
    let stage = use_state(|| CLOSED);
    // The locked link's code and its passphrase.
    let sealed = use_state(String::new);
    let passphrase = use_state(String::new);
    let go = |to: u8| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(to))
    };
    let make_locked = {
        let (stage, sealed, passphrase) = (stage.clone(), sealed.clone(), passphrase.clone());
        let code = codec::encode(answers.answers());
        Callback::from(move |_: MouseEvent| {
            let (stage, sealed, passphrase, code) = (
                stage.clone(),
                sealed.clone(),
                passphrase.clone(),
                code.clone(),
            );
            spawn(async move {
                match lock::lock(&code).await {
                    Some((code, words)) => {
                        sealed.set(format!("{LOCKED_PREFIX}{code}"));
                        passphrase.set(words);
                        stage.set(LOCKED);
                    }
                    None => stage.set(LOCK_FAILED),
                }
            });
        })
    };
    let lock_script = lock::script();
    let link = match *stage {
        PLAIN => link(answers.answers()),
        LOCKED => format!("{}{}", link_base(), *sealed),
        _ => String::new(),
    };
    html! {
        <section class="card share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{ t(k::SHARE_TITLE) }</h2>
            <p>{ t(k::SHARE_INTRO) }</p>
            if *stage == CLOSED {
                <button type="button" class="btn" onclick={go(WARNED)}>{ t(k::SHARE_START) }</button>
            }
            if *stage == LOCKED {
                <div class="notice notice-warning" role="note">
                    <p>{ t(k::SHARE_LOCKED_NOTE) }</p>
                </div>
            } else if *stage >= WARNED {
                <div class="notice notice-warning" role="note">
                    <p><strong>{ t(k::SHARE_WARNING_TITLE) }</strong></p>
                    <p>{ t(k::SHARE_WARNING_BODY) }</p>
                </div>
            }
            if *stage == WARNED || *stage == LOCK_FAILED {
                <script src={lock_script.0} integrity={lock_script.1}></script>
                <p>{ t(k::SHARE_LOCK_EXPLAIN) }</p>
                if *stage == LOCK_FAILED {
                    <p class="field-error" role="status">{ t(k::SHARE_LOCK_FAILED) }</p>
                } else {
                    <button type="button" class="btn btn-primary" onclick={make_locked}>{ t(k::SHARE_CREATE_LOCKED) }</button>
                }
                <button type="button" class="btn" onclick={go(PLAIN)}>{ t(k::SHARE_CREATE) }</button>
            }
            if *stage == PLAIN || *stage == LOCKED {
                <label for="share-link" class="question-label">{ t(k::SHARE_LINK_LABEL) }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={link.clone()} />
                <p class="small">{ t(k::SHARE_COPY_HINT) }</p>
            }
            if *stage == LOCKED {
                <p class="passphrase-label">{ t(k::SHARE_PASSPHRASE_LABEL) }</p>
                <p class="passphrase" id="share-passphrase">{ (*passphrase).clone() }</p>
                <p class="small">{ t(k::SHARE_PASSPHRASE_HINT) }</p>
            }
            if *stage == PLAIN || *stage == LOCKED {
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
        <section class={classes!("summary-qr", (*stage != PLAIN).then_some("no-print"))}>
            if *stage == CLOSED {
                <button type="button" class="btn no-print" onclick={go(WARNED)}>{ t(k::SHARE_QR_ADD) }</button>
            }
            if *stage == WARNED {
                <div class="notice notice-warning no-print" role="note">
                    <p><strong>{ t(k::SHARE_WARNING_TITLE) }</strong></p>
                    <p>{ t(k::SHARE_WARNING_BODY) }</p>
                </div>
                <button type="button" class="btn btn-primary no-print" onclick={go(PLAIN)}>{ t(k::SHARE_QR_CREATE) }</button>
            }
            if *stage == PLAIN {
                { qr_code(&link(answers.answers())) }
            }
        </section>
    }
}
