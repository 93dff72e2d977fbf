//! The period written after a figure, saying how often it recurs: "a year", "per ticket", "over
//! three years", "each January", "last quarter".

use super::quantity::Unit;
use super::Reader;
use crate::engine::facts::fact::Per;
use crate::engine::facts::lexicon::Lexicon;
use crate::engine::facts::tokens::Token;

impl Reader<'_> {
    /// A period phrase at `i` ("a year", "per ticket", "over three years"), and the index after it.
    pub(super) fn period_at(&self, i: usize) -> Option<(Per, usize)> {
        if self.is_word(i, &["over", "across"]) {
            let count = self.tokens.get(i + 1).and_then(Token::number)?.value;
            let unit = self.word(i + 2)?;
            let unit = unit.strip_suffix('s').unwrap_or(unit);
            return matches!(unit, "year" | "month" | "week" | "day" | "quarter")
                .then(|| (Per { count, unit: unit.to_string() }, i + 3));
        }
        let words = self.words_from(i, 4);
        // "each January", "every summer": once a year.
        const SEASONS: &[&str] = &[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "spring",
            "summer",
            "autumn",
            "winter",
        ];
        if let [each, season, ..] = words.as_slice() {
            if matches!(*each, "each" | "every") && SEASONS.contains(&season.to_lowercase().as_str()) {
                return Some((Per { count: 1.0, unit: "year".to_string() }, i + 2));
            }
        }
        if let Some((unit, n)) = Lexicon::longest_phrase(&self.lex.periods, &words) {
            return Some((Per { count: 1.0, unit: unit.to_string() }, i + n));
        }
        // "14 last year", "1,900 phishing emails last quarter": a count in a period; not a time.
        let (unit, n) = Lexicon::longest_phrase(&self.lex.timeframes, &words)?;
        let figure = (i.saturating_sub(5)..i).rev().find(|&k| self.tokens[k].number().is_some())?;
        let timed = matches!(self.unit_after(figure + 1).0, Unit::Time(..));
        (!timed).then(|| (Per { count: 1.0, unit: unit.to_string() }, i + n))
    }
}
