//! When the browser will not copy: the text, selected, for the user to copy themselves.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::state::ManualCopy;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub copy: Option<ManualCopy>,
    pub on_close: Callback<()>,
}

#[component]
pub fn ManualCopyPanel(props: &Props) -> Html {
    let area = use_node_ref();
    use_effect_with(props.copy.clone(), {
        let area = area.clone();
        move |copy| {
            if copy.is_some() {
                if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                    let _ = area.focus();
                    area.select();
                }
            }
        }
    });
    let Some(copy) = &props.copy else { return html! {} };
    let onkeydown = super::on_key("Escape", &props.on_close, ());
    html! {
        <section class="manual-copy" role="dialog" aria-labelledby="manual-copy-heading" {onkeydown}>
            <h2 id="manual-copy-heading">{ format!("Copy {}", copy.what) }</h2>
            <p id="manual-copy-hint">{ "This browser would not copy it for you. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it." }</p>
            <textarea ref={area} readonly=true rows="8" aria-labelledby="manual-copy-heading" aria-describedby="manual-copy-hint"
                value={copy.text.clone()} />
            <button type="button" onclick={props.on_close.reform(|_| ())}>{ "Close" }</button>
        </section>
    }
}
