//! Compare: the same service as each audience hears it, side by side — headline, key points and
//! pitch — with a way to open any one of them in Compose and to export all of them at once.

use std::rc::Rc;

use yew::prelude::*;

use super::browser::Download;
use super::compose_view::is_blank;
use super::focus;
use super::share_panel::SharePanel;
use crate::engine::compose::{markdown, plain_text, Message};
use crate::org::Org;
use crate::share_link;
use crate::state::{file_stem, ServiceAction};
use crate::storage_format::Entry;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    pub org: Rc<Org>,
    pub copied: Option<String>,
    pub on_service: Callback<ServiceAction>,
    pub on_copy: Callback<(String, String)>,
    pub on_download: Callback<Download>,
}

#[component]
pub fn CompareView(props: &Props) -> Html {
    let entry = &props.entry;
    let messages: Rc<Vec<Message>> =
        use_memo((entry.input.clone(), entry.seed, props.org.clone()), |(input, seed, org)| {
            let understanding = org.understand(input);
            org.audiences.iter().map(|a| org.compose(input, &understanding, a, *seed)).collect()
        });
    let d = &props.on_service;
    let blank = is_blank(&entry.input);
    let link = share_link::encode(&entry.input, &entry.audience, entry.seed)
        .map(|fragment| super::browser::link_with(&fragment))
        .map_err(|problem| problem.explain_for_sharing());
    html! {
        <div class="compare">
            <section class="panel compare-intro" aria-labelledby="compare-heading">
                <h2 id="compare-heading">{ "Compare audiences" }</h2>
                <p class="lede">{ format!("“{}”, as each audience hears it.", entry.title()) }</p>
            </section>
            if blank {
                <div class="panel empty">
                    <p>{ "Describe a service in Compose first: each audience's version appears here side by side." }</p>
                    <button type="button" class="primary" onclick={d.reform(|_| ServiceAction::UseExample)}>{ "Try an example" }</button>
                </div>
            } else {
                <div class="compare-grid">
                    { for props.org.audiences.iter().zip(messages.iter()).map(|(a, m)| {
                        let heading = format!("compare-{}", a.id);
                        let id = a.id.clone();
                        html! {
                            <article class="compare-card" aria-labelledby={heading.clone()} key={a.id.clone()}>
                                <h3 id={heading}>{ &a.label }</h3>
                                <p class="audience-summary">{ &a.summary }</p>
                                <p class="headline">{ &m.headline }</p>
                                <h4>{ "Key points" }</h4>
                                <ul class="points">{ for m.points.iter().map(|p| html! { <li>{ &p.text }</li> }) }</ul>
                                <h4>{ "30-second pitch" }</h4>
                                <p class="pitch">{ &m.pitch }</p>
                                <button type="button" class="open-audience" aria-label={format!("Open the full message for {}", a.label.to_lowercase())}
                                    onclick={d.reform(move |_| {
                                        focus::new_view(vec!["say-heading".into()]);
                                        ServiceAction::OpenFor(id.clone())
                                    })}>
                                    { "Open full message" }
                                </button>
                            </article>
                        }
                    }) }
                </div>
                <SharePanel link={link} file_stem={file_stem(&entry.title(), "every audience")}
                    markdown={markdown(&messages)} plain_text={plain_text(&messages)}
                    copied={props.copied.clone()} on_copy={props.on_copy.clone()} on_download={props.on_download.clone()} />
            }
        </div>
    }
}
