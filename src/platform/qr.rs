//! The clinic page's QR code, drawn by `clinic-qr.js` (which in turn loads
//! npm qrcode-generator's `qrcode.js`). The clinic page renders a `<script>`
//! element for it, so the script loads with that page only and patients
//! never download either. No call crosses between Rust and the script: it
//! reads the link from the page's `#c-link` field, draws into `#qr-code`,
//! and draws again after the clinic form's `input` and `change` events.
//! Rendering the element costs the app nothing to download, where loading
//! and calling the script from Rust would.

/// The script's address, next to the page (same origin, as the
/// Content-Security-Policy requires).
pub const SCRIPT: &str = "clinic-qr.js";

/// The script that draws a person's results link as a QR code into every
/// `.share-qr` element (from its `data-link`), loading the same library.
/// Rendered only once the person has read the warning and asked for the
/// link, so a first visit downloads neither.
pub const SHARE_SCRIPT: &str = "share-qr.js";
