use yew::prelude::*;

use crate::text::{fill, t};
use painpath_core::clinic::Clinic;

/// Where the person can book, when a clinic link set it.
pub fn view(clinic: &Clinic) -> Html {
    if clinic.name.is_none() && clinic.phone.is_none() && clinic.booking.is_none() {
        return html! {};
    }
    let title = clinic.name.as_deref().map_or_else(
        || t("results.clinic.title").to_string(),
        |n| fill(t("results.clinic.named"), &[("name", n)]),
    );
    html! {
        <section class="card clinic-card" aria-labelledby="clinic-title">
            <h2 id="clinic-title">{ title }</h2>
            <p>{ t("results.clinic.body") }</p>
            <div class="clinic-actions">
                if let (Some(phone), Some(link)) = (&clinic.phone, clinic.phone_link()) {
                    <a class="btn" href={link}>{ fill(t("results.clinic.call"), &[("phone", phone)]) }</a>
                }
                if let Some(book) = &clinic.booking {
                    <a class="btn btn-primary" href={book.clone()} target="_blank" rel="noopener noreferrer">{ t("results.clinic.book") }</a>
                }
            </div>
        </section>
    }
}
