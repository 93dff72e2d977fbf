//! The app shell: owns the state through the pure reducer, does the browser's side of things
//! (storage, the link in the address bar, copying, downloading) and hands each view only values
//! and callbacks.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::brief_view::BriefView;
use super::browser::{self, Download};
use super::check_view::CheckView;
use super::compare_view::CompareView;
use super::compose_view::ComposeView;
use super::crash;
use super::embed::Embed;
use super::library_view::LibraryView;
use super::manual_copy::ManualCopyPanel;
use super::nav::ViewNav;
use super::notices::Notices;
use super::rehearse_view::RehearseView;
use crate::embedding::{self, Storage};
use crate::share_link;
use crate::state::{
    is_blank, Action, AppState, LibraryAction, Loaded, NoticeAction, SavingAction, ServiceAction, View,
};
use crate::storage_format::KEY;

/// Adapts the pure reducer to Yew.
#[derive(Debug, Clone, PartialEq)]
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().reduce(action)))
    }
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Set when a host page embeds ValueLens; the standalone app has none.
    #[prop_or_default]
    pub embed: Option<Embed>,
}

/// Where this app keeps its library: the standalone app's key, or the widget's choice.
fn storage_key(embed: Option<&Embed>) -> Option<String> {
    match embed.map(|e| &e.embedding.storage) {
        None => Some(KEY.to_string()),
        Some(Storage::Key(key)) => Some(key.clone()),
        Some(Storage::Nowhere) => None,
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let embed = props.embed.as_ref();
    let key = use_memo((), {
        let key = storage_key(embed);
        move |_| key
    });
    // The standalone app (number 0, perhaps with options in its address) reads shared links in
    // the address bar; an embedded widget leaves the host page's address alone.
    let standalone = embed.is_none_or(|e| e.instance == 0);
    let store = use_reducer_eq({
        let key = key.clone();
        let embedding = embed.map(|e| e.embedding.clone());
        move || {
            let loaded = key.as_deref().map_or(Loaded::Nothing, browser::load);
            // The options shape the first render (no default view shows first); a shared link
            // in the address comes last, as the user's own choice.
            let start = AppState::start(loaded, "");
            let state = match embedding {
                Some(e) => embedding::changes(None, &e).into_iter().fold(start, AppState::reduce),
                None => start,
            };
            Store(if standalone { state.open_link(&browser::fragment()) } else { state })
        }
    });
    let dispatcher = store.dispatcher();
    let state = &store.0;
    let dispatch = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let instance = embed.map_or(0, |e| e.instance);

    // The host page's options, when they change: apply what changed.
    let applied = use_mut_ref(|| embed.map(|e| e.embedding.clone()));
    use_effect_with(embed.map(|e| e.embedding.clone()), {
        let dispatch = dispatch.clone();
        move |embedding| {
            if let Some(embedding) = embedding {
                let mut applied = applied.borrow_mut();
                embedding::changes(applied.as_deref(), embedding).into_iter().for_each(|a| dispatch.emit(a));
                *applied = Some(embedding.clone());
            }
        }
    });
    if let Some(embed) = embed {
        embed.outbox.put(state.current(), &state.org);
    }

    // A shared link has been read into the library: take it off the address bar.
    use_effect_with((), move |_| {
        if standalone && share_link::decode(&browser::fragment()).is_some() {
            browser::clear_fragment();
        }
    });

    // A link pasted into the address bar of the open page only changes the fragment. An embedded
    // widget leaves the host page's address alone.
    use_effect_with(standalone, {
        let dispatch = dispatch.clone();
        move |standalone| {
            let listener = web_sys::window().filter(|_| *standalone).map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    if let Some(link) = share_link::decode(&browser::fragment()) {
                        browser::clear_fragment();
                        dispatch.emit(Action::Library(LibraryAction::OpenLink(link.map(Box::new))));
                    }
                })
            });
            move || drop(listener)
        }
    });

    // The service worker's news (src/ui/offline/offline.js): a new version kept for offline use.
    use_effect_with((), {
        let dispatch = dispatch.clone();
        move |_| {
            let listeners = web_sys::window().map(|window| {
                [("valuelens-updated", true), ("valuelens-update-ready", false)].map(|(event, current)| {
                    let dispatch = dispatch.clone();
                    EventListener::new(&window, event, move |_| {
                        dispatch.emit(Action::Notice(NoticeAction::NewVersion { current }));
                    })
                })
            });
            move || drop(listeners)
        }
    });

    // Autosave: every change to the library is written at once.
    use_effect_with((state.library.clone(), state.saving.writes()), {
        let dispatch = dispatch.clone();
        move |(library, writes)| {
            if let (true, Some(key)) = (*writes, key.as_deref()) {
                dispatch.emit(Action::Saving(SavingAction::Saved(browser::save(key, library))));
            }
        }
    });

    // Keep the user's texts at hand for the crash panel.
    {
        let entry = state.current();
        let input = &entry.input;
        crash::remember(
            instance,
            vec![
                ("Service name", input.name.clone()),
                ("Service description", input.description.clone()),
                ("Who uses it", input.who_uses_it.clone()),
                ("What it does", input.what_it_does.clone()),
                ("Results worth telling", input.outcomes.clone()),
                ("What could go wrong", input.risks.clone()),
                ("The ask", input.ask.clone()),
                ("Your draft", entry.draft.clone()),
            ],
        );
    }

    let on_copy = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |(what, text): (String, String)| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match browser::copy(text.clone()).await {
                    Ok(()) => dispatcher.dispatch(Action::Notice(NoticeAction::Copied { what })),
                    Err(browser::Refused) => {
                        dispatcher.dispatch(Action::Notice(NoticeAction::CopyFailed { what, text }))
                    }
                }
            });
        })
    };
    let on_download = dispatch.reform(|(name, mime, text): Download| {
        Action::Notice(NoticeAction::Announce(match browser::download(&name, mime, &text) {
            Ok(()) => format!("Downloaded {name}."),
            Err(browser::Refused) => format!("Could not download {name}."),
        }))
    });
    let on_print = standalone.then(|| Callback::from(|()| browser::print()));
    let on_show = dispatch.reform(Action::Show);
    let on_service = dispatch.reform(Action::Service);

    let view = match state.view {
        View::Compose => html! {
            <ComposeView
                entry={state.current().clone()}
                org={state.org.clone()}
                fact_form={state.fact_form.clone()}
                copied={state.copied.clone()}
                on_service={on_service.clone()}
                on_facts={dispatch.reform(Action::Facts)}
                on_copy={on_copy.clone()}
                on_download={on_download.clone()}
                on_print={on_print.clone()}
            />
        },
        View::Compare => html! {
            <CompareView
                entry={state.current().clone()}
                org={state.org.clone()}
                copied={state.copied.clone()}
                on_service={on_service.clone()}
                on_copy={on_copy.clone()}
                on_download={on_download.clone()}
            />
        },
        View::Check => html! {
            <CheckView
                draft={state.current().draft.clone()}
                audience={state.current().audience.clone()}
                org={state.org.clone()}
                settings={state.library.check.clone()}
                tips_hidden={state.tips_hidden}
                switched_off={state.switched_off.clone()}
                on_check={dispatch.reform(Action::Check)}
                on_audience={on_service.reform(ServiceAction::ChooseAudience)}
            />
        },
        View::Rehearse => html! {
            <RehearseView
                entry={state.current().clone()}
                org={state.org.clone()}
                rehearsal={state.rehearsal.clone()}
                on_rehearse={dispatch.reform(Action::Rehearse)}
                on_service={on_service.clone()}
                on_show={on_show.clone()}
            />
        },
        View::Brief => html! {
            <BriefView
                brief={state.brief()}
                services={state.library.services.iter().filter(|e| !is_blank(&e.input))
                    .map(|e| (e.id, e.title(), !state.brief.left_out.contains(&e.id))).collect::<Vec<_>>()}
                settings={state.brief.clone()}
                org={state.org.clone()}
                on_brief={dispatch.reform(Action::Brief)}
                on_open={dispatch.reform(|id| Action::Library(LibraryAction::Open(id)))}
                on_copy={on_copy.clone()}
                on_download={on_download.clone()}
                on_print={on_print.clone()}
            />
        },
        View::Library => html! {
            <LibraryView
                services={state.library.services.clone()}
                current={state.library.current}
                org={state.org.clone()}
                renaming={state.renaming.clone()}
                on_library={dispatch.reform(Action::Library)}
            />
        },
    };

    let compact = embed.is_some_and(|e| e.embedding.compact);
    let host_problems = embed.map(|e| e.embedding.problems.as_slice()).unwrap_or_default();
    html! {
        <>
            if standalone {
                <a class="skip-link" href="#workspace">{ "Skip to the workspace" }</a>
            }
            <header class={classes!("app-header", compact.then_some("compact"))}>
                if !compact {
                    <div class="brand">
                        <h1 class="brand-name">{ "ValueLens" }</h1>
                        <p class="tagline">{ "Say what your IT service is worth, in the words your audience cares about." }</p>
                    </div>
                }
                <ViewNav view={state.view} on_show={on_show} />
            </header>
            if !host_problems.is_empty() {
                <section class="notice warning host-problems" role="alert">
                    <p>{ "This page gave ValueLens settings it cannot use, so it uses its own defaults for them:" }</p>
                    <ul>{ for host_problems.iter().map(|p| html! { <li>{ p.line() }</li> }) }</ul>
                </section>
            }
            <main id="workspace" tabindex="-1" class={classes!("workspace", format!("view-{}", state.view.id()))}>
                <Notices
                    notices={state.notices.clone()}
                    saving={state.saving.clone()}
                    deleted={state.deleted.as_ref().map(|d| d.entry.title())}
                    on_dismiss={dispatch.reform(|id| Action::Notice(NoticeAction::Dismiss(id)))}
                    on_resume_saving={dispatch.reform(|()| Action::Saving(SavingAction::Resume))}
                    on_undo_delete={dispatch.reform(|()| Action::Library(LibraryAction::UndoDelete))}
                />
                { view }
            </main>
            <ManualCopyPanel copy={state.manual_copy.clone()} on_close={dispatch.reform(|()| Action::Notice(NoticeAction::CloseManualCopy))} />
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{ &state.announcement }</div>
            if !compact {
                <footer class="app-footer">
                    <p>{ "ValueLens runs in your browser. Nothing you type is sent anywhere; your services are kept in this browser only." }</p>
                </footer>
            }
        </>
    }
}
