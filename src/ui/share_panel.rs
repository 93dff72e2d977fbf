//! Share and export: a link that carries the service in its fragment (never sent to a server),
//! the message as Markdown or plain text to download or copy, and a printable briefing card.

use yew::prelude::*;

use super::browser::Download;
use super::copy_button::CopyButton;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The link, or why there is none.
    pub link: Result<String, String>,
    /// The start of the file names ("mail-for-the-board").
    pub file_stem: String,
    pub markdown: String,
    pub plain_text: String,
    pub copied: Option<String>,
    pub on_copy: Callback<(String, String)>,
    pub on_download: Callback<Download>,
    #[prop_or_default]
    pub on_print: Option<Callback<()>>,
}

#[component]
pub fn SharePanel(props: &Props) -> Html {
    let copied = |what: &str| props.copied.as_deref() == Some(what);
    let download = |extension: &'static str, mime: &'static str, text: &String| {
        let name = format!("{}.{extension}", props.file_stem);
        let text = text.clone();
        props.on_download.reform(move |_| (name.clone(), mime, text.clone()))
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h3 id="share-heading">{ "Share and export" }</h3>
            if let Ok(link) = &props.link {
                <div class="field">
                    <label for="share-link">{ "Link to this service" }</label>
                    <p class="hint" id="share-link-hint">
                        { "The service travels inside the link, after the #. Browsers never send that part to a server." }
                    </p>
                    <div class="link-row">
                        <input id="share-link" type="text" readonly=true value={link.clone()} aria-describedby="share-link-hint" />
                        <CopyButton what="the link" text={link.clone()} copied={copied("the link")} on_copy={props.on_copy.clone()} />
                    </div>
                </div>
            }
            if let Err(why) = &props.link {
                <p class="error" id="share-link-error">{ why }</p>
            }
            <div class="export-buttons" role="group" aria-label="Export">
                <button type="button" onclick={download("md", "text/markdown;charset=utf-8", &props.markdown)}>{ "Download Markdown" }</button>
                <button type="button" onclick={download("txt", "text/plain;charset=utf-8", &props.plain_text)}>{ "Download plain text" }</button>
                <CopyButton what="the Markdown" label="Copy Markdown" text={props.markdown.clone()} copied={copied("the Markdown")} on_copy={props.on_copy.clone()} />
                <CopyButton what="the plain text" label="Copy plain text" text={props.plain_text.clone()} copied={copied("the plain text")} on_copy={props.on_copy.clone()} />
                if let Some(on_print) = &props.on_print {
                    <button type="button" onclick={on_print.reform(|_| ())}>{ "Print briefing card" }</button>
                }
            </div>
        </section>
    }
}
