//! People's time given back: as full-time people (hours ÷ a person's working hours in a year),
//! and as money at the cost of an hour of staff time — only when the user or the organisation
//! gives that cost. Time given back is capacity, not cash: its money is "worth about … of staff
//! time", less any share not put to other work, unless the time was paid for in cash (overtime,
//! contractors), when it is a saving.

use super::assumptions::AssumptionId::{HourlyCost, RecaptureRate, WorkingDaysPerYear, WorkingHoursPerDay};
use super::figure::{Expr, Meaning};
use super::quantity::{Quantity, Unit};
use super::words::is_paid_time;
use super::{Known, Pool, Step};
use crate::engine::english;

/// Hours a year → full-time people: "3,240 hours a year ÷ 1,650 working hours in a person's
/// year (220 days × 7.5 hours) ≈ 2 full-time people".
pub fn full_time(pool: &Pool<'_>) -> Vec<Step> {
    let a = pool.assumptions;
    let mut out = Vec::new();
    // Full-time people are a staffing figure: not for pupils' or customers' time.
    let staff_year =
        |k: &&Known<'_>| k.q.each.is_none() && k.q.period() == Some("year") && !k.is_others_time(pool);
    for k in pool.with(Meaning::TimeSaved).filter(staff_year) {
        let formula = k
            .term
            .clone()
            .over(Expr::Assumption(WorkingDaysPerYear).times(Expr::Assumption(WorkingHoursPerDay)));
        // Under half a person's year is better said in hours.
        let Some(amount) = pool.eval(&formula).filter(|people| *people >= 0.5) else { continue };
        let q = Quantity::new(amount, Unit::FullTimePeople);
        if pool.knows(Meaning::FullTimeEquivalents, &q, std::slice::from_ref(&k.id)) {
            continue;
        }
        let working = format!(
            "{} ÷ {} working hours in a person's year ({} days × {} hours) ≈ {}",
            k.said(),
            english::number(a.working_hours_per_year()),
            english::number(a.value(WorkingDaysPerYear).unwrap_or(220.0)),
            english::number(a.value(WorkingHoursPerDay).unwrap_or(7.5)),
            english::amount(&q)
        );
        let used = pool.assumptions_of(&[k], &[WorkingDaysPerYear, WorkingHoursPerDay]);
        out.push(Step {
            meaning: Meaning::FullTimeEquivalents,
            q,
            about: k.about.clone(),
            formula,
            from: vec![k.id.clone()],
            assumptions: used,
            working,
            rule: "full_time",
        });
    }
    out
}

/// Time given back × what an hour of staff time costs (the user's figure, else the
/// organisation's or the user's setting): "100 hours a month × £45 an hour = £4,500 a month".
pub fn worth(pool: &Pool<'_>) -> Vec<Step> {
    let a = pool.assumptions;
    // The rate the user wrote, else the one set as an assumption.
    let written = pool.with(Meaning::StaffRate).find(|r| r.q.each.is_none());
    let (rate_term, rate_words, currency, from_rate, used): (
        Expr,
        String,
        String,
        Option<&Known<'_>>,
        Vec<_>,
    ) = match (written, a.value(HourlyCost), a.hourly_currency()) {
        (Some(r), _, _) => match r.q.currency() {
            Some(c) => (r.term.clone(), r.said(), c.to_string(), Some(r), vec![]),
            None => return Vec::new(),
        },
        (None, Some(v), Some(c)) => (
            Expr::Assumption(HourlyCost),
            format!("{} an hour", english::money(v, c)),
            c.to_string(),
            None,
            vec![HourlyCost],
        ),
        _ => return Vec::new(),
    };
    let recapture = a.value(RecaptureRate);
    let mut out = Vec::new();
    // The time as first worked out (a month's, a week's), not again for each period it becomes.
    for t in pool
        .with(Meaning::TimeSaved)
        .filter(|t| t.q.each.is_none() && t.q.per.is_some() && t.rule != "per_year")
        .filter(|t| !t.is_others_time(pool))
    {
        let cash = is_paid_time(&t.about) || t.fact.is_some_and(|f| is_paid_time(&f.text));
        let mut from = vec![t.id.clone()];
        from.extend(from_rate.map(|r| r.id.clone()));
        let meaning = if cash { Meaning::Saving } else { Meaning::StaffTimeValue };
        let unpriced = Quantity::new(0.0, Unit::Money(currency.clone())).per(t.q.per.clone());
        if pool.knows(meaning, &unpriced, &from) {
            continue;
        }
        let mut formula = t.term.clone().times(rate_term.clone());
        let mut working = format!("{} × {rate_words}", t.said());
        let mut step_used = used.clone();
        if let (Some(share), false) = (recapture, cash) {
            formula = formula.times(Expr::Assumption(RecaptureRate).over(Expr::Number(100.0)));
            working.push_str(&format!(" × {} put to other work", english::percent(share)));
            step_used.push(RecaptureRate);
        }
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, Unit::Money(currency.clone())).per(t.q.per.clone());
        working.push_str(&format!(" = {}", english::said(&q)));
        let step_used = pool.assumptions_of(&[t], &step_used);
        out.push(Step {
            meaning,
            q,
            about: t.about.clone(),
            formula,
            from,
            assumptions: step_used,
            working,
            rule: "worth",
        });
    }
    out
}
