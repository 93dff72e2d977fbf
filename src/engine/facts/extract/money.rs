//! Sums of money: what they are spent on or worth, over what period, for each of what, and what
//! they are (a saving, a cost, a price, revenue).

use super::quantity::Quantity;
use super::{Draft, Reader};
use crate::engine::facts::fact::{Direction, FactKind, MoneyRole};

/// The most one thing's price is taken to be: a larger sum "worth" things counted is their total.
const PRICE_MOST: f64 = 100_000.0;

impl Reader<'_> {
    pub(super) fn read_money(&mut self, q: Quantity, code: String) {
        let (per, scope, mut end) = self.rate_after(q.end);
        // "£22,000 a day when a main hall is booked": a good day's, not every day's.
        let per = per.filter(|_| !self.is_word(end, &["when", "whenever", "if"]));
        let mut per = per.or_else(|| self.period_before(q.start));
        // "£40k a year of hardware maintenance", "USD 2.5M was invested in the new network".
        let preposition = (end..end + 3)
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.is_word(j, &["of", "on", "in", "for"]));
        let after = preposition.and_then(|j| self.phrase_after(j));
        let measures = match after.clone() {
            Some((m, span)) => {
                end = self.token_index_ending_at(span.end) + 1;
                // "$1.2 million in sales a month": the period after what the money is.
                if per.is_none() {
                    if let Some((later, next)) = self.period_at(end) {
                        per = Some(later);
                        end = next;
                    }
                }
                m
            }
            None => self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(),
        };
        // "8,000 transactions a day worth £55": a price of the things just counted.
        // "8,000 transactions a day worth £55", "tickets at an average of £35": a price of the
        // things just counted.
        let clause = self.clause_before(q.start, false);
        let priced = clause.iter().take(4).any(|w| self.lex.money_price.contains(w));
        // A sum this large is what the things counted are worth in all ("250,000 tickets a year,
        // worth £6 million"), not each one's price.
        let total = priced && q.number.value >= PRICE_MOST;
        let each = self
            .each_of(q.start, scope, "")
            .or_else(|| (priced && !total).then(|| self.counted_before(q.start)).flatten());
        let (role, rate_per) = self.money_role(q.start, end, per.as_ref(), each.is_some());
        let per = per.or(rate_per);
        // The worth of things sold each period is what comes in each period.
        let sold = self
            .out
            .facts
            .last()
            .filter(|f| total && f.kind == FactKind::Count && f.role == Some(MoneyRole::Revenue));
        let (role, per) = match sold {
            Some(f) if role.is_none() => (Some(MoneyRole::Revenue), per.or_else(|| f.per.clone())),
            _ => (role, per),
        };
        let direction = match role {
            Some(MoneyRole::Saving) => Some(Direction::Better),
            _ if self
                .clause_before(q.start, false)
                .iter()
                .take(3)
                .any(|w| matches!(*w, "overspent" | "overrun" | "overspend" | "lost")) =>
            {
                Some(Direction::Worse)
            }
            _ => None,
        };
        // "saved $250k by moving…": the saving has no object to name, and the words before the
        // verb ("40 servers and") are not it.
        let saving = role == Some(MoneyRole::Saving);
        let measures = if saving && after.is_none() { String::new() } else { measures };
        self.push(
            Draft {
                kind: FactKind::Money,
                value: q.number.value,
                unit: code,
                per,
                each,
                role,
                direction,
                measures,
                ..Draft::default()
            },
            (q.start, end),
        );
    }
}
