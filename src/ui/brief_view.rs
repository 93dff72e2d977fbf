//! The Brief view: the services in the library rolled into one account for the board (or your
//! manager), as the engine writes it. The user picks the services, the audience and the slot; the
//! brief shows its headline, the summary table, the totals as sums with each term opening its
//! service, the stories, risks, asks, gaps and the talk track against the slot. It copies, downloads,
//! prints as a two-page pack, and shows as one slide for a projector.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::Download;
use super::focus;
use crate::engine::brief::{level_word, markdown, plain_text, total_name, Brief, TotalKind};
use crate::engine::rehearsal::timer::{clock, spoken, target_words};
use crate::org::Org;
use crate::state::{file_stem, BriefAction, BriefSettings, BRIEF_AUDIENCES};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub brief: Brief,
    /// Every service in the library: its id, title, and whether it is in the brief.
    pub services: Vec<(u32, String, bool)>,
    pub settings: BriefSettings,
    pub org: std::rc::Rc<Org>,
    pub on_brief: Callback<BriefAction>,
    /// Open the service with this library id in Compose, where its working is.
    pub on_open: Callback<u32>,
    pub on_copy: Callback<(String, String)>,
    pub on_download: Callback<Download>,
    pub on_print: Option<Callback<()>>,
}

#[component]
pub fn BriefView(props: &Props) -> Html {
    let b = &props.brief;
    let d = &props.on_brief;
    let ids: Vec<u32> = props.services.iter().filter(|s| s.2).map(|s| s.0).collect();
    let id_of = |service: usize| ids.get(service).copied();
    let who = props.org.audience(&b.audience).label.to_lowercase();
    let spoken_total: u32 = b.track.iter().map(|p| p.seconds).sum();
    let stem = file_stem("it-brief", &who);
    let md = markdown(b);
    let text = plain_text(b);
    let open = |service: usize, title: &str| match id_of(service) {
        Some(id) => html! {
            <button type="button" class="quiet" aria-label={format!("Open “{title}” and its working")}
                onclick={props.on_open.reform(move |_| id)}>{ title.to_string() }</button>
        },
        None => html! { { title.to_string() } },
    };
    if props.settings.slide {
        return slide(b, &who, d);
    }
    html! {
        <div class="brief-view">
            <section class="panel brief-settings" aria-labelledby="brief-heading">
                <h2 id="brief-heading">{ "Brief" }</h2>
                <p class="lede">{ "Every service in your library, rolled into one account of what IT is worth. Every figure is a service's own, or a sum shown term by term." }</p>
                <fieldset class="brief-services">
                    <legend>{ "Services in the brief" }</legend>
                    { for props.services.iter().map(|(id, title, on)| {
                        let id = *id;
                        html! {
                            <label class="choice-option">
                                <input type="checkbox" checked={*on}
                                    onchange={d.reform(move |e: Event| BriefAction::Include { id, on: e.target_unchecked_into::<HtmlInputElement>().checked() })} />
                                <span>{ title }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <fieldset class="brief-audience">
                    <legend>{ "For" }</legend>
                    { for BRIEF_AUDIENCES.iter().map(|&id| {
                        let label = props.org.audience(id).label.clone();
                        html! {
                            <label class="choice-option">
                                <input type="radio" name="brief-audience" checked={props.settings.audience == id}
                                    onchange={d.reform(move |_| BriefAction::Audience(id.to_string()))} />
                                <span>{ label }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <div class="field">
                    <label for="brief-slot">{ "Slot, in minutes" }</label>
                    <input id="brief-slot" type="text" inputmode="numeric" autocomplete="off"
                        placeholder={format!("{} (the usual)", b.slot_seconds / 60)}
                        value={props.settings.slot.clone()} aria-invalid={props.settings.slot_problem().map(|_| "true")}
                        oninput={d.reform(|e: InputEvent| BriefAction::EditSlot(e.target_unchecked_into::<HtmlInputElement>().value()))} />
                    if let Some(problem) = props.settings.slot_problem() {
                        <p class="error" role="alert">{ problem }</p>
                    }
                </div>
                <div class="actions">
                    <button type="button" class="primary" id="open-slide" onclick={d.reform(|_| {
                        focus::after_render(vec!["slide-back".into()]);
                        BriefAction::Slide(true)
                    })}>{ "One slide" }</button>
                    <button type="button" onclick={{ let md = md.clone(); props.on_copy.reform(move |_| ("the brief as Markdown".to_string(), md.clone())) }}>{ "Copy Markdown" }</button>
                    <button type="button" onclick={{ let text = text.clone(); props.on_copy.reform(move |_| ("the brief as plain text".to_string(), text.clone())) }}>{ "Copy plain text" }</button>
                    <button type="button" onclick={{ let stem = stem.clone(); props.on_download.reform(move |_| (format!("{stem}.md"), "text/markdown", md.clone())) }}>{ "Download Markdown" }</button>
                    if let Some(print) = &props.on_print {
                        <button type="button" onclick={print.reform(|_| ())}>{ "Print briefing pack" }</button>
                    }
                </div>
            </section>
            <article class="panel brief-pack" aria-labelledby="brief-headline">
                <section class="brief-page brief-summary">
                    <p class="eyebrow">{ format!("For {who}") }</p>
                    <h2 id="brief-headline" class="brief-headline">{ &b.headline }</h2>
                    <table class="brief-table">
                        <caption class="visually-hidden">{ "The services in the brief" }</caption>
                        <thead><tr><th scope="col">{ "Service" }</th><th scope="col">{ "Serves" }</th><th scope="col">{ "Best figure" }</th><th scope="col">{ "Kind" }</th></tr></thead>
                        <tbody>
                            { for b.rows.iter().map(|r| html! {
                                <tr><th scope="row">{ &r.title }</th><td>{ r.serves.clone().unwrap_or_else(|| "—".into()) }</td>
                                    <td>{ r.best.clone().unwrap_or_else(|| "—".into()) }</td><td>{ level_word(r.level) }</td></tr>
                            }) }
                        </tbody>
                    </table>
                    if !b.totals.is_empty() {
                        <h3>{ "Totals" }</h3>
                        <ul class="brief-totals">
                            { for b.totals.iter().map(|t| html! {
                                <li>
                                    <span class="total-name">{ total_name(&t.kind) }</span>
                                    <strong class="total-said">{ &t.said }</strong>
                                    <span class="total-sum">{ &t.sum }</span>
                                    <span class="total-terms">
                                        { "From " }
                                        { for t.terms.iter().map(|term| html! { <>{ open(term.service, &term.title) }{ " " }</> }) }
                                    </span>
                                </li>
                            }) }
                        </ul>
                    }
                </section>
                <section class="brief-page brief-detail">
                    if !b.stories.is_empty() {
                        <h3>{ "Three stories" }</h3>
                        <ol class="brief-stories">
                            { for b.stories.iter().map(|s| html! { <li><strong>{ open(s.service, &s.title) }</strong>{ " " }{ &s.text }</li> }) }
                        </ol>
                    }
                    if !b.risks.is_empty() {
                        <h3>{ "Risks, and what protects against them" }</h3>
                        <ul>{ for b.risks.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                    }
                    <h3>{ "Asks" }</h3>
                    if b.asks.is_empty() {
                        <p>{ "No service asks for anything." }</p>
                    } else {
                        <ul>{ for b.asks.iter().map(|a| html! {
                            <li><strong>{ &a.title }</strong>{ format!(": {}", a.ask) }
                                if !a.returns.is_empty() { { format!(" — it {}", a.returns.join("; ")) } }</li>
                        }) }</ul>
                    }
                    if !b.gaps.is_empty() {
                        <h3>{ "Gaps" }</h3>
                        <ul>{ for b.gaps.iter().map(|g| html! { <li>{ &g.text }</li> }) }</ul>
                    }
                    <h3 id="brief-track-heading">{ format!("Talk track: {} of a {} slot", spoken(u64::from(spoken_total) * 1000), target_words(u64::from(b.slot_seconds) * 1000)) }</h3>
                    <ol class="brief-track" aria-labelledby="brief-track-heading">
                        { for b.track.iter().map(|p| html! {
                            <li class={classes!(p.over_slot.then_some("over-slot"))}>
                                <span class="track-label">{ format!("{} · {}", p.label, clock(u64::from(p.seconds) * 1000)) }
                                    if p.over_slot { <span class="track-over">{ " · past the slot" }</span> }</span>
                                <span class="track-text">{ &p.text }</span>
                            </li>
                        }) }
                    </ol>
                </section>
            </article>
        </div>
    }
}

/// The brief as one slide for a projector: the headline, three figures and three stories.
fn slide(b: &Brief, who: &str, d: &Callback<BriefAction>) -> Html {
    // Leaving the slide gives focus back to the button that opened it.
    let back = d.reform(|action| {
        focus::after_render(vec!["open-slide".into()]);
        action
    });
    html! {
        <section class="brief-slide" aria-labelledby="slide-headline" onkeydown={super::on_key("Escape", &back, BriefAction::Slide(false))}>
            <p class="eyebrow">{ format!("What IT is worth · for {who}") }</p>
            <h2 id="slide-headline">{ &b.headline }</h2>
            <ul class="slide-figures">
                { for b.totals.iter().take(3).map(|t| html! { <li><strong>{ &t.said }</strong><span>{ match &t.kind {
                    TotalKind::MoneySavedAYear { .. } => "saved",
                    TotalKind::HoursAYear => "of staff time given back",
                    TotalKind::FullTimePeople => "of time given back",
                } }</span></li> }) }
            </ul>
            <ol class="slide-stories">
                { for b.stories.iter().map(|s| html! { <li><strong>{ &s.title }</strong>{ " " }{ &s.text }</li> }) }
            </ol>
            <button type="button" id="slide-back" onclick={back.reform(|_| BriefAction::Slide(false))}>{ "Back to the brief" }</button>
        </section>
    }
}
