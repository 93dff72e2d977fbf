//! Frequencies said on their own, with no figure: "weekly", "every month", "went from quarterly to
//! weekly" (one fact, the frequency now).

use super::{Draft, Reader};
use crate::engine::facts::fact::FactKind;
use crate::engine::facts::lexicon::Lexicon;

impl Reader<'_> {
    pub(super) fn read_frequencies(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            if self.used[i] || self.word(i).is_none() {
                i += 1;
                continue;
            }
            let words = self.words_from(i, 3);
            let Some((period, n)) = Lexicon::longest_phrase(&self.lex.frequencies, &words) else {
                i += 1;
                continue;
            };
            let mut period: &str = period;
            let mut end = i + n;
            let mut first = i;
            // "went from quarterly to weekly": one fact, the frequency now.
            if self.is_word(i.wrapping_sub(1), &["from"]) && self.is_word(i + n, &["to"]) {
                let after = self.words_from(i + n + 1, 3);
                if let Some((later, m)) = Lexicon::longest_phrase(&self.lex.frequencies, &after) {
                    period = later;
                    first = i - 1;
                    end = i + n + 1 + m;
                }
            }
            let measures = self
                .phrase_after(i + n)
                .filter(|_| first == i && self.word(i + n).is_some_and(|w| !self.is_stop(w)))
                .or_else(|| self.phrase_before(first))
                .map(|p| p.0)
                .unwrap_or_default();
            self.push(
                Draft {
                    kind: FactKind::Frequency,
                    value: 1.0,
                    unit: period.to_string(),
                    measures,
                    ..Draft::default()
                },
                (first, end),
            );
            i = end;
        }
    }
}
