use std::rc::Rc;

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
    rejected: UseStateHandle<Rejected>,
}

impl PartialEq for ClinicContext {
    fn eq(&self, other: &Self) -> bool {
        // The clinic is read once; the refused settings only ever empty.
        Rc::ptr_eq(&self.clinic, &other.clinic) && self.rejected.len() == other.rejected.len()
    }
}

impl ClinicContext {
    pub fn rejected(&self) -> &[&'static str] {
        &self.rejected
    }

    pub fn dismiss_rejected(&self) {
        self.rejected.set(Vec::new());
    }
}

/// The clinic's settings: the link is read once and its accent colour applied.
#[hook]
pub fn use_clinic_state() -> ClinicContext {
    let read = use_memo((), |_| {
        let (clinic, rejected) = clinic_from_location();
        if let Some(accent) = &clinic.accent {
            dom::set_accent(accent);
        }
        (Rc::new(clinic), rejected)
    });
    ClinicContext {
        clinic: read.0.clone(),
        rejected: use_state(|| read.1.clone()),
    }
}
