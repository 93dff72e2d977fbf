//! The words that tell kinds of claim apart (`data/claim_words.json`): threats, costs, actions,
//! the marks of a consequence, words of reach, failures and places.

const CLAIM_WORDS_JSON: &str = data_file!("claim_words.json");

/// Words that tell kinds of claim apart (`data/claim_words.json`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClaimWords {
    /// A count of these is threats stopped ("2.3 million phishing emails").
    threat_words: Vec<String>,
    /// A cut in these is money saved ("cut hosting costs by 30%").
    pub(super) cost_words: Vec<String>,
    /// Actions that may start a phrase the user wrote for what changed ("cutting the phone
    /// bill"): what changed is the rest.
    action_words: Vec<String>,
    /// What starts a clause saying what a figure means for people (", so", ", which means"):
    /// with a leading space, lower-case; a mark without a comma keeps its last word.
    pub(super) consequence_marks: Vec<String>,
    /// ", which" and a verb that says what the figure brings (", which brings us in line"): said
    /// as "it brings us in line".
    pub(super) consequence_which: Vec<String>,
    /// Words before a count that make it what a service reaches ("for", "across", "serves").
    pub(super) reach_before: Vec<String>,
    /// Words after a count that make it what a service reaches ("use", "rely").
    pub(super) reach_after: Vec<String>,
    /// Things that going wrong ("outages", "complaints"): a count of them is no load handled.
    pub(super) failure_words: Vec<String>,
    /// Places a service is used across ("branches", "offices"), unlike things it holds.
    pub(super) place_words: Vec<String>,
}

pub(super) fn claim_words() -> &'static ClaimWords {
    static WORDS: std::sync::OnceLock<ClaimWords> = std::sync::OnceLock::new();
    // Compiled in; the parse is proven by `claim_words_parse`.
    WORDS.get_or_init(|| serde_json::from_str(CLAIM_WORDS_JSON).unwrap_or_default())
}

/// Whether any word of `phrase` is one of `words`.
pub(super) fn mentions(phrase: &str, words: &[String]) -> bool {
    phrase.to_lowercase().split([' ', '-']).any(|w| words.iter().any(|x| x == w))
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
    fn claim_words_parse() {
        let parsed: Result<ClaimWords, _> = serde_json::from_str(CLAIM_WORDS_JSON);
        assert!(parsed.is_ok_and(|w| !w.threat_words.is_empty()
            && !w.cost_words.is_empty()
            && !w.action_words.is_empty()));
        assert_eq!(without_action("cutting the BT phone bill"), "the BT phone bill");
        assert_eq!(without_action("printing costs"), "printing costs", "a noun in -ing stays");
    }
}
