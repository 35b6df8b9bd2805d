use std::rc::Rc;

use yew::html::ChildrenProps;
use yew::prelude::*;

use crate::platform::{dom, location};
use painpath_core::clinic::{Clinic, Rejected};

/// Clinic settings from the page's query string. Read at start-up (for the
/// link's language) and once by the provider.
pub(crate) fn clinic_from_location() -> (Clinic, Rejected) {
    Clinic::from_query(&location::query())
}

/// The clinic's settings, and which ones its link got wrong.
#[derive(Clone)]
pub struct ClinicContext {
    pub clinic: Rc<Clinic>,
    /// Settings in the link that were refused, until the person dismisses
    /// the notice.
    pub rejected: Rc<Rejected>,
    pub dismiss_rejected: Callback<()>,
}

impl PartialEq for ClinicContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.clinic, &other.clinic)
            && self.rejected == other.rejected
            && self.dismiss_rejected == other.dismiss_rejected
    }
}

/// Reads the clinic's link once and applies its accent colour.
#[function_component(ClinicProvider)]
pub fn clinic_provider(props: &ChildrenProps) -> Html {
    let read = use_memo((), |_| {
        let (clinic, rejected) = clinic_from_location();
        if let Some(accent) = &clinic.accent {
            dom::set_accent(accent);
        }
        (Rc::new(clinic), rejected)
    });
    let rejected = use_state(|| Rc::new(read.1.clone()));
    let dismiss_rejected = {
        let rejected = rejected.clone();
        use_callback((), move |_: (), _| rejected.set(Rc::default()))
    };
    let context = ClinicContext {
        clinic: read.0.clone(),
        rejected: (*rejected).clone(),
        dismiss_rejected,
    };
    super::provide(context, props.children.clone())
}

/// The clinic's settings (defaults when the link set none).
#[hook]
pub fn use_clinic() -> ClinicContext {
    super::use_provided("ClinicProvider")
}
