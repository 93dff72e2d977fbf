//! The service description box: shows the text it is given and reports every edit.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub value: String,
    pub on_edit: Callback<String>,
}

#[component]
pub fn DescriptionInput(props: &Props) -> Html {
    let oninput =
        props.on_edit.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <section class="describe">
            <label for="description">{ "Describe the service" }</label>
            <p class="hint" id="description-hint">
                { "What it does, who uses it, and the figures you have — e.g. “We run the mail service for 1,200 staff at 99.95% uptime.”" }
            </p>
            <textarea id="description" aria-describedby="description-hint" rows="6"
                spellcheck="true" value={props.value.clone()} {oninput} />
        </section>
    }
}
