//! The business case, as a Total Economic Impact study builds it: a yearly saving against a
//! one-off cost gives the payback period, the net over the horizon (3 years unless set) and
//! the return (net ÷ cost); with no one-off cost, a saving over the horizon.

use super::assumptions::AssumptionId::HorizonYears;
use super::figure::{Expr, Meaning};
use super::quantity::{Quantity, Unit};
use super::{Known, Pool, Step};
use crate::engine::english;
use crate::engine::facts::Per;

/// The largest cash saving a year in `currency`, if any.
fn yearly_saving<'p, 'f>(pool: &'p Pool<'f>, currency: &str) -> Option<&'p Known<'f>> {
    pool.with(Meaning::Saving)
        .filter(|s| s.q.each.is_none() && s.q.period() == Some("year") && s.q.currency() == Some(currency))
        .max_by(|a, b| a.q.amount.total_cmp(&b.q.amount))
}

fn horizon(pool: &Pool<'_>) -> (f64, Option<Per>) {
    let years = pool.assumptions.value(HorizonYears).unwrap_or(3.0);
    (years, Some(Per { count: years, unit: "year".into() }))
}

/// A one-off cost and a yearly saving → payback, net over the horizon, and return:
/// "£50,000 ÷ £20,000 a year = 30 months (2.5 years)"; "£20,000 a year × 3 years − £50,000 =
/// £10,000"; "£10,000 ÷ £50,000 = 20%".
pub fn payback(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let Some(cost) = pool.with(Meaning::OneOffCost).find(|c| c.q.amount > 0.0) else { return out };
    let Some(currency) = cost.q.currency() else { return out };
    let Some(saving) = yearly_saving(pool, currency).filter(|s| s.q.amount > 0.0) else { return out };
    let (years, over) = horizon(pool);
    let ids = vec![cost.id.clone(), saving.id.clone()];
    if pool.knows(Meaning::Payback, &Quantity::new(0.0, Unit::Months), &ids) {
        return out;
    }
    let used = pool.assumptions_of(&[cost, saving], &[]);
    let months = cost.term.clone().over(saving.term.clone()).times(Expr::Number(12.0));
    if let Some(amount) = pool.eval(&months) {
        let q = Quantity::new(amount, Unit::Months);
        let working =
            format!("{} ÷ {} × 12 months = {}", cost.said(), saving.said(), super::said::payback(amount));
        out.push(Step {
            meaning: Meaning::Payback,
            q,
            about: cost.about.clone(),
            formula: months,
            from: ids.clone(),
            assumptions: used.clone(),
            working,
            rule: "payback",
        });
    }
    let used = pool.assumptions_of(&[cost, saving], &[HorizonYears]);
    let net = saving.term.clone().times(Expr::Assumption(HorizonYears)).minus(cost.term.clone());
    let Some(net_amount) = pool.eval(&net) else { return out };
    let net_q = Quantity::new(net_amount, cost.q.unit.clone()).per(over.clone());
    let working = format!(
        "{} × {} years − {} = {}",
        saving.said(),
        english::number(years),
        cost.said(),
        english::said(&net_q)
    );
    out.push(Step {
        meaning: Meaning::NetBenefit,
        q: net_q,
        about: cost.about.clone(),
        formula: net.clone(),
        from: ids.clone(),
        assumptions: used.clone(),
        working,
        rule: "payback",
    });
    let ratio = net.over(cost.term.clone()).times(Expr::Number(100.0));
    if let Some(amount) = pool.eval(&ratio) {
        let q = Quantity::new(amount, Unit::Percent).per(over);
        let working = format!(
            "{} net ÷ {} = {}",
            english::money(net_amount, currency),
            cost.said(),
            english::amount(&q)
        );
        out.push(Step {
            meaning: Meaning::Return,
            q,
            about: cost.about.clone(),
            formula: ratio,
            from: ids,
            assumptions: used,
            working,
            rule: "payback",
        });
    }
    out
}

/// With no one-off cost to set it against, a yearly saving over the horizon: "£30,000 a year ×
/// 3 years = £90,000 over 3 years".
pub fn over_horizon(pool: &Pool<'_>) -> Vec<Step> {
    let (years, over) = horizon(pool);
    let mut out = Vec::new();
    for saving in pool.with(Meaning::Saving).filter(|s| s.q.each.is_none() && s.q.period() == Some("year")) {
        let Some(currency) = saving.q.currency() else { continue };
        if pool.with(Meaning::OneOffCost).any(|c| c.q.currency() == Some(currency)) {
            continue;
        }
        let formula = saving.term.clone().times(Expr::Assumption(HorizonYears));
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, saving.q.unit.clone()).per(over.clone());
        if pool.knows(Meaning::Saving, &q, std::slice::from_ref(&saving.id)) {
            continue;
        }
        let working = format!("{} × {} years = {}", saving.said(), english::number(years), english::said(&q));
        let used = pool.assumptions_of(&[saving], &[HorizonYears]);
        out.push(Step {
            meaning: Meaning::Saving,
            q,
            about: saving.about.clone(),
            formula,
            from: vec![saving.id.clone()],
            assumptions: used,
            working,
            rule: "over_horizon",
        });
    }
    out
}
