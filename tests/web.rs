//! Browser component tests: mount real components in headless Chromium and
//! assert on what a person sees. Run with
//! `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use painpath::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// An empty element at the end of the page to mount into.
fn new_root() -> Element {
    let root = document().create_element("div").expect("create div");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    root
}

/// Mount the whole app, fresh, at a route.
async fn mount_at(hash: &str) -> Element {
    let window = web_sys::window().expect("window");
    if let Ok(Some(s)) = window.session_storage() {
        let _ = s.clear();
    }
    let _ = window.location().set_hash(hash);
    let root = new_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn h1(root: &Element) -> String {
    find(root, "h1").text_content().unwrap_or_default()
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let list = root.query_selector_all("button").expect("buttons");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button labelled {label:?}"))
}

fn click(el: &Element) {
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("click");
    let _ = el.dispatch_event(&ev);
}

fn press(el: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("keydown");
    let _ = el.dispatch_event(&ev);
}

fn input(root: &Element, selector: &str) -> HtmlInputElement {
    find(root, selector)
        .dyn_into::<HtmlInputElement>()
        .expect("an input")
}

#[wasm_bindgen_test]
async fn welcome_shows_purpose_privacy_and_emergency_advice() {
    let root = mount_at("#/").await;
    assert_eq!(h1(&root), "Could a pain specialist help you?");
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Your answers stay on this device."), "{text}");
    assert!(
        text.contains("Call 911 or go to the nearest emergency department now"),
        "{text}"
    );
    assert!(text.contains("not a diagnosis"), "{text}");
}

#[wasm_bindgen_test]
async fn start_opens_where_it_hurts() {
    let root = mount_at("#/").await;
    button(&root, "Start").click();
    // The hash change reaches the app through the browser's event loop.
    gloo::timers::future::TimeoutFuture::new(30).await;
    yew::scheduler::flush().await;
    assert_eq!(h1(&root), "Where does it hurt?");
}

#[wasm_bindgen_test]
async fn body_map_regions_are_buttons_that_toggle_and_mirror_the_list() {
    let root = mount_at("#/q/where").await;
    assert_eq!(h1(&root), "Where does it hurt?");
    let lower_back = find(&root, "g.region[data-region=lower_back]");
    assert_eq!(lower_back.get_attribute("role").as_deref(), Some("button"));
    assert_eq!(lower_back.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(
        lower_back.get_attribute("aria-label").as_deref(),
        Some("Lower back")
    );
    assert_eq!(
        lower_back.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );

    click(&lower_back);
    yew::scheduler::flush().await;
    let lower_back = find(&root, "g.region[data-region=lower_back]");
    assert_eq!(
        lower_back.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(lower_back
        .get_attribute("class")
        .unwrap_or_default()
        .contains("selected"));
    assert!(
        input(&root, "#region-lower_back").checked(),
        "the list mirrors the map"
    );

    // Keyboard: Enter and Space press a region like a button.
    press(&find(&root, "g.region[data-region=knees]"), "Enter");
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "g.region[data-region=knees]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // A limb's shape is one side: the other knee stays unlit.
    assert_eq!(
        find(&root, "g.region[data-region=knees][data-side=left]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );
    press(&find(&root, "g.region[data-region=knees]"), " ");
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "g.region[data-region=knees]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("false")
    );

    // The list alternative toggles the map.
    input(&root, "#region-neck").click();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&root, "g.region[data-region=neck]")
            .get_attribute("aria-pressed")
            .as_deref(),
        Some("true")
    );
    // Two regions chosen: the "which bothers you most" question appears.
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("Which area bothers you most?"));
}

#[wasm_bindgen_test]
async fn pain_scale_has_eleven_labelled_points_and_records_a_choice() {
    let root = mount_at("#/q/strength").await;
    assert_eq!(h1(&root), "How strong is the pain?");
    let points = root
        .query_selector_all("input[name=peg_pain]")
        .expect("points");
    assert_eq!(points.length(), 11);
    assert_eq!(
        input(&root, "#peg_pain-0")
            .get_attribute("aria-label")
            .as_deref(),
        Some("0, No pain")
    );
    assert_eq!(
        input(&root, "#peg_pain-10")
            .get_attribute("aria-label")
            .as_deref(),
        Some("10, As bad as you can imagine")
    );
    input(&root, "#peg_pain-7").click();
    yew::scheduler::flush().await;
    assert!(input(&root, "#peg_pain-7").checked());
    assert!(!input(&root, "#peg_pain-6").checked());
    // The choice is saved for a reload, with the time it was saved (so it
    // can be forgotten an hour later).
    let saved = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item("painpath.session").ok().flatten())
        .unwrap_or_default();
    assert!(saved.starts_with('t') && saved.contains("|v1|"), "{saved}");
}

