//! Where keyboard focus goes when an action removes or closes the element that has it, so it never
//! falls back to the page: the next item in the list (else the one before, else the list's
//! heading), or the control that opened a form once the form closes, or an editor once it opens.
//! The ids are looked up after the next render, in the part of the page the user is in (the
//! document, or the widget's own shadow root).

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, Node, ShadowRoot};

/// The document, or the innermost shadow root on the way to the focused element.
fn innermost_root() -> Option<Node> {
    let document = super::browser::document()?;
    let mut root: Node = document.clone().into();
    let mut active = document.active_element();
    while let Some(shadow) = active.as_ref().and_then(Element::shadow_root) {
        active = shadow.active_element();
        root = shadow.into();
    }
    Some(root)
}

/// The ids to try, in order, for the item now at `index` of a list whose items have ids
/// `{prefix}-{index}`: the next item (now at that index), the one before, then `heading`.
pub fn next_in_list(prefix: &str, index: usize, heading: &str) -> Vec<String> {
    let mut ids = vec![format!("{prefix}-{index}")];
    if index > 0 {
        ids.push(format!("{prefix}-{}", index - 1));
    }
    ids.push(heading.to_string());
    ids
}

/// Once the page has rendered the action just dispatched, focuses the first of `ids` that is
/// there; a one-line text box also gets its text selected, ready to type over.
pub fn after_render(ids: Vec<String>) {
    focus_later(ids, false);
}

/// As `after_render`, for a new view: the page is shown from its top, so what leads it (a
/// message's headline) is in sight.
pub fn new_view(ids: Vec<String>) {
    focus_later(ids, true);
}

fn focus_later(ids: Vec<String>, from_top: bool) {
    // The part of the page focus is in now, before the render takes the focused element away:
    // the document, or the shadow root of the widget that has focus.
    let root = innermost_root();
    Timeout::new(0, move || {
        let find = |id: &str| match &root {
            Some(node) => match node.dyn_ref::<ShadowRoot>() {
                Some(shadow) => shadow.get_element_by_id(id),
                None => node.dyn_ref::<Document>().and_then(|d| d.get_element_by_id(id)),
            },
            None => super::browser::document().and_then(|d| d.get_element_by_id(id)),
        };
        let Some(element) = ids.iter().find_map(|id| find(id)) else { return };
        if let Some(element) = element.dyn_ref::<HtmlElement>() {
            let _ = element.focus();
        }
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            input.select();
        }
        if from_top {
            if let Some(window) = web_sys::window() {
                window.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    })
    .forget();
}
