//! Puts the user's own phrases into a message in plain words: jargon found through the glossary
//! (and the organisation's own terms) is replaced by its plain phrasing, "IT versus the business"
//! wording by inclusive wording, and every replacement is recorded so the user can see it.

use super::message::Translation;
use crate::engine::checks::{check, find_jargon_with, rule_ids, CheckOptions, Glossary};

/// The rule whose suggestions make IT part of the business, applied to the user's phrases.
const INCLUSIVE_RULE: &str = "it-versus-business";

#[derive(Debug, Default)]
pub struct Translator {
    pub found: Vec<Translation>,
    /// Phrases already put in plain words, as the user wrote them.
    done: std::collections::BTreeMap<String, String>,
    /// The organisation's own terms, put in plain words beside the built-in glossary's.
    glossary: Glossary,
}

impl Translator {
    /// A translator that also knows the organisation's own terms.
    pub fn with_glossary(glossary: Glossary) -> Translator {
        Translator { glossary, ..Translator::default() }
    }

    /// `phrase` with its jargon in plain words, ready to sit mid-sentence ("Month-end close" →
    /// "month-end close", "the ERP" → "the company-wide business system").
    pub fn plain(&mut self, phrase: &str) -> String {
        mid_sentence(&self.plain_as_written(phrase))
    }

    /// `phrase` in plain words, its capitals as the user wrote them (a service's own name).
    pub fn plain_as_written(&mut self, phrase: &str) -> String {
        if let Some(done) = self.done.get(phrase) {
            return done.clone();
        }
        let plain = self.translate(phrase);
        self.done.insert(phrase.to_string(), plain.clone());
        plain
    }

    fn translate(&mut self, phrase: &str) -> String {
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
        inclusive(out.trim()).trim().to_string()
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

/// The plain words in the number of the matched term: "P1s" → "top-priority faults".
fn number_agreed(plain: &str, matched: &str, term: &str) -> String {
    const UNCOUNTABLE: &[&str] = &[
        "access",
        "software",
        "data",
        "information",
        "hardware",
        "storage",
        "equipment",
        "support",
        "help",
        "advice",
        "time",
        "security",
        "protection",
    ];
    let plural_match = matched != term && matched.ends_with('s') && !term.ends_with('s');
    let last = plain.rsplit(' ').next().unwrap_or_default();
    if !plural_match
        || last.is_empty()
        || !last.chars().all(char::is_alphabetic)
        || UNCOUNTABLE.contains(&last)
    {
        return plain.to_string();
    }
    let stem = &plain[..plain.len() - last.len()];
    let plural = if last.ends_with(['s', 'x']) || last.ends_with("sh") || last.ends_with("ch") {
        format!("{last}es")
    } else if let Some(base) = last.strip_suffix('y').filter(|b| !b.ends_with(['a', 'e', 'i', 'o', 'u'])) {
        format!("{base}ies")
    } else {
        format!("{last}s")
    };
    format!("{stem}{plural}")
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

/// A capitalised ordinary word loses its capital mid-sentence ("Month-end close"); acronyms and
/// names written in capitals keep theirs ("SAP", "Finance").
fn mid_sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(phrase[first.len_utf8()..].chars()).collect()
        }
        _ => phrase.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_agrees_with_the_plain_words_after_it() {
        let mut t = Translator::default();
        assert_eq!(t.plain("a ransomware outage"), "an extortion software outage");
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
    fn jargon_becomes_plain_and_is_recorded_once() {
        let mut t = Translator::default();
        let plain = t.plain("the VPN and the VPN");
        assert!(!plain.contains("VPN"), "{plain}");
        assert_eq!(t.found.len(), 1);
        assert_eq!(t.found[0].term, "VPN");
        assert_eq!(plain, format!("the {p} and the {p}", p = t.found[0].plain));
    }

    #[test]
    fn a_plural_term_gets_plural_plain_words() {
        assert_eq!(number_agreed("top-priority fault", "P1s", "P1"), "top-priority faults");
        assert_eq!(number_agreed("secure remote access", "VPNs", "VPN"), "secure remote access");
        assert_eq!(number_agreed("top-priority fault", "P1", "P1"), "top-priority fault");
        assert_eq!(
            number_agreed("security weakness", "vulnerabilities", "vulnerability"),
            "security weaknesses"
        );
        assert_eq!(number_agreed("company policy", "policies", "policy"), "company policies");
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
