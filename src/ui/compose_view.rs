//! Compose: describe the service (with the facts found highlighted and listed for correction),
//! choose who is listening, and read what to say — updated as the user types. Share and export
//! sit under the message.

use std::rc::Rc;

use yew::prelude::*;

use super::audience_picker::AudiencePicker;
use super::browser;
use super::browser::Download;
use super::description_input::{DescriptionInput, MarkKind};
use super::fact_list::{FactList, FactRow};
use super::message_view::MessageView;
use super::problem_list::ProblemList;
use super::share_panel::SharePanel;
use super::text_field::TextField;
use super::worked_out::WorkedOut;
use crate::engine::compose::{markdown, plain_text, Message};
use crate::engine::corrections::{fact_status, removed_facts, FactStatus};
use crate::engine::service::Understanding;
use crate::org::Org;
use crate::share_link;
use crate::state::{file_stem, FactForm, FactsAction, Field, ServiceAction};
use crate::storage_format::Entry;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    pub org: Rc<Org>,
    pub fact_form: Option<FactForm>,
    pub copied: Option<String>,
    pub on_service: Callback<ServiceAction>,
    pub on_facts: Callback<FactsAction>,
    pub on_copy: Callback<(String, String)>,
    pub on_download: Callback<Download>,
    /// Print the briefing card; none when embedded (the browser would print the host page).
    pub on_print: Option<Callback<()>>,
}

pub use crate::state::is_blank;

/// The words of each fact and worked-out figure, by id.
pub fn sources(understanding: &Understanding) -> Vec<(String, String)> {
    let facts = understanding.facts.iter().map(|f| (f.id.clone(), f.text.clone()));
    facts.chain(understanding.derived.iter().map(|d| (d.id.clone(), d.text.clone()))).collect()
}

/// The currency a bare number typed as money is in: the organisation's, else the one the user's
/// own figures are in.
fn money_currency(understanding: &Understanding, org: &Org) -> Option<AttrValue> {
    let written = understanding
        .facts
        .iter()
        .find(|f| crate::engine::facts::is_currency(&f.unit))
        .map(|f| f.unit.clone());
    org.pack.currency.clone().or(written).map(AttrValue::from)
}

fn place(field: &str) -> String {
    match Field::from_key(field) {
        Some(Field::Description) => "in the description".to_string(),
        Some(field) => format!("in “{}”", field.label()),
        // Typed in as a fact of its own: its status says so.
        None => String::new(),
    }
}

