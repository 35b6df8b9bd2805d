//! One labelled radio button or checkbox: the option markup every list of
//! choices shares (questions, the body map's list, the clinic page). A plain
//! function rather than a component: it holds no state, and each component
//! type adds its own copy of Yew's machinery to the download.

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Radio,
    Checkbox,
}

pub struct OptionInput {
    pub kind: InputKind,
    /// The input's id, also what its label points at.
    pub id: AttrValue,
    pub name: Option<AttrValue>,
    pub value: Option<AttrValue>,
    pub checked: bool,
    pub label: AttrValue,
    /// Called when the person checks (or, for a checkbox, unchecks) it.
    pub on_change: Callback<()>,
}

pub fn option_input(props: OptionInput) -> Html {
    let kind = match props.kind {
        InputKind::Radio => "radio",
        InputKind::Checkbox => "checkbox",
    };
    let on_change = props.on_change;
    let onchange = Callback::from(move |_: Event| on_change.emit(()));
    html! {
        <label class="option" for={props.id.clone()}>
            <input type={kind} id={props.id} name={props.name} value={props.value}
                checked={props.checked} {onchange} />
            <span>{ props.label }</span>
        </label>
    }
}
