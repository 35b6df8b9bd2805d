//! "Save for my clinic's records": the person's answers as a FHIR R4
//! QuestionnaireResponse (made by `painpath_core::fhir`), saved as a file
//! straight from the device. Nothing is sent anywhere.

use yew::prelude::*;

use crate::platform::dom;
use crate::text::{self, k, t};
use crate::ui::providers::use_answers;
use painpath_core::fhir;

/// The downloaded file's name.
pub const FILE_NAME: &str = "painpath-answers.json";

#[function_component(RecordsPanel)]
pub fn records_panel() -> Html {
    let answers = use_answers();
    let saved = use_state(|| false);
    let save = {
        let a = answers.answers().clone();
        let saved = saved.clone();
        Callback::from(move |_: MouseEvent| {
            let lang = text::language();
            let words = |key: &str| text::lookup_in(lang, key);
            let response = fhir::response(&a, &words, lang, Some(&dom::now_iso()));
            if dom::download(FILE_NAME, "application/fhir+json", &response.text()) {
                saved.set(true);
            }
        })
    };
    html! {
        <section class="card records no-print" aria-labelledby="records-title">
            <h2 id="records-title">{ t(k::FHIR_TITLE) }</h2>
            <p>{ t(k::FHIR_INTRO) }</p>
            <button type="button" class="btn" onclick={save}>{ t(k::FHIR_SAVE) }</button>
            <p class="small" role="status">{ if *saved { t(k::FHIR_SAVED) } else { "" } }</p>
        </section>
    }
}
