//! The user's own sentences behind claims: the sentence or clause a fact came from, what they say
//! it means (", so …"), who did the work, and the words in which they asked for money.

use super::words::claim_words;
use crate::engine::facts::{counts_persons, Fact, MoneyRole};
use crate::engine::service::{ServiceInput, Understanding};
use crate::engine::text::{sentences, word_count};

/// The clause of `sentence` that holds `fact`'s words, between ", and", "; ", ", so" and ", but".
pub(super) fn clause_of<'s>(sentence: &'s str, fact: &Fact) -> Option<&'s str> {
    let at = sentence.find(fact.text.as_str())?;
    let marks = [", and ", "; ", ", so ", ", but ", ", which "];
    let start = marks.iter().filter_map(|m| sentence[..at].rfind(m).map(|i| i + m.len())).max().unwrap_or(0);
    let end_from = at + fact.text.len();
    let end = marks
        .iter()
        .filter_map(|m| sentence[end_from..].find(m).map(|i| end_from + i))
        .min()
        .unwrap_or(sentence.len());
    sentence.get(start..end).map(str::trim)
}

/// The people a sentence says spent the time a change measures, when it opens with them: "Our
/// billing clerks used to spend…" → "billing clerks"; `None` for "Payroll used to take…".
pub(super) fn doers(sentence: &str, change: &Fact) -> Option<String> {
    let before = sentence.get(..sentence.find(change.text.as_str())?)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    let start =
        usize::from(words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "our" | "the" | "my")));
    let who = words.get(start..)?;
    let who = who.strip_suffix(&["between", "them"]).unwrap_or(who);
    let phrase = who.join(" ");
    ((1..=3).contains(&who.len()) && counts_persons(&phrase) && !phrase.contains(['.', ',', ';']))
        .then(|| phrase.to_lowercase())
}

/// What the user says a sentence's figure means, in their words: the clause after ", so" or
/// ", which means" ("so a lost laptop is no longer a data breach" → "a lost laptop is no longer
/// a data breach"), when it gives no figure of its own (that figure is a claim of its own).
pub(super) fn consequence(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let w = claim_words();
    let marks = w.consequence_marks.iter().chain(&w.consequence_which);
    // ("an hour or so a day" is no consequence.)
    let (at, mark) = marks
        .filter_map(|m| lower.find(m).map(|i| (i, m)))
        .filter(|(i, _)| !lower[..*i].ends_with(" or"))
        .min_by_key(|(i, m)| (*i, std::cmp::Reverse(m.len())))?;
    // ", which brings us in line" says what it does: "it brings us in line". A mark with no
    // comma ends in the clause's first word ("so a"): keep that word.
    let (skip, lead) = if w.consequence_which.contains(mark) {
        (", which ".len(), "it ")
    } else if mark.starts_with(',') {
        (mark.len(), "")
    } else {
        (mark.trim_end().rfind(' ').map_or(mark.len(), |s| s + 1), "")
    };
    let clause = sentence.get(at + skip..)?.trim().trim_end_matches(['.', '!', ';']);
    let figure = clause.chars().any(|c| c.is_ascii_digit());
    (word_count(clause) >= 3 && !figure).then(|| format!("{lead}{clause}"))
}

/// The words in which the user asked for money, when they did so in their description: their
/// sentence from the clause that asks ("…, but we need £25,000 to add a queueing system").
pub fn ask_sentence<'i>(input: &'i ServiceInput, understanding: &Understanding) -> Option<&'i str> {
    let (field, clause) = ask_clause(input, understanding)?;
    let text = input.fields().into_iter().find(|(name, _)| *name == field)?.1;
    text.get(clause).map(str::trim)
}

/// The field and place of the clause in which the user asked for money in their text.
pub(super) fn ask_clause(
    input: &ServiceInput,
    understanding: &Understanding,
) -> Option<(String, std::ops::Range<usize>)> {
    let asked = understanding.facts.iter().find(|f| f.role == Some(MoneyRole::Ask) && f.field != "ask")?;
    let sentence = SentenceFinder::new(input, std::slice::from_ref(asked)).containing(asked)?;
    let text = input.fields().into_iter().find(|(name, _)| *name == asked.field)?.1;
    let start = text.find(sentence)?;
    let at = asked.span?.start.checked_sub(start)?;
    let clause = [", but ", "; ", ", and ", ", so "]
        .iter()
        .filter_map(|mark| sentence.get(..at)?.rfind(mark).map(|i| i + mark.len()))
        .max()
        .unwrap_or(0);
    Some((asked.field.clone(), start + clause..start + sentence.len()))
}

/// How far past a fact the sentence finder reads to finish its sentence: more than any sentence
/// short enough to quote.
const SENTENCE_TAIL: usize = 2_000;

/// Finds the sentence a fact came from, to quote the user's own words.
pub(super) struct SentenceFinder<'a> {
    fields: Vec<(&'static str, &'a str, Vec<std::ops::Range<usize>>)>,
}

impl<'a> SentenceFinder<'a> {
    /// Sentences of each field as far as the last of `facts` in it reaches (and a little beyond,
    /// to finish its sentence).
    pub(super) fn new(input: &'a ServiceInput, facts: &[Fact]) -> SentenceFinder<'a> {
        let fields = input
            .fields()
            .into_iter()
            .map(|(name, text)| {
                let reach =
                    facts.iter().filter(|f| f.field == name).filter_map(|f| f.span).map(|s| s.end).max();
                let mut end = reach.map_or(0, |r| (r + SENTENCE_TAIL).min(text.len()));
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                (name, text, sentences(&text[..end]).into_iter().map(|s| s.span).collect())
            })
            .collect();
        SentenceFinder { fields }
    }

    pub(super) fn containing(&self, fact: &Fact) -> Option<&'a str> {
        let span = fact.span?;
        let (_, text, spans) = self.fields.iter().find(|(name, _, _)| *name == fact.field)?;
        let i = spans.partition_point(|s| s.end <= span.start);
        let sentence = spans.get(i).filter(|s| s.start <= span.start)?;
        text.get(sentence.clone())
    }
}
