//! Which way a figure went and whether that is better: more "missed appointments" is worse, less
//! time taken is better; "cut" and "rose" say which way it went.

use super::quantity::Unit;
use super::Reader;
use crate::engine::facts::fact::Direction;
use crate::engine::facts::lexicon::Lexicon;

/// Whether more of `words` is better (see `Reader::polarity`).
pub(crate) fn polarity_of(lex: &Lexicon, words: &str) -> Option<bool> {
    let lower = words.to_lowercase();
    // A word, or a phrase of several ("turned away").
    let in_words = |text: &str, set: &crate::engine::tables::Words| {
        text.split([' ', '-']).any(|w| set.contains(w))
            || set.iter().any(|p| p.contains(' ') && text.contains(p))
    };
    if in_words(&lower, &lex.bad_modifiers) {
        return Some(false);
    }
    let judge = |text: &str| {
        if in_words(text, &lex.higher_is_better) {
            Some(true)
        } else if in_words(text, &lex.lower_is_better) {
            Some(false)
        } else {
            None
        }
    };
    judge(crate::engine::english::head(&lower)).or_else(|| judge(&lower))
}

/// Whether `word` says a figure went up (`Some(true)`) or down (`Some(false)`).
pub(super) fn trend_of(lex: &Lexicon, word: &str) -> Option<bool> {
    if lex.reduction_words.contains(word) {
        Some(false)
    } else if lex.growth_words.contains(word) {
        Some(true)
    } else {
        None
    }
}

impl Reader<'_> {
    /// Whether more of `words` is better: "missed appointments" and "wrong parts" are worse for
    /// their first word whatever follows; else the head noun decides ("disputes from customers"
    /// is about disputes), else any word.
    pub(super) fn polarity(&self, words: &str) -> Option<bool> {
        polarity_of(self.lex, words)
    }

    pub(super) fn direction_of(&self, went_up: bool, measures: &str, unit: &Unit) -> Option<Direction> {
        let unit_words = match unit {
            Unit::Time(..) => "time",
            Unit::Money(_) => "cost",
            Unit::People(n) | Unit::Count(n) => n.as_str(),
            _ => "",
        };
        let higher_is_better = self.polarity(measures).or_else(|| self.polarity(unit_words))?;
        Some(if went_up == higher_is_better { Direction::Better } else { Direction::Worse })
    }
}
