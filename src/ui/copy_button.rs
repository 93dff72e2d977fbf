//! A "Copy" button for one part of the output; says "Copied" once it has been.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What is copied, as said after "Copy" ("the headline").
    pub what: AttrValue,
    pub text: String,
    /// Whether this was the last thing copied.
    pub copied: bool,
    pub on_copy: Callback<(String, String)>,
    /// A visible label that says what it copies ("Copy Markdown"); by default the button shows
    /// "Copy" and is named "Copy the headline" for screen readers.
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

#[component]
pub fn CopyButton(props: &Props) -> Html {
    let what = props.what.to_string();
    let text = props.text.clone();
    let onclick = props.on_copy.reform(move |_| (what.clone(), text.clone()));
    let (label, name) = match &props.label {
        Some(label) => (label.clone(), None),
        None => (AttrValue::from("Copy"), Some(format!("Copy {}", props.what))),
    };
    html! {
        <button type="button" class={classes!(name.is_some().then_some("copy"), props.copied.then_some("done"))}
            aria-label={name.clone()} {onclick}>
            { if props.copied { AttrValue::from("Copied") } else { label } }
        </button>
    }
}
