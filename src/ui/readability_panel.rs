//! How the description reads for the chosen audience: length, grade against target, speaking time.

use yew::prelude::*;

use crate::engine::audience::Audience;
use crate::engine::readability::{Readability, MIN_WORDS_TO_SCORE};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub audience: &'static Audience,
    pub measured: Readability,
}

#[component]
pub fn ReadabilityPanel(props: &Props) -> Html {
    let r = &props.measured;
    let a = props.audience;
    let grade = match r.flesch_kincaid_grade {
        Some(grade) if grade <= a.max_grade => format!(
            "Grade {grade:.1}: within the target of {:.0} for {}.",
            a.max_grade,
            a.label.to_lowercase()
        ),
        Some(grade) => format!(
            "Grade {grade:.1}: above the target of {:.0} for {} — shorten sentences and use plainer words.",
            a.max_grade,
            a.label.to_lowercase()
        ),
        None => format!("Too short to score readability honestly (fewer than {MIN_WORDS_TO_SCORE} words)."),
    };
    html! {
        <section class="result" aria-live="polite" aria-labelledby="result-heading">
            <h2 id="result-heading">{ format!("For {}", a.label.to_lowercase()) }</h2>
            <p class="audience-summary">{ &a.summary }</p>
            <dl class="figures">
                <div><dt>{ "Words" }</dt><dd>{ r.words }</dd></div>
                <div><dt>{ "Speaking time" }</dt><dd>{ format!("{} s at {} wpm", r.speaking_seconds, r.speaking_wpm) }</dd></div>
            </dl>
            <p class="grade">{ grade }</p>
        </section>
    }
}
