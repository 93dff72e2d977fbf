//! The user's draft with each finding marked in place. Where a finding starts, its words are a
//! button: hovering or focusing it shows why it was flagged and what to say instead (the same
//! text is its accessible description); pressing it selects the words in the draft box. Escape
//! hides the explanation without moving focus; it shows again on the next mark reached.

use std::collections::BTreeSet;

use yew::prelude::*;

use super::finding_list::severity_label;
use crate::engine::checks::{Finding, Severity};
use crate::highlight::runs;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: String,
    pub findings: Vec<Finding>,
    /// Select a finding's words in the draft box (byte span).
    pub on_select: Callback<(usize, usize)>,
    /// Whether the user hid the explanations with Escape.
    #[prop_or_default]
    pub tips_hidden: bool,
    /// Escape pressed on a mark (hide its explanation) / a mark reached again (show them).
    #[prop_or_default]
    pub on_tips: Callback<bool>,
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Suggestion => "sev-suggestion",
        Severity::Warning => "sev-warning",
        Severity::Error => "sev-error",
    }
}

#[component]
pub fn MarkedText(props: &Props) -> Html {
    let text = &props.text;
    // Reaching a mark again (by focus or pointer) brings explanations back after an Escape.
    let hidden = props.tips_hidden;
    let on_tips = props.on_tips.clone();
    let show_tips = Callback::from(move |()| {
        if hidden {
            on_tips.emit(true);
        }
    });
    let spans: Vec<_> = props.findings.iter().map(|f| f.span.clone()).collect();
    let pieces = runs(text, &spans).into_iter().enumerate().map(|(i, run)| {
        let piece = &text[run.range.clone()];
        if run.covering.is_empty() {
            return html! { piece };
        }
        let findings: Vec<&Finding> = run.covering.iter().map(|&i| &props.findings[i]).collect();
        let worst = findings.iter().map(|f| f.severity).max().unwrap_or(Severity::Suggestion);
        // A run inside a whole-sentence finding only is underlined, not filled.
        let sentence_only = findings.iter().all(|f| f.rule == "long-sentence");
        let class = classes!("finding-mark", severity_class(worst), sentence_only.then_some("sentence"));
        if run.starting.is_empty() {
            return html! { <mark class={class}>{ piece }</mark> };
        }
        let tip = format!("tip-{i}");
        let rules: BTreeSet<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        let start = run.range.start;
        let end = run.starting.iter().map(|&k| props.findings[k].span.end).min().unwrap_or(run.range.end);
        html! {
            <span class="finding-wrap">
                <button type="button" class={class} aria-describedby={tip.clone()}
                    data-rules={rules.into_iter().collect::<Vec<_>>().join(" ")}
                    onclick={props.on_select.reform(move |_| (start, end))}
                    onkeydown={super::on_key("Escape", &props.on_tips, false)}
                    onfocus={show_tips.reform(|_: FocusEvent| ())} onmouseenter={show_tips.reform(|_: MouseEvent| ())}>{ piece }</button>
                <span class="tip" role="tooltip" id={tip}>
                    { for findings.iter().map(|f| html! {
                        <span class="tip-finding">
                            <span class="tip-rule">{ format!("{} · {}", severity_label(f.severity), f.rule) }</span>
                            <span class="tip-message">{ &f.message }</span>
                            if let Some(s) = &f.suggestion {
                                <span class="tip-suggestion">{ format!("Say instead: “{s}”") }</span>
                            }
                        </span>
                    }) }
                </span>
            </span>
        }
    });
    html! {
        <div class={classes!("marked-text", props.tips_hidden.then_some("tips-hidden"))}>{ for pieces }</div>
    }
}
