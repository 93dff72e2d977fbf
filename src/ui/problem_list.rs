//! Figures in the text that ValueLens could not use, with why; "Show" selects them in the text.

use yew::prelude::*;

use crate::engine::facts::Problem;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub problems: Vec<Problem>,
    /// Select a problem's words in the description (byte span).
    pub on_show: Callback<(usize, usize)>,
}

#[component]
pub fn ProblemList(props: &Props) -> Html {
    if props.problems.is_empty() {
        return html! {};
    }
    html! {
        <section class="problems" aria-labelledby="problems-heading">
            <h3 id="problems-heading">{ "Figures not used" }</h3>
            <ul>
                { for props.problems.iter().map(|p| {
                    let span = p.span;
                    html! {
                        <li>
                            <span>{ &p.message }</span>
                            if p.field == "description" {
                                <button type="button" class="quiet" onclick={props.on_show.reform(move |_| (span.start, span.end))}>
                                    { "Show" }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
