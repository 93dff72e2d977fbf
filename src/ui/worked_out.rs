//! The figures ValueLens worked out from the user's facts, chain by chain (each step with its
//! working), and the assumptions they rest on, each changeable in place: the message follows.

use yew::prelude::*;

use super::assumption_field::AssumptionField;
use crate::engine::value::chain::chains;
use crate::engine::value::{offered, AssumptionId, Assumptions, DerivedFigure, Missing, Resolved, Setting};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub figures: Vec<DerivedFigure>,
    /// The service's own settings.
    pub settings: Assumptions,
    /// The settings in force (the service's, the organisation's, the defaults).
    pub resolved: Resolved,
    /// The one figure that would turn the most valuable result into money.
    pub missing: Option<Missing>,
    /// The currency a bare number typed as an hourly cost is in, when one is known.
    pub currency: Option<AttrValue>,
    /// Tells fields of one service from another's (a new service starts them afresh).
    pub service: u32,
    pub on_set: Callback<(AssumptionId, Setting)>,
}

#[component]
pub fn WorkedOut(props: &Props) -> Html {
    let offered = offered(&props.figures, &props.settings);
    if props.figures.is_empty() && offered.is_empty() {
        return html! {};
    }
    let listed = chains(&props.figures).into_iter().take(super::fact_list::LISTED);
    html! {
        <section class="worked-out" aria-labelledby="worked-out-heading">
            <h3 id="worked-out-heading">{ "Worked out from your figures" }</h3>
            <ul class="chains">
                { for listed.map(|chain| {
                    let top = chain.last().map(|d| d.text.clone()).unwrap_or_default();
                    let key = chain.last().map(|d| d.id.clone()).unwrap_or_default();
                    html! {
                        <li key={key}>
                            <span class="figure">{ top }</span>
                            <ol class="chain">
                                { for chain.iter().map(|d| html! {
                                    <li key={d.id.clone()}>
                                        <span class="working">{ &d.working }</span>
                                        if let Some(assumption) = &d.assumption {
                                            <span class="assumption">{ format!("Assuming {assumption}.") }</span>
                                        }
                                    </li>
                                }) }
                            </ol>
                        </li>
                    }
                }) }
            </ul>
            if !offered.is_empty() {
                <div class="assumptions" role="group" aria-labelledby="assumptions-heading">
                    <h4 id="assumptions-heading">{ "Assumptions" }</h4>
                    <p class="hint">{ "The figures rest on these. Change one and the figures and the message follow." }</p>
                    if let Some(missing) = &props.missing {
                        <p class="missing-figure">{ &missing.gap }</p>
                    }
                    { for offered.iter().map(|&id| html! {
                        <AssumptionField key={format!("{}-{}", props.service, id.key())} id={id}
                            shown={props.settings.shown(id)} in_force={props.resolved.value(id)}
                            source={props.resolved.source_of(id)} currency={props.currency.clone()}
                            on_set={props.on_set.clone()} />
                    }) }
                </div>
            }
        </section>
    }
}
