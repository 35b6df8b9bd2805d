use yew::prelude::*;

use crate::text::{fill, t};

/// The sources behind everything above, folded away.
pub fn view(sources: &[&'static str]) -> Html {
    html! {
        <section class="card" aria-labelledby="sources-title">
            <h2 id="sources-title">{ t("results.sources.title") }</h2>
            <details>
                <summary>{ fill(t("results.sources.count"), &[("count", &sources.len().to_string())]) }</summary>
                <ul class="sources">{ for sources.iter().map(|id| html! { <li>{ t(&format!("source.{id}")) }</li> }) }</ul>
            </details>
            <p class="small">{ t("footer.not_diagnosis") }</p>
        </section>
    }
}
