//! Which rules run, and which terms the user has accepted: each rule with the engine's own
//! description, switched on or off with a checkbox; accepted terms can be flagged again.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::checks::{rule_description, rule_name};
use crate::state::CheckAction;
use crate::storage_format::CheckSettings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub settings: CheckSettings,
    /// The rules to offer, built-in and the organisation's.
    pub rules: Vec<&'static str>,
    pub on_check: Callback<CheckAction>,
}

#[component]
pub fn RuleSettings(props: &Props) -> Html {
    let d = &props.on_check;
    html! {
        <section class="panel rules" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{ "Rules" }</h2>
            <fieldset>
                <legend class="visually-hidden">{ "Rules to check" }</legend>
                <ul class="rule-list">
                    { for props.rules.iter().copied().map(|id| {
                        let input_id = format!("rule-{id}");
                        let on = !props.settings.disabled_rules.contains(id);
                        let rule = id.to_string();
                        html! {
                            <li key={id}>
                                <input type="checkbox" id={input_id.clone()} checked={on}
                                    aria-describedby={format!("{input_id}-about")}
                                    onchange={d.reform(move |e: Event| CheckAction::SetRule {
                                        id: rule.clone(), on: e.target_unchecked_into::<HtmlInputElement>().checked() })} />
                                <label for={input_id.clone()}>{ rule_name(id).unwrap_or(id) }</label>
                                <p class="hint" id={format!("{input_id}-about")}>{ rule_description(id).unwrap_or_default() }</p>
                            </li>
                        }
                    }) }
                </ul>
            </fieldset>
            <h3>{ "Accepted terms" }</h3>
            if props.settings.accepted_terms.is_empty() {
                <p class="hint">{ "None yet. Accept a term from a finding when your listeners know it." }</p>
            } else {
                <ul class="accepted">
                    { for props.settings.accepted_terms.iter().map(|term| {
                        let t = term.clone();
                        html! {
                            <li key={term.clone()}>
                                <span>{ term }</span>
                                <button type="button" class="quiet" aria-label={format!("Flag “{term}” again")}
                                    onclick={d.reform(move |_| CheckAction::UnacceptTerm(t.clone()))}>{ "Flag again" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
