//! The practice log: each run's date, duration and pace, kept with the draft, and the trend as a
//! small chart (an SVG path the UI draws as it is).

use serde::{Deserialize, Serialize};

/// How many runs the log keeps, newest last.
pub const KEPT: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The day of the run, as the browser gave it ("2026-11-23").
    pub date: String,
    pub duration_ms: u64,
    pub target_ms: u64,
    pub wpm: Option<u32>,
}

/// The log with `entry` added, the oldest dropped beyond `KEPT`.
pub fn record(mut log: Vec<Entry>, entry: Entry) -> Vec<Entry> {
    log.push(entry);
    let extra = log.len().saturating_sub(KEPT);
    log.drain(..extra);
    log
}

/// A line through `values` (oldest first) scaled into a `width` × `height` box, as SVG path
/// data ("M0,20 L50,10 L100,0"); empty for fewer than two values.
pub fn sparkline(values: &[f64], width: f64, height: f64) -> String {
    let finite: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if finite.len() < 2 {
        return String::new();
    }
    let low = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let high = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = if high > low { high - low } else { 1.0 };
    let step = width / (finite.len() - 1) as f64;
    finite
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = step * i as f64;
            let y = height - (v - low) / span * height;
            format!("{}{},{}", if i == 0 { "M" } else { "L" }, round1(x), round1(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(ms: u64) -> Entry {
        Entry { date: "2026-11-23".into(), duration_ms: ms, target_ms: 30_000, wpm: Some(140) }
    }

    #[test]
    fn the_log_keeps_the_newest_runs() {
        let mut log = Vec::new();
        for i in 0..(KEPT as u64 + 5) {
            log = record(log, entry(i));
        }
        assert_eq!(log.len(), KEPT);
        assert_eq!(log[0].duration_ms, 5);
        assert_eq!(log[KEPT - 1].duration_ms, KEPT as u64 + 4);
    }

    #[test]
    fn the_sparkline_spans_the_box() {
        assert_eq!(sparkline(&[30.0, 40.0, 35.0], 100.0, 20.0), "M0,20 L50,0 L100,10");
        assert_eq!(sparkline(&[5.0, 5.0], 10.0, 10.0), "M0,10 L10,10");
        assert_eq!(sparkline(&[1.0], 10.0, 10.0), "");
        assert_eq!(sparkline(&[f64::NAN, 1.0, 2.0], 10.0, 10.0), "M0,10 L10,0");
    }
}
