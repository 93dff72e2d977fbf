//! The findings in the user's draft, in text order, each with why it matters and what to do:
//! use the suggestion, accept the term (the listeners know it), switch the rule off, or find the
//! words in the draft.

use yew::prelude::*;

use super::focus;
use crate::engine::checks::{rule_name, Finding, Severity};
use crate::state::CheckAction;

/// How a severity is named on screen.
pub fn severity_label(severity: Severity) -> &'static str {
    match severity {
        Severity::Suggestion => "Suggestion",
        Severity::Warning => "Warning",
        Severity::Error => "Problem",
    }
}

/// Rules whose findings name a term the user may accept.
const TERM_RULES: [&str; 2] = ["jargon", "board-raw-metric"];

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: String,
    pub findings: Vec<Finding>,
    pub on_check: Callback<CheckAction>,
    pub on_select: Callback<(usize, usize)>,
}

#[component]
pub fn FindingList(props: &Props) -> Html {
    let d = &props.on_check;
    html! {
        <ol class="finding-list">
            { for props.findings.iter().enumerate().map(|(i, f)| {
                let words = props.text.get(f.span.clone()).unwrap_or_default().to_string();
                let start = f.span.start;
                let end = f.span.end;
                let short = words.chars().count() <= 40;
                let quoted = if short { words.clone() } else { format!("{}…", words.chars().take(40).collect::<String>()) };
                let rule = f.rule.clone();
                let name = rule_name(&f.rule).unwrap_or(&f.rule);
                // Acting on a finding takes it away: focus moves on to the next one.
                let next = move |also: &[&str]| {
                    let mut ids = focus::next_in_list("finding-find", i, "findings-heading");
                    ids.splice(0..0, also.iter().map(|s| s.to_string()));
                    focus::after_render(ids);
                };
                html! {
                    <li class={classes!("finding", format!("sev-{}", severity_label(f.severity).to_lowercase()))}>
                        <p class="finding-head">
                            <q class="finding-words">{ &quoted }</q>
                            <span class="finding-rule">{ format!("{} · {name}", severity_label(f.severity)) }</span>
                        </p>
                        <p class="finding-message">{ &f.message }</p>
                        if let Some(s) = &f.suggestion {
                            <p class="finding-suggestion">{ "Say instead: " }<strong>{ s }</strong></p>
                        }
                        <div class="finding-actions">
                            if let Some(s) = f.suggestion.clone() {
                                <button type="button" aria-label={format!("Use “{s}” instead of “{quoted}”")}
                                    onclick={{ let words = words.clone(); d.reform(move |_| {
                                        next(&[]);
                                        CheckAction::ApplySuggestion { start, expected: words.clone(), replacement: s.clone() }
                                    }) }}>
                                    { "Use suggestion" }
                                </button>
                            }
                            if TERM_RULES.contains(&f.rule.as_str()) {
                                <button type="button" class="quiet" aria-label={format!("Accept “{words}”: my listeners know it")}
                                    onclick={{ let words = words.clone(); d.reform(move |_| { next(&[]); CheckAction::AcceptTerm(words.clone()) }) }}>
                                    { "Accept term" }
                                </button>
                            }
                            <button type="button" class="quiet" id={format!("finding-find-{i}")} aria-label={format!("Find “{quoted}” in the draft")}
                                onclick={props.on_select.reform(move |_| (start, end))}>{ "Find in draft" }</button>
                            <button type="button" class="quiet" aria-label={format!("Switch off the “{name}” rule")}
                                onclick={{ let rule = rule.clone(); d.reform(move |_| {
                                    // Its findings go: focus goes to the offer to undo it.
                                    next(&["undo-switch-off"]);
                                    CheckAction::SetRule { id: rule.clone(), on: false }
                                }) }}>
                                { "Switch off rule" }
                            </button>
                        </div>
                    </li>
                }
            }) }
        </ol>
    }
}
