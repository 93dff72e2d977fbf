//! The message for one audience: headline, key points with the facts each uses, the 30-second
//! pitch, the 2-minute talk track, an everyday comparison, likely questions with answers, gaps,
//! and how every worked-out figure was reached. Every part has its own copy button. The words
//! all come from the engine; this only lays them out.

use yew::prelude::*;

use super::copy_button::CopyButton;
use crate::engine::audience::Audience;
use crate::engine::compose::Message;
use crate::engine::readability;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub message: Message,
    pub audience: Audience,
    /// The words of each fact and worked-out figure, by id ("f1", "d2").
    pub sources: Vec<(String, String)>,
    pub copied: Option<String>,
    pub on_copy: Callback<(String, String)>,
    pub on_another_way: Callback<()>,
}

/// A titled part of the message with its copy button.
fn part(id: &str, title: &str, what: &str, copy: String, props: &Props, body: Html) -> Html {
    let heading = format!("{id}-heading");
    html! {
        <section class={classes!("part", format!("part-{id}"))} aria-labelledby={heading.clone()}>
            <div class="part-head">
                <h3 id={heading}>{ title }</h3>
                <CopyButton what={what.to_string()} text={copy} copied={props.copied.as_deref() == Some(what)}
                    on_copy={props.on_copy.clone()} />
            </div>
            { body }
        </section>
    }
}

fn seconds(s: u32) -> String {
    if s < 90 {
        format!("about {s} seconds")
    } else {
        format!("about {} minutes", (s + 30) / 60)
    }
}

#[component]
pub fn MessageView(props: &Props) -> Html {
    let m = &props.message;
    let source = |id: &String| props.sources.iter().find(|(i, _)| i == id).map(|(_, t)| t.clone());
    let pitch = readability::measure(&m.pitch, readability::DEFAULT_SPEAKING_WPM);
    let talk: String = m.talk_track.parts().iter().map(|(_, t)| *t).collect::<Vec<_>>().join(" ");
    let talk_time = readability::measure(&talk, readability::DEFAULT_SPEAKING_WPM);

    let points_text = m.points.iter().map(|p| format!("- {}", p.text)).collect::<Vec<_>>().join("\n");
    let talk_text = m
        .talk_track
        .parts()
        .iter()
        .map(|(part, text)| format!("{part}: {text}"))
        .collect::<Vec<_>>()
        .join("\n\n");
    let questions_text = m
        .questions
        .iter()
        .map(|q| match (&q.answer, &q.prepare) {
            (Some(a), _) => format!("{}\n{a}", q.question),
            (None, Some(p)) => format!("{}\n{p}", q.question),
            (None, None) => q.question.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n\n");

    html! {
        <div class="message">
            <p class="print-only print-title">
                { format!("ValueLens briefing card · {} · for {}", m.service, props.audience.label.to_lowercase()) }
            </p>
            <div class="headline-card">
                <p class="eyebrow">{ format!("Headline for {}", props.audience.label.to_lowercase()) }</p>
                <p class="headline" aria-live="polite">{ &m.headline }</p>
                <div class="headline-actions">
                    <CopyButton what="the headline" text={m.headline.clone()}
                        copied={props.copied.as_deref() == Some("the headline")} on_copy={props.on_copy.clone()} />
                    <button type="button" class="another-way" onclick={props.on_another_way.reform(|_| ())}>
                        { "Say it another way" }
                    </button>
                </div>
            </div>

            { part("points", "Key points", "the key points", points_text, props, html! {
                <ol class="points">
                    { for m.points.iter().map(|p| {
                        let used: Vec<String> = p.facts.iter().filter_map(&source).collect();
                        html! {
                            <li>
                                <p>{ &p.text }</p>
                                <p class="point-meta">
                                    <span class="concern">{ &p.concern }</span>
                                    if !used.is_empty() {
                                        <span class="uses">{ format!("Uses: {}", used.join(" · ")) }</span>
                                    }
                                </p>
                            </li>
                        }
                    }) }
                </ol>
            }) }

            { part("pitch", "30-second pitch", "the pitch", m.pitch.clone(), props, html! {
                <>
                    <p class="pitch">{ &m.pitch }</p>
                    <p class="timing">{ format!("{} words, {} to say", pitch.words, seconds(pitch.speaking_seconds)) }</p>
                </>
            }) }

            { part("talk", "2-minute talk track", "the talk track", talk_text, props, html! {
                <>
                    <dl class="talk-track">
                        { for m.talk_track.parts().iter().map(|(name, text)| html! {
                            <div><dt>{ *name }</dt><dd>{ *text }</dd></div>
                        }) }
                    </dl>
                    <p class="timing">{ format!("{} words, {} to say", talk_time.words, seconds(talk_time.speaking_seconds)) }</p>
                </>
            }) }

            if !m.analogy.is_empty() {
                { part("analogy", "An everyday comparison", "the comparison", m.analogy.clone(), props, html! {
                    <p>{ &m.analogy }</p>
                }) }
            }

            if !m.questions.is_empty() {
                { part("questions", "Likely questions", "the questions", questions_text, props, html! {
                    <dl class="questions">
                        { for m.questions.iter().map(|q| html! {
                            <div>
                                <dt>{ &q.question }</dt>
                                if let Some(answer) = &q.answer {
                                    <dd>{ answer }</dd>
                                } else if let Some(prepare) = &q.prepare {
                                    <dd class="prepare">{ prepare }</dd>
                                }
                            </div>
                        }) }
                    </dl>
                }) }
            }

            if !m.gaps.is_empty() {
                { part("gaps", "What they will want that you have not given", "the gaps", m.gaps.join("\n"), props, html! {
                    <ul class="gaps">{ for m.gaps.iter().map(|g| html! { <li>{ g }</li> }) }</ul>
                }) }
            }

            if !m.workings.is_empty() {
                <section class="part part-workings workings" aria-labelledby="workings-heading">
                    <h3 id="workings-heading">{ "The working behind this message" }</h3>
                    <ul>
                        { for m.workings.iter().map(|w| html! {
                            <li>
                                <span class="figure">{ &w.figure }</span>
                                <span class="working">{ &w.working }</span>
                                if let Some(a) = &w.assumption { <span class="assumption">{ format!("Assuming {a}.") }</span> }
                            </li>
                        }) }
                    </ul>
                </section>
            }

            if !m.translations.is_empty() {
                <section class="part part-translations translations" aria-labelledby="translations-heading">
                    <h3 id="translations-heading">{ "Plain words used for your jargon" }</h3>
                    <dl>
                        { for m.translations.iter().map(|t| html! {
                            <div><dt>{ format!("{} → {}", t.term, t.plain) }</dt><dd>{ &t.meaning }</dd></div>
                        }) }
                    </dl>
                </section>
            }
        </div>
    }
}
