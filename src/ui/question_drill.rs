//! The question drill: each likely question as a flashcard. Turn it over for the suggested answer
//! (or, with no fact to answer it, what to prepare), and mark it ready or needing work; the marks
//! are kept with the service. Turning a card over is the browser's own disclosure (`details`),
//! so it needs no state. A part of the Rehearse view, drawn from values and callbacks only.

use yew::prelude::*;

use crate::engine::rehearsal::drill::{progress, Card, Mark};
use crate::storage_format::Practice;

/// The drill for `cards`, with the marks kept in `practice`.
pub fn question_drill(cards: &[Card], practice: &Practice, on_mark: &Callback<(String, Mark)>) -> Html {
    let marks: Vec<Mark> = cards.iter().map(|c| practice.mark(&c.question)).collect();
    html! {
        <section class="panel drill" aria-labelledby="drill-heading">
            <h2 id="drill-heading">{ "Question drill" }</h2>
            <p class="lede">{ progress(&marks, cards.len()) }</p>
            <ol class="cards">
                { for cards.iter().zip(&marks).enumerate().map(|(i, (card, &mark))| {
                    let id = format!("card-{i}");
                    let toggle = |m: Mark, label: &'static str| {
                        let (q, pressed) = (card.question.clone(), mark == m);
                        // Each mark has its own colour and sign when pressed, so the two never look alike.
                        let class = if m == Mark::Ready { "mark-ready" } else { "mark-work" };
                        html! {
                            <button type="button" class={class} aria-pressed={if pressed { "true" } else { "false" }}
                                aria-describedby={id.clone()}
                                onclick={on_mark.reform(move |_| (q.clone(), if pressed { Mark::Unmarked } else { m }))}>
                                { label }
                            </button>
                        }
                    };
                    html! {
                        <li class={if card.flagged { "card flagged" } else { "card" }}>
                            <p class="card-question" id={id.clone()}>{ &card.question }</p>
                            if card.flagged {
                                <p class="flag">{ "No fact of yours answers this yet: prepare one." }</p>
                            }
                            <details>
                                <summary>{ if card.flagged { "What to prepare" } else { "Show the answer" } }</summary>
                                <p>{ &card.back }</p>
                            </details>
                            <div class="card-actions">
                                { toggle(Mark::Ready, "Ready") }
                                { toggle(Mark::NeedsWork, "Needs work") }
                            </div>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
