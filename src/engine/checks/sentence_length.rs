//! The long-sentence rule: sentences with more words than the audience can follow, the limit set
//! per audience in the rule's data.

use std::collections::BTreeMap;

use super::finding::Finding;
use super::message::fill;
use super::severity::Severity;
use super::Context;
use crate::engine::text::sentences;

/// How many of a sentence's first words the message quotes, so the user can find it.
const QUOTED_WORDS: usize = 4;

pub(super) fn run(
    id: &str,
    message: &str,
    max_words: usize,
    max_words_by_audience: &BTreeMap<String, usize>,
    severity: Severity,
    ctx: &Context,
) -> Vec<Finding> {
    let max = max_words_by_audience.get(ctx.audience).copied().unwrap_or(max_words);
    sentences(ctx.text)
        .into_iter()
        .filter(|s| s.words > max)
        .filter_map(|s| {
            let sentence = ctx.text.get(s.span.clone()).filter(|t| !t.is_empty())?;
            let start = opening(sentence);
            let message = fill(
                message,
                &[("start", &start), ("words", &s.words.to_string()), ("max", &max.to_string())],
            );
            Some(Finding { rule: id.to_string(), severity, message, span: s.span, suggestion: None })
        })
        .collect()
}

/// The sentence's first few words, then "…".
fn opening(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().take(QUOTED_WORDS + 1).collect();
    let shown = words.iter().take(QUOTED_WORDS).copied().collect::<Vec<_>>().join(" ");
    if words.len() > QUOTED_WORDS {
        format!("{shown} …")
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::super::{check, CheckOptions, Finding, Severity};

    fn long(audience: &str, text: &str) -> Vec<Finding> {
        let options = CheckOptions { audience: audience.into(), ..CheckOptions::default() };
        check(text, &options).into_iter().filter(|f| f.rule == "long-sentence").collect()
    }

    fn sentence_of(words: usize) -> String {
        let mut s = (0..words).map(|n| format!("word{n}")).collect::<Vec<_>>().join(" ");
        s.push('.');
        s
    }

    #[test]
    fn flags_a_sentence_over_twenty_words_for_most_audiences() {
        let text = format!("Short one. {} {}", sentence_of(21), sentence_of(20));
        let found = long("peer", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], sentence_of(21));
        assert_eq!(found[0].severity, Severity::Warning);
        assert_eq!(
            found[0].message,
            "This sentence (“word0 word1 word2 word3 …”) has 21 words; listeners lose the thread after about 20. \
             Split it, or cut what they don't need."
        );
        assert_eq!(found[0].suggestion, None);
    }

    #[test]
    fn the_board_gets_twenty_five_words_and_a_gentler_note() {
        let text = format!("{} {}", sentence_of(25), sentence_of(26));
        let found = long("board", &text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], sentence_of(26));
        assert_eq!(found[0].severity, Severity::Suggestion);
        assert!(found[0].message.contains("has 26 words") && found[0].message.contains("about 25"));
        assert_eq!(long("manager", &text).len(), 2);
        assert_eq!(long("someone-else", &text).len(), 2);
    }

    #[test]
    fn bullet_lines_are_sentences_of_their_own() {
        let lines: Vec<String> = (0..30).map(|n| format!("- item {n}")).collect();
        assert!(long("peer", &lines.join("\n")).is_empty());
    }

    #[test]
    fn short_sentences_quote_themselves_whole() {
        assert_eq!(super::opening("Too long."), "Too long.");
        assert_eq!(super::opening(""), "");
    }
}
