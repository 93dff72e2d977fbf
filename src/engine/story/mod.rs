//! The story behind a service's figures: what was done, to what — "we introduced a self-service
//! portal", "moving backups to the cloud", "we merged the two offices' phone systems" — read from
//! the user's own words (the verbs are data, `data/story.json`), so that a message can say what
//! was done and name the service by what it was done to.

mod action;
mod names;
mod told;
mod words;

use crate::engine::text::sentences;
pub use action::{action, Action};
pub use names::{acting_subject, does, named, names, new_name, without_fillers};
pub use told::told;
use words::story_words;

/// How many sentences are read for the story: it is told at the start.
const SENTENCES_READ: usize = 12;

/// How much of the text those sentences are looked for in, so a huge paste costs no more than a
/// long description.
const OPENING_BYTES: usize = 8_000;

/// The sentence the story opens with.
pub fn first_sentence(text: &str) -> &str {
    opening(text).first().and_then(|s| text.get(s.span.clone())).unwrap_or_default()
}

/// The first `SENTENCES_READ` sentences of `text`, found in its opening bytes only.
fn opening(text: &str) -> Vec<crate::engine::text::Sentence> {
    let mut end = text.len().min(OPENING_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    sentences(&text[..end]).into_iter().take(SENTENCES_READ).collect()
}

/// How many words an action's object runs to at most.
const OBJECT_WORDS: usize = 6;

/// What a request asks for, without how it opens: "we are asking the board for £18,000 to
/// rebuild it" → "£18,000 to rebuild it", so "What I need from the board: …" says it once.
pub fn request(ask: &str) -> &str {
    let trimmed = ask.trim();
    let lower = trimmed.to_lowercase();
    let opener = story_words()
        .ask_openers
        .iter()
        .filter(|o| lower.starts_with(o) && lower.len() > o.len() && lower.as_bytes()[o.len()] == b' ')
        .map(str::len)
        .max();
    match opener {
        Some(n) if trimmed.is_char_boundary(n) => trimmed[n..].trim_start(),
        _ => trimmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_is_what_it_asks_for() {
        assert_eq!(request("we are asking the board for £18,000 to rebuild it"), "£18,000 to rebuild it");
        assert_eq!(request("Please approve £45k a year to extend it."), "£45k a year to extend it.");
        assert_eq!(request("£30k for a second site"), "£30k for a second site");
        assert_eq!(request("we needed nothing"), "we needed nothing", "a whole word opens a request");
    }
}
