//! QR codes, drawn by `qr.js` (which in turn loads npm qrcode-generator's
//! `qrcode.js`): the clinic page's patient link, and a person's results link
//! on the results page and the printed summary. A page renders a `<script>`
//! element for it only where a code is shown, so a first visit downloads
//! neither file. No call crosses between Rust and the script: it reads the
//! link from the page (the clinic page's `#c-link` field, or a `.share-qr`
//! element's `data-link`), draws into the page, and draws again after the
//! clinic form's `input` and `change` events. Rendering the element costs
//! the app nothing to download, where loading and calling the script from
//! Rust would.

/// The script's address, next to the page (same origin, as the
/// Content-Security-Policy requires), and its integrity.
pub fn script() -> (String, Option<String>) {
    super::dom::asset("qr.js")
}
