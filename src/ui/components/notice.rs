use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub message: AttrValue,
    /// The button's label, such as "Dismiss".
    pub action: AttrValue,
    pub on_action: Callback<()>,
    /// Kept on the printed page; most notices are about the screen only.
    #[prop_or_default]
    pub printed: bool,
}

/// A short status message with one button, above the page.
#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let onclick = props.on_action.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("notice", "notice-info", (!props.printed).then_some("no-print"))} role="status">
            <p>{ props.message.clone() }</p>
            <button type="button" class="btn btn-small" {onclick}>{ props.action.clone() }</button>
        </div>
    }
}
