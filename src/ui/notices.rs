//! Notices the user should not miss: saved data that could not be read, a link that could not be
//! opened, storage that is full, a deletion that can be undone. Each can be dismissed or acted on.

use yew::prelude::*;

use crate::state::{Notice, Saving, Tone};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notices: Vec<Notice>,
    pub saving: Saving,
    /// The title of the service just deleted, while it can be restored.
    pub deleted: Option<String>,
    /// Dismiss the notice with this id.
    pub on_dismiss: Callback<u32>,
    /// Save over the stored data that could not be read.
    pub on_resume_saving: Callback<()>,
    pub on_undo_delete: Callback<()>,
}

#[component]
pub fn Notices(props: &Props) -> Html {
    let saving = props.saving.explain();
    if props.notices.is_empty() && saving.is_none() && props.deleted.is_none() {
        return html! {};
    }
    html! {
        <section class="notices" aria-label="Notices">
            { for props.notices.iter().map(|n| {
                let id = n.id;
                let tone = match n.tone { Tone::Info => "info", Tone::Warning => "warning" };
                html! {
                    <div class={classes!("notice", tone)} role={if n.tone == Tone::Warning { "alert" } else { "status" }} key={id}>
                        <p>{ &n.text }</p>
                        <button type="button" class="quiet" onclick={props.on_dismiss.reform(move |_| id)}>
                            { "Dismiss" }
                        </button>
                    </div>
                }
            }) }
            if let Some(text) = saving {
                <div class="notice warning" role="alert" key="saving">
                    <p>{ text }</p>
                    if props.saving == Saving::Paused {
                        <button type="button" onclick={props.on_resume_saving.reform(|_| ())}>{ "Save my work over it" }</button>
                    }
                </div>
            }
            if let Some(title) = &props.deleted {
                <div class="notice info" key="deleted">
                    <p>{ format!("Deleted “{title}”.") }</p>
                    <button type="button" onclick={props.on_undo_delete.reform(|_| ())}>{ "Undo" }</button>
                </div>
            }
        </section>
    }
}
