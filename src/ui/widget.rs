//! The JavaScript face of ValueLens for pages that embed it: `startApp()` for the standalone page,
//! and `mountWidget(element, options)` returning a handle to update its options, read its current
//! message and unmount it. The `<valuelens-widget>` element (`valuelens-widget.js`) is built on
//! these; options are read by `embedding`, which never fails.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;
use yew::AppHandle;

use super::app::{App, AppProps};
use super::crash;
use super::embed::{Embed, Outbox};
use crate::embedding::{self, Embedding};

thread_local! {
    /// The number the next widget gets (the standalone app is 0).
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

/// Mounts the standalone app into `#valuelens` (or the body): what `boot.js` calls, with the
/// options in the page's address (`?audience=board&mode=check`, for an iframe embed) as JSON, if
/// it has any.
#[wasm_bindgen(js_name = startApp)]
pub fn start_app(options: Option<String>) {
    let embed =
        options.map(|o| Embed { instance: 0, embedding: Rc::new(read(&o)), outbox: Outbox::default() });
    let props = AppProps { embed };
    let root = super::browser::document().and_then(|d| d.get_element_by_id("valuelens"));
    match root {
        Some(element) => yew::Renderer::<App>::with_root_and_props(element, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}

/// One embedded ValueLens, as the host page holds it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<App>>,
    embed: Embed,
}

/// Mounts a widget into `root` (an element the host gives, usually inside a shadow root) with
/// `options` as JSON text. Options it cannot use are listed in the widget and on the console.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(root: Element, options: &str) -> WidgetHandle {
    let instance = NEXT.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1).max(1));
        id
    });
    crash::place(instance, root.clone());
    let embed = Embed { instance, embedding: Rc::new(read(options)), outbox: Outbox::default() };
    if let Some(app) = &embed.embedding.app {
        super::browser::set_app_url(app);
    }
    let app =
        yew::Renderer::<App>::with_root_and_props(root, AppProps { embed: Some(embed.clone()) }).render();
    WidgetHandle { app: Some(app), embed }
}

/// The options read, their problems told to the console.
fn read(options: &str) -> Embedding {
    let embedding = embedding::read(options);
    for problem in &embedding.problems {
        web_sys::console::error_1(&JsValue::from_str(&format!("ValueLens widget: {}", problem.line())));
    }
    embedding
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Applies new options (an attribute changed): only what changed moves the widget.
    pub fn update(&mut self, options: &str) {
        self.embed.embedding = Rc::new(read(options));
        if let Some(app) = &mut self.app {
            app.update(AppProps { embed: Some(self.embed.clone()) });
        }
    }

    /// The message the widget shows, as JSON text (`null` before it has one or after unmount):
    /// audience, headline, points, pitch, talk track, questions, gaps and workings.
    pub fn message(&self) -> String {
        self.embed.outbox.message_json()
    }

    /// Removes the widget: its listeners and timers stop, and it leaves no element behind.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        crash::forget(self.embed.instance);
        self.embed.outbox.clear();
    }
}
