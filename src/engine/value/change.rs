//! Before → after: how much a change changed by ("3 days shorter", and by what share of the
//! before), and what the difference is worth as it stands — time given back per item, money no
//! longer spent, things that no longer happen.

use super::figure::{Expr, Meaning};
use super::quantity::{counts, is_time_unit, seconds_in, Quantity, Unit};
use super::{in_hours, Pool, Step};
use crate::engine::english::{self, a_or_an, quantity};
use crate::engine::facts::{is_currency, singular, Direction, Fact, FactKind};

/// A before → after change, measured: "3 days shorter", and by what share of the before.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The size of the change in the user's units ("3 days", "£320,000", "15 percentage points").
    pub amount: String,
    /// "shorter", "less", "lower", "fewer", or their opposites.
    pub comparative: &'static str,
    pub went_down: bool,
    /// The change as a share of the before, in per cent; `None` when the before was zero.
    pub percent: Option<f64>,
}

/// The before and after of a change in one unit: seconds for time in two units, else the user's.
fn before_and_after(fact: &Fact) -> Option<(f64, f64, f64, f64)> {
    let from = fact.from?;
    let from_unit = fact.from_unit.as_deref().unwrap_or(&fact.unit);
    Some(match (seconds_in(from_unit), seconds_in(&fact.unit)) {
        (Some(b), Some(a)) if from_unit != fact.unit => (from * b, fact.value * a, b, a),
        _ => (from, fact.value, 1.0, 1.0),
    })
}

/// A change said alone: "3 days shorter: a 50% reduction", "14 fewer than before (from none)".
pub fn described(fact: &Fact) -> Option<String> {
    let d = difference(fact)?;
    let (amount, went) = (&d.amount, d.comparative);
    Some(match d.percent {
        Some(pct) => {
            let pct_text = english::spoken_percent(pct);
            let word = if d.went_down { "reduction" } else { "increase" };
            format!("{amount} {went}: {} {pct_text} {word}", a_or_an(&pct_text))
        }
        None => format!("{amount} {went} than before (from none)"),
    })
}

/// How much a change fact changed by, or `None` when it did not change.
pub fn difference(fact: &Fact) -> Option<Difference> {
    let (before, after, _, _) = before_and_after(fact)?;
    let size = (after - before).abs();
    if size == 0.0 || !size.is_finite() {
        return None;
    }
    let in_seconds = fact.from_unit.is_some();
    let amount = if in_seconds {
        english::duration(size)
    } else if fact.unit == "%" {
        format!("{} percentage points", english::number(size))
    } else {
        quantity(size, &fact.unit)
    };
    let went_down = after < before;
    let (down, up) = match fact.unit.as_str() {
        _ if in_seconds || seconds_in(&fact.unit).is_some() => ("shorter", "longer"),
        _ if is_currency(&fact.unit) => ("less", "more"),
        "%" => ("lower", "higher"),
        _ => ("fewer", "more"),
    };
    let percent = (before > 0.0).then(|| size / before * 100.0);
    Some(Difference { amount, comparative: if went_down { down } else { up }, went_down, percent })
}

/// Every change as a share of its before: "from 6 days to 3 days: a difference of 3 days; 3
/// days ÷ 6 days ≈ 50%".
pub fn percent_change(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for fact in pool.facts.iter().filter(|f| f.kind == FactKind::Change) {
        let Some(d) = difference(fact) else { continue };
        let Some((_, _, b, a)) = before_and_after(fact) else { continue };
        let before_text =
            quantity(fact.from.unwrap_or_default(), fact.from_unit.as_deref().unwrap_or(&fact.unit));
        let after_text = quantity(fact.value, &fact.unit);
        let amount = &d.amount;
        let (formula, q, working) = match d.percent {
            Some(pct) => {
                let pct_text = english::percent((pct * 10.0).round() / 10.0);
                let before = Expr::Before(fact.id.clone()).times(Expr::Number(b));
                let formula = Expr::Fact(fact.id.clone())
                    .times(Expr::Number(a))
                    .minus(before.clone())
                    .over(before)
                    .times(Expr::Number(100.0));
                let working = format!(
                    "from {before_text} to {after_text}: a difference of {amount}; {amount} ÷ {before_text} ≈ {pct_text}"
                );
                let Some(value) = pool.eval(&formula) else { continue };
                (formula, Quantity::new(value, Unit::Percent), working)
            }
            None => {
                let formula = Expr::Fact(fact.id.clone());
                let working = format!("from {before_text} to {after_text}: a difference of {amount}");
                (formula, Quantity::new(fact.value, Unit::Items(fact.unit.clone())), working)
            }
        };
        out.push(Step {
            meaning: Meaning::Change,
            q,
            about: fact.measures.clone(),
            formula,
            from: vec![fact.id.clone()],
            assumptions: Vec::new(),
            working,
            rule: "percent_change",
        });
    }
    out
}

