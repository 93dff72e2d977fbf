//! When something goes badly wrong: a panic hook that, instead of the blank page a crashed app
//! would leave, shows a plain explanation and the user's own text, ready to copy. The text is
//! remembered after every change (and saved in the browser by then), so nothing typed is lost.
//! Built with DOM calls that only ever set text, never HTML.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::browser::document;

thread_local! {
    /// The user's texts as last rendered: (what it is, the text).
    static TEXTS: RefCell<Vec<(&'static str, String)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers the user's texts, to offer them if the app crashes.
pub fn remember(texts: Vec<(&'static str, String)>) {
    TEXTS.with(|cell| {
        if let Ok(mut slot) = cell.try_borrow_mut() {
            *slot = texts;
        }
    });
}

/// Shows the crash panel on any panic (in place of Yew's default hook, which only logs).
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let detail = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&detail));
        show(&detail);
    }));
}

/// For the end-to-end test of the crash panel: panics, as a bug would. Not reachable from the UI.
#[wasm_bindgen(js_name = valuelensCrashForTest)]
pub fn crash_for_test() {
    panic!("a test asked ValueLens to crash");
}

fn element(document: &Document, tag: &str, class: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    if !text.is_empty() {
        element.set_text_content(Some(text));
    }
    Some(element)
}

/// Hides the app and shows the crash panel with the remembered texts and `detail`.
pub fn show(detail: &str) {
    let Some(document) = document() else { return };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let Some(panel) = element(&document, "section", "crash", "") else { return };
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("aria-labelledby", "crash-heading");
    let mut parts = Vec::new();
    if let Some(heading) = element(&document, "h1", "", "Something went wrong in ValueLens") {
        heading.set_id("crash-heading");
        parts.push(heading);
    }
    parts.extend(element(
        &document,
        "p",
        "",
        "Your text is safe: it was saved in this browser, and it is below to copy. \
         Reload the page to carry on where you were.",
    ));
    if let Some(reload) = element(&document, "a", "button primary", "Reload ValueLens") {
        let location = web_sys::window().map(|w| w.location());
        let here = location
            .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
            .unwrap_or_else(|| "./".to_string());
        let _ = reload.set_attribute("href", &here);
        parts.push(reload);
    }
    let texts = TEXTS.with(|cell| cell.try_borrow().map(|t| t.clone()).unwrap_or_default());
    for (i, (label, text)) in texts.iter().enumerate().filter(|(_, (_, t))| !t.trim().is_empty()) {
        let id = format!("crash-text-{i}");
        if let Some(caption) = element(&document, "label", "", label) {
            let _ = caption.set_attribute("for", &id);
            parts.push(caption);
        }
        if let Some(area) = element(&document, "textarea", "", "") {
            area.set_id(&id);
            let _ = area.set_attribute("readonly", "");
            let lines = text.lines().count() + text.len() / 70 + 1;
            let _ = area.set_attribute("rows", &lines.clamp(2, 10).to_string());
            area.set_text_content(Some(text));
            parts.push(area);
        }
    }
    if let Some(more) = element(&document, "details", "", "") {
        if let Some(summary) = element(&document, "summary", "", "Technical detail") {
            let _ = more.append_child(&summary);
        }
        if let Some(pre) = element(&document, "pre", "", detail) {
            let _ = more.append_child(&pre);
        }
        parts.push(more);
    }
    for part in &parts {
        let _ = panel.append_child(part);
    }
    if let Some(app) = document.get_element_by_id("valuelens") {
        let _ = app.set_attribute("hidden", "");
    }
    let _ = body.prepend_with_node_1(&panel);
}
