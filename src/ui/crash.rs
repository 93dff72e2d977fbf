//! When something goes badly wrong: a panic hook that, instead of the blank page a crashed app
//! would leave, shows a plain explanation and the user's own text, ready to copy. The text is
//! remembered after every change (and saved in the browser by then), so nothing typed is lost.
//! Built with DOM calls that only ever set text, never HTML.

use std::cell::RefCell;
use std::collections::BTreeMap;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::browser::document;

/// The user's texts as an app last rendered them: (what it is, the text).
type Texts = Vec<(&'static str, String)>;

thread_local! {
    /// Each app's texts, by its number (the standalone app is 0, widgets from 1).
    static TEXTS: RefCell<BTreeMap<u32, Texts>> = const { RefCell::new(BTreeMap::new()) };
    /// The elements embedded widgets render into; with none, the page is the standalone app.
    static PLACES: RefCell<BTreeMap<u32, Element>> = const { RefCell::new(BTreeMap::new()) };
}

/// Remembers app `app`'s texts, to offer them if it crashes.
pub fn remember(app: u32, texts: Texts) {
    TEXTS.with(|cell| {
        if let Ok(mut all) = cell.try_borrow_mut() {
            all.insert(app, texts);
        }
    });
}

/// Widget `app` renders into `root`: a crash shows its panel there, not over the host page.
pub fn place(app: u32, root: Element) {
    PLACES.with(|cell| {
        if let Ok(mut places) = cell.try_borrow_mut() {
            places.insert(app, root);
        }
    });
}

/// Widget `app` is gone: nothing of it is kept.
pub fn forget(app: u32) {
    PLACES.with(|cell| cell.try_borrow_mut().map(|mut p| p.remove(&app)).ok());
    TEXTS.with(|cell| cell.try_borrow_mut().map(|mut t| t.remove(&app)).ok());
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

/// Hides every app on the page and shows, in its place, the crash panel with its remembered
/// texts and `detail`: over the standalone app, inside each embedded widget.
pub fn show(detail: &str) {
    let Some(document) = document() else { return };
    let texts = |app: u32| TEXTS.with(|cell| cell.try_borrow().ok()?.get(&app).cloned()).unwrap_or_default();
    let places = PLACES.with(|cell| cell.try_borrow().map(|p| p.clone()).unwrap_or_default());
    if places.is_empty() {
        let Some(body) = document.body() else { return };
        if document.get_element_by_id("crash").is_some() {
            return;
        }
        if let Some(app) = document.get_element_by_id("valuelens") {
            let _ = app.set_attribute("hidden", "");
        }
        if let Some(panel) = panel(&document, &texts(0), detail) {
            let _ = body.prepend_with_node_1(&panel);
        }
    }
    for (app, root) in places {
        if let Some(panel) = panel(&document, &texts(app), detail) {
            root.replace_children_with_node_1(&panel);
        }
    }
}

/// The crash panel: what happened, the user's texts to copy, the technical detail.
fn panel(document: &Document, texts: &Texts, detail: &str) -> Option<Element> {
    let panel = element(document, "section", "crash", "")?;
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("aria-labelledby", "crash-heading");
    let mut parts = Vec::new();
    if let Some(heading) = element(document, "h1", "", "Something went wrong in ValueLens") {
        heading.set_id("crash-heading");
        parts.push(heading);
    }
    parts.extend(element(
        document,
        "p",
        "",
        "Your text is safe: it was saved in this browser, and it is below to copy. \
         Reload the page to carry on where you were.",
    ));
    if let Some(reload) = element(document, "a", "button primary", "Reload ValueLens") {
        let location = web_sys::window().map(|w| w.location());
        let here = location
            .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
            .unwrap_or_else(|| "./".to_string());
        let _ = reload.set_attribute("href", &here);
        parts.push(reload);
    }
    for (i, (label, text)) in texts.iter().enumerate().filter(|(_, (_, t))| !t.trim().is_empty()) {
        let id = format!("crash-text-{i}");
        if let Some(caption) = element(document, "label", "", label) {
            let _ = caption.set_attribute("for", &id);
            parts.push(caption);
        }
        if let Some(area) = element(document, "textarea", "", "") {
            area.set_id(&id);
            let _ = area.set_attribute("readonly", "");
            let lines = text.lines().count() + text.len() / 70 + 1;
            let _ = area.set_attribute("rows", &lines.clamp(2, 10).to_string());
            area.set_text_content(Some(text));
            parts.push(area);
        }
    }
    if let Some(more) = element(document, "details", "", "") {
        if let Some(summary) = element(document, "summary", "", "Technical detail") {
            let _ = more.append_child(&summary);
        }
        if let Some(pre) = element(document, "pre", "", detail) {
            let _ = more.append_child(&pre);
        }
        parts.push(more);
    }
    for part in &parts {
        let _ = panel.append_child(part);
    }
    Some(panel)
}
