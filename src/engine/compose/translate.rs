//! Puts the user's own phrases into a message: "IT versus the business" wording becomes
//! inclusive wording, and an ordinary word loses its sentence capital mid-sentence. Jargon in
//! their sentences and names stays as they wrote it, to be explained beside the term (`gloss`),
//! never swapped inside their sentence; a short phrase that a message restates as its own ("MTTR"
//! as what fell) is restated in plain words, and the restatement recorded.

use super::gloss::number_agreed;
use super::message::Translation;
use crate::engine::checks::{check, find_jargon_with, rule_ids, CheckOptions, Glossary};
use crate::engine::english::mid_sentence;

/// The rule whose suggestions make IT part of the business, applied to the user's phrases.
const INCLUSIVE_RULE: &str = "it-versus-business";

#[derive(Debug, Default)]
pub struct Translator {
    /// The terms restated in plain words.
    pub found: Vec<Translation>,
    /// Phrases already put in plain words, as the user wrote them.
    done: std::collections::BTreeMap<String, String>,
    /// The organisation's own terms, explained beside the built-in glossary's.
    pub glossary: Glossary,
}

impl Translator {
    /// A translator that also knows the organisation's own terms.
    pub fn with_glossary(glossary: Glossary) -> Translator {
        Translator { glossary, ..Translator::default() }
    }

    /// `phrase` in inclusive words, ready to sit mid-sentence ("Month-end close" → "month-end
    /// close", "IT supports the business" → "IT supports the rest of the business").
    pub fn plain(&mut self, phrase: &str) -> String {
        mid_sentence(&self.plain_as_written(phrase))
    }

    /// `phrase` in inclusive words, its capitals as the user wrote them (a service's own name).
    pub fn plain_as_written(&mut self, phrase: &str) -> String {
        if let Some(done) = self.done.get(phrase) {
            return done.clone();
        }
        let plain = self.translate(phrase);
        self.done.insert(phrase.to_string(), plain.clone());
        plain
    }

    fn translate(&mut self, phrase: &str) -> String {
        inclusive(phrase.trim()).trim().to_string()
    }

    /// A short phrase of the user's that a message says as its own ("MTTR", "P1 incidents"), in
    /// plain words: the fact restated, ready to sit mid-sentence.
    pub fn restate(&mut self, phrase: &str) -> String {
        let mut out = String::with_capacity(phrase.len());
        let mut at = 0;
        for (span, entry) in find_jargon_with(phrase, &self.glossary) {
            out.push_str(&phrase[at..span.start]);
            let term = phrase[span.clone()].to_string();
            let plain = number_agreed(&entry.plain, &term, &entry.term);
            agree_article(&mut out, &plain);
            out.push_str(&plain);
            if !self.found.iter().any(|t| t.term == term) {
                self.found.push(Translation {
                    term,
                    plain: entry.plain.clone(),
                    meaning: entry.meaning.clone(),
                });
            }
            at = span.end;
        }
        out.push_str(&phrase[at..]);
        self.plain(&out)
    }
}

/// Makes an "a" or "an" just before a replacement agree with it: "a ransomware outage" → "an
/// extortion software outage".
fn agree_article(before: &mut String, next: &str) {
    let trimmed = before.trim_end_matches(' ');
    let word_start =
        trimmed.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let last = &trimmed[word_start..];
    if !(last.eq_ignore_ascii_case("a") || last.eq_ignore_ascii_case("an")) || trimmed.len() == before.len() {
        return;
    }
    let wanted = crate::engine::english::a_or_an(next);
    let wanted = if last.starts_with('A') {
        if wanted == "an" {
            "An"
        } else {
            "A"
        }
    } else {
        wanted
    };
    let spaces = before.len() - trimmed.len();
    before.truncate(word_start);
    before.push_str(wanted);
    before.push_str(&" ".repeat(spaces));
}

/// Check options that run the inclusive-wording rule alone (the others are not needed here).
fn only_the_inclusive_rule() -> &'static CheckOptions {
    static OPTIONS: std::sync::OnceLock<CheckOptions> = std::sync::OnceLock::new();
    OPTIONS.get_or_init(|| CheckOptions {
        disabled_rules: rule_ids()
            .into_iter()
            .filter(|id| *id != INCLUSIVE_RULE)
            .map(str::to_string)
            .collect(),
        ..CheckOptions::default()
    })
}

/// `text` with "IT and the business" and its kind replaced by the rule's suggestions.
fn inclusive(text: &str) -> String {
    let findings = check(text, only_the_inclusive_rule());
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in findings.iter().filter(|f| f.rule == INCLUSIVE_RULE) {
        let Some(suggestion) = f.suggestion.as_ref().filter(|_| f.span.start >= at) else { continue };
        out.push_str(&text[at..f.span.start]);
        out.push_str(suggestion);
        at = f.span.end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jargon_stays_as_the_user_wrote_it() {
        let mut t = Translator::default();
        assert_eq!(t.plain("the VPN and the SAN"), "the VPN and the SAN");
        assert!(t.found.is_empty());
    }

    #[test]
    fn a_restated_phrase_is_in_plain_words_and_recorded_once() {
        let mut t = Translator::default();
        let plain = t.restate("the VPN and the VPN");
        assert!(!plain.contains("VPN"), "{plain}");
        assert_eq!(t.found.len(), 1);
        assert_eq!(t.found[0].term, "VPN");
        assert_eq!(plain, format!("the {p} and the {p}", p = t.found[0].plain));
        assert_eq!(t.restate("a ransomware outage"), "an extortion software outage");
    }

    #[test]
    fn an_article_agrees_with_the_plain_words_after_it() {
        let mut before = String::from("An ");
        agree_article(&mut before, "user");
        assert_eq!(before, "A ");
        let mut plain = String::from("the ");
        agree_article(&mut plain, "extortion");
        assert_eq!(plain, "the ", "only an article changes");
        let mut glued = String::from("a");
        agree_article(&mut glued, "extortion");
        assert_eq!(glued, "a", "no space, no word before");
        let mut wide = String::from("🕴a ");
        agree_article(&mut wide, "extortion");
        assert_eq!(wide, "🕴an ", "after a character of several bytes");
    }

    #[test]
    fn it_becomes_part_of_the_business() {
        let mut t = Translator::default();
        let plain = t.plain("IT supports the business with hosting");
        assert!(plain.contains("the rest of the business"), "{plain}");
    }

    #[test]
    fn ordinary_capitals_drop_mid_sentence_but_acronyms_stay() {
        let mut t = Translator::default();
        assert_eq!(t.plain("Month-end close"), "month-end close");
        assert_eq!(t.plain("Finance"), "finance");
        assert_eq!(t.plain("HR records"), "HR records");
        assert_eq!(t.plain(""), "");
    }
}
