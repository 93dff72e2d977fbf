//! The small form for adding or correcting a fact: the user types it in words ("1,500 staff"),
//! sees live what ValueLens reads in them, and saves. Enter saves, Escape cancels.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fact_kind::kind_label;
use crate::state::FactForm;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub form: FactForm,
    /// The organisation's currency, for a bare "$".
    pub currency: Option<String>,
    pub label: AttrValue,
    pub on_edit: Callback<String>,
    pub on_submit: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn FactFormView(props: &Props) -> Html {
    let input = use_node_ref();
    use_effect_with((), {
        let input = input.clone();
        move |_| {
            // The words to correct are selected: typing replaces them.
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let onsubmit = props.on_submit.reform(|e: SubmitEvent| e.prevent_default());
    let onkeydown = super::on_key("Escape", &props.on_cancel, ());
    let oninput = props.on_edit.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let preview = props.form.preview(props.currency.as_deref());
    let reads = match &preview {
        Some(fact) => format!("Reads as: {} ({})", fact.text, kind_label(fact.kind)),
        None if props.form.text.trim().is_empty() => String::new(),
        None => "No figure found in that yet.".to_string(),
    };
    let invalid = props.form.no_figure;
    html! {
        <form class="fact-form" {onsubmit} {onkeydown}>
            <label for="fact-words">{ &props.label }</label>
            <p class="hint" id="fact-words-hint">{ "In your words, with the figure: “300 agents”, “£40k a year”, “from 6 days to 3”." }</p>
            <input id="fact-words" ref={input} type="text" autocomplete="off" value={props.form.text.clone()} {oninput}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={if invalid { "fact-words-hint fact-words-error" } else { "fact-words-hint fact-words-reads" }} />
            <p class="reads" id="fact-words-reads" aria-live="polite">{ reads }</p>
            if invalid {
                <p class="error" id="fact-words-error">{ "There is no figure in that. Type one, such as “300 agents” or “£40k a year”." }</p>
            }
            <div class="actions">
                <button type="submit" class="primary">{ "Save fact" }</button>
                <button type="button" onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
            </div>
        </form>
    }
}
