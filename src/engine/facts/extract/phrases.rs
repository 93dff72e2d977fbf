//! What a figure measures, read from the words around it: the noun phrase before or after it
//! ("Month-end close went from…"), the task its time is for, what its sentence opens with.

use super::{singular, Reader};
use crate::engine::facts::fact::Span;
use crate::engine::facts::tokens::Kind;

/// Little words that may join the words of one noun phrase ("time to resolve a P1").
const JOINERS: &[&str] = &[
    "of", "to", "for", "a", "an", "the", "from", "on", "in", "at", "now", "our", "their", "its", "about",
    "under", "with", "by", "across", "all", "per",
];

/// "Accounts" → "accounts"; "HR" stays "HR".
pub(super) fn lower_unless_acronym(words: &str) -> String {
    let acronym = words.chars().filter(|c| c.is_alphabetic()).skip(1).any(char::is_uppercase);
    if acronym {
        words.to_string()
    } else {
        words.to_lowercase()
    }
}

impl Reader<'_> {
    /// The noun phrase that ends just before token `i`, skipping verbs and little words first
    /// ("Month-end close went from" → "Month-end close").
    pub(super) fn phrase_before(&self, i: usize) -> Option<(String, Span)> {
        let is_trend = |w: &str| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w);
        let mut j = i;
        while j > 0 {
            match self.word(j - 1) {
                Some(w) if self.is_stop_at(j - 1) || is_trend(w) => j -= 1,
                _ => break,
            }
        }
        let last = j.checked_sub(1)?;
        self.word(last)?;
        // Walk back over content words, and over little joining words between them ("time to
        // resolve a P1"), up to seven words.
        let mut first = last;
        let mut k = last;
        while k > 0 && last - k < 6 {
            // "Payroll for 5,000 employees": a figure inside the phrase, after a joining word.
            // …or after "across our" ("Missed appointments across our 30 branches").
            const BEFORE_COUNT: &[&str] = &["for", "of", "across", "in", "at", "by"];
            let counted = self.tokens[k - 1].number().is_some()
                && k >= 2
                && (self.is_word(k - 2, BEFORE_COUNT)
                    || (k >= 3
                        && self.is_word(k - 2, &["our", "the", "all"])
                        && self.is_word(k - 3, BEFORE_COUNT)));
            match self.word(k - 1) {
                None if counted => k -= 1,
                Some(w) if JOINERS.contains(&w) => k -= 1,
                Some(w) if !self.is_stop_at(k - 1) && !is_trend(w) => {
                    k -= 1;
                    first = k;
                }
                _ => break,
            }
        }
        // "Laptops reported lost at the end of the summer term dropped…": a phrase too long to
        // walk is the sentence's subject, up to where it says when or where ("at the end…").
        if last - k >= 6 {
            let start = (0..first)
                .rev()
                .find(|&s| !matches!(self.tokens[s].kind, Kind::Word(_)))
                .map_or(0, |s| s + 1);
            // "Visitors turned away at the door on sold-out days": up to the first "at".
            let place = (start + 1..=last)
                .take_while(|&s| self.word(s).is_some())
                .find(|&s| self.is_word(s, &["at", "on", "during", "in", "across"]));
            if let Some(place) = place.filter(|&p| p - start <= 8 && !self.is_stop_at(start)) {
                return Some(self.slice(start, place - 1));
            }
        }
        // "Project managers tell me prepping a typical job", "they say a write-up": what is
        // reported, not who reports it.
        let reported = (first..last).rev().find(|&k| {
            self.word(k).is_some_and(|w| {
                self.lex.estimate_words.contains(w)
                    || matches!(w, "tell" | "told" | "say" | "says" | "said" | "me" | "us")
            })
        });
        match reported {
            Some(k) if k < last => Some(self.slice(k + 1, last)),
            _ => Some(self.slice(first, last)),
        }
    }

    /// The noun phrase starting at `i`, after any determiners ("of the finance team's ledgers").
    pub(super) fn phrase_after(&self, i: usize) -> Option<(String, Span)> {
        let mut j = i;
        while self.is_word(j, &["the", "our", "all", "a", "an", "their", "its", "of", "on", "in", "for"]) {
            j += 1;
        }
        let mut last = None;
        let mut k = j;
        while k < j + 4 {
            match self.word(k) {
                Some(w) if !self.is_stop(w) && !self.lex.time_units.contains_key(w) => last = Some(k),
                _ => break,
            }
            k += 1;
        }
        last.map(|l| self.slice(j, l))
    }

    /// The words a sentence opens with, up to its first comma, when they are few and name
    /// something: what the sentence is about.
    pub(super) fn sentence_subject(&self, i: usize) -> Option<String> {
        let start = (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
        let end = (start..i).take_while(|&k| self.word(k).is_some()).last()?;
        let opens = end + 1 < i && matches!(self.tokens.get(end + 1)?.kind, Kind::Punct(_));
        (opens && end - start < 5).then(|| self.slice(start, end).0)
    }

    /// "assembling and paginating each bundle by hand" after a time at token `i`: the task (up to
    /// "by", a comma or a figure) and what it is done to each of ("bundle").
    pub(super) fn task_after(&self, i: usize) -> Option<(String, Option<String>)> {
        self.word(i).filter(|w| w.len() > 4 && w.ends_with("ing"))?;
        let last = (i..self.tokens.len().min(i + 8))
            .take_while(|&k| {
                self.word(k).is_some_and(|w| {
                    !matches!(w, "by" | "and" | "now" | "but" | "instead" | "rather" | "compared" | "versus")
                }) || self.is_word(k, &["and"]) && self.word(k + 1).is_some_and(|w| w.ends_with("ing"))
            })
            .last()?;
        let each = (i..last)
            .find(|&k| self.is_word(k, &["each", "every"]))
            .and_then(|k| self.word(k + 1))
            .map(singular);
        Some((self.slice(i, last).0.to_lowercase(), each))
    }

    /// "Setting up each claim" before "took": a task named by a verb in -ing that starts the
    /// clause, as what its time measures ("the time for setting up each claim").
    pub(super) fn task_before(&self, i: usize) -> Option<String> {
        let mut start = i;
        while start > 0 && i - start < 9 && self.word(start - 1).is_some() {
            start -= 1;
        }
        let clause_starts =
            start == 0 || matches!(self.tokens.get(start - 1)?.kind, Kind::Break | Kind::Punct(_));
        let first = self.word(start)?;
        (clause_starts && start < i && first.len() > 4 && first.ends_with("ing"))
            .then(|| format!("the time for {}", self.slice(start, i - 1).0.to_lowercase()))
    }

    /// "to get a laptop" after a time: what the time is spent on, up to the next punctuation.
    pub(super) fn purpose_after(&self, i: usize) -> Option<String> {
        if !self.is_word(i, &["to"]) {
            return None;
        }
        let last = (i + 1..self.tokens.len().min(i + 7)).take_while(|&j| self.word(j).is_some()).last()?;
        Some(self.slice(i, last).0)
    }
}