#[component]
pub fn ComposeView(props: &Props) -> Html {
    let entry = &props.entry;
    let input = &entry.input;
    let org = &props.org;
    let understanding: Rc<Understanding> =
        use_memo((input.clone(), org.clone()), |(input, org)| org.understand(input));
    let audience = org.audience(&entry.audience);
    let message: Rc<Message> = use_memo(
        (input.clone(), understanding.clone(), audience.id.clone(), entry.seed, org.clone()),
        |(input, understanding, _, seed, org)| org.compose(input, understanding, audience, *seed),
    );
    let d = &props.on_service;
    let edit = |field: Field| d.reform(move |text: String| ServiceAction::Edit(field, text));

    let rows: Vec<FactRow> = understanding
        .facts
        .iter()
        .map(|fact| FactRow {
            status: fact_status(input, fact),
            place: place(&fact.field),
            in_description: fact.field == "description",
            fact: fact.clone(),
        })
        .collect();
    // Highlights for the facts that are listed (a huge paste's thousands more stay plain).
    let mut marks: Vec<_> = rows
        .iter()
        .take(super::fact_list::LISTED)
        .filter(|r| r.in_description)
        .filter_map(|r| {
            let kind =
                if matches!(r.status, FactStatus::Found) { MarkKind::Fact } else { MarkKind::Corrected };
            r.fact.span.map(|s| (s.start..s.end, kind))
        })
        .collect();
    marks.extend(
        understanding
            .problems
            .iter()
            .filter(|p| p.field == "description")
            .map(|p| (p.span.start..p.span.end, MarkKind::Problem)),
    );
    let on_show = {
        let description = input.description.clone();
        Callback::from(move |(start, end): (usize, usize)| {
            browser::select_in("description", &description, start, end)
        })
    };
    let blank = is_blank(input);
    // On a phone one pane shows at a time: a service with words in it opens on its message.
    let message_pane = use_state(|| !blank);
    let pane = |message: bool, label: &'static str| {
        let chosen = message_pane.clone();
        html! {
            <button type="button" aria-pressed={if *message_pane == message { "true" } else { "false" }}
                onclick={move |_| chosen.set(message)}>{ label }</button>
        }
    };
    let link = share_link::encode(input, &audience.id, entry.seed)
        .map(|fragment| browser::link_with(&fragment))
        .map_err(|problem| problem.explain_for_sharing());
    let has_more = [&input.what_it_does, &input.outcomes, &input.risks].iter().any(|t| !t.is_empty());

    html! {
        <div class="compose" data-pane={if *message_pane { "message" } else { "describe" }}>
            <div class="pane-switch" role="group" aria-label="Show">
                { pane(false, "Describe") }
                { pane(true, "Message") }
            </div>
            <section class="panel describe" aria-labelledby="describe-heading">
                <h2 id="describe-heading">{ "The service" }</h2>
                if blank {
                    // On a phone the message pane (with its offer) is one tap away: offer it here too.
                    <p class="phone-only example-offer">
                        { "New here? " }
                        <button type="button" onclick={{
                            let shown = message_pane.clone();
                            d.reform(move |_| { shown.set(true); ServiceAction::UseExample })
                        }}>{ "Try an example" }</button>
                    </p>
                }
                <TextField id="field-name" label={Field::Name.label()} value={input.name.clone()} on_edit={edit(Field::Name)} />
                <div class="field">
                    <label for="description">{ Field::Description.label() }</label>
                    <p class="hint" id="description-hint">
                        { "What it does, who uses it, and the figures you have — e.g. “We run the mail service for 1,200 staff at 99.95% uptime.” Facts found are highlighted as you type." }
                    </p>
                    <DescriptionInput value={input.description.clone()} marks={marks}
                        on_edit={edit(Field::Description)} described_by="description-hint facts-count" />
                </div>
                <div class="field-pair">
                    <TextField id="field-who" label={Field::WhoUsesIt.label()} value={input.who_uses_it.clone()} grows=true
                        hint={AttrValue::from("e.g. “all 1,200 staff”")} on_edit={edit(Field::WhoUsesIt)} />
                    <TextField id="field-ask" label={Field::Ask.label()} value={input.ask.clone()} grows=true
                        hint={AttrValue::from("A decision, budget or time: “£40k a year to renew the filter”")} on_edit={edit(Field::Ask)} />
                </div>
                <details class="more" open={has_more}>
                    <summary>{ "More detail (optional)" }</summary>
                    <TextField id="field-does" label={Field::WhatItDoes.label()} value={input.what_it_does.clone()} rows={2}
                        hint={AttrValue::from("In everyday terms: “keeps everyone's email working”")} on_edit={edit(Field::WhatItDoes)} />
                    <TextField id="field-outcomes" label={Field::Outcomes.label()} value={input.outcomes.clone()} rows={2}
                        hint={AttrValue::from("“Month-end close went from 6 days to 3”")} on_edit={edit(Field::Outcomes)} />
                    <TextField id="field-risks" label={Field::Risks.label()} value={input.risks.clone()} rows={2}
                        on_edit={edit(Field::Risks)} />
                </details>
                <FactList rows={rows} removed={removed_facts(input)} form={props.fact_form.clone()}
                    currency={org.pack.currency.clone()}
                    on_facts={props.on_facts.clone()} on_show={on_show.clone()} />
                <WorkedOut figures={understanding.derived.clone()} settings={input.assumptions.clone()}
                    resolved={input.assumptions.over(&org.pack.assumptions)} missing={understanding.missing.clone()}
                    currency={money_currency(&understanding, org)} service={entry.id}
                    on_set={d.reform(|(id, setting)| ServiceAction::SetAssumption(id, setting))} />
                <ProblemList problems={understanding.problems.clone()} on_show={on_show} />
            </section>
            <section class="panel say" aria-labelledby="say-heading">
                <h2 id="say-heading" tabindex="-1">{ "What to say" }</h2>
                <AudiencePicker org={props.org.clone()} chosen={audience.id.clone()}
                    on_choose={d.reform(ServiceAction::ChooseAudience)} />
                <p class="audience-summary">{ &audience.summary }</p>
                if blank {
                    <div class="empty">
                        <p>{ "Describe a service and the message appears here, in words this audience cares about." }</p>
                        <button type="button" class="primary" onclick={d.reform(|_| ServiceAction::UseExample)}>{ "Try an example" }</button>
                    </div>
                } else {
                    <MessageView message={(*message).clone()} audience={audience.clone()} sources={sources(&understanding)}
                        copied={props.copied.clone()} on_copy={props.on_copy.clone()}
                        on_another_way={d.reform(|()| ServiceAction::AnotherWay)} />
                    <SharePanel link={link}
                        file_stem={file_stem(&entry.title(), &audience.label.to_lowercase())}
                        markdown={markdown(std::slice::from_ref(&*message))}
                        plain_text={plain_text(std::slice::from_ref(&*message))}
                        copied={props.copied.clone()} on_copy={props.on_copy.clone()}
                        on_download={props.on_download.clone()} on_print={props.on_print.clone()} />
                }
            </section>
        </div>
    }
}
