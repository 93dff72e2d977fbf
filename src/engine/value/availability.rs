//! Availability and what it protects: hours of downtime from uptime, downtime avoided when uptime
//! rose, money coming in an hour, and the money the hours down put at risk ("exposed": some
//! customers come back later).

use super::assumptions::AssumptionId::HoursPerYear;
use super::figure::{Expr, Meaning};
use super::quantity::{Quantity, Unit};
use super::{Pool, Step};
use crate::engine::english;
use crate::engine::facts::{FactKind, Per, PercentMeaning};

fn per(unit: &str) -> Option<Per> {
    Some(Per { count: 1.0, unit: unit.into() })
}

/// Hours shown in a working with the precision the sum used ("4.38 hours").
fn exact_hours(h: f64) -> String {
    format!("{} hours", english::number((h * 100.0).round() / 100.0))
}

/// Uptime → hours of downtime a year and a month: "100% − 99.95% = 0.05% of 8,760 hours in a
/// year ≈ 4.4 hours a year".
pub fn downtime(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let hours = pool.assumptions.value(HoursPerYear).unwrap_or(8760.0);
    for fact in pool
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Percentage && f.meaning == Some(PercentMeaning::Availability))
    {
        if !(0.0..100.0).contains(&fact.value) {
            continue;
        }
        let share = Expr::Number(100.0).minus(Expr::Fact(fact.id.clone())).over(Expr::Number(100.0));
        let year = share.clone().times(Expr::Assumption(HoursPerYear));
        let month = year.clone().over(Expr::Number(12.0));
        let down = english::percent(100.0 - fact.value);
        for (formula, period, period_hours) in [(year, "year", hours), (month, "month", hours / 12.0)] {
            let Some(amount) = pool.eval(&formula) else { continue };
            let said = english::duration(amount * 3600.0);
            let working = if period == "year" {
                format!(
                    "100% − {} = {down} of {} hours in a year ≈ {said} a year",
                    english::percent(fact.value),
                    english::number(period_hours)
                )
            } else {
                format!("{down} of {} hours in a month ≈ {said} a month", english::number(period_hours))
            };
            out.push(Step {
                meaning: Meaning::Downtime,
                q: Quantity::new(amount, Unit::Hours).per(per(period)),
                about: fact.measures.clone(),
                formula,
                from: vec![fact.id.clone()],
                assumptions: vec![HoursPerYear],
                working,
                rule: "downtime",
            });
        }
    }
    out
}

/// Uptime that rose → hours of downtime a year avoided: "99.9% − 99.5% = 0.4% of 8,760 hours in
/// a year ≈ 35 hours a year".
pub fn downtime_avoided(pool: &Pool<'_>) -> Vec<Step> {
    let is_uptime = crate::engine::facts::names_availability;
    let mut out = Vec::new();
    for fact in
        pool.facts.iter().filter(|f| f.kind == FactKind::Change && f.unit == "%" && is_uptime(&f.measures))
    {
        let Some(before) = fact.from.filter(|b| *b < fact.value && fact.value <= 100.0) else { continue };
        let formula = Expr::Fact(fact.id.clone())
            .minus(Expr::Before(fact.id.clone()))
            .over(Expr::Number(100.0))
            .times(Expr::Assumption(HoursPerYear));
        let Some(amount) = pool.eval(&formula) else { continue };
        let working = format!(
            "{} − {} = {} of {} hours in a year ≈ {} a year",
            english::percent(fact.value),
            english::percent(before),
            english::percent(((fact.value - before) * 1e4).round() / 1e4),
            english::number(pool.assumptions.value(HoursPerYear).unwrap_or(8760.0)),
            exact_hours(amount)
        );
        out.push(Step {
            meaning: Meaning::DowntimeAvoided,
            q: Quantity::new(amount, Unit::Hours).per(per("year")),
            about: fact.measures.clone(),
            formula,
            from: vec![fact.id.clone()],
            assumptions: vec![HoursPerYear],
            working,
            rule: "downtime_avoided",
        });
    }
    out
}

/// Money coming in a period → an hour of it, spread evenly, where the service was down at all:
/// "£200,000 a day ÷ 24 hours ≈ £8,333 an hour".
pub fn revenue_per_hour(pool: &Pool<'_>) -> Vec<Step> {
    if pool.with(Meaning::Downtime).next().is_none() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for k in pool.with(Meaning::Revenue).filter(|k| k.q.each.is_none()) {
        let (divisor, words, assumptions) = match k.q.period() {
            Some("day") => (Expr::Number(24.0), "24 hours".to_string(), vec![]),
            Some("week") => (Expr::Number(168.0), "168 hours".to_string(), vec![]),
            Some("month") => {
                let hours = pool.assumptions.value(HoursPerYear).unwrap_or(8760.0) / 12.0;
                (
                    Expr::Assumption(HoursPerYear).over(Expr::Number(12.0)),
                    format!("{} hours", english::number(hours)),
                    vec![HoursPerYear],
                )
            }
            Some("year") => {
                let hours = pool.assumptions.value(HoursPerYear).unwrap_or(8760.0);
                (
                    Expr::Assumption(HoursPerYear),
                    format!("{} hours", english::number(hours)),
                    vec![HoursPerYear],
                )
            }
            _ => continue,
        };
        let formula = k.term.clone().over(divisor);
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, k.q.unit.clone()).per(per("hour"));
        if pool.knows(Meaning::Revenue, &q, std::slice::from_ref(&k.id)) {
            continue;
        }
        let working = format!("{} ÷ {words} ≈ {}", k.said(), english::said(&q));
        out.push(Step {
            meaning: Meaning::Revenue,
            q,
            about: k.about.clone(),
            formula,
            from: vec![k.id.clone()],
            assumptions,
            working,
            rule: "revenue_per_hour",
        });
    }
    out
}

/// An hour's money × hours down: revenue an hour, or what an hour of downtime costs, × the
/// downtime a year is money exposed a year; × downtime avoided, money saved.
pub fn exposure(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let hourly =
        pool.known.iter().filter(|k| k.q.period() == Some("hour") && k.q.each.is_none()).filter(|k| {
            matches!(k.meaning, Meaning::DowntimeRate)
                || (k.meaning == Meaning::Revenue && k.rule == "revenue_per_hour")
        });
    for rate in hourly {
        let lost = pool.known.iter().filter(|d| {
            d.q.period() == Some("year")
                && (d.meaning == Meaning::DowntimeAvoided
                    || (d.meaning == Meaning::Downtime && d.rule == "downtime"))
        });
        for down in lost {
            let formula = rate.term.clone().times(down.term.clone());
            let Some(amount) = pool.eval(&formula) else { continue };
            let avoided = down.meaning == Meaning::DowntimeAvoided;
            if avoided && rate.meaning != Meaning::DowntimeRate {
                continue;
            }
            let q = Quantity::new(amount, rate.q.unit.clone()).per(per("year"));
            let meaning = if avoided { Meaning::Saving } else { Meaning::Exposure };
            if pool.knows(meaning, &q, &[rate.id.clone(), down.id.clone()]) {
                continue;
            }
            let what = if avoided { "less downtime a year" } else { "down a year" };
            let working = format!(
                "{} × {} {what} ≈ {}",
                english::said(&rate.q),
                exact_hours(down.q.amount),
                english::said(&q)
            );
            out.push(Step {
                meaning,
                q,
                about: rate.about.clone(),
                formula,
                from: vec![rate.id.clone(), down.id.clone()],
                assumptions: Vec::new(),
                working,
                rule: "exposure",
            });
        }
    }
    out
}
