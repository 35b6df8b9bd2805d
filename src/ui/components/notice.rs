use yew::prelude::*;

/// A short status message with one button, above the page. A plain
/// function rather than a component: each component type Yew mounts adds
/// to the download, and a notice keeps no state of its own.
///
/// `printed`: kept on the printed page; most notices are about the screen only.
pub fn notice(message: &str, action: &str, on_action: &Callback<()>, printed: bool) -> Html {
    let onclick = on_action.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("notice", "notice-info", (!printed).then_some("no-print"))} role="status">
            <p>{ message }</p>
            <button type="button" class="btn btn-small" {onclick}>{ action }</button>
        </div>
    }
}
