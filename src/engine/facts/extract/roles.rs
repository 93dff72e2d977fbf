//! What a figure is for each one of, and what an amount of money is, read from the words around
//! the figure in its sentence: "10 minutes each", "£200 per TB", "each of our 600 managers";
//! "cutting call costs by £30,000" is a saving, "approve £30k" a request, "paid at £45 an hour"
//! the cost of staff time. The words are data (the lexicon's `money_…` words and `scope_aliases`).

use super::quantity::Unit;
use super::Reader;
use crate::engine::facts::fact::{MoneyRole, Per};
use crate::engine::facts::tokens::Kind;

/// A figure's scope as written after it, before "each" is tied to a noun.
pub(super) enum Scope {
    /// "each", "apiece": each of the things the sentence counts.
    Each,
    /// "per TB", "a page", "per head": each of these (singular, lower case).
    Item(String),
}

/// How many words before a figure are read for what it is.
const CLAUSE_WORDS: usize = 12;

/// "resets" → "reset", "queries" → "query", "staff" → "staff", "TB" → "TB", "calls to the desk"
/// → "call": the form a scope is kept in (compared without case), so "per reset" and "1,800
/// resets" meet.
pub fn singular(noun: &str) -> String {
    let noun = crate::engine::english::head(noun);
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    let last = last.trim_end_matches("'s").trim_end_matches("’s");
    // "Resets" at the start of a sentence is "resets"; "TB" stays "TB".
    let capitalised =
        last.chars().next().is_some_and(char::is_uppercase) && !last.chars().skip(1).any(char::is_uppercase);
    let lower = last.to_lowercase();
    let last = if capitalised { lower.as_str() } else { last };
    if let Some(stem) = last.strip_suffix("ies").filter(|s| s.len() > 1) {
        format!("{stem}y")
    } else if ["sses", "shes", "ches", "xes", "zes"].iter().any(|e| last.ends_with(e)) {
        // "classes" → "class", "batches" → "batch", "boxes" → "box".
        last[..last.len() - 2].to_string()
    } else if last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us") {
        last[..last.len() - 1].to_string()
    } else {
        last.to_string()
    }
}

