//! A figure as it was and as it is, told in separate clauses or sentences: "used to take 5 days …
//! now 2 hours", "took about 20 minutes … the kiosk does it in 5", "was costing £9,000 … now £6,500".

use super::quantity::{Quantity, Unit};
use super::{ChangeMatch, Reader, HEDGES};
use crate::engine::facts::fact::Per;
use crate::engine::facts::tokens::{Kind, Token};

impl Reader<'_> {
    /// "used to take 5 working days … now takes 2 hours", "took a handler about 20 minutes and
    /// now takes 5" (within one sentence); the words that say "before" are `said` long.
    pub(super) fn used_to(&self, i: usize, said: usize) -> Option<ChangeMatch> {
        // "used to take the desk 10 minutes", "used to take our two analysts five days": a few
        // words, even a head count, before the figure.
        // ("used to take about an hour": one of a unit counts too.)
        let j = (i + said..i + 9).find(|&j| {
            (self.number(j).is_some() && !self.quantity(j).is_some_and(|q| matches!(q.unit, Unit::People(_))))
                || self.one_unit(j).is_some()
        })?;
        if (i + said..j).any(|k| {
            self.word(k).is_none() && !self.quantity(k).is_some_and(|q| matches!(q.unit, Unit::People(_)))
        }) {
            return None;
        }
        let before = self.quantity(j).or_else(|| self.one_unit(j))?;
        let mut k = before.end;
        while k < self.tokens.len() && !matches!(self.tokens[k].kind, Kind::Break) {
            if self.is_word(k, &["now"]) {
                let mut m = k + 1;
                while self.word(m).is_some()
                    && self.number(m).is_none()
                    && self.one_unit(m).is_none()
                    && m < k + 5
                {
                    m += 1;
                }
                let after = self.quantity(m).or_else(|| self.one_unit(m))?;
                let (measures, per, each) = self.time_measures(i, &before);
                let end = after.end;
                // "used to spend 25 hours a week …; now 6": the period said with the before.
                return Some(ChangeMatch { before, after, first: i, end, measures, per, each });
            }
            k += 1;
        }
        None
    }

    /// What a time told at `before`, after the verb at token `i` ("used", "took"), measures, its
    /// period and what it is for each one of: "Clerks used to spend 40 minutes assembling each
    /// bundle" → the time for assembling each bundle, per bundle; "Each order used to take 12
    /// minutes to write up" → the time to write up each order; else the words before the verb.
    fn time_measures(&self, i: usize, before: &Quantity) -> (Option<String>, Option<Per>, Option<String>) {
        // "Dispensary staff reckon a phone request took…": what took the time is after the
        // reckoning.
        // "Outpatients check-in used to be done at the front desk and took 3-4 mins": the
        // sentence's subject, not the place before "and took".
        let coordinated = self.is_word(i.wrapping_sub(1), &["and"]);
        let opening = || {
            let start =
                (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
            let verb = (start..i).find(|&k| self.is_word(k, &["used", "was", "were", "is", "are", "had"]))?;
            (verb > start && verb - start <= 5).then(|| self.slice(start, verb - 1))
        };
        let subject = coordinated.then(opening).flatten().or_else(|| self.phrase_before(i)).map(|p| {
            let words: Vec<&str> = p.0.split(' ').collect();
            match words.iter().rposition(|w| self.lex.estimate_words.contains(&w.to_lowercase())) {
                Some(k) if k + 1 < words.len() => words[k + 1..].join(" "),
                _ => p.0,
            }
        });
        // "Each crown or denture order used to take 12 minutes": the time for each one, all the
        // words after "each".
        let each_at = (i.saturating_sub(7)..i)
            .rev()
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.is_word(k, &["each", "every"]))
            .filter(|&k| k + 1 < i);
        // "…rebuild the schedule every morning, which took about 2 hours": a time each day,
        // for what was done.
        // Not "each shift swap": the period word ends the phrase.
        let ends = |k: usize| self.word(k + 2).is_none_or(|w| matches!(w, "which" | "that" | "it" | "this"));
        let daily = each_at.filter(|&k| ends(k)).and_then(|k| match self.word(k + 1)? {
            "morning" | "day" | "evening" | "afternoon" | "night" | "shift" | "weekday" => Some("day"),
            "week" => Some("week"),
            "month" => Some("month"),
            _ => None,
        });
        let each_one = each_at.filter(|_| daily.is_none()).map(|k| self.slice(k + 1, i - 1).0.to_lowercase());
        let done = each_at.filter(|_| daily.is_some()).and_then(|k| {
            let start = (k.saturating_sub(12)..k)
                .find(|&s| self.is_word(s, &["used"]) && self.is_word(s + 1, &["to"]))?;
            (start + 2 < k).then(|| format!("the time to {}", self.slice(start + 2, k - 1).0))
        });
        let timed = matches!(before.unit, Unit::Time(..));
        // "40 hours a week between them redialling patients": the task after the time.
        let (per, _, mut past_rate) = self.rate_after(before.end);
        let per = per.or_else(|| daily.map(|unit| Per { count: 1.0, unit: unit.to_string() }));
        if self.is_word(past_rate, &["between"]) && self.is_word(past_rate + 1, &["them", "us"]) {
            past_rate += 2;
        }
        let task_after = self.task_after(past_rate);
        // "…were building the next day's routes by hand, which took 2.5 hours": what was being done.
        let doing = self
            .is_word(i.wrapping_sub(1), &["which"])
            .then(|| {
                let start =
                    (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
                let k = (start..i).rev().find(|&k| {
                    self.word(k).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                        && self.is_word(k.wrapping_sub(1), &["were", "was", "are", "is", "been"])
                })?;
                let end = (k + 1..i).find(|&e| {
                    self.word(e).is_none() || self.is_word(e, &["by", "in", "which", "using", "with"])
                })?;
                (end > k + 1).then(|| format!("the time for {}", self.slice(k, end - 1).0))
            })
            .flatten()
            .or_else(|| {
                // "…used to walk the racks to check stock before quoting, which took 10 minutes".
                if !self.is_word(i.wrapping_sub(1), &["which"]) {
                    return None;
                }
                let start =
                    (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
                let used =
                    (start..i).find(|&k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]))?;
                let end = (used + 2..i).find(|&e| {
                    self.word(e).is_none() || self.is_word(e, &["to", "by", "in", "which", "before", "so"])
                })?;
                (end > used + 2).then(|| format!("the time to {}", self.slice(used + 2, end - 1).0))
            });
        let measures = match (subject, self.purpose_after(before.end)) {
            _ if done.is_some() => done,
            _ if doing.is_some() => doing,
            _ if task_after.is_some() => task_after.as_ref().map(|(task, _)| format!("the time for {task}")),
            // "Setting up each claim took 20 minutes" is about the time the task takes.
            _ if self.task_before(i).is_some() => self.task_before(i),
            (_, Some(to)) if timed && each_one.is_some() => {
                Some(format!("the time {to} each {}", each_one.unwrap_or_default()))
            }
            (_, None) if timed && each_one.is_some() => {
                Some(format!("the time for each {}", each_one.unwrap_or_default()))
            }
            // "A phone request took 6 minutes to take and check": the time to take and check one.
            (Some(one), Some(to))
                if one.starts_with(['a', 'A'])
                    && one
                        .split(' ')
                        .next()
                        .is_some_and(|d| matches!(d.to_lowercase().as_str(), "a" | "an")) =>
            {
                Some(format!("the time {to} {}", one.to_lowercase()))
            }
            // "New starters used to take 5 days to get a laptop" is about the time it takes.
            (Some(who), Some(to)) => Some(format!("the time for {} {to}", who.to_lowercase())),
            (who, _) => who,
        };
        (measures, per, task_after.and_then(|(_, each)| each))
    }

    /// A time told as it was and then as it is, in words other than "from … to" or "used to … now":
    /// "A call typically took 5 or 6 mins, reviewing a form takes maybe 2"; "which took about 2
    /// hours. The scheduling module does it in around 20 mins now". The first time follows a verb
    /// in the past; the second, within the next sentence, follows one in the present (or "now"),
    /// is shorter, and may leave its unit to the first.
    pub(super) fn was_and_is(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i).filter(|q| matches!(q.unit, Unit::Time(..)))?;
        // "5 or 6 mins", "3-4 mins": the words before the range.
        let dash = matches!(self.tokens.get(i.wrapping_sub(1)).map(|t| &t.kind), Some(Kind::Punct(_)))
            && self.text.get(self.tokens[i.wrapping_sub(1).min(self.tokens.len() - 1)].span.clone())
                == Some("-");
        let from = if (self.is_word(i.wrapping_sub(1), &["or", "to"]) || dash)
            && self.tokens.get(i.wrapping_sub(2)).and_then(Token::number).is_some()
        {
            i - 2
        } else {
            i
        };
        let clause = self.clause_before(from, true);
        let past = clause.iter().take(10).position(|w| self.lex.past_time_words.contains(w)).or_else(|| {
            // "requests used to come in by phone and get typed up by hand, maybe 10 mins each":
            // the past further back in the same sentence, with no figure between.
            (0..from)
                .rev()
                .take_while(|&k| !matches!(self.tokens[k].kind, Kind::Break | Kind::Number(_)))
                .filter(|&k| self.word(k).is_some())
                .position(|k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]))
        });
        // "A loan at the desk takes 90 seconds, the kiosk does it in 20": both as they are, the
        // second doing the same thing.
        let now = clause.iter().take(8).position(|w| matches!(*w, "takes" | "take"));
        // "…roughly 35 minutes per student. Online enrolment has got that down to around 10": a
        // time brought down, with no verb before the first.
        let down_to_next = || {
            let (j, _) = self.next_figure(before.end, |q| matches!(q.unit, Unit::Time(..) | Unit::Bare))?;
            let mut k = j;
            while k > 0 && self.is_word(k - 1, HEDGES) {
                k -= 1;
            }
            (self.is_word(k.wrapping_sub(1), &["to"]) && self.is_word(k.wrapping_sub(2), &["down"]))
                .then_some(())
        };
        let marker = match past.or(now) {
            Some(m) => m,
            None => {
                down_to_next()?;
                0
            }
        };
        let verb_at = (0..from).rev().filter(|&k| self.word(k).is_some()).nth(marker)?;
        let (j, after) = self.next_figure(before.end, |q| matches!(q.unit, Unit::Time(..) | Unit::Bare))?;
        let down = (j.saturating_sub(4)..j).any(|k| self.is_word(k, &["down"]));
        if past.is_none() && !down && !(j.saturating_sub(4)..j).any(|k| self.is_word(k, &["does", "do"])) {
            return None;
        }
        let after_unit = match (&after.unit, &before.unit) {
            (Unit::Time(..), _) => after.unit.clone(),
            (Unit::Bare, unit) => unit.clone(),
            _ => return None,
        };
        let seconds = |q: &Quantity, unit: &Unit| match unit {
            Unit::Time(_, s) => q.number.value * s,
            _ => f64::NAN,
        };
        let shorter = seconds(&after, &after_unit) < seconds(&before, &before.unit);
        let near = |from: usize, to: usize| {
            (from..to).filter_map(|k| self.word(k)).any(|w| self.lex.present_time_words.contains(w))
        };
        let present = near(j.saturating_sub(10), j) || near(after.end, after.end + 2);
        // "most get picked up within five minutes" is a wait, not the task's time.
        let waited = (j.saturating_sub(3)..j)
            .filter_map(|k| self.word(k))
            .any(|w| w == "within" || self.lex.latency_words.contains(w));
        if !shorter || !present || waited || self.used[i] || self.used[j] {
            return None;
        }
        let (measures, per, each) = self.time_measures(verb_at, &before);
        let after = Quantity { unit: after_unit, ..after };
        Some(ChangeMatch { end: after.end, before, after, first: verb_at, measures, per, each })
    }

    /// The next figure `wanted` after token `from`, in the same sentence or the next, within 45
    /// tokens ("it's now under a minute" counts), with where it starts; other figures between
    /// ("across two sites") are passed.
    fn next_figure(&self, from: usize, wanted: impl Fn(&Quantity) -> bool) -> Option<(usize, Quantity)> {
        let mut breaks = 0;
        // Past the figure's own period ("£9,000 a year"): "a year" is no figure.
        let from = self.rate_after(from).2;
        let mut j = from;
        loop {
            match &self.tokens.get(j)?.kind {
                Kind::Break => breaks += 1,
                Kind::Number(_) if self.quantity(j).is_some_and(|q| wanted(&q)) => {
                    return Some((j, self.quantity(j)?))
                }
                Kind::Word(_) if self.one_unit(j).is_some() => return Some((j, self.one_unit(j)?)),
                _ => {}
            }
            if breaks > 1 || j > from + 45 {
                return None;
            }
            j += 1;
        }
    }

    /// Money or uptime as it was and as it is, told apart: "The old kit was costing us about
    /// £9,000 a year…, and the new subscription comes in just under £6,500"; "managed 99.1%
    /// uptime last year… it's been at 99.97% for the last nine months". A cost that fell, or
    /// uptime that rose.
    pub(super) fn cost_or_uptime_was_and_is(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i)?;
        let uptime = |q: &Quantity, at: usize| {
            q.unit == Unit::Percent
                && (at.saturating_sub(7)..q.end + 2)
                    .filter_map(|k| self.word(k))
                    .any(|w| self.lex.availability_words.contains(w))
        };
        let money = matches!(before.unit, Unit::Money(_));
        // "31 outage tickets in the year before and 4 since": bad things, fewer.
        let bad = matches!(&before.unit, Unit::Count(noun) if self.polarity(noun) == Some(false));
        if !money && !bad && !uptime(&before, i) {
            return None;
        }
        // "9 or 10 line stoppages a month": the words before the range.
        let from = if self.is_word(i.wrapping_sub(1), &["or", "to"])
            && self.tokens.get(i.wrapping_sub(2)).and_then(Token::number).is_some()
        {
            i - 2
        } else {
            i
        };
        let clause = self.clause_before(from, true);
        let past_before = clause.iter().take(6).any(|w| self.lex.past_time_words.contains(w));
        let past_after = self.is_word(before.end, &["last", "previously", "before"])
            || (self.rate_after(before.end).2..before.end + 4)
                .any(|k| self.is_word(k, &["last", "previously"]));
        if !(past_before || past_after) {
            return None;
        }
        let kind = std::mem::discriminant(&before.unit);
        let (j, after) = self.next_figure(before.end, |q| {
            std::mem::discriminant(&q.unit) == kind || (bad && q.unit == Unit::Bare && !q.number.percent)
        })?;
        // "31 outage tickets": the whole noun, for both.
        let before = match &before.unit {
            Unit::Count(_) => {
                let noun: Vec<&str> = self
                    .words_from(before.start + 1, 3)
                    .into_iter()
                    .take_while(|w| !self.is_stop(w))
                    .collect();
                Quantity { unit: Unit::Count(noun.join(" ")), end: before.start + 1 + noun.len(), ..before }
            }
            _ => before,
        };
        let after = match (&before.unit, &after.unit) {
            (Unit::Count(_), Unit::Bare | Unit::Count(_)) => Quantity { unit: before.unit.clone(), ..after },
            _ => after,
        };
        let present = (j.saturating_sub(12)..j).filter_map(|k| self.word(k)).any(|w| {
            self.lex.present_time_words.contains(w) || matches!(w, "comes" | "costs" | "been" | "since")
        }) || (after.end..after.end + 2).any(|k| self.is_word(k, &["since", "now"]));
        let better = match (&before.unit, &after.unit) {
            (Unit::Count(_), Unit::Count(_)) => after.number.value < before.number.value,
            (Unit::Money(a), Unit::Money(b)) => a == b && after.number.value < before.number.value,
            (Unit::Percent, Unit::Percent) => {
                uptime(&after, j) || after.number.value > before.number.value && after.number.value <= 100.0
            }
            _ => false,
        };
        if !present || !better || self.used[i] || self.used[j] {
            return None;
        }
        let (per, _, _) = self.rate_after(before.end);
        // "The old kit was costing us…": the cost of the old kit.
        let verb = (0..i)
            .rev()
            .take(6)
            .find(|&k| self.word(k).is_some_and(|w| self.lex.past_time_words.contains(w)));
        let measures = if bad {
            match &before.unit {
                Unit::Count(noun) => Some(noun.clone()),
                _ => None,
            }
        } else if money {
            verb.and_then(|v| self.phrase_before(v)).map(|p| format!("the cost of {}", p.0.to_lowercase()))
        } else {
            (i.saturating_sub(7)..before.end + 2)
                .filter_map(|k| self.word(k))
                .find(|w| self.lex.availability_words.contains(w))
                .map(|w| if w == "available" { "availability".to_string() } else { w.to_string() })
        };
        Some(ChangeMatch { end: after.end, before, after, first: i, measures, per, each: None })
    }
}
