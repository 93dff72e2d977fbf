//! Before → after pairs written side by side ("from 6 days to 3", "to 3 minutes from 10", "45
//! minutes, down from 2 hours", "compared with", "instead of", "6 → 3"), and each pair made a fact.

use super::phrases::lower_unless_acronym;
use super::quantity::{same_kind, unit_name, Unit};
use super::{ChangeMatch, Draft, Reader, HEDGES};
use crate::engine::facts::fact::FactKind;
use crate::engine::facts::tokens::Kind;

/// Whether a change of this unit is a time.
fn timed_change(unit: &Unit) -> bool {
    matches!(unit, Unit::Time(..))
}

impl Reader<'_> {
    pub(super) fn read_changes(&mut self) {
        for i in 0..self.tokens.len() {
            if self.used[i] {
                continue;
            }
            let found = if self.is_word(i, &["from"]) {
                self.going_from_to(i)
            } else if self.is_word(i, &["to"]) {
                self.to_from(i)
            } else if self.number(i).is_some() {
                self.down_from(i)
                    .or_else(|| self.instead_of(i))
                    .or_else(|| self.arrow(i))
                    .or_else(|| self.compared_with(i))
            } else if self.is_word(i, &["used"]) && self.is_word(i + 1, &["to"]) {
                self.used_to(i, 2)
            } else if self.is_word(i, &["took"]) {
                self.used_to(i, 1)
            } else {
                None
            };
            if let Some(change) = found {
                self.push_change(change);
            }
        }
        // Then a time, a cost or uptime as it was and as it is, told apart.
        for i in 0..self.tokens.len() {
            if !self.used[i] && self.number(i).is_some() {
                if let Some(change) = self.was_and_is(i).or_else(|| self.cost_or_uptime_was_and_is(i)) {
                    self.push_change(change);
                }
            }
        }
    }

    /// "went from 6 days to 3 days", "from $1.1M to $780k", "from 14 last year to zero".
    fn going_from_to(&self, i: usize) -> Option<ChangeMatch> {
        // "from about 450 a month to 50", "from around 1,100 to 250".
        let mut first = i + 1;
        while self.is_word(first, HEDGES) {
            first += 1;
        }
        let before = self.quantity(first)?;
        // "from 450 a month to 50": the period said with the before serves both.
        let (per, _, mut j) = self.rate_after(before.end);
        let mut skipped = 0;
        while !self.is_word(j, &["to", "→"]) {
            let skippable = self.word(j).is_some() || matches!(self.tokens.get(j)?.kind, Kind::Punct(_));
            if !skippable || skipped == 3 || self.number(j).is_some() {
                return None;
            }
            j += 1;
            skipped += 1;
        }
        j += 1;
        while self.is_word(j, HEDGES) {
            j += 1;
        }
        let after = self.quantity(j).or_else(|| self.one_unit(j))?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = after.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per, each: None })
    }

    /// "dropped to around 3 minutes from about 10": the after first.
    fn to_from(&self, i: usize) -> Option<ChangeMatch> {
        let trend = (i.saturating_sub(3)..i)
            .filter_map(|k| self.word(k))
            .any(|w| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w));
        if !trend {
            return None;
        }
        let mut first = i + 1;
        while self.is_word(first, HEDGES) {
            first += 1;
        }
        let after = self.quantity(first)?;
        let (per, _, j) = self.rate_after(after.end);
        if !self.is_word(j, &["from"]) {
            return None;
        }
        let mut k = j + 1;
        while self.is_word(k, HEDGES) {
            k += 1;
        }
        let before = self.quantity(k)?;
        let verb = (i.saturating_sub(3)..i).find(|&k| {
            self.word(k)
                .is_some_and(|w| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w))
        })?;
        let measures = self.phrase_before(verb).map(|p| p.0);
        let end = before.end;
        Some(ChangeMatch { before, after, first: verb, end, measures, per, each: None })
    }

    /// "45 minutes, down from 2 hours", "5 mins to run, down from 3hrs".
    fn down_from(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let mut j = after.end;
        while j < after.end + 4 && !self.is_word(j, &["down", "up"]) {
            match self.tokens.get(j)?.kind {
                Kind::Word(_) | Kind::Punct(_) => j += 1,
                _ => return None,
            }
        }
        if !(self.is_word(j, &["down", "up"]) && self.is_word(j + 1, &["from"])) {
            return None;
        }
        let before = self.quantity(j + 2)?;
        let mut end = before.end;
        if self.is_word(end, &["last", "previously"]) {
            end += if self.is_word(end + 1, &["year", "month", "quarter", "week"]) { 2 } else { 1 };
        }
        let measures = self.phrase_before(i).map(|p| p.0);
        Some(ChangeMatch { before, after, first: i, end, measures, per: None, each: None })
    }

    /// "review a form in about 2 minutes, compared with a 7-minute phone call before".
    fn compared_with(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let (per, _, start) = self.rate_after(after.end);
        // "compared to" may follow the task ("3 minutes to approve a claim compared to 15"); the
        // other marks follow the figure.
        let gap = |k: usize| {
            self.number(k).is_none() && !matches!(self.tokens.get(k).map(|t| &t.kind), Some(Kind::Break))
        };
        let mark = (start..start + 4)
            .take_while(|&j| gap(j))
            .find(|&j| self.is_word(j, &["compared", "against", "versus", "vs"]))
            .or_else(|| {
                (start..start + 7).take_while(|&j| gap(j)).find(|&j| self.is_word(j, &["compared"]))
            })?;
        let mut j = mark + 1;
        while self.is_word(j, &["with", "to", "a", "an", "the"]) || self.is_word(j, HEDGES) {
            j += 1;
        }
        let before = self.quantity(j)?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = before.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per, each: None })
    }

    /// "5 seconds instead of 45", "3 hours a month instead of 3 days".
    fn instead_of(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let (per, _, start) = self.rate_after(after.end);
        // "4 minutes logging a new claim instead of about 15": the task may come between.
        let j = (start..start + 7)
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.is_word(k, &["instead", "rather"]) && self.is_word(k + 1, &["of", "than"]))?;
        let mut k = j + 2;
        while self.is_word(k, HEDGES) {
            k += 1;
        }
        let before = self.quantity(k)?;
        let task = (j > start).then(|| self.task_after(start)).flatten();
        let measures = match &task {
            Some((task, _)) => Some(format!("the time for {task}")),
            None => self.phrase_before(i).map(|p| p.0),
        };
        let each = task.and_then(|(_, each)| each);
        let end = before.end.max(after.end);
        Some(ChangeMatch { before, after, first: i, end, measures, per, each })
    }

    /// "6 → 3 days".
    fn arrow(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i)?;
        if !self.is_word(before.end, &["→"]) {
            return None;
        }
        let after = self.quantity(before.end + 1)?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = after.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per: None, each: None })
    }

    fn push_change(&mut self, change: ChangeMatch) {
        let ChangeMatch {
            mut before,
            mut after,
            first,
            end: last,
            measures,
            per: per_between,
            each: told_each,
        } = change;
        // "from 6 to 3 days": a unit given once serves both.
        if before.unit == Unit::Bare {
            before.unit = after.unit.clone();
        }
        if after.unit == Unit::Bare {
            after.unit = before.unit.clone();
        }
        if let (Some(c), None) = (&before.number.currency, &after.number.currency) {
            after.unit = Unit::Money(c.clone());
        }
        if let (None, Some(c)) = (&before.number.currency, &after.number.currency) {
            before.unit = Unit::Money(c.clone());
        }
        if !same_kind(&before.unit, &after.unit) {
            return;
        }
        let (from, value, unit) = (before.number.value, after.number.value, unit_name(&after.unit));
        // Time in two units stays in the user's units ("2 hours → 45 minutes"); compare in seconds.
        let (from_unit, went_up) = match (&before.unit, &after.unit) {
            (Unit::Time(bu, bs), Unit::Time(_, as_)) if bs != as_ => {
                (Some(bu.clone()), value * as_ > from * bs)
            }
            _ => (None, value > from),
        };
        let (per_after, scope_after, mut end) = self.rate_after(last);
        // "The monthly report used to take five days": a time that recurs as often as its
        // subject ("monthly"), so what it saves recurs too.
        let timed = matches!(after.unit, Unit::Time(..));
        let recurs = || measures.as_deref().filter(|_| timed).and_then(crate::engine::facts::recurs);
        let per = per_between.or(per_after).or_else(recurs);
        // "used to take 10 minutes each and now 1": a scope written after the before.
        // ("3 hours each week" is a period, not each of anything.)
        let scope = scope_after.or_else(|| {
            self.period_at(before.end)
                .is_none()
                .then(|| self.scope_at(before.end).map(|(scope, _)| scope))
                .flatten()
        });
        // With no words just before it, what the sentence opens with ("No-access visits, where the
        // operative turns up and nobody is in, fell from about 600 to 380").
        // "It's gone from five minutes a guest…": a pronoun names nothing.
        let pronoun = |m: &String| {
            matches!(
                m.to_lowercase().as_str(),
                "it" | "it's" | "its" | "that" | "that's" | "this" | "they" | "they're"
            )
        };
        let measures =
            measures.filter(|m| !m.is_empty() && !pronoun(m)).or_else(|| self.sentence_subject(first));
        // "A stock check used to take 3 hours each week": a time a week, not for each check.
        let guessed = per.is_none() || scope.is_some();
        let each = told_each.or_else(|| {
            self.each_of(first, scope, measures.as_deref().unwrap_or_default()).filter(|_| guessed)
        });
        // "Accounts were spending 6 minutes per delivery note…": the time they spend on each.
        let measures = match (measures, &each) {
            (Some(who), Some(each))
                if timed_change(&after.unit) && crate::engine::facts::names_people(&who) =>
            {
                Some(format!("the time {} spend on each {each}", lower_unless_acronym(&who)))
            }
            (measures, _) => measures,
        };
        // "…to the cloud we've had 3 major incidents this year compared with 11": the things
        // counted, when the words before run into a clause of their own.
        let clause = |m: &str| {
            m.split(' ')
                .any(|w| matches!(w.to_lowercase().as_str(), "we've" | "we're" | "it's" | "we" | "they've"))
        };
        let measures = match (&after.unit, measures) {
            (Unit::Count(noun), Some(m)) if clause(&m) => Some(noun.clone()),
            (_, m) => m,
        };
        // With no words for what changed, what it is each of says it ("each starter"), else its
        // unit.
        let measures = measures.unwrap_or_else(|| match (&after.unit, &each) {
            (Unit::People(n) | Unit::Count(n), _) => n.clone(),
            (_, Some(each)) => format!("the time for each {each}"),
            (Unit::Time(..), None) => "time taken".into(),
            (Unit::Money(_), None) => "cost".into(),
            _ => String::new(),
        });
        // "review a form went from 7 minutes to 2" is the time to review a form.
        let first_word = measures.split(' ').next().unwrap_or_default().to_lowercase();
        let measures = if matches!(after.unit, Unit::Time(..)) && self.lex.task_verbs.contains(&first_word) {
            format!("the time to {}", measures.to_lowercase())
        } else {
            measures
        };
        let unchanged = from_unit.is_none() && value == from;
        let direction = if unchanged { None } else { self.direction_of(went_up, &measures, &after.unit) };
        end = end.max(last);
        let draft = Draft {
            kind: FactKind::Change,
            value,
            from: Some(from),
            unit,
            from_unit,
            per,
            each,
            direction,
            measures,
            ..Draft::default()
        };
        self.push(draft, (first, end));
    }
}
