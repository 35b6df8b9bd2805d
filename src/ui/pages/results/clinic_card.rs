use yew::prelude::*;

use crate::text::{fill, k, t};
use painpath_core::clinic::Clinic;

/// Where the person can book, when a clinic link set it.
pub fn view(clinic: &Clinic) -> Html {
    if clinic.name.is_none() && clinic.phone.is_none() && clinic.booking.is_none() {
        return html! {};
    }
    let title = clinic.name.as_deref().map_or_else(
        || t(k::RESULTS_CLINIC_TITLE).to_string(),
        |n| fill(t(k::RESULTS_CLINIC_NAMED), &[("name", n)]),
    );
    html! {
        <section class="card clinic-card" aria-labelledby="clinic-title">
            <h2 id="clinic-title">{ title }</h2>
            <p>{ t(k::RESULTS_CLINIC_BODY) }</p>
            <div class="clinic-actions">
                if let (Some(phone), Some(link)) = (&clinic.phone, clinic.phone_link()) {
                    <a class="btn" href={link}>{ fill(t(k::RESULTS_CLINIC_CALL), &[("phone", phone)]) }</a>
                }
                if let Some(book) = &clinic.booking {
                    <a class="btn btn-primary" href={book.clone()} target="_blank" rel="noopener noreferrer">{ t(k::RESULTS_CLINIC_BOOK) }</a>
                }
            </div>
        </section>
    }
}
