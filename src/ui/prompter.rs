//! The prompter: the step to say now in large text, the timer (elapsed, remaining, over, from one
//! clock), the pace so far against the speaking band, and buttons that do what the keys do. Once
//! the run is done, Previous, Start and Next are disabled until Restart, and finishing with Next
//! hands focus to Restart. Its stage takes keyboard focus, so Space and the arrows work without
//! reaching for a button. A part of the Rehearse view, drawn from values and
//! callbacks only (a function rather than a component, to keep the bundle small).

use yew::prelude::*;

use super::focus;
use crate::engine::readability::SPEAKING_WPM_RANGE;
use crate::engine::rehearsal::run::{band, PaceBand, Run};
use crate::engine::rehearsal::timer::clock;
use crate::state::FullScreen;

/// What the prompter's buttons do.
pub struct Controls {
    pub toggle: Callback<()>,
    pub next: Callback<()>,
    pub previous: Callback<()>,
    pub restart: Callback<()>,
    pub smaller: Callback<()>,
    pub larger: Callback<()>,
    pub full_screen: Callback<()>,
}

/// A plain button that calls `callback`.
pub fn button(label: &'static str, callback: &Callback<()>) -> Html {
    html! { <button type="button" onclick={callback.reform(|_| ())}>{ label }</button> }
}

/// A button that can be switched off (`disabled`).
fn button_while(label: &'static str, callback: &Callback<()>, enabled: bool) -> Html {
    html! { <button type="button" disabled={!enabled} onclick={callback.reform(|_| ())}>{ label }</button> }
}

fn pace(wpm: Option<u32>) -> String {
    let (low, high) = SPEAKING_WPM_RANGE;
    let Some(w) = wpm else { return "shown once you step past the first part".to_string() };
    let how = match band(w) {
        PaceBand::Slow => "slower than",
        PaceBand::Good => "within",
        PaceBand::Fast => "faster than",
    };
    format!("{w} words a minute, {how} {low}–{high}")
}

/// The prompter for `run` at the browser's time `now`.
pub fn prompter(run: &Run, now: u64, text_size: u8, full_screen: FullScreen, c: &Controls) -> Html {
    let reading = run.timer.read(now);
    let done = run.finished();
    let last = run.current + 1 >= run.steps.len();
    let (label, text) = match run.steps.get(run.current) {
        Some(step) => {
            (format!("{}, step {} of {}", step.label, run.current + 1, run.steps.len()), step.text.as_str())
        }
        None => ("Done".to_string(), "That was the last step. Restart to go again."),
    };
    html! {
        <section id="prompter" aria-label="Prompter"
            class={if full_screen == FullScreen::Window { "prompter full-window" } else { "prompter" }}>
            <div id="prompter-stage" class={format!("stage size-{text_size}")} tabindex="0"
                role="group" aria-label="Prompter text" aria-describedby="prompter-keys">
                <p class="step-label">{ label }</p>
                <p class="step-text" aria-live="polite">{ text }</p>
            </div>
            <p class="timer-figures">
                { format!("Elapsed {} · Remaining {} · Target {} · Words covered ", clock(reading.elapsed_ms),
                    clock(reading.remaining_ms), clock(run.timer.target_ms)) }
                <span class="words-covered">{ run.words_covered() }</span>
                { " · Pace: " }<span class="pace">{ pace(run.wpm(now)) }</span>
            </p>
            if reading.over_ms > 0 {
                <p class="over-warning">{ format!("Over the target by {}", clock(reading.over_ms)) }</p>
            }
            <div class="prompter-controls">
                { button_while("Previous", &c.previous, !done) }
                { button_while(if reading.running { "Stop timer" } else { "Start timer" }, &c.toggle, !done) }
                <button type="button" disabled={done} onclick={c.next.reform(move |_| {
                    if last {
                        focus::after_render(vec!["prompter-restart".into()]);
                    }
                })}>{ "Next" }</button>
                <button type="button" id="prompter-restart" onclick={c.restart.reform(|_| ())}>{ "Restart" }</button>
                { button("Smaller text", &c.smaller) }
                { button("Larger text", &c.larger) }
                { button(if full_screen == FullScreen::Off { "Full screen" } else { "Leave full screen" }, &c.full_screen) }
            </div>
            <p class="hint" id="prompter-keys">
                { "With the prompter text selected: Space starts or stops the timer, the right and left arrows step on and back." }
            </p>
        </section>
    }
}
