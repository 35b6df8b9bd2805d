//! Browser component tests: mount real components in headless Chromium and
//! assert on what a person sees. Run with
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use painpath::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// Mount the whole app in a fresh element and let it render.
async fn mount_app() -> web_sys::Element {
    let root = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn h1(root: &web_sys::Element) -> String {
    root.query_selector("h1")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn button(root: &web_sys::Element, label: &str) -> HtmlElement {
    let list = root.query_selector_all("button").expect("buttons");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"))
}

#[wasm_bindgen_test]
async fn welcome_shows_purpose_privacy_and_emergency_advice() {
    let root = mount_app().await;
    assert_eq!(h1(&root), "Could a pain specialist help you?");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Your answers stay on this device."), "{text}");
    assert!(text.contains("call 911"), "{text}");
    assert!(text.contains("not a diagnosis"), "{text}");
}

#[wasm_bindgen_test]
async fn start_opens_the_safety_questions() {
    let root = mount_app().await;
    button(&root, "Start").click();
    yew::scheduler::flush().await;
    assert_eq!(h1(&root), "First, a few safety questions");
}
