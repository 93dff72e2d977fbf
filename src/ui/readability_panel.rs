//! How a text reads for the chosen audience: length, grade against the audience's target, and
//! speaking time against the time the audience usually gives.

use yew::prelude::*;

use crate::engine::audience::Audience;
use crate::engine::readability::{Readability, MIN_WORDS_TO_SCORE};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub audience: Audience,
    pub measured: Readability,
}

fn duration(seconds: u32) -> String {
    match seconds {
        0..=89 => format!("{seconds} s"),
        _ => format!("{} min", (seconds + 30) / 60),
    }
}

#[component]
pub fn ReadabilityPanel(props: &Props) -> Html {
    let r = &props.measured;
    let a = &props.audience;
    let who = a.label.to_lowercase();
    let (grade, grade_ok) = match r.flesch_kincaid_grade {
        Some(grade) if grade <= a.max_grade => {
            (format!("Grade {grade:.1}: within the target of {:.0} for {who}.", a.max_grade), Some(true))
        }
        Some(grade) => (
            format!(
                "Grade {grade:.1}: above the target of {:.0} for {who} — shorten sentences and use plainer words.",
                a.max_grade
            ),
            Some(false),
        ),
        None => (format!("Too short to score readability honestly (fewer than {MIN_WORDS_TO_SCORE} words)."), None),
    };
    // No verdict on nothing: an empty draft neither fits nor overruns the slot.
    let within_slot = (r.words > 0).then_some(r.speaking_seconds <= a.slot_seconds);
    let time = match within_slot {
        None => format!(
            "The speaking time shows here as you type; {who} usually gives you {}.",
            duration(a.slot_seconds)
        ),
        Some(true) => format!("Fits the {} {who} usually gives you.", duration(a.slot_seconds)),
        Some(false) => {
            format!("Longer than the {} {who} usually gives you: cut it down.", duration(a.slot_seconds))
        }
    };
    html! {
        <section class="readability" aria-labelledby="readability-heading">
            <h3 id="readability-heading">{ format!("How it reads for {who}") }</h3>
            <dl class="figures">
                <div><dt>{ "Words" }</dt><dd>{ r.words }</dd></div>
                <div><dt>{ "Sentences" }</dt><dd>{ r.sentences }</dd></div>
                <div><dt>{ "Speaking time" }</dt><dd>{ format!("{} at {} wpm", duration(r.speaking_seconds), r.speaking_wpm) }</dd></div>
                <div><dt>{ "Reading time" }</dt><dd>{ duration(r.reading_seconds) }</dd></div>
            </dl>
            <p class={classes!("grade", grade_ok.map(|ok| if ok { "ok" } else { "over" }))}>{ grade }</p>
            <p class={classes!("slot", within_slot.map(|ok| if ok { "ok" } else { "over" }))}>{ time }</p>
        </section>
    }
}
