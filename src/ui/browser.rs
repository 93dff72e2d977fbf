//! The browser glue the components share: local storage, the URL fragment, the clipboard (with
//! fallbacks), downloads, text selection, and for rehearsing the clock, a ticking interval and
//! full screen. Thin: what to do with the values is decided by
//! `state`, `storage_format` and `share_link`; every browser failure comes back as a value.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, Document, Element, HtmlAnchorElement, HtmlElement, HtmlTextAreaElement, Storage,
    Url,
};

use crate::highlight::utf16_offset;
use crate::state::{Loaded, SaveError};
use crate::storage_format::{self, set_aside_key, Library};

#[wasm_bindgen]
extern "C" {
    /// `navigator.clipboard.writeText`; throws where the Clipboard API is missing.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn clipboard_write_text(text: &str) -> Result<js_sys::Promise, JsValue>;

    /// `document.execCommand`, the older way to copy a selection.
    #[wasm_bindgen(catch, js_namespace = document, js_name = execCommand)]
    fn exec_command(command: &str) -> Result<bool, JsValue>;

    /// `performance.now()`: milliseconds since the page opened, never going back.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;

    /// An element that may be able to fill the screen.
    type FullScreenTarget;

    /// `element.requestFullscreen()`; throws where the Fullscreen API is missing.
    #[wasm_bindgen(method, catch, js_name = requestFullscreen)]
    fn request_fullscreen(this: &FullScreenTarget) -> Result<js_sys::Promise, JsValue>;
}

/// The browser would not do what was asked (copy, download).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

pub fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

fn local_storage() -> Result<Storage, ()> {
    web_sys::window().ok_or(())?.local_storage().map_err(|_| ())?.ok_or(())
}

/// What storage holds under `key`, read once at start. An unusable value is copied to
/// `set_aside_key(key)` (unless the same value is already there) so saving never overwrites it.
pub fn load(key: &str) -> Loaded {
    let Ok(storage) = local_storage() else { return Loaded::StorageUnavailable };
    let raw = match storage.get_item(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::StorageUnavailable,
    };
    match storage_format::decode(&raw) {
        Ok((library, repairs)) => Loaded::Library(library, repairs),
        Err(problem) => {
            let aside = set_aside_key(key);
            let already = storage.get_item(&aside).ok().flatten().is_some_and(|kept| kept == raw);
            let set_aside = (already || storage.set_item(&aside, &raw).is_ok()).then_some(aside);
            Loaded::Unreadable { problem, set_aside }
        }
    }
}

/// Writes the library under `key`; a full quota, blocked storage or an oversized library come back
/// as errors.
pub fn save(key: &str, library: &Library) -> Result<(), SaveError> {
    let json = storage_format::encode(library).map_err(SaveError::TooLarge)?;
    let storage = local_storage().map_err(|()| SaveError::Unavailable)?;
    storage.set_item(key, &json).map_err(|e| {
        let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
            SaveError::Full
        } else {
            SaveError::Unavailable
        }
    })
}

/// The page's URL fragment, with its `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Takes the fragment off the address bar without reloading or adding a history entry, so a
/// shared service is not opened again on reload and its text does not linger in the bar.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

thread_local! {
    /// Where the standalone app is, when ValueLens is embedded in another page: shared links
    /// open there, not on the host page (which does not read them).
    static APP_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Shared links open the standalone app at `url` (set by an embedded widget).
pub fn set_app_url(url: &str) {
    APP_URL.with(|cell| cell.replace(Some(url.to_string())));
}

/// The standalone app's address (this page's, unless embedded) with `fragment` as its fragment.
pub fn link_with(fragment: &str) -> String {
    let app = APP_URL.with(|cell| cell.borrow().clone());
    let href = app.or_else(|| web_sys::window().and_then(|w| w.location().href().ok())).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Copies `text`: the Clipboard API, else the older copy command; `Err` when neither works (the
/// caller then offers the text to copy by hand).
pub async fn copy(text: String) -> Result<(), Refused> {
    if let Ok(promise) = clipboard_write_text(&text) {
        if JsFuture::from(promise).await.is_ok() {
            return Ok(());
        }
    }
    copy_with_command(&text).map_err(|()| Refused)
}

fn copy_with_command(text: &str) -> Result<(), ()> {
    let document = document().ok_or(())?;
    let body = document.body().ok_or(())?;
    let focused = document.active_element();
    let area: HtmlTextAreaElement =
        document.create_element("textarea").map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    area.set_value(text);
    area.set_class_name("visually-hidden");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.set_attribute("readonly", "");
    body.append_child(&area).map_err(|_| ())?;
    area.select();
    let copied = exec_command("copy").unwrap_or(false);
    area.remove();
    if let Some(element) = focused.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
    if copied {
        Ok(())
    } else {
        Err(())
    }
}

/// A file to offer for download: (file name, media type, contents).
pub type Download = (String, &'static str, String);

/// Offers `text` as a file called `filename` to download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), Refused> {
    offer_file(filename, mime, text).map_err(|()| Refused)
}

fn offer_file(filename: &str, mime: &str, text: &str) -> Result<(), ()> {
    let document = document().ok_or(())?;
    let body = document.body().ok_or(())?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| ())?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| ())?;
    let anchor: HtmlAnchorElement =
        document.create_element("a").map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_class_name("visually-hidden");
    body.append_child(&anchor).map_err(|_| ())?;
    anchor.click();
    anchor.remove();
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// The element with `id` in the part of the page the user is in: inside the embedded widget that
/// has focus (each widget's shadow root has its own ids), else in the document.
fn by_id(id: &str) -> Option<Element> {
    let document = document()?;
    let mut active = document.active_element();
    while let Some(shadow) = active.as_ref().and_then(Element::shadow_root) {
        if let Some(found) = shadow.get_element_by_id(id) {
            return Some(found);
        }
        active = shadow.active_element();
    }
    document.get_element_by_id(id)
}

/// Focuses the text box with `id` and selects `start..end` (byte offsets into `text`, its value).
pub fn select_in(id: &str, text: &str, start: usize, end: usize) {
    let Some(area) = by_id(id).and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok()) else {
        return;
    };
    let _ = area.focus();
    let _ = area.set_selection_range(utf16_offset(text, start), utf16_offset(text, end));
}

/// Moves keyboard focus to the element with `id`, if it is there.
pub fn focus(id: &str) {
    if let Some(element) = by_id(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog (the print stylesheet turns the page into a briefing card).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The browser's clock for the rehearsal timer, in milliseconds.
pub fn now() -> u64 {
    performance_now().max(0.0) as u64
}

/// Today's date where the user is, as "2026-11-23".
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// Asks the browser to show the element with `id` full screen; `Err` when it will not (no
/// Fullscreen API, or refused), so the caller can fill the window instead.
pub async fn full_screen(id: &str) -> Result<(), Refused> {
    let element = document().and_then(|d| d.get_element_by_id(id)).ok_or(Refused)?;
    let promise = element.unchecked_ref::<FullScreenTarget>().request_fullscreen().map_err(|_| Refused)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| Refused)
}

/// Whether the browser is showing something full screen.
pub fn is_full_screen() -> bool {
    document().and_then(|d| d.fullscreen_element()).is_some()
}

/// Leaves the browser's full screen, if it is on.
pub fn leave_full_screen() {
    if let Some(document) = document().filter(|d| d.fullscreen_element().is_some()) {
        document.exit_fullscreen();
    }
}