/// A change that went the good way, as what it gives: time saved (per item, when the change is
/// per item: "10 minutes − 1 minute = 9 minutes per reset"), money no longer spent, or things
/// that no longer happen ("80 TB − 50 TB = 30 TB fewer").
pub fn differences(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for fact in
        pool.facts.iter().filter(|f| f.kind == FactKind::Change && f.direction != Some(Direction::Worse))
    {
        let Some(d) = difference(fact).filter(|d| d.went_down) else { continue };
        let from_unit = fact.from_unit.as_deref().unwrap_or(&fact.unit);
        let before_text = quantity(fact.from.unwrap_or_default(), from_unit);
        let after_text = quantity(fact.value, &fact.unit);
        let before = Expr::Before(fact.id.clone());
        let after = Expr::Fact(fact.id.clone());
        let (meaning, formula, unit, assumptions) = if is_time_unit(&fact.unit) {
            if fact.direction != Some(Direction::Better) {
                continue;
            }
            let (Some((b, mut used)), Some((a, more))) =
                (in_hours(before, from_unit), in_hours(after, &fact.unit))
            else {
                continue;
            };
            for m in more {
                if !used.contains(&m) {
                    used.push(m);
                }
            }
            (Meaning::TimeSaved, b.minus(a), Unit::Hours, used)
        } else if is_currency(&fact.unit) {
            (Meaning::Saving, before.minus(after), Unit::Money(fact.unit.clone()), Vec::new())
        } else if fact.unit != "%" {
            let noun = if fact.unit.is_empty() { fact.measures.to_lowercase() } else { fact.unit.clone() };
            (Meaning::Fewer, before.minus(after), Unit::Items(noun), Vec::new())
        } else {
            continue;
        };
        let Some(amount) = pool.eval(&formula) else { continue };
        // A time per item when the words name what is counted ("average call time"); a time each
        // period per person when it is the time of one of the people counted ("each driver").
        let each = match meaning {
            Meaning::TimeSaved => fact
                .each
                .clone()
                .or_else(|| per_item(pool, &fact.measures))
                .or_else(|| fact.per.as_ref().and_then(|_| per_person_named(pool, &fact.measures))),
            _ => fact.each.clone(),
        };
        // A process that got quicker ("closes the books in 4 days instead of 9") is not people's
        // time given back unless it is per item or per period, to count how often.
        if meaning == Meaning::TimeSaved && each.is_none() && fact.per.is_none() {
            continue;
        }
        let q = Quantity::new(amount, unit).per(fact.per.clone()).each(each);
        let result = match meaning {
            Meaning::TimeSaved => format!("{} saved", english::said(&q)),
            Meaning::Saving => format!("{} saved", english::said(&q)),
            _ => format!("{} {}", d.amount, d.comparative),
        };
        let in_working_days = !assumptions.is_empty();
        let working = if !in_working_days {
            format!("{before_text} − {after_text} = {result}")
        } else {
            format!(
                "{before_text} − {after_text} = {}, at {} working hours a day = {result}",
                d.amount,
                english::number(
                    pool.assumptions.value(super::AssumptionId::WorkingHoursPerDay).unwrap_or(7.5)
                )
            )
        };
        out.push(Step {
            meaning,
            q,
            about: fact.measures.clone(),
            formula,
            from: vec![fact.id.clone()],
            assumptions,
            working,
            rule: "difference",
        });
    }
    out
}

/// What a change is per when its words name something counted each period ("average call
/// time" and "4,000 calls a month" → "call").
fn per_item(pool: &Pool<'_>, measures: &str) -> Option<String> {
    let words: Vec<String> = measures.to_lowercase().split([' ', '-']).map(singular).collect();
    pool.known
        .iter()
        .filter(|k| {
            k.rule == "fact" && matches!(k.meaning, Meaning::Volume | Meaning::Fewer) && k.q.per.is_some()
        })
        .find_map(|k| match &k.q.unit {
            Unit::Items(noun) => {
                let one = singular(noun);
                (words.iter().any(|w| w.eq_ignore_ascii_case(&one)) && counts(noun, &one)).then_some(one)
            }
            _ => None,
        })
}

/// The person a change is per when what it measures is one of the people the user counted
/// ("timesheets now take each driver 2 minutes instead of 15 a week" and "240 drivers" →
/// "driver"). Only then: "payroll for 5,000 employees" is one payroll run, and "6 analysts now
/// produce the report" may be one report between them, so neither is multiplied.
fn per_person_named(pool: &Pool<'_>, measures: &str) -> Option<String> {
    let lower = measures.trim().to_lowercase();
    let person = singular(lower.strip_prefix("each ").unwrap_or(&lower));
    pool.with(Meaning::People).find_map(|k| match &k.q.unit {
        Unit::Items(noun) if crate::engine::facts::counts_persons(noun) && singular(noun) == person => {
            Some(person.clone())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::extract;

    fn change(text: &str) -> Option<Difference> {
        extract(text, "description").facts.first().and_then(difference)
    }

    #[test]
    fn a_change_is_measured_in_its_units() {
        let d = change("Month-end close went from 6 days to 3 days.");
        assert_eq!(
            d.map(|d| (d.amount, d.comparative, d.percent)),
            Some(("3 days".into(), "shorter", Some(50.0)))
        );
        let d = change("Response time 2 hours → 45 minutes.");
        assert_eq!(d.map(|d| (d.amount, d.percent)), Some(("75 minutes".into(), Some(62.5))));
        let d = change("Patch compliance rose from 82% to 97%.");
        assert_eq!(d.map(|d| d.amount), Some("15 percentage points".into()));
        assert_eq!(change("Tickets stayed at 5 → 5."), None);
    }
}
