//! The browser UI: thin Yew components over `state` and `engine`. No wording logic lives here:
//! messages, audiences and rule descriptions come from the engine and its data.

mod app;
mod assumption_field;
mod audience_picker;
mod brief_view;
pub mod browser;
mod check_view;
mod compare_view;
mod compose_view;
pub mod copy_button;
pub mod crash;
pub mod description_input;
mod embed;
mod fact_form;
mod fact_kind;
mod fact_list;
mod finding_list;
mod focus;
mod library_view;
mod manual_copy;
pub mod marked_text;
mod meeting_checklist;
mod message_view;
mod nav;
mod notices;
pub mod practice_log;
mod problem_list;
mod prompter;
mod question_drill;
mod readability_panel;
mod rehearse_view;
mod rule_settings;
mod share_panel;
mod text_field;
pub mod widget;
mod worked_out;

pub use app::App;

use yew::{Callback, KeyboardEvent};

/// A key handler that emits `action` when `key` ("Escape") is pressed.
fn on_key<T: Clone + 'static>(
    key: &'static str,
    callback: &Callback<T>,
    action: T,
) -> Callback<KeyboardEvent> {
    let callback = callback.clone();
    Callback::from(move |e: KeyboardEvent| {
        if e.key() == key {
            callback.emit(action.clone());
        }
    })
}

/// Shows the crash panel on any panic. Mounting is left to the page: the standalone page's
/// `boot.js` calls `startApp()`, an embedding page `mountWidget()` (see `widget`).
pub fn start() {
    crash::install();
}
