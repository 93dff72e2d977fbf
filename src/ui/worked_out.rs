//! The figures ValueLens worked out from the user's facts, each with its working and assumption,
//! so every figure it says can be checked.

use yew::prelude::*;

use crate::engine::value::DerivedFigure;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub figures: Vec<DerivedFigure>,
}

#[component]
pub fn WorkedOut(props: &Props) -> Html {
    if props.figures.is_empty() {
        return html! {};
    }
    html! {
        <section class="worked-out" aria-labelledby="worked-out-heading">
            <h3 id="worked-out-heading">{ "Worked out from your figures" }</h3>
            <ul>
                { for props.figures.iter().take(super::fact_list::LISTED).map(|d| html! {
                    <li key={d.id.clone()}>
                        <span class="figure">{ &d.text }</span>
                        <span class="working">{ &d.working }</span>
                        if let Some(assumption) = &d.assumption {
                            <span class="assumption">{ format!("Assuming {assumption}.") }</span>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}
