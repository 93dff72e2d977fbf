//! Percentages: availability ("99.9% uptime"), a rise or fall ("cut by 30%") with the count it was
//! from, a share ("40% of calls"), or another percentage.

use super::direction::trend_of;
use super::quantity::{Quantity, Unit};
use super::{Draft, Reader, HEDGES};
use crate::engine::facts::fact::{Direction, FactKind, PercentMeaning};
use crate::engine::facts::tokens::Kind;

impl Reader<'_> {
    pub(super) fn read_percent(&mut self, q: Quantity) {
        let value = q.number.value;
        let next = self.words_from(q.end, 3);
        let lex = self.lex;
        let availability_next = if next.first().is_some_and(|w| lex.availability_words.contains(w)) {
            Some(1)
        } else if next == ["of", "the", "time"] {
            Some(3)
        } else {
            None
        };
        let availability_before = (q.start.saturating_sub(7)..q.start)
            .rev()
            .find(|&j| self.word(j).is_some_and(|w| lex.availability_words.contains(w)));
        if availability_next.is_some() || availability_before.is_some() {
            let end = q.end + availability_next.unwrap_or(0);
            let start =
                if availability_next.is_some() { q.start } else { availability_before.unwrap_or(q.start) };
            if value > 100.0 {
                let message = format!(
                    "{} availability is not possible: a service is available at most 100% of the time. Check the figure.",
                    crate::engine::english::percent(value)
                );
                self.problem((start, end), message);
                return;
            }
            let word = match availability_before {
                Some(j) => self.word(j).unwrap_or("uptime"),
                None => next.first().copied().unwrap_or("uptime"),
            };
            let measures =
                if word == "available" || word == "of" { "availability" } else { word }.to_string();
            let meaning = Some(PercentMeaning::Availability);
            self.push_percent(value, meaning, None, measures, (start, end));
            return;
        }
        let trend_before = (q.start.saturating_sub(6)..q.start)
            .rev()
            .find_map(|j| self.word(j).and_then(|w| trend_of(lex, w)).map(|up| (j, up)));
        // "dropped to 0.1%" is a level, not a change by 0.1%.
        let trend_before = trend_before.filter(|_| !self.is_word(q.start.wrapping_sub(1), &["to"]));
        // "cut our tape and offsite storage bill by 45%": the verb further back, "by" before it.
        let trend_before = trend_before.or_else(|| {
            if !self.is_word(q.start.wrapping_sub(1), &["by"]) {
                return None;
            }
            let clause = (0..q.start)
                .rev()
                .take_while(|&j| matches!(self.tokens[j].kind, Kind::Word(_) | Kind::Punct(_)));
            clause
                .take(12)
                .find(|&j| self.word(j).and_then(|w| trend_of(lex, w)) == Some(false))
                .map(|j| (j, false))
        });
        let trend_after = next.first().and_then(|w| trend_of(lex, w));
        let improved = (q.start.saturating_sub(3)..q.start)
            .rev()
            .find(|&j| self.is_word(j, &["improved", "improvement", "better", "improves", "improve"]));
        if let (Some(j), None, None) = (improved, trend_before, trend_after) {
            let measures = self.phrase_before(j).map(|p| p.0).unwrap_or_default();
            let meaning = Some(PercentMeaning::Other);
            let direction = Some(Direction::Better);
            self.push_percent(value, meaning, direction, measures, (j, q.end));
            return;
        }
        if let Some(went_up) = trend_after.or(trend_before.map(|t| t.1)) {
            let (measures, start, end) = match (trend_after, trend_before) {
                (Some(_), _) => match self.phrase_after(q.end + 1) {
                    Some((m, span)) => (m, q.start, self.token_index_ending_at(span.end) + 1),
                    None => {
                        (self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(), q.start, q.end + 1)
                    }
                },
                (None, Some((j, _))) => {
                    (self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(), j, q.end)
                }
                (None, None) => (String::new(), q.start, q.end),
            };
            let measures = if measures.is_empty() { self.last_counted_in_sentence(start) } else { measures };
            let meaning = Some(if went_up { PercentMeaning::Growth } else { PercentMeaning::Reduction });
            let direction = self.direction_of(went_up, &measures, &Unit::Percent);
            self.push_percent(value, meaning, direction, measures.clone(), (start, end));
            self.base_after(end, &measures);
            return;
        }
        if self.is_word(q.end, &["of"]) {
            if let Some((measures, span)) = self.phrase_after(q.end + 1) {
                let end = self.token_index_ending_at(span.end) + 1;
                let meaning = Some(PercentMeaning::Share);
                self.push_percent(value, meaning, None, measures, (q.start, end));
                return;
            }
        }
        let measures =
            self.phrase_after(q.end).or_else(|| self.phrase_before(q.start)).map(|p| p.0).unwrap_or_default();
        let meaning = Some(PercentMeaning::Other);
        self.push_percent(value, meaning, None, measures, (q.start, q.end));
    }

    /// "fallen by 30%, from about 40,000 a month": the count the change was from, in the
    /// things the change measures ("calls to our contact centre" → calls).
    fn base_after(&mut self, i: usize, measures: &str) {
        let mut j = i;
        while matches!(self.tokens.get(j).map(|t| &t.kind), Some(Kind::Punct(_))) {
            j += 1;
        }
        if !self.is_word(j, &["from"]) {
            return;
        }
        j += 1;
        while self.is_word(j, HEDGES) {
            j += 1;
        }
        let noun = crate::engine::english::head(measures).to_lowercase();
        let Some(q) = self
            .quantity(j)
            .filter(|q| q.unit == Unit::Bare && !q.number.percent && q.number.currency.is_none())
        else {
            return;
        };
        if noun.is_empty() || self.used[j] {
            return;
        }
        let (per, _, end) = self.rate_after(q.end);
        let end = if per.is_some() { end } else { q.end };
        let draft = Draft {
            kind: FactKind::Count,
            value: q.number.value,
            unit: noun.clone(),
            per,
            measures: noun,
            ..Draft::default()
        };
        self.push(draft, (j, end));
    }

    /// What the nearest count or people figure earlier in the same sentence counts ("4,500
    /// tickets …, 30% fewer" → "tickets"), or nothing.
    fn last_counted_in_sentence(&self, token: usize) -> String {
        let Some(at) = self.tokens.get(token).map(|t| t.span.start) else { return String::new() };
        let sentence_start =
            self.tokens[..token].iter().rev().find(|t| t.kind == Kind::Break).map_or(0, |t| t.span.end);
        // Facts of this pass are pushed in text order: stop at the first one before the sentence.
        self.out
            .facts
            .iter()
            .rev()
            .filter(|f| f.kind != FactKind::Change)
            .take_while(|f| f.span.is_some_and(|s| s.end >= sentence_start))
            .filter(|f| matches!(f.kind, FactKind::Count | FactKind::People))
            .find(|f| f.span.is_some_and(|s| s.start >= sentence_start && s.end <= at))
            .map(|f| f.unit.clone())
            .unwrap_or_default()
    }
}
