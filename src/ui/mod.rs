//! The browser UI: thin Yew components over `state` and `engine`. No wording logic lives here.

mod app;
mod audience_picker;
mod description_input;
mod readability_panel;

pub use app::App;

/// Mounts the app into the page's `<main id="valuelens">` (or the body when it is missing).
pub fn start() {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("valuelens"));
    match root {
        Some(element) => yew::Renderer::<App>::with_root(element).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
