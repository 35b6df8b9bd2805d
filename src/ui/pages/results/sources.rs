use yew::prelude::*;

use crate::text::{fill, k, keys, t};
use painpath_core::knowledge::sources::{for_patients, link};

/// One source: its published title, linked to the guideline, paper or
/// publisher's page. The address is fixed in the knowledge base, never
/// built from answers; it opens in a new tab with no referrer.
pub fn linked(id: &str) -> Html {
    let title = t(keys::source(id));
    match link(id) {
        Some(url) => html! {
            <a href={url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">{ title }</a>
        },
        None => html! { { title } },
    }
}

/// The sources a patient is shown, as a list of links (clinics' articles
/// and the 1994 guideline are left out: they are the rules' recorded
/// provenance, not sources to follow).
pub fn list(ids: &[&'static str]) -> Html {
    html! {
        <ul class="sources">{ for for_patients(ids.iter().copied()).into_iter().map(|id| html! { <li>{ linked(id) }</li> }) }</ul>
    }
}

/// The sources behind everything above, folded away.
pub fn view(sources: &[&'static str]) -> Html {
    let count = for_patients(sources.iter().copied()).len();
    if count == 0 {
        return html! {};
    }
    html! {
        <section class="card" aria-labelledby="sources-title">
            <h2 id="sources-title">{ t(k::RESULTS_SOURCES_TITLE) }</h2>
            <details class="more-details">
                <summary>{ fill(t(k::RESULTS_SOURCES_COUNT), &[("count", &count.to_string())]) }</summary>
                { list(sources) }
            </details>
        </section>
    }
}
