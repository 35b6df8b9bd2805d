use yew::prelude::*;

use super::Voice;
use crate::text::{k, keys, t};
use crate::ui::route::Route;
use painpath_core::assessment::{Candidacy, CandidacyResult, Reason};

/// Whether the person looks like a candidate, and what is still needed.
/// Reasons the banner already gave are not repeated.
/// `safety_first` is the step with safety questions still unanswered, if any:
/// they come before any verdict, and the card links back to them.
pub fn view(
    voice: Voice,
    c: &CandidacyResult,
    in_banner: &[&Reason],
    safety_first: Option<&'static str>,
) -> Html {
    let verdict_class = match c.verdict {
        Candidacy::Likely => "verdict-likely",
        Candidacy::Possible => "verdict-possible",
        Candidacy::NotYet => "verdict-not-yet",
        Candidacy::NotSuitable => "verdict-not-suitable",
    };
    let reasons: Vec<&'static str> = c
        .reasons
        .iter()
        .filter(|x| !in_banner.contains(x))
        .map(|x| x.text)
        .collect();
    let more = !reasons.is_empty() || !c.still_needed.is_empty();
    html! {
        <section class="card" aria-labelledby="candidacy-title">
            <h2 id="candidacy-title">{ t(k::RESULTS_CANDIDACY_TITLE) }</h2>
            <p class={classes!("verdict", verdict_class)}>{ t(keys::candidacy(c.verdict)) }</p>
            if more {
                <details class="more-details">
                    <summary>{ t(k::RESULTS_DETAILS_CANDIDACY) }</summary>
                    { voice.list(reasons) }
                    if !c.still_needed.is_empty() {
                        <h3>{ t(k::RESULTS_CANDIDACY_STILL) }</h3>
                        { voice.list(c.still_needed.iter().copied()) }
                    }
                </details>
            }
            if let Some(step) = safety_first {
                <a class="btn btn-primary" href={Route::Step(step).hash()}>{ t(k::RESULTS_SAFETY_FIRST_LINK) }</a>
            }
        </section>
    }
}
