//! Component tests in headless Chromium (wasm-bindgen-test): the app as a user meets it.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Renders a fresh app into its own element and waits for the first render.
async fn render_app() -> Element {
    let document = gloo_document();
    let root = document.create_element("div").expect("create a div");
    document.body().expect("a body").append_child(&root).expect("append the root");
    yew::Renderer::<valuelens::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn gloo_document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn dispatch(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("an event");
    target.dispatch_event(&event).expect("dispatch");
}

fn text_of(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shows_the_title_the_description_box_and_four_audiences() {
    let root = render_app().await;
    assert_eq!(text_of(&root, "h1"), "ValueLens");
    assert!(root.query_selector("textarea#description").ok().flatten().is_some());
    assert_eq!(root.query_selector_all("input[type=radio]").map(|l| l.length()).unwrap_or(0), 4);
    assert_eq!(text_of(&root, ".result h2"), "For the board");
}

#[wasm_bindgen_test]
async fn typing_and_choosing_an_audience_updates_the_result() {
    let root = render_app().await;
    let textarea: HtmlTextAreaElement = root
        .query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("the description box");
    textarea.set_value("We run the mail service for 1,200 staff.");
    dispatch(&textarea, "input");
    let peer: HtmlInputElement = root
        .query_selector("input[value=peer]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
        .expect("the peer choice");
    peer.set_checked(true);
    dispatch(&peer, "change");
    yew::scheduler::flush().await;
    assert_eq!(text_of(&root, ".result h2"), "For a peer");
    assert!(text_of(&root, ".figures").contains("Words8"), "{}", text_of(&root, ".figures"));
    assert!(text_of(&root, ".grade").starts_with("Too short to score"));
}
