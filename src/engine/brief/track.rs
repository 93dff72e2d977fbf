//! The brief's talk track, budgeted to the audience's slot: each part with its words and the time
//! it takes at a comfortable speaking pace, running totals, and the parts that fall past the slot
//! marked, so the speaker knows what to cut.

use serde::Serialize;

use crate::engine::readability::DEFAULT_SPEAKING_WPM;
use crate::engine::text::word_count;

/// What the brief says, part by part, before it is timed.
pub struct Parts {
    pub opening: String,
    pub headline: String,
    pub totals: Option<String>,
    pub stories: Vec<String>,
    pub risks: Option<String>,
    pub asks: String,
    pub gaps: Option<String>,
    pub close: String,
}

/// One part of the talk track.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrackPart {
    /// "Opening", "Story 1"…
    pub label: String,
    pub text: String,
    pub words: usize,
    /// How long it takes to say at the default pace.
    pub seconds: u32,
    /// Whether it ends past the slot.
    pub over_slot: bool,
}

/// The parts, timed, in order; those that end after `slot_seconds` are marked.
pub fn track(parts: &Parts, slot_seconds: u32) -> Vec<TrackPart> {
    let mut labelled: Vec<(String, &str)> =
        vec![("Opening".into(), parts.opening.as_str()), ("Headline".into(), &parts.headline)];
    labelled.extend(parts.totals.as_deref().map(|t| ("Totals".to_string(), t)));
    labelled.extend(parts.stories.iter().enumerate().map(|(i, s)| (format!("Story {}", i + 1), s.as_str())));
    labelled.extend(parts.risks.as_deref().map(|r| ("Risks".to_string(), r)));
    labelled.push(("Asks".into(), &parts.asks));
    labelled.extend(parts.gaps.as_deref().map(|g| ("Still to come".to_string(), g)));
    labelled.push(("Close".into(), &parts.close));
    let mut elapsed = 0;
    labelled
        .into_iter()
        .map(|(label, text)| {
            let words = word_count(text);
            let seconds = ((words as f64) * 60.0 / f64::from(DEFAULT_SPEAKING_WPM)).ceil() as u32;
            elapsed += seconds;
            TrackPart { label, text: text.to_string(), words, seconds, over_slot: elapsed > slot_seconds }
        })
        .collect()
}
