//! The practice log: each finished run's date, time against its target and pace, newest first,
//! and the run times as a small chart labelled with the trend in words. A part of the Rehearse
//! view, drawn from values only.

use yew::prelude::*;

use crate::engine::rehearsal::log::{sparkline, Entry};
use crate::engine::rehearsal::timer::clock;
use crate::state::log_trend;

/// The log (oldest first), drawn newest first.
pub fn practice_log(log: &[Entry]) -> Html {
    let times: Vec<f64> = log.iter().map(|e| e.duration_ms as f64).collect();
    let line = sparkline(&times, 200.0, 40.0);
    html! {
        <section class="panel practice-log" aria-labelledby="log-heading">
            <h2 id="log-heading">{ "Practice log" }</h2>
            if log.is_empty() {
                <p class="lede">{ "Step past the last part of a run and it is kept here, with its time and pace." }</p>
            }
            if !line.is_empty() {
                <svg class="sparkline" viewBox="-3 -3 206 46" role="img" aria-label={log_trend(log)}>
                    <path d={line} />
                </svg>
            }
            <ol class="log-list">
                { for log.iter().rev().map(|e| html! {
                    <li>
                        { format!("{}: {} (target {}), {}", e.date, clock(e.duration_ms), clock(e.target_ms),
                            e.wpm.map_or_else(|| "pace not measured".to_string(), |w| format!("{w} words a minute"))) }
                    </li>
                }) }
            </ol>
        </section>
    }
}
