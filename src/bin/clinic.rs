//! The clinic page's app (`clinic.html`). See `painpath::start_clinic`.

fn main() {
    painpath::start_clinic();
}
