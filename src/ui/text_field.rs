//! One labelled text field (a line or a box) that shows the text it is given and reports edits.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: String,
    /// A box of this many rows instead of a single line.
    #[prop_or_default]
    pub rows: Option<u32>,
    /// A box that starts one line high and grows with its text.
    #[prop_or_default]
    pub grows: bool,
    pub on_edit: Callback<String>,
}

#[component]
pub fn TextField(props: &Props) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let described = props.hint.as_ref().map(|_| hint_id.clone());
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint }</p>
            }
            if props.grows || props.rows.is_some() {
                <textarea id={props.id.clone()} rows={props.rows.unwrap_or(1).to_string()} aria-describedby={described}
                    class={props.grows.then_some("grows")}
                    value={props.value.clone()}
                    oninput={props.on_edit.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value())} />
            } else {
                <input id={props.id.clone()} type="text" aria-describedby={described} autocomplete="off"
                    value={props.value.clone()}
                    oninput={props.on_edit.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value())} />
            }
        </div>
    }
}
