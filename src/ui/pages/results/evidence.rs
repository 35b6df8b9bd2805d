//! The evidence in numbers for one procedure: icon arrays of 100 people
//! with their text equivalent, or a plain "no reliable numbers".

use yew::prelude::*;

use crate::text::{fill, k, keys, t, Key};
use painpath_core::assessment::Procedure;
use painpath_core::knowledge::evidence::{evidence, Numbers};

/// 100 small figures, `n` of them filled, in a 10 × 10 grid. The picture
/// is an image with its count as its name; the sentence beside it says the
/// same in words for print and screen readers.
fn icon_array(n: u8, label: &str, class: &'static str) -> Html {
    let name = fill(t(k::EVIDENCE_ARRAY), &[("n", &n.to_string())]);
    html! {
        <figure class={classes!("icon-array", class)}>
            <svg viewBox="0 0 100 100" role="img" aria-label={format!("{label}: {name}")}>
            { for (0..100u8).map(|i| {
                let (x, y) = (f32::from(i % 10) * 10.0 + 5.0, f32::from(i / 10) * 10.0);
                html! {
                    <g class={if i < n { "on" } else { "off" }}>
                        <circle cx={x.to_string()} cy={(y + 2.6).to_string()} r="1.9" />
                        <path d={format!("M{} {}h5l-0.8 4.6h-3.4z", x - 2.5, y + 5.0)} />
                    </g>
                }
            }) }
            </svg>
            <figcaption aria-hidden="true"><strong>{ label }</strong>{ ": " }{ name }</figcaption>
        </figure>
    }
}

/// `template` with `{helped}`, `{compared}` and `{harmed}` filled in.
fn with_numbers(template: &str, numbers: Numbers) -> String {
    match numbers {
        Numbers::Counts {
            helped,
            compared,
            harmed,
        } => fill(
            template,
            &[
                ("helped", &helped.to_string()),
                ("compared", &compared.to_string()),
                ("harmed", &harmed.map(|h| h.to_string()).unwrap_or_default()),
            ],
        ),
        Numbers::NoReliable => template.to_string(),
    }
}

/// The full view, on a procedure card and its guide. `heading` is the
/// level the section title takes there.
pub fn view(id: Procedure, heading: &'static str) -> Html {
    let Some(e) = evidence(id) else {
        return Html::default();
    };
    let title = html! { <@{heading} class="evidence-title">{ t(k::EVIDENCE_TITLE) }</@> };
    html! {
        <section class="evidence" data-evidence={id.id()}>
            { title }
            if let Numbers::Counts { helped, compared, .. } = e.numbers {
                <p class="small">{ t(k::EVIDENCE_INTRO) }</p>
                <div class="icon-arrays">
                    { icon_array(helped, t(k::EVIDENCE_WITH), "with") }
                    { icon_array(compared, t(k::EVIDENCE_WITHOUT), "without") }
                </div>
            } else {
                <p><strong>{ t(k::EVIDENCE_NONE_TITLE) }</strong></p>
            }
            <p class="evidence-text">{ with_numbers(t(keys::engine(e.summary)), e.numbers) }</p>
            <p class="evidence-harm">{ with_numbers(t(keys::engine(e.harm)), e.numbers) }</p>
            if !painpath_core::knowledge::sources::for_patients(e.sources.iter().copied()).is_empty() {
                <p class="small evidence-sources">
                    { for painpath_core::knowledge::sources::for_patients(e.sources.iter().copied()).into_iter().enumerate().map(|(i, s)| html! {
                        <>{ if i > 0 { "; " } else { "" } }{ super::sources::linked(s) }</>
                    }) }
                </p>
            }
        </section>
    }
}

/// One line for the printed summary, in the words `words` gives.
pub fn short(id: Procedure, words: impl Fn(Key) -> &'static str) -> String {
    match evidence(id).map(|e| e.numbers) {
        Some(n @ Numbers::Counts { .. }) => with_numbers(words(k::EVIDENCE_SHORT_COUNTS), n),
        _ => words(k::EVIDENCE_SHORT_NONE).to_string(),
    }
}
