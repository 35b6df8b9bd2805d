use yew::prelude::*;

use crate::text::{fill, k, t};
use painpath_core::clinic::{Clinic, Destination};

/// The booking button's words, naming where it leads: the web site's host,
/// the number it calls or the address it writes to.
pub fn booking_label(clinic: &Clinic) -> Option<String> {
    Some(match clinic.booking_destination()? {
        Destination::Web(host) => fill(t(k::RESULTS_CLINIC_BOOK_WEB), &[("host", host)]),
        Destination::Phone(number) => fill(t(k::RESULTS_CLINIC_BOOK_PHONE), &[("number", number)]),
        Destination::Email(address) => {
            fill(t(k::RESULTS_CLINIC_BOOK_EMAIL), &[("address", address)])
        }
    })
}

/// Where the person can book, when a clinic link set it: whose details
/// these are, and where each button leads before it is pressed.
pub fn view(clinic: &Clinic, verified: bool) -> Html {
    if clinic.name.is_none() && clinic.phone.is_none() && clinic.booking.is_none() {
        return html! {};
    }
    let title = clinic.name.as_deref().map_or_else(
        || t(k::RESULTS_CLINIC_TITLE).to_string(),
        |n| fill(t(k::RESULTS_CLINIC_NAMED), &[("name", n)]),
    );
    let source = if verified {
        k::RESULTS_CLINIC_VERIFIED
    } else {
        k::RESULTS_CLINIC_FROM_LINK
    };
    let book = clinic.booking.as_ref().zip(booking_label(clinic)).map(|(href, label)| {
        html! { <a class="btn btn-primary" href={href.clone()} target="_blank" rel="noopener noreferrer">{ label }</a> }
    });
    html! {
        <section class="card clinic-card" aria-labelledby="clinic-title">
            <h2 id="clinic-title">{ title }</h2>
            <p>{ t(k::RESULTS_CLINIC_BODY) }</p>
            <p class="small clinic-source">{ t(source) }</p>
            <div class="clinic-actions">
                if let (Some(phone), Some(link)) = (&clinic.phone, clinic.phone_link()) {
                    <a class="btn" href={link}>{ fill(t(k::RESULTS_CLINIC_CALL), &[("phone", phone)]) }</a>
                }
                { for book }
            </div>
        </section>
    }
}
