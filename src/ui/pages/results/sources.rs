use yew::prelude::*;

use crate::text::{fill, k, keys, t};

/// The sources behind everything above, folded away.
pub fn view(sources: &[&'static str]) -> Html {
    html! {
        <section class="card" aria-labelledby="sources-title">
            <h2 id="sources-title">{ t(k::RESULTS_SOURCES_TITLE) }</h2>
            <details class="more-details">
                <summary>{ fill(t(k::RESULTS_SOURCES_COUNT), &[("count", &sources.len().to_string())]) }</summary>
                <ul class="sources">{ for sources.iter().map(|id| html! { <li>{ t(keys::source(id)) }</li> }) }</ul>
            </details>
            <p class="small">{ t(k::FOOTER_NOT_DIAGNOSIS) }</p>
        </section>
    }
}
