//! One labelled radio button or checkbox: the option markup every list of
//! choices shares (questions, the body map's list, the clinic page).

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Radio,
    Checkbox,
}

#[derive(Properties, PartialEq)]
pub struct OptionInputProps {
    pub kind: InputKind,
    /// The input's id, also what its label points at.
    pub id: AttrValue,
    #[prop_or_default]
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub value: Option<AttrValue>,
    pub checked: bool,
    pub label: AttrValue,
    /// Called when the person checks (or, for a checkbox, unchecks) it.
    pub on_change: Callback<()>,
}

#[function_component(OptionInput)]
pub fn option_input(props: &OptionInputProps) -> Html {
    let kind = match props.kind {
        InputKind::Radio => "radio",
        InputKind::Checkbox => "checkbox",
    };
    let on_change = props.on_change.clone();
    let onchange = Callback::from(move |_: Event| on_change.emit(()));
    html! {
        <label class="option" for={props.id.clone()}>
            <input type={kind} id={props.id.clone()} name={props.name.clone()} value={props.value.clone()}
                checked={props.checked} {onchange} />
            <span>{ props.label.clone() }</span>
        </label>
    }
}
