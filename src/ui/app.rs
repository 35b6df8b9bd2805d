use yew::prelude::*;

use super::pages::welcome::Welcome;
use crate::text::t;

/// Which screen is showing.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Screen {
    Welcome,
    Questions,
}

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    let screen = use_state(|| Screen::Welcome);
    let start = {
        let screen = screen.clone();
        Callback::from(move |_| screen.set(Screen::Questions))
    };
    html! {
        <>
            <header class="site-header">
                <span class="brand">{ t("app.name") }</span>
            </header>
            <main id="main" class="page">
                { match *screen {
                    Screen::Welcome => html! { <Welcome on_start={start} /> },
                    Screen::Questions => html! {
                        <section class="card" aria-labelledby="q-title">
                            <h1 id="q-title">{ t("questions.safety.title") }</h1>
                            <p>{ t("questions.safety.intro") }</p>
                        </section>
                    },
                } }
            </main>
            <footer class="site-footer"><p>{ t("footer.not_diagnosis") }</p></footer>
        </>
    }
}