#[wasm_bindgen_test]
async fn mood_scale_names_every_point_in_words() {
    let root = mount_at("#/q/mood").await;
    let labels: Vec<String> = {
        let list = root
            .query_selector_all("label[for^=little_interest-]")
            .expect("labels");
        (0..list.length())
            .filter_map(|i| list.item(i))
            .map(|n| n.text_content().unwrap_or_default())
            .collect()
    };
    assert_eq!(
        labels,
        [
            "Not at all",
            "Several days",
            "More than half the days",
            "Nearly every day"
        ]
    );
    input(&root, "#little_interest-3").click();
    yew::scheduler::flush().await;
    assert!(input(&root, "#little_interest-3").checked());
}

#[wasm_bindgen_test]
async fn a_typed_age_out_of_range_shows_a_message_and_keeps_the_answer() {
    let root = mount_at("#/q/about").await;
    let age = input(&root, "#input-age");
    age.set_value("45");
    let _ = age.dispatch_event(&web_sys::InputEvent::new("input").expect("input event"));
    yew::scheduler::flush().await;
    assert!(root.query_selector(".field-error").ok().flatten().is_none());
    age.set_value("450");
    let _ = age.dispatch_event(&web_sys::InputEvent::new("input").expect("input event"));
    yew::scheduler::flush().await;
    let error = find(&root, ".field-error")
        .text_content()
        .unwrap_or_default();
    assert!(error.contains("from 1 to 120"), "{error}");
    assert_eq!(age.get_attribute("aria-invalid").as_deref(), Some("true"));
}

/// Let spawned futures (the language switch) finish, then render.
async fn settle() {
    gloo::timers::future::TimeoutFuture::new(30).await;
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_the_words_and_keeps_the_answers() {
    let root = mount_at("#/q/safety").await;
    assert_eq!(h1(&root), "First, a few safety questions");
    let no = input(&root, "input[type=radio][value=no]");
    click(&no);
    yew::scheduler::flush().await;
    assert!(input(&root, "input[type=radio][value=no]").checked());

    click(&button(&root, "Español"));
    settle().await;
    assert_eq!(h1(&root), "Primero, unas preguntas de seguridad");
    let html = document().document_element().expect("html");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("es"));
    assert!(
        input(&root, "input[type=radio][value=no]").checked(),
        "the answer survived the switch"
    );
    let saved = web_sys::window()
        .and_then(|w| w.session_storage().ok().flatten())
        .and_then(|s| s.get_item("painpath.lang").ok().flatten());
    assert_eq!(saved.as_deref(), Some("es"));

    click(&button(&root, "English"));
    settle().await;
    assert_eq!(h1(&root), "First, a few safety questions");
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    assert!(input(&root, "input[type=radio][value=no]").checked());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_notice_shows_its_message_and_calls_back_from_its_button() {
    use painpath::ui::components::notice::notice;
    use std::{cell::Cell, rc::Rc};
    use yew::prelude::*;

    thread_local! {
        static PRESSED: Rc<Cell<u32>> = Rc::new(Cell::new(0));
    }
    #[function_component(Shown)]
    fn shown() -> Html {
        let pressed = PRESSED.with(Rc::clone);
        let on_action = Callback::from(move |()| pressed.set(pressed.get() + 1));
        notice(
            "Your earlier answers could not be read",
            "Dismiss",
            &on_action,
            false,
        )
    }

    let root = new_root();
    yew::Renderer::<Shown>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let shown = find(&root, "[role=status]");
    let class = shown.get_attribute("class").unwrap_or_default();
    assert!(class.contains("no-print"), "{class}");
    assert!(shown
        .text_content()
        .unwrap_or_default()
        .contains("could not be read"));
    click(&button(&root, "Dismiss"));
    assert_eq!(PRESSED.with(|p| p.get()), 1);
    root.remove();
}
