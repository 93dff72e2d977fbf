//! The service description box. The facts found (and figures that could not be used) are
//! highlighted in the text itself: a layer behind the transparent text box shows the same text
//! with marks, kept in step as the user types and scrolls. The layer is decoration only
//! (`aria-hidden`); the facts list says the same to screen readers.

use std::ops::Range;

use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::service::READ_LIMIT;
use crate::highlight::runs;

/// What a highlighted stretch of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    Fact,
    /// A fact the user corrected.
    Corrected,
    /// A figure the engine could not use.
    Problem,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub value: String,
    /// Byte spans into `value` to highlight.
    pub marks: Vec<(Range<usize>, MarkKind)>,
    pub on_edit: Callback<String>,
    /// Ids of elements that describe the box (hint, facts count).
    pub described_by: AttrValue,
}

#[component]
pub fn DescriptionInput(props: &Props) -> Html {
    let backdrop = use_node_ref();
    let oninput =
        props.on_edit.reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onscroll = {
        let backdrop = backdrop.clone();
        Callback::from(move |e: Event| {
            let area = e.target_unchecked_into::<HtmlTextAreaElement>();
            if let Some(layer) = backdrop.cast::<Element>() {
                layer.set_scroll_top(area.scroll_top());
            }
        })
    };
    let text = &props.value;
    // A text too long to read whole (a pasted report) is not drawn twice: no highlights, and the
    // facts list's "Show" still finds each fact in the box.
    let highlighted = text.len() <= READ_LIMIT;
    let spans: Vec<Range<usize>> =
        if highlighted { props.marks.iter().map(|(r, _)| r.clone()).collect() } else { Vec::new() };
    let layer = runs(if highlighted { text } else { "" }, &spans).into_iter().map(|run| {
        let piece = &text[run.range.clone()];
        // The innermost mark decides the look: a problem over a fact, a correction over a find.
        let kind = run.covering.iter().map(|&i| props.marks[i].1).max_by_key(|k| match k {
            MarkKind::Fact => 0,
            MarkKind::Corrected => 1,
            MarkKind::Problem => 2,
        });
        match kind {
            None => html! { piece },
            Some(kind) => {
                let class = match kind {
                    MarkKind::Fact => "mark-fact",
                    MarkKind::Corrected => "mark-corrected",
                    MarkKind::Problem => "mark-problem",
                };
                html! { <mark class={class}>{ piece }</mark> }
            }
        }
    });
    // A key to the colours in use, for sighted readers (the facts list says the same in words).
    let shown = |kind: MarkKind| highlighted && props.marks.iter().any(|(_, k)| *k == kind);
    let key = [
        (MarkKind::Fact, "mark-fact", "a fact found"),
        (MarkKind::Corrected, "mark-corrected", "a fact corrected"),
        (MarkKind::Problem, "mark-problem", "a figure that cannot be used"),
    ]
    .into_iter()
    .filter(|(kind, ..)| shown(*kind))
    .map(|(_, class, meaning)| html! { <span class="key-item"><span class={classes!("swatch", class)}></span>{ meaning }</span> })
    .collect::<Html>();
    html! {
        <>
        <div class="highlight-box">
            <div class="highlight-layer" ref={backdrop} aria-hidden="true">
                { for layer }
                // A trailing line break in a text box still shows a line; keep the layer in step.
                { "\u{200b}" }
            </div>
            <textarea id="description" rows="7" spellcheck="true" aria-describedby={props.described_by.clone()}
                value={props.value.clone()} {oninput} {onscroll} />
        </div>
        if shown(MarkKind::Corrected) || shown(MarkKind::Problem) {
            <p class="highlight-key" aria-hidden="true">{ "Highlighted: " }{ key }</p>
        }
        </>
    }
}
