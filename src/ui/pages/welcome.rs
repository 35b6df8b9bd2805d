use yew::prelude::*;

use crate::text::t;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub on_start: Callback<()>,
}

/// The first screen: what PainPath does, the privacy promise, the limits, and Start.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let on_click = {
        let cb = props.on_start.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{ t("welcome.title") }</h1>
            <p class="lead">{ t("welcome.lead") }</p>
            <ul class="promises">
                <li><strong>{ t("welcome.what.title") }</strong>{" "}{ t("welcome.what.body") }</li>
                <li><strong>{ t("welcome.private.title") }</strong>{" "}{ t("welcome.private.body") }</li>
                <li><strong>{ t("welcome.time.title") }</strong>{" "}{ t("welcome.time.body") }</li>
            </ul>
            <div class="notice notice-emergency" role="note">
                <h2>{ t("welcome.emergency.title") }</h2>
                <p>{ t("welcome.emergency.body") }</p>
            </div>
            <p class="small">{ t("welcome.not_diagnosis") }</p>
            <button type="button" class="btn btn-primary btn-large" onclick={on_click}>
                { t("welcome.start") }
            </button>
        </section>
    }
}
