//! The library: every service kept in this browser — open, rename, duplicate, delete (with undo)
//! — and a new one.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::focus;
use crate::org::Org;
use crate::state::LibraryAction;
use crate::storage_format::Entry;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub services: Vec<Entry>,
    pub current: u32,
    pub org: Rc<Org>,
    pub renaming: Option<(u32, String)>,
    pub on_library: Callback<LibraryAction>,
}

fn excerpt(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= 160 {
        text
    } else {
        format!("{}…", text.chars().take(160).collect::<String>().trim_end())
    }
}

#[component]
pub fn LibraryView(props: &Props) -> Html {
    let d = &props.on_library;
    let count = props.services.len();
    html! {
        <section class="panel library" aria-labelledby="library-heading">
            <div class="library-head">
                <div>
                    <h2 id="library-heading" tabindex="-1">{ "Library" }</h2>
                    <p class="lede">
                        { format!("{count} {} kept in this browser, saved as you type.", if count == 1 { "service" } else { "services" }) }
                    </p>
                </div>
                <button type="button" class="primary" onclick={d.reform(|_| LibraryAction::New)}>{ "New service" }</button>
            </div>
            <ul class="library-list">
                { for props.services.iter().enumerate().map(|(i, entry)| {
                    let id = entry.id;
                    // Closing the rename form gives focus back to its Rename button.
                    let back = move |action: LibraryAction| {
                        move |_| {
                            focus::after_render(vec![format!("rename-button-{id}"), "library-heading".into()]);
                            action.clone()
                        }
                    };
                    let title = entry.title();
                    let heading = format!("service-{id}");
                    let facts = props.org.understand(&entry.input).facts.len();
                    let open_now = id == props.current;
                    let renaming = props.renaming.as_ref().filter(|(r, _)| *r == id).map(|(_, name)| name.clone());
                    html! {
                        <li class={classes!("library-item", open_now.then_some("current"))} key={id}>
                            <article aria-labelledby={heading.clone()}>
                                <h3 id={heading}>{ &title }</h3>
                                <p class="meta">
                                    { format!("{facts} {} · for {}", if facts == 1 { "fact" } else { "facts" },
                                        props.org.audience(&entry.audience).label.to_lowercase()) }
                                    if open_now { <span class="badge">{ "Open now" }</span> }
                                </p>
                                if !entry.input.description.trim().is_empty() {
                                    <p class="excerpt">{ excerpt(&entry.input.description) }</p>
                                }
                                if let Some(name) = renaming {
                                    <form class="rename" onsubmit={d.reform(move |e: SubmitEvent| { e.prevent_default(); back(LibraryAction::SaveRename)(()) })}
                                        onkeydown={super::on_key("Escape", &d.reform(back(LibraryAction::CancelRename)), ())}>
                                        <label for={format!("rename-{id}")}>{ format!("New name for “{title}”") }</label>
                                        <input id={format!("rename-{id}")} type="text" value={name} autocomplete="off"
                                            oninput={d.reform(|e: InputEvent| LibraryAction::EditRename(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                                        <button type="submit" class="primary">{ "Save name" }</button>
                                        <button type="button" onclick={d.reform(move |_: MouseEvent| back(LibraryAction::CancelRename)(()))}>{ "Cancel" }</button>
                                    </form>
                                } else {
                                    <div class="library-actions">
                                        <button type="button" class="primary" id={format!("open-{i}")} aria-label={format!("Open “{title}”")}
                                            onclick={d.reform(move |_| LibraryAction::Open(id))}>{ "Open" }</button>
                                        <button type="button" id={format!("rename-button-{id}")} aria-label={format!("Rename “{title}”")}
                                            onclick={d.reform(move |_| {
                                                focus::after_render(vec![format!("rename-{id}")]);
                                                LibraryAction::StartRename(id)
                                            })}>{ "Rename" }</button>
                                        <button type="button" aria-label={format!("Duplicate “{title}”")}
                                            onclick={d.reform(move |_| LibraryAction::Duplicate(id))}>{ "Duplicate" }</button>
                                        <button type="button" class="danger" aria-label={format!("Delete “{title}”")}
                                            onclick={d.reform(move |_| {
                                                focus::after_render(focus::next_in_list("open", i, "library-heading"));
                                                LibraryAction::Delete(id)
                                            })}>{ "Delete" }</button>
                                    </div>
                                }
                            </article>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