impl Reader<'_> {
    /// The words before token `i` back to the sentence's start or the previous figure, nearest
    /// first, at most `CLAUSE_WORDS`. With `past_people`, a head count ("our 600 managers")
    /// does not end it: "saves the payroll team of 6 people 20 hours".
    pub(super) fn clause_before(&self, i: usize, past_people: bool) -> Vec<&str> {
        let mut words = Vec::new();
        let mut j = i.min(self.tokens.len());
        while j > 0 && words.len() < CLAUSE_WORDS {
            j -= 1;
            match &self.tokens[j].kind {
                Kind::Word(w) => words.push(w.as_str()),
                Kind::Punct(_) => {}
                Kind::Number(_) if past_people && matches!(self.unit_after(j + 1).0, Unit::People(_)) => {}
                _ => break,
            }
        }
        words
    }

    /// The words after token `i` up to the next figure or the sentence's end, at most `max`.
    pub(super) fn clause_after(&self, i: usize, max: usize) -> Vec<&str> {
        let mut words = Vec::new();
        for token in self.tokens.iter().skip(i) {
            match &token.kind {
                Kind::Word(w) => words.push(w.as_str()),
                Kind::Punct(_) => {}
                _ => break,
            }
            if words.len() == max {
                break;
            }
        }
        words
    }

    /// A period and a scope written after a figure, in either order ("per user a month", "a
    /// year per TB", "a month each"), and the index after them.
    pub(super) fn rate_after(&self, i: usize) -> (Option<Per>, Option<Scope>, usize) {
        let (mut per, mut scope, mut j) = (None, None, i);
        for _ in 0..2 {
            if per.is_none() {
                // "120 bundles prepared every week": the period past a participle.
                let participle = self.word(j).is_some_and(|w| w.len() > 3 && w.ends_with("ed"));
                let found = self.period_at(j).or_else(|| participle.then(|| self.period_at(j + 1)).flatten());
                if let Some((p, next)) = found {
                    per = Some(p);
                    j = next;
                    continue;
                }
            }
            if scope.is_none() {
                if let Some((s, next)) = self.scope_at(j) {
                    scope = Some(s);
                    j = next;
                    continue;
                }
            }
            break;
        }
        (per, scope, j)
    }

    /// A period the clause sets before a figure ("On a busy summer day it takes £85,000", "Each
    /// month we log 300 calls", "In a typical week…"): a rate. A day named as a time ("last
    /// month", "this year") or as a thing ("a day without it costs…") is not.
    pub(super) fn period_before(&self, i: usize) -> Option<Per> {
        let words = self.clause_before(i, false);
        let unit_at = words
            .iter()
            .take(8)
            .position(|w| matches!(*w, "day" | "weekday" | "week" | "month" | "quarter" | "year"))?;
        let before = &words[unit_at + 1..words.len().min(unit_at + 5)];
        let rate = before.iter().position(|w| matches!(*w, "each" | "every" | "per"));
        let set = before
            .iter()
            .position(|w| matches!(*w, "a" | "an" | "any"))
            .filter(|&k| before.get(k + 1).is_some_and(|w| matches!(*w, "on" | "in" | "during")));
        let k = rate.or(set)?;
        let timed =
            before[..k].iter().any(|w| matches!(*w, "last" | "this" | "next" | "that" | "the" | "one"));
        let unit = if words[unit_at] == "weekday" { "day" } else { words[unit_at] };
        // "On a typical day" is a rate; "on a busy day", "on a match day" a peak, not the rate.
        let peak = rate.is_none()
            && !before[..k].iter().all(|w| {
                matches!(*w, "typical" | "normal" | "average" | "usual" | "ordinary" | "standard" | "working")
            });
        (!timed && !peak).then(|| Per { count: 1.0, unit: unit.to_string() })
    }

    /// "each", "apiece", "per TB", "a page", "per head" at token `i`, and the index after it.
    pub(super) fn scope_at(&self, i: usize) -> Option<(Scope, usize)> {
        let word = self.word(i)?;
        if matches!(word, "each" | "apiece") {
            return Some((Scope::Each, i + 1));
        }
        let noun = self.word(i + 1).filter(|w| !self.is_stop(w) && !self.lex.time_units.contains_key(w))?;
        // "per new starter": the counted noun a word or two on, else the word itself.
        let at = (i + 1..i + 4)
            .take_while(|&k| {
                self.word(k).is_some_and(|w| !self.is_stop(w) && !self.lex.time_units.contains_key(w))
            })
            .filter(|&k| self.word(k).is_some_and(|w| self.is_counted_noun(w)))
            .last()
            .unwrap_or(i + 1);
        // The noun as the user wrote it ("TB", not "tb").
        let written = singular(&self.slice(at, at).0);
        let scope = Scope::Item(
            self.lex.scope_aliases.get(&written.to_lowercase()).map_or(written, |alias| alias.to_string()),
        );
        match word {
            "per" => Some((scope, at + 1)),
            "a" | "an" if self.is_counted_noun(noun) => Some((scope, i + 2)),
            _ => None,
        }
    }

    /// Whether `word` names things or people counted ("page", "tickets", "TB", "managers").
    fn is_counted_noun(&self, word: &str) -> bool {
        let plural = format!("{word}s");
        [word, plural.as_str()]
            .iter()
            .any(|w| self.lex.count_nouns.contains(w) || self.lex.people_nouns.contains(w))
    }

    /// The first token of the sentence that holds token `i`.
    fn sentence_start(&self, i: usize) -> usize {
        (0..i.min(self.tokens.len())).rev().find(|&j| self.tokens[j].kind == Kind::Break).map_or(0, |j| j + 1)
    }

    /// Whether a figure in the sentence of token `i` counts `word` ("results" for "result").
    fn sentence_counts(&self, i: usize, word: &str) -> bool {
        let end =
            (i..self.tokens.len()).find(|&j| self.tokens[j].kind == Kind::Break).unwrap_or(self.tokens.len());
        (self.sentence_start(i)..end).any(|j| {
            self.tokens[j].number().is_some()
                && match self.unit_after(j + 1).0 {
                    Unit::People(noun) | Unit::Count(noun) => {
                        singular(&noun).eq_ignore_ascii_case(&singular(word))
                    }
                    _ => false,
                }
        })
    }

    /// What the nearest figure before token `i` in its sentence counts, in the singular
    /// ("5,000 orders a day at £40 each" → "order"), if it counts things or people.
    pub(super) fn counted_before(&self, i: usize) -> Option<String> {
        let mut j = i.min(self.tokens.len());
        while j > 0 {
            j -= 1;
            match &self.tokens[j].kind {
                Kind::Break => return None,
                Kind::Number(_) => match self.unit_after(j + 1).0 {
                    Unit::People(noun) | Unit::Count(noun) => return Some(singular(&noun)),
                    _ => {}
                },
                _ => {}
            }
        }
        None
    }

    /// The last word before token `i` in its sentence that names things counted ("Orders come
    /// in at £40 each" → "order").
    fn counted_word_before(&self, i: usize) -> Option<String> {
        (self.sentence_start(i)..i)
            .rev()
            .find(|&j| self.word(j).is_some_and(|w| self.is_counted_noun(w)))
            .map(|j| singular(&self.slice(j, j).0))
    }

    /// The scope "each" written before a figure in its sentence: "each of our 600 managers" →
    /// "manager", "each online payment costs" → "payment", "our 300 agents each save" → "agent".
    pub(super) fn each_before(&self, i: usize) -> Option<String> {
        let mut j = i.min(self.tokens.len());
        while j > 0 {
            j -= 1;
            match &self.tokens[j].kind {
                Kind::Break => return None,
                // "each ticket costs", "a single account takeover cost us".
                Kind::Word(w) if (w == "each" || w == "single") && self.period_at(j).is_none() => {
                    // "15 minutes a week each": the "each" of the figure just before it, unless
                    // punctuation parts them ("cut by 25%; each call costs £4").
                    let follows_a_figure = (j.saturating_sub(4)..j).any(|k| {
                        self.tokens[k].number().is_some()
                            && !matches!(self.unit_after(k + 1).0, Unit::People(_))
                            && self.tokens[k + 1..j].iter().all(|t| matches!(t.kind, Kind::Word(_)))
                    });
                    return if follows_a_figure { None } else { self.each_at(j) };
                }
                // An "each" before another figure is that figure's ("15 minutes a week each, and
                // … £30 an hour"); only a head count may stand between ("each of our 600
                // managers about 30 minutes").
                Kind::Number(_) if !matches!(self.unit_after(j + 1).0, Unit::People(_)) => return None,
                _ => {}
            }
        }
        None
    }

    /// What the "each" at token `j` is each of.
    fn each_at(&self, j: usize) -> Option<String> {
        if self.is_word(j + 1, &["of"]) {
            let figure = (j + 2..j + 5).find(|&k| self.tokens.get(k).and_then(|t| t.number()).is_some())?;
            return match self.unit_after(figure + 1).0 {
                Unit::People(noun) | Unit::Count(noun) => Some(singular(&noun)),
                _ => None,
            };
        }
        // "each result … across 6,000 results a day": a word the sentence counts.
        if let Some(word) = self.word(j + 1).filter(|w| !self.is_stop(w)) {
            if self.sentence_counts(j, word) {
                return Some(singular(&self.slice(j + 1, j + 1).0));
            }
        }
        // "each online payment", "each agent call": the last counted noun of the words after.
        let nouns: Vec<&str> = (j + 1..j + 4)
            .map_while(|k| self.word(k).filter(|w| !self.is_stop(w)))
            .filter(|w| self.is_counted_noun(w))
            .collect();
        match nouns.last() {
            Some(noun) => Some(singular(noun)),
            // "each save", "each 6 minutes faster", "each costing": what was counted before;
            // "each wasted visit costs": the word before the verb.
            None => self.counted_before(j).or_else(|| {
                let verb = (j + 2..j + 5).find(|&k| self.is_word(k, &["costs", "cost", "takes", "took"]))?;
                self.word(verb - 1).filter(|w| !self.is_stop(w)).map(singular)
            }),
        }
    }

    /// The people a time is each one's when they are the sentence's subject with no word making
    /// them one group: "our 250 agents log in 4 minutes faster" is each agent's, "the payroll team
    /// of 6 people … 20 hours" and "between them, our 25 nurses save 50 hours" are the group's.
    /// `plausible` says whether the time fits one person's working time.
    pub(super) fn people_subject(&self, start: usize, plausible: bool) -> Option<String> {
        if !plausible {
            return None;
        }
        let mut j = start.min(self.tokens.len());
        let mut people = None;
        while j > 0 {
            j -= 1;
            match &self.tokens[j].kind {
                Kind::Break => break,
                Kind::Word(w) if self.lex.collective_words.contains(w.as_str()) => return None,
                Kind::Number(_) => match self.unit_after(j + 1).0 {
                    Unit::People(noun) if crate::engine::facts::counts_persons(&noun) && people.is_none() => {
                        people = Some(singular(&noun))
                    }
                    Unit::People(_) => {}
                    _ => return None,
                },
                _ => {}
            }
        }
        people
    }

    /// What a figure at tokens `start..end` is each of, from the scope after it (`scope`) or an
    /// "each" before it; `subject` is what the sentence is about, for "each" with no count
    /// before it ("Password resets … 10 minutes each").
    pub(super) fn each_of(&self, start: usize, scope: Option<Scope>, subject: &str) -> Option<String> {
        match scope {
            Some(Scope::Item(noun)) => Some(noun),
            Some(Scope::Each) => self
                .counted_before(start)
                .or_else(|| self.counted_word_before(start))
                .or_else(|| (!subject.trim().is_empty()).then(|| singular(subject.trim()))),
            None => self.each_before(start),
        }
    }

    /// What the money at tokens `start..end` is, from the words around it, and the period an
    /// hourly rate is per when the hour is written before the amount ("a driver's hour costs us
    /// €32").
    pub(super) fn money_role(
        &self,
        start: usize,
        end: usize,
        per: Option<&Per>,
        each: bool,
    ) -> (Option<MoneyRole>, Option<Per>) {
        let words = self.lex;
        let before = self.clause_before(start, false);
        let after = self.clause_after(end, 4);
        let has = |list: &[&str], set: &crate::engine::tables::Words| list.iter().any(|w| set.contains(w));
        if self.field == "ask" || has(&before, &words.money_ask) {
            return (Some(MoneyRole::Ask), None);
        }
        let hour = Per { count: 1.0, unit: "hour".into() };
        let hourly = per.is_some_and(|p| p.unit == "hour" && p.count == 1.0);
        let hour_before = before.iter().any(|w| matches!(*w, "hour" | "hour's" | "hour’s"));
        if hourly || hour_before {
            let rate_per = (!hourly).then(|| hour.clone());
            if has(&before, &words.money_downtime) || before.contains(&"down") {
                return (Some(MoneyRole::DowntimeRate), rate_per);
            }
            let person = before.iter().any(|w| {
                self.lex.person_nouns.contains(&format!("{}s", singular(w)))
                    || self.lex.person_nouns.contains(w)
            });
            // "roughly 10 hrs a week at about £18 an hour": the hours' rate.
            let after_hours = before
                .iter()
                .take(6)
                .any(|w| matches!(*w, "hrs" | "hours" | "hr" | "hour" | "week" | "month"))
                && before.iter().take(3).any(|w| *w == "at")
                // ("an hour is billed at £220" is what it earns, not what it costs.)
                && !before.iter().any(|w| matches!(*w, "billed" | "charged" | "charge" | "bill" | "sold" | "sell"));
            if person || after_hours || has(&before, &words.money_staff) {
                return (Some(MoneyRole::StaffRate), rate_per);
            }
        }
        // "a ransomware outage would cost £1.2 million a day": what a day of it down costs.
        if per.is_some() && (has(&before, &words.money_downtime) || before.contains(&"down")) {
            return (Some(MoneyRole::DowntimeRate), None);
        }
        // "cutting call costs by £30,000": the amount a cost came down by.
        let reduced =
            before.iter().any(|w| words.money_saving.contains(w) || self.lex.reduction_words.contains(w));
        if before.first() == Some(&"by") && reduced {
            return (Some(MoneyRole::Saving), None);
        }
        if after.first().is_some_and(|w| words.money_saving_after.contains(w)) {
            return (Some(MoneyRole::Saving), None);
        }
        let nearest = before.iter().find_map(|w| {
            if words.money_saving.contains(w) {
                Some(MoneyRole::Saving)
            } else if words.money_cost.contains(w) {
                Some(MoneyRole::Cost)
            } else if words.money_revenue.contains(w) {
                Some(MoneyRole::Revenue)
            } else if words.money_price.contains(w) {
                Some(MoneyRole::Price)
            } else {
                None
            }
        });
        let nearest = nearest.or_else(|| {
            has(&after[..after.len().min(2)], &words.money_revenue).then_some(MoneyRole::Revenue)
        });
        // "We moved the planning system to the cloud for £120,000": what something done cost.
        let paid_for = before.first() == Some(&"for") && has(&before, &words.money_done);
        let nearest = nearest.or_else(|| (paid_for && per.is_none() && !each).then_some(MoneyRole::Cost));
        let role = match nearest {
            Some(MoneyRole::Price) | None if each => MoneyRole::Price,
            Some(MoneyRole::Price) | None => return (None, None),
            Some(MoneyRole::Cost) if per.is_none() && !each => {
                let joined = after.join(" ");
                let once = has(&after, &words.money_one_off)
                    || has(&before, &words.money_one_off)
                    || joined.starts_with("one off")
                    || joined.starts_with("up front");
                if once || !has(&before, &words.money_recurring) {
                    MoneyRole::OneOffCost
                } else {
                    MoneyRole::Cost
                }
            }
            Some(role) => role,
        };
        (Some(role), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_are_kept_in_the_singular() {
        let cases = [
            ("resets", "reset"),
            ("Password resets", "reset"),
            ("queries", "query"),
            ("staff", "staff"),
            ("TB", "TB"),
            ("driver's", "driver"),
            ("process", "process"),
            ("bus", "bus"),
            ("new starters", "starter"),
        ];
        for (noun, expected) in cases {
            assert_eq!(singular(noun), expected, "{noun}");
        }
    }
}
