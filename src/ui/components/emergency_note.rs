use yew::prelude::*;

use crate::text::{fill, k, t};
use painpath_core::clinic::Clinic;
use painpath_core::phrases::DEFAULT_EMERGENCY_NUMBER;

/// Under an emergency number other than the usual one: that it came from
/// the link, with the usual number beside it. A link can set only a real
/// national number, but not necessarily the one where the person is.
pub fn view(clinic: &Clinic) -> Html {
    if !clinic.emergency_from_link() {
        return Html::default();
    }
    html! {
        <p class="small emergency-source">{ fill(t(k::EMERGENCY_FROM_LINK), &[("number", &clinic.emergency_number), ("default", DEFAULT_EMERGENCY_NUMBER)]) }</p>
    }
}
