//! A number with its unit: what the marks and the words after a figure say it measures ("£40k",
//! "3 hours", "office staff", "phishing emails"), or one of a time unit with no figure ("a minute").

use super::Reader;
use crate::engine::facts::lexicon::Lexicon;
use crate::engine::facts::tokens::{Kind, Number, Token};

/// How a number is measured, read from the number's marks and the words after it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Unit {
    Percent,
    Money(String),
    Times,
    /// A time unit and its length in seconds.
    Time(String, f64),
    People(String),
    Count(String),
    Bare,
}

/// A number with its unit; `end` is the token index just past it.
#[derive(Debug, Clone)]
pub(super) struct Quantity {
    pub(super) number: Number,
    pub(super) unit: Unit,
    pub(super) start: usize,
    pub(super) end: usize,
    /// A comparative between the number and its noun: "200,000 fewer pages" is `Some(false)`,
    /// "300 more orders" `Some(true)`.
    pub(super) more: Option<bool>,
}

impl Reader<'_> {
    /// Whether the number at `i` is a phone number ("crews to 999 calls", "the 111 line").
    fn is_phone_number(&self, i: usize) -> bool {
        let written = self.tokens.get(i).and_then(|t| self.text.get(t.span.start..t.span.end));
        written.is_some_and(|w| self.lex.phone_numbers.contains(w))
            && self.is_word(i + 1, &["call", "calls", "line", "lines", "number", "service", "services"])
    }

    /// Whether the number at `i` is part of a name ("Windows 11", "Microsoft 365", "ISO 27001"):
    /// right after a capitalised word in mid-sentence.
    fn is_part_of_a_name(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).and_then(|p| self.tokens.get(p)) else { return false };
        let capitalised = self.word(i - 1).is_some()
            && self.text[previous.span.clone()].starts_with(|c: char| c.is_uppercase());
        let mid_sentence = i >= 2 && !matches!(self.tokens[i - 2].kind, Kind::Break);
        let plain_number = self.number(i).is_some_and(|n| n.currency.is_none() && !n.percent && !n.spelled);
        capitalised && mid_sentence && plain_number
    }

    /// The number at `i` with its unit.
    pub(super) fn quantity(&self, i: usize) -> Option<Quantity> {
        if self.is_part_of_a_name(i) || self.is_phone_number(i) {
            return None;
        }
        // "each one", "which one": a word, not a figure.
        let written = self.tokens.get(i).and_then(|t| self.text.get(t.span.clone()))?;
        if written.eq_ignore_ascii_case("one")
            && self
                .is_word(i.wrapping_sub(1), &["each", "every", "which", "any", "this", "that", "the", "no"])
        {
            return None;
        }
        let number = self.number(i)?.clone();
        let mut after = i + 1;
        let more = self.word(after).and_then(|w| self.lex.comparatives.get(w).copied());
        if more.is_some() && !number.percent && number.currency.is_none() {
            after += 1;
        }
        let (unit, end) = if number.percent {
            (Unit::Percent, after)
        } else if let Some(code) = &number.currency {
            (Unit::Money(code.clone()), after)
        } else if number.times {
            (Unit::Times, after)
        } else {
            // "a couple of minutes": the unit past "of".
            let after = if number.spelled && number.value == 2.0 && self.is_word(after, &["of"]) {
                after + 1
            } else {
                after
            };
            // "half a day" is half of a day, not half of something a day.
            let half = number.value == 0.5 && number.spelled && self.is_word(after, &["a", "an"]);
            match self.unit_after(after + usize::from(half)) {
                (unit @ Unit::Time(..), end) if half => (unit, end),
                _ => self.unit_after(after),
            }
        };
        Some(Quantity { number, unit, start: i, end, more })
    }

    /// The unit spelled by the words at `i`: a time unit, or a noun phrase ending in a people or
    /// count noun ("office staff", "phishing emails"), or a plural that names what is counted.
    pub(super) fn unit_after(&self, i: usize) -> (Unit, usize) {
        let words = self.words_from(i, 4);
        if let Some((seconds, n)) = Lexicon::longest_phrase(&self.lex.time_units, &words) {
            return (Unit::Time(words[..n].join(" "), *seconds), i + n);
        }
        for k in 0..words.len().min(3) {
            if words[..k].iter().any(|w| self.is_stop(w)) {
                break;
            }
            let two = words.get(k + 1).map(|next| format!("{} {next}", words[k]));
            let noun = |set: &crate::engine::tables::Words| {
                two.as_ref().filter(|p| set.contains(p)).map(|_| 2).or(set.contains(words[k]).then_some(1))
            };
            let phrase = |n: usize| self.slice(i, i + k + n - 1).0;
            if let Some(n) = noun(&self.lex.people_nouns) {
                return (Unit::People(phrase(n)), i + k + n);
            }
            if let Some(n) = noun(&self.lex.count_nouns) {
                return (Unit::Count(phrase(n)), i + k + n);
            }
        }
        let plural = |w: &str| w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !self.is_stop(w);
        // "14,000 phishing and spam emails": two kinds of one thing counted together.
        if let [first, "and" | "or", third, rest @ ..] = words.as_slice() {
            if !self.is_stop(first) && !self.is_stop(third) {
                let last = rest.first().filter(|w| plural(w)).map(|_| 3).or(plural(third).then_some(2));
                if let Some(last) = last {
                    let (noun, end) = (self.slice(i, i + last).0, i + last + 1);
                    let head = words[last];
                    let people = self.lex.people_nouns.contains(head);
                    return (if people { Unit::People(noun) } else { Unit::Count(noun) }, end);
                }
            }
        }
        match words.as_slice() {
            [first, ..] if plural(first) => (Unit::Count(self.slice(i, i).0), i + 1),
            [first, second, ..] if !self.is_stop(first) && plural(second) => {
                (Unit::Count(self.slice(i, i + 1).0), i + 2)
            }
            _ => (Unit::Bare, i),
        }
    }

    /// "a minute", "an hour" at token `i`: one of a time unit ("now it's under a minute").
    pub(super) fn one_unit(&self, i: usize) -> Option<Quantity> {
        if !self.is_word(i, &["a", "an"]) {
            return None;
        }
        let (unit, end) = self.unit_after(i + 1);
        // "a minute and a half".
        let half = self.is_word(end, &["and"])
            && self.tokens.get(end + 2).and_then(Token::number).is_some_and(|h| h.value == 0.5)
            && self.is_word(end + 1, &["a"]);
        let (value, end) = if half { (1.5, end + 3) } else { (1.0, end) };
        matches!(unit, Unit::Time(..)).then(|| Quantity {
            number: Number { value, currency: None, percent: false, times: false, spelled: true },
            unit,
            start: i,
            end,
            more: None,
        })
    }
}

pub(super) fn same_kind(a: &Unit, b: &Unit) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

pub(super) fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Percent => "%".into(),
        Unit::Money(code) => code.clone(),
        Unit::Times => "x".into(),
        Unit::Time(name, _) => name.clone(),
        Unit::People(n) | Unit::Count(n) => n.clone(),
        Unit::Bare => String::new(),
    }
}
