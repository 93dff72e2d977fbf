//! Each number left once before → after pairs are read, with the words around it: a time, a head
//! count, things counted, a multiple. Percentages and money have files of their own.

use super::quantity::{Quantity, Unit};
use super::{roles, singular, Draft, Reader};
use crate::engine::facts::fact::{Direction, FactKind, MoneyRole};
use crate::engine::facts::tokens::Kind;

impl Reader<'_> {
    pub(super) fn read_numbers(&mut self) {
        for i in 0..self.tokens.len() {
            if self.tokens[i].kind == Kind::Unusable {
                let figure = self.slice(i, i).0;
                let shown: String = figure.chars().take(24).collect();
                let message =
                    format!("“{shown}” is too large to be a figure: check it, or write it in words.");
                self.problem((i, i + 1), message);
                continue;
            }
            if let Some(q) = self.quantity(i) {
                self.read_quantity(q);
            }
        }
    }

    fn read_quantity(&mut self, q: Quantity) {
        match q.unit.clone() {
            Unit::Percent => self.read_percent(q),
            Unit::Money(code) => self.read_money(q, code),
            // "6 times a day" counts how often; "3 times faster" and "8x normal traffic" compare.
            Unit::Times if !self.compares(&q) => {}
            Unit::Times => {
                let measures = self.phrase_after(q.end);
                let end = measures.as_ref().map_or(q.end, |(_, s)| self.token_index_ending_at(s.end) + 1);
                let measures =
                    measures.or_else(|| self.phrase_before(q.start)).map(|m| m.0).unwrap_or_default();
                self.push(
                    Draft {
                        kind: FactKind::Multiple,
                        value: q.number.value,
                        unit: "x".into(),
                        measures,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::Time(unit, seconds) => {
                // "2 hours less a week", "6 minutes faster": a time saved, written after it.
                let compared = self
                    .word(q.end)
                    .filter(|w| matches!(*w, "less" | "fewer" | "faster" | "quicker" | "shorter"));
                let (per, scope, mut end) = self.rate_after(q.end + usize::from(compared.is_some()));
                // "10 minutes of typing per form", "10 minutes at the start of each meeting": a
                // scope after what the time is spent on, or when.
                let (per, scope) = match (per, scope) {
                    (per, None) if self.is_word(end, &["of", "on", "at", "in"]) => {
                        let words: &[&str] = if self.is_word(end, &["of", "on"]) {
                            &["per", "each", "a", "an"]
                        } else {
                            &["per", "each"]
                        };
                        let at = (end + 1..end + 6)
                            .take_while(|&k| self.word(k).is_some())
                            .find(|&k| self.is_word(k, words));
                        // "each meeting": each of the things named.
                        let named = at.filter(|&k| self.is_word(k, &["each"])).and_then(|k| {
                            let noun = self
                                .word(k + 1)
                                .filter(|w| !self.is_stop(w) && !self.lex.time_units.contains_key(w))?;
                            Some((k + 2, singular(noun)))
                        });
                        match (named, at.map(|k| self.rate_after(k))) {
                            (None, Some((later, Some(scope), next))) => {
                                end = next;
                                (per.or(later), Some(scope))
                            }
                            (Some((next, noun)), _) => {
                                end = next;
                                (per, Some(roles::Scope::Item(noun)))
                            }
                            _ => (per, None),
                        }
                    }
                    other => other,
                };
                end = end.max(q.end);
                let context = self.clause_before(q.start, true);
                // "saves each of our 45 ward managers about 3 hours": the verb, past a head count.
                let near = &context[..context.len().min(8)];
                // "each result now arrives 40 minutes sooner", "it was back within 20 minutes": a
                // wait, not time given back.
                let waited = near.iter().any(|w| self.lex.latency_words.contains(w))
                    || near.first() == Some(&"within");
                // "spent about 10 hrs a week reconciling… we automated the import and that's gone".
                let ended = near.iter().any(|w| matches!(*w, "spent" | "spending" | "spend"))
                    && crate::engine::text::words(self.text)
                        .iter()
                        .any(|w| self.lex.ended_work_words.contains(&w.text.to_lowercase()));
                // "(a quarter of an hour per inspection) has basically gone".
                let gone = (end..end + 6)
                    .filter_map(|k| self.word(k))
                    .any(|w| matches!(w, "gone" | "disappeared" | "vanished"));
                let saving = !waited
                    && (ended
                        || gone
                        || near
                        .iter()
                        .any(|w| matches!(*w, "saves" | "saved" | "saving" | "save" | "freed" | "frees" | "back"))
                        || self.is_word(end, &["back", "saved"])
                        || compared.is_some()
                        // "that used to take staff 3 minutes each": the whole time, no longer spent.
                        || context.windows(2).any(|pair| pair == ["to", "used"]));
                let measures = if saving {
                    "time saved".to_string()
                } else {
                    self.phrase_before(q.start).map(|p| p.0).unwrap_or_else(|| "time".into())
                };
                let subject = self.phrase_before(q.start).map(|p| p.0).unwrap_or_default();
                // A time that fits in one person's working day, week, month or year may be each
                // person's; a larger one is a group's.
                let hours = q.number.value * seconds / 3600.0;
                let most = match per.as_ref().map(|p| p.unit.as_str()) {
                    Some("day" | "shift") => 3.75,
                    Some("week") => 18.75,
                    Some("month") => 80.0,
                    Some("year") => 825.0,
                    _ => 3.75,
                };
                // "Meetings used to start 8 minutes late", "New starters used to wait three days":
                // the time for each of the things or people it is about.
                let used = (q.start.saturating_sub(8)..q.start)
                    .find(|&k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]));
                let things = used
                    .and_then(|k| self.phrase_before(k))
                    .map(|p| p.0)
                    .filter(|s| crate::engine::english::is_plural(s));
                let things = things.map(|s| singular(&s));
                let each = self
                    .each_of(q.start, scope, &subject)
                    .or_else(|| saving.then(|| self.people_subject(q.start, hours <= most)).flatten())
                    .or(things);
                let direction = saving.then_some(Direction::Better);
                self.push(
                    Draft {
                        kind: FactKind::Duration,
                        value: q.number.value,
                        unit,
                        per,
                        each,
                        direction,
                        measures,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::People(noun) => {
                // "300 new starters a year": people who come each period.
                let (per, _, end) = self.rate_after(q.end);
                let end = if per.is_some() { end } else { q.end };
                self.push(
                    Draft {
                        kind: FactKind::People,
                        value: q.number.value,
                        unit: noun.clone(),
                        per,
                        measures: noun,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::Count(noun) => {
                let (per, _, end) = self.rate_after(q.end);
                let per = per.or_else(|| self.period_before(q.start));
                // "200,000 fewer pages", "replaced 40 trips a month": things that no longer happen.
                let clause = self.clause_before(q.start, false);
                // "…replaced reception ringing round. … we were making around 1,100 calls a week":
                // work done as it was, before something the text says ended it.
                let was_done = clause.iter().take(4).any(|w| matches!(*w, "were" | "used"))
                    && crate::engine::text::words(self.text)
                        .iter()
                        .any(|w| self.lex.ended_work_words.contains(&w.text.to_lowercase()));
                let avoided = was_done || clause.iter().take(4).any(|w| self.lex.avoided_words.contains(w));
                // "sells 1.5 million tickets", "takes 5,000 orders": things sold.
                let sold = self.clause_before(q.start, false).iter().take(3).any(|w| {
                    matches!(
                        *w,
                        "sells" | "sold" | "sell" | "selling" | "takes" | "took" | "books" | "booked"
                    )
                });
                let direction = match q.more {
                    // Fewer of something nobody calls good or bad ("30 TB fewer") is taken as good.
                    Some(more) => {
                        self.direction_of(more, &noun, &q.unit).or((!more).then_some(Direction::Better))
                    }
                    None => avoided.then_some(Direction::Better),
                };
                self.push(
                    Draft {
                        kind: FactKind::Count,
                        value: q.number.value,
                        unit: noun.clone(),
                        per,
                        role: sold.then_some(MoneyRole::Revenue),
                        direction,
                        measures: noun,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            // "the property team do something like 40 a week": a count of what the text times,
            // named after it once read (see `each_of_the_volume`).
            Unit::Bare => {
                let (per, _, end) = self.rate_after(q.end);
                if per.is_some() && !q.number.percent && q.number.value >= 10.0 {
                    self.push(
                        Draft { kind: FactKind::Count, value: q.number.value, per, ..Draft::default() },
                        (q.start, end),
                    );
                }
            }
        }
    }

    /// Whether a multiple compares ("8x", "3 times faster", "5 times the traffic"), rather than
    /// counts occasions ("6 times a day").
    fn compares(&self, q: &Quantity) -> bool {
        let written_x = self.text[self.tokens[q.start].span.clone()].contains(['x', 'X', '×']);
        let next = self.word(q.end).unwrap_or_default();
        let comparative = next.ends_with("er")
            || matches!(next, "more" | "less" | "as" | "the" | "normal" | "usual" | "our");
        written_x || comparative
    }
}
