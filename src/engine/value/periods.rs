//! Periods: a figure per day, week, month or quarter as a figure a year, with the calendar
//! stated — a person's working days and weeks for people's time, calendar days for a service
//! that runs every day or for customers' business — and a year's money as a month's.

use super::assumptions::AssumptionId::{HoursPerYear, WorkingDaysPerYear};
use super::figure::{Expr, Meaning};
use super::quantity::{Quantity, Unit};
use super::words::is_customer_item;
use super::{Known, Pool, Step};
use crate::engine::english;
use crate::engine::facts::Per;

fn a_year() -> Option<Per> {
    Some(Per { count: 1.0, unit: "year".into() })
}

/// Whether a day of `k` is a calendar day: the service runs every day, or it counts customers'
/// business. People's time is counted in working days, unless it follows a count of work
/// ("4 minutes a room × 60 rooms a day" in a hotel that turns rooms every day).
fn calendar_days(pool: &Pool<'_>, k: &Known<'_>) -> bool {
    let people = matches!(k.meaning, Meaning::TimeSaved | Meaning::StaffTimeValue) && !from_volume(pool, k);
    let customers =
        matches!(&k.q.unit, Unit::Items(noun) if is_customer_item(noun)) || is_customer_item(&k.about);
    !people && (pool.every_day || customers)
}

/// Whether `k` was worked out from a count of work done in a period ("1,300 rooms a week"): such
/// time goes with the work, which in a service that runs every day goes on through people's
/// holidays, not with one person's year.
fn from_volume(pool: &Pool<'_>, k: &Known<'_>) -> bool {
    pool.known.iter().any(|v| {
        v.rule == "fact"
            && v.q.per.is_some()
            && matches!(v.q.unit, Unit::Items(_))
            && k.comes_from(&v.id, pool)
    })
}

/// A figure per day, week, month or quarter → a year: "270 hours a month × 12 months = 3,240
/// hours a year"; money over several years → a year.
pub fn per_year(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let yearly = [Meaning::TimeSaved, Meaning::Saving, Meaning::Cost, Meaning::StaffTimeValue];
    // Not a month worked out from a year: that would only come back to the year.
    for k in pool
        .known
        .iter()
        .filter(|k| yearly.contains(&k.meaning) && k.q.each.is_none() && k.rule != "per_month")
    {
        let Some(per) = &k.q.per else { continue };
        let working_days = pool.assumptions.value(WorkingDaysPerYear).unwrap_or(220.0);
        let calendar = calendar_days(pool, k);
        let (factor, words, assumptions) = match (per.unit.as_str(), per.count) {
            ("month", 1.0) => (Expr::Number(12.0), "12 months".to_string(), vec![]),
            ("quarter", 1.0) => (Expr::Number(4.0), "4 quarters".to_string(), vec![]),
            ("day", c) if c == 1.0 && calendar => {
                let days = pool.assumptions.value(HoursPerYear).unwrap_or(8760.0) / 24.0;
                (
                    Expr::Assumption(HoursPerYear).over(Expr::Number(24.0)),
                    format!("{} days (it runs every day)", english::number(days)),
                    vec![HoursPerYear],
                )
            }
            ("day", 1.0) => (
                Expr::Assumption(WorkingDaysPerYear),
                format!("{} working days", english::number(working_days)),
                vec![WorkingDaysPerYear],
            ),
            // A person works one shift a working day.
            ("shift", 1.0) => (
                Expr::Assumption(WorkingDaysPerYear),
                format!("{} shifts (one a working day)", english::number(working_days)),
                vec![WorkingDaysPerYear],
            ),
            ("week", c) if c == 1.0 && calendar => (Expr::Number(52.0), "52 weeks".to_string(), vec![]),
            ("week", 1.0) => (
                Expr::Assumption(WorkingDaysPerYear).over(Expr::Number(5.0)),
                format!("{} working weeks", english::number(working_days / 5.0)),
                vec![WorkingDaysPerYear],
            ),
            // "£2.5 million over 3 years": the user's own figure, a year of it.
            ("year", n) if n > 1.0 && k.rule == "fact" && k.q.currency().is_some() => {
                (Expr::Number(1.0 / n), format!("÷ {}", english::number(n)), vec![])
            }
            _ => continue,
        };
        let formula = k.term.clone().times(factor);
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, k.q.unit.clone()).per(a_year());
        if pool.knows(k.meaning, &q, std::slice::from_ref(&k.id)) {
            continue;
        }
        let working = if per.count > 1.0 {
            format!("{} {words} = {}", k.said(), english::said(&q))
        } else {
            format!("{} × {words} = {}", k.said(), english::said(&q))
        };
        let used = pool.assumptions_of(&[k], &assumptions);
        out.push(Step {
            meaning: k.meaning,
            q,
            about: k.about.clone(),
            formula,
            from: vec![k.id.clone()],
            assumptions: used,
            working,
            rule: "per_year",
        });
    }
    out
}

/// The user's money a year, saved or spent → a month: "£20,000 a year ÷ 12 = £1,667 a month".
pub fn per_month(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for k in
        pool.known.iter().filter(|k| k.rule == "fact" && k.q.each.is_none() && k.q.period() == Some("year"))
    {
        if !matches!(k.meaning, Meaning::Saving | Meaning::Cost) {
            continue;
        }
        let formula = k.term.clone().over(Expr::Number(12.0));
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, k.q.unit.clone()).per(Some(Per { count: 1.0, unit: "month".into() }));
        let working = format!("{} ÷ 12 = {}", k.said(), english::said(&q));
        out.push(Step {
            meaning: k.meaning,
            q,
            about: k.about.clone(),
            formula,
            from: vec![k.id.clone()],
            assumptions: Vec::new(),
            working,
            rule: "per_month",
        });
    }
    out
}
