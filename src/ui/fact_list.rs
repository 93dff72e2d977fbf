//! The facts ValueLens found, as a list the user can put right: correct a fact in their own words,
//! remove one that is not a fact, restore what they removed, or add one it missed. "Show" selects
//! the fact's words in the description.

use yew::prelude::*;

use super::fact_form::FactFormView;
use super::fact_kind::kind_label;
use super::focus;
use crate::engine::corrections::{words_of, FactStatus};
use crate::engine::facts::Fact;
use crate::state::{FactForm, FactTarget, FactsAction};

/// One fact as listed.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    pub fact: Fact,
    pub status: FactStatus,
    /// Where it was found ("in the description"), or who gave it.
    pub place: String,
    /// Whether its words are in the description box (so "Show" can select them).
    pub in_description: bool,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub rows: Vec<FactRow>,
    /// Facts removed by the user that are still in the text: (key, words).
    pub removed: Vec<(String, String)>,
    pub form: Option<FactForm>,
    /// The organisation's currency, for a bare "$" in a typed fact.
    pub currency: Option<String>,
    pub on_facts: Callback<FactsAction>,
    /// Select a fact's words in the description (byte span).
    pub on_show: Callback<(usize, usize)>,
}

/// How many facts are listed; a huge paste's thousands more are counted, not drawn.
pub const LISTED: usize = 50;

#[component]
pub fn FactList(props: &Props) -> Html {
    let d = &props.on_facts;
    // Closing a form (saved or cancelled) gives focus back to the button that opened it.
    let form_view = |form: &FactForm, label: String, opener: String| {
        let back = move |action: FactsAction| {
            let opener = opener.clone();
            d.reform(move |()| {
                // A form that stays open (nothing to save yet) keeps focus in its box.
                focus::after_render(vec![opener.clone(), "fact-words".into(), "facts-heading".into()]);
                action.clone()
            })
        };
        html! {
            <FactFormView form={form.clone()} label={label} currency={props.currency.clone()}
                on_edit={d.reform(FactsAction::EditForm)}
                on_submit={back(FactsAction::SubmitForm)}
                on_cancel={back(FactsAction::CloseForm)} />
        }
    };
    let count = props.rows.len();
    let summary = match count {
        0 => "No facts found yet: figures such as “1,200 staff” or “99.95% uptime” appear here.".to_string(),
        1 => "1 fact found".to_string(),
        n => format!("{n} facts found"),
    };
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h3 id="facts-heading" tabindex="-1">{ "Facts found" }</h3>
            <p class="facts-count" id="facts-count" aria-live="polite">{ summary }</p>
            if count > 0 {
                <ul class="fact-list">
                    { for props.rows.iter().take(LISTED).enumerate().map(|(i, row)| {
                        let key = row.fact.key();
                        let editing = props.form.as_ref().filter(|f| matches!(&f.target, FactTarget::Correct { key: k } if *k == key));
                        let status = match &row.status {
                            FactStatus::Found => None,
                            // Not "by you": a shared link brings someone else's corrections.
                            FactStatus::Corrected { .. } => Some("corrected"),
                            FactStatus::Added => Some("added by hand"),
                        };
                        let restore = match &row.status {
                            FactStatus::Corrected { original } => Some(original.clone()),
                            _ => None,
                        };
                        let span = row.fact.span.filter(|_| row.in_description);
                        let words = row.fact.text.clone();
                        html! {
                            <li class={classes!("fact", status.is_some().then_some("by-user"))} key={key.clone()}>
                                <div class="fact-main">
                                    <span class="fact-words">{ &row.fact.text }</span>
                                    <span class="fact-meta">
                                        { kind_label(row.fact.kind) }
                                        if !row.fact.measures.is_empty() && !row.fact.text.contains(&row.fact.measures) {
                                            { format!(" · {}", row.fact.measures) }
                                        }
                                        if !row.place.is_empty() { { format!(" · {}", row.place) } }
                                        if let Some(status) = status { { format!(" · {status}") } }
                                    </span>
                                </div>
                                if let Some(form) = editing {
                                    { form_view(form, format!("Correct “{}”", words), format!("fact-correct-{i}")) }
                                } else {
                                    <div class="fact-actions">
                                        if let Some(span) = span {
                                            <button type="button" class="quiet" aria-label={format!("Show “{words}” in the description")}
                                                onclick={props.on_show.reform(move |_| (span.start, span.end))}>{ "Show" }</button>
                                        }
                                        <button type="button" class="quiet" id={format!("fact-correct-{i}")} aria-label={format!("Correct “{words}”")}
                                            onclick={{ let key = key.clone(); d.reform(move |_| FactsAction::OpenForm(FactTarget::Correct { key: key.clone() })) }}>
                                            { "Correct" }
                                        </button>
                                        if let Some(original) = restore {
                                            <button type="button" class="quiet" aria-label={format!("Undo the correction of “{}”", words_of(&original))}
                                                onclick={d.reform(move |_| {
                                                    focus::after_render(vec![format!("fact-correct-{i}"), "facts-heading".into()]);
                                                    FactsAction::Restore { key: original.clone() }
                                                })}>{ "Undo correction" }</button>
                                        }
                                        <button type="button" class="quiet" id={format!("fact-remove-{i}")} aria-label={format!("Remove “{words}”")}
                                            onclick={{ let key = key.clone(); d.reform(move |_| {
                                                focus::after_render(focus::next_in_list("fact-remove", i, "facts-heading"));
                                                FactsAction::Remove { key: key.clone() }
                                            }) }}>
                                            { "Remove" }
                                        </button>
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ul>
                if count > LISTED {
                    <p class="hint">{ format!("The first {LISTED} of {count} are listed here.") }</p>
                }
            }
            if !props.removed.is_empty() {
                <div class="removed">
                    <h4>{ "Removed from the facts" }</h4>
                    <ul>
                        { for props.removed.iter().enumerate().map(|(i, (key, words))| {
                            let key = key.clone();
                            html! {
                                <li key={key.clone()}>
                                    <span class="fact-words removed-words">{ words }</span>
                                    <button type="button" class="quiet" id={format!("fact-restore-{i}")} aria-label={format!("Restore “{words}”")}
                                        onclick={d.reform(move |_| {
                                            focus::after_render(focus::next_in_list("fact-restore", i, "facts-heading"));
                                            FactsAction::Restore { key: key.clone() }
                                        })}>{ "Restore" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
            if let Some(form) = props.form.as_ref().filter(|f| f.target == FactTarget::Add) {
                { form_view(form, "Add a fact".to_string(), "add-fact".to_string()) }
            } else {
                <button type="button" class="add-fact" id="add-fact" onclick={d.reform(|_| FactsAction::OpenForm(FactTarget::Add))}>
                    { "Add a fact" }
                </button>
            }
        </section>
    }
}
