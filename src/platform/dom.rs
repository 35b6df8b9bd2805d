//! The document itself: focus, scrolling, printing, the accent colour, the
//! page's language and title, form values, and the panic screen.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};
use yew::TargetCast;

fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// Move focus to the screen's heading and scroll to the top, so keyboard and
/// screen-reader users start at the top of what changed.
pub fn focus_heading() {
    focus("main h1");
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Move focus to the first element `selector` matches (the browser scrolls
/// it into view).
pub fn focus(selector: &str) {
    let el = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Open the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Set the accent colour (`rrggbb`, already validated) through the CSS object
/// model, which the Content-Security-Policy allows, unlike inline styles.
pub fn set_accent(hex: &str) {
    let root = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(root) = root {
        let style = root.style();
        let _ = style.set_property("--accent", &format!("#{hex}"));
        let _ = style.set_property("--accent-dark", &format!("#{hex}"));
    }
}

/// Tell the browser and assistive technology the page's language and title.
pub fn set_language(lang: &str, title: &str) {
    if let Some(doc) = document() {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", lang);
        }
        doc.set_title(title);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

/// The `content` of `<meta name="{name}">`, written into the page at build time.
pub fn meta_content(name: &str) -> Option<String> {
    document()?
        .query_selector(&format!("meta[name=\"{name}\"]"))
        .ok()??
        .get_attribute("content")
}

/// The address and integrity (`sha384-…`) of one of the app's own script
/// files, by its name in the source (`qr.js`). The build gives files
/// content-hashed names and lists them in `<meta name="painpath-file:…">`;
/// a page built without that step has the plain name and no integrity.
pub fn asset(name: &str) -> (String, Option<String>) {
    let listed = meta_content(&format!("painpath-file:{name}"));
    let mut parts = listed.as_deref().unwrap_or(name).split(' ');
    let file = parts.next().unwrap_or(name).to_string();
    (file, parts.next().map(str::to_string))
}

/// Unhide the element with this id (the page's own load-error message).
pub fn unhide(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let _ = el.remove_attribute("hidden");
    }
}

/// Replace the whole body with an error screen: a heading, paragraphs and
/// links (`(text, href)`, the first the main one). Built element by element
/// from plain text: the page parses no markup from script (Trusted Types).
pub fn replace_body_with_message(title: &str, paragraphs: &[&str], links: &[(&str, &str)]) {
    let Some(doc) = document() else { return };
    let el = |tag: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let e = doc.create_element(tag).ok()?;
        e.set_class_name(class);
        e.set_text_content(Some(text));
        Some(e)
    };
    let build = || {
        let body = doc.body()?;
        let main = el("main", "page", "")?;
        let card = el("section", "card crash", "")?;
        let _ = card.set_attribute("role", "alert");
        let heading = el("h1", "", title)?;
        card.append_child(&heading).ok()?;
        for text in paragraphs {
            let p = el("p", "", text)?;
            card.append_child(&p).ok()?;
        }
        let actions = el("p", "crash-actions", "")?;
        for (i, (text, href)) in links.iter().enumerate() {
            let a = el("a", if i == 0 { "btn btn-primary" } else { "btn" }, text)?;
            let _ = a.set_attribute("href", href);
            actions.append_child(&a).ok()?;
        }
        card.append_child(&actions).ok()?;
        main.append_child(&card).ok()?;
        body.set_text_content(None);
        body.append_child(&main).ok()
    };
    let _ = build();
}

/// Hand the page's start-up script (`web/boot.js`) the error screen it
/// shows if the wasm stops (`window.painpathCrashScreen`).
pub fn prepare_crash_screen(words: &str) {
    if let Some(w) = web_sys::window() {
        let _ = js_sys::Reflect::set(
            &w,
            &wasm_bindgen::JsValue::from_str("painpathCrashScreen"),
            &wasm_bindgen::JsValue::from_str(words),
        );
    }
}

/// Marks a committed render, so benchmarks can time an answer change to the
/// updated screen.
pub fn mark_rendered() {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark("painpath:rendered");
    }
}

/// The text typed into the input an event came from. Only for handlers on
/// an `<input>`: the element is not checked (a check costs download size).
pub fn input_value(e: &yew::InputEvent) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

/// The option chosen in the `<select>` an event came from. Only for
/// handlers on a `<select>`, as above.
pub fn select_value(e: &yew::Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlSelectElement>()
        .value()
}

/// Whether the page's start-up script marked the page with `attribute`
/// (on `<html>`); removes the mark, so what it stands for is acted on once
/// in the page's life.
pub fn take_mark(attribute: &str) -> bool {
    let Some(root) = document().and_then(|d| d.document_element()) else {
        return false;
    };
    let set = root.get_attribute(attribute).is_some();
    let _ = root.remove_attribute(attribute);
    set
}

/// The time now, as ISO 8601 in UTC (`2026-11-24T08:00:00.000Z`).
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today's date on this device, as `YYYY-MM-DD` (read the same way in
/// every language).
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Save `text` as a file called `name` through a link to an in-memory Blob:
/// nothing leaves the device. `false` when the browser refuses.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let Some(doc) = document() else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let link = doc
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    let done = match link {
        Some(a) => {
            a.set_href(&url);
            a.set_download(name);
            a.click();
            true
        }
        None => false,
    };
    // Let the download read the Blob, then free it.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    done
}
