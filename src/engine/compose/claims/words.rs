//! The words that tell kinds of claim apart (`data/claim_words.json`, compiled in by `build.rs`):
//! threats, costs, actions, the marks of a consequence, words of reach, failures and places.

use crate::engine::tables::Words;

/// Words that tell kinds of claim apart (`data/claim_words.json`).
#[derive(Debug)]
pub(super) struct ClaimWords {
    /// A count of these is threats stopped ("2.3 million phishing emails").
    threat_words: Words,
    /// A cut in these is money saved ("cut hosting costs by 30%").
    pub(super) cost_words: Words,
    /// Actions that may start a phrase the user wrote for what changed ("cutting the phone
    /// bill"): what changed is the rest.
    action_words: Words,
    /// What starts a clause saying what a figure means for people (", so", ", which means"):
    /// with a leading space, lower-case; a mark without a comma keeps its last word.
    pub(super) consequence_marks: Words,
    /// ", which" and a verb that says what the figure brings (", which brings us in line"): said
    /// as "it brings us in line".
    pub(super) consequence_which: Words,
    /// Words before a count that make it what a service reaches ("for", "across", "serves").
    pub(super) reach_before: Words,
    /// Words after a count that make it what a service reaches ("use", "rely").
    pub(super) reach_after: Words,
    /// Things that going wrong ("outages", "complaints"): a count of them is no load handled.
    pub(super) failure_words: Words,
    /// Places a service is used across ("branches", "offices"), unlike things it holds.
    pub(super) place_words: Words,
}

static CLAIM_WORDS: ClaimWords = include!(concat!(env!("OUT_DIR"), "/data/claim_words.rs"));

pub(super) fn claim_words() -> &'static ClaimWords {
    &CLAIM_WORDS
}

/// Whether any word of `phrase` is one of `words`.
pub(super) fn mentions(phrase: &str, words: &Words) -> bool {
    phrase.to_lowercase().split([' ', '-']).any(|w| words.contains(w))
}

/// A phrase without the action it starts with, or a "now" inside it: "cutting the BT phone
/// bill" → "the BT phone bill", "hosting now costs" → "hosting costs" (the actions are
/// `claim_words.json`'s `action_words`).
pub(super) fn without_action(phrase: &str) -> String {
    let trimmed = phrase.trim();
    let rest = match trimmed.split_once(' ') {
        Some((first, rest)) if claim_words().action_words.iter().any(|a| a.eq_ignore_ascii_case(first)) => {
            rest.trim()
        }
        _ => trimmed,
    };
    rest.split(' ').filter(|w| !w.eq_ignore_ascii_case("now")).collect::<Vec<_>>().join(" ")
}

pub(super) fn is_threat(noun: &str) -> bool {
    mentions(noun, &claim_words().threat_words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claim_words_are_compiled_in() {
        let w = claim_words();
        assert!(w.threat_words.contains("phishing") && !w.threat_words.contains("printing"));
        assert!(w.cost_words.iter().next().is_some() && w.action_words.iter().next().is_some());
        assert_eq!(without_action("cutting the BT phone bill"), "the BT phone bill");
        assert_eq!(without_action("printing costs"), "printing costs", "a noun in -ing stays");
    }
}
