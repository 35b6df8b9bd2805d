use std::rc::Rc;

use yew::prelude::*;

use crate::platform::{clinic_verify, dom, location, origin};
use painpath_core::clinic::{settings_only, Clinic, Rejected};

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
    /// Signed with one of the site's keys (and, in a frame, shown on the
    /// clinic page the signature names), checked on this device. Until
    /// then, and otherwise, anyone could have made the link, and the
    /// settings are shown as coming from it.
    verified: UseStateHandle<bool>,
    /// This copy shares its web origin with other pages (see
    /// [`origin::shares_origin`]).
    pub shared_origin: bool,
}

impl PartialEq for ClinicContext {
    fn eq(&self, other: &Self) -> bool {
        // The clinic is read once; the refused settings only ever empty.
        Rc::ptr_eq(&self.clinic, &other.clinic)
            && self.rejected.len() == other.rejected.len()
            && *self.verified == *other.verified
    }
}

impl ClinicContext {
    pub fn rejected(&self) -> &[&'static str] {
        &self.rejected
    }

    pub fn dismiss_rejected(&self) {
        self.rejected.set(Vec::new());
    }

    pub fn verified(&self) -> bool {
        *self.verified
    }

    /// The link set a name, phone, booking link or emergency number.
    pub fn has_details(&self) -> bool {
        let c = &self.clinic;
        c.name.is_some() || c.phone.is_some() || c.booking.is_some() || c.emergency_from_link()
    }

    /// The element that checks the link's signature, when it has one.
    pub fn verifier(&self) -> Html {
        if self.clinic.signature.is_none() {
            return Html::default();
        }
        let (src, integrity) = clinic_verify::script();
        html! { <script {src} {integrity}></script> }
    }
}

/// The clinic's settings: the link is read once, its accent colour applied,
/// and anything in it that is not a setting dropped from the address. The
/// answer of the signature check ([`ClinicContext::verifier`]) is heard here.
#[hook]
pub fn use_clinic_state() -> ClinicContext {
    let read = use_memo((), |_| {
        let (clinic, rejected) = clinic_from_location();
        if let Some(accent) = &clinic.accent {
            dom::set_accent(accent);
        }
        location::show_query(&settings_only(&location::query()));
        (Rc::new(clinic), rejected, origin::shares_origin())
    });
    let verified = use_state(|| false);
    {
        let verified = verified.clone();
        use_effect_with((), move |_| {
            let listener = clinic_verify::on_verified(move || verified.set(true));
            move || drop(listener)
        });
    }
    ClinicContext {
        clinic: read.0.clone(),
        rejected: use_state(|| read.1.clone()),
        verified,
        shared_origin: read.2,
    }
}
