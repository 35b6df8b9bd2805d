//! A locked results link: the passphrase form. The results it opens are
//! shown by the shared-results page like any other, worked out on this
//! device; nothing is stored.

use yew::prelude::*;

use crate::platform::{dom, lock, spawn};
use crate::text::{k, t};

// Where the person is: typing, checking the passphrase, or told it did not open.
const TYPING: u8 = 0;
const OPENING: u8 = 1;
const WRONG: u8 = 2;

/// The form's state: what is typed, where it is, and the answers' code a
/// passphrase opened (empty until then). Plain strings and a number: each
/// new state type adds to the download.
pub struct Form {
    typed: UseStateHandle<String>,
    stage: UseStateHandle<u8>,
    pub opened: UseStateHandle<String>,
}

#[hook]
pub fn use_form() -> Form {
    Form {
        typed: use_state(String::new),
        stage: use_state(|| TYPING),
        opened: use_state(String::new),
    }
}

/// The passphrase form for the sealed code `sealed`.
pub fn view(form: &Form, sealed: String) -> Html {
    let onsubmit = {
        let (typed, stage, opened) = (form.typed.clone(), form.stage.clone(), form.opened.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            stage.set(OPENING);
            let (stage, opened, sealed, typed) = (
                stage.clone(),
                opened.clone(),
                sealed.clone(),
                (*typed).clone(),
            );
            spawn(async move {
                match lock::unlock(&sealed, &typed).await {
                    Some(code) => opened.set(code),
                    None => stage.set(WRONG),
                }
            });
        })
    };
    let oninput = {
        let typed = form.typed.clone();
        Callback::from(move |e: InputEvent| typed.set(dom::input_value(&e)))
    };
    let script = lock::script();
    html! {
        <section class="card locked" aria-labelledby="locked-title">
            <script src={script.0} integrity={script.1}></script>
            <h1 id="locked-title" tabindex="-1">{ t(k::LOCKED_TITLE) }</h1>
            <p>{ t(k::LOCKED_BODY) }</p>
            <form {onsubmit}>
                <label class="question-label" for="passphrase">{ t(k::LOCKED_LABEL) }</label>
                <input id="passphrase" class="text" type="text" autocomplete="off" autocapitalize="characters"
                    spellcheck="false" value={(*form.typed).clone()} {oninput} aria-describedby="locked-error" />
                <p id="locked-error" class="field-error" role="status">
                    if *form.stage == WRONG { { t(k::LOCKED_WRONG) } }
                </p>
                <button type="submit" class="btn btn-primary" disabled={*form.stage == OPENING}>{ t(k::LOCKED_OPEN) }</button>
            </form>
        </section>
    }
}
