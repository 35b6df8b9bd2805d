use yew::prelude::*;

use crate::platform::location;
use crate::text::t;
use painpath_core::{codec, Answers};

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub answers: Answers,
}

/// How far the person has gone: the warning comes before the link.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Stage {
    Closed,
    Warned,
    Created,
}

/// The share panel: a warning first, then the link.
#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    let stage = use_state(|| Stage::Closed);
    let go = |to: Stage| {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(to))
    };
    let link = format!(
        "{}#/shared/{}",
        location::page_address(),
        codec::encode(&props.answers)
    );
    html! {
        <section class="card share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{ t("share.title") }</h2>
            <p>{ t("share.intro") }</p>
            if *stage == Stage::Closed {
                <button type="button" class="btn" onclick={go(Stage::Warned)}>{ t("share.start") }</button>
            }
            if *stage >= Stage::Warned {
                <div class="notice notice-warning" role="note">
                    <p><strong>{ t("share.warning.title") }</strong></p>
                    <p>{ t("share.warning.body") }</p>
                </div>
            }
            if *stage == Stage::Warned {
                <button type="button" class="btn btn-primary" onclick={go(Stage::Created)}>{ t("share.create") }</button>
            }
            if *stage == Stage::Created {
                <label for="share-link" class="question-label">{ t("share.link_label") }</label>
                <input id="share-link" class="share-link" type="text" readonly=true value={link} />
                <p class="small">{ t("share.copy_hint") }</p>
            }
        </section>
    }
}
