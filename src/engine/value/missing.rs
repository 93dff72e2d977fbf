//! The one missing figure that would turn the most valuable result into money: what an hour of
//! staff time costs (for hours given back), what the service saves a year (for a one-off cost),
//! what an hour of downtime costs (for hours down), what one item costs (for things that no
//! longer happen). Said as a gap and as a question the listener is likely to ask.

use serde::Serialize;

use super::assumptions::AssumptionId::HourlyCost;
use super::figure::Meaning;
use super::quantity::Unit;
use super::words::words;
use super::{Known, Pool};
use crate::engine::facts::singular;
use crate::engine::template::fill;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MissingKind {
    HourlyCost,
    Saving,
    DowntimeCost,
    ItemCost,
}

impl MissingKind {
    /// In the order they are looked for: the one that unlocks the most value first.
    pub const ALL: [MissingKind; 4] =
        [MissingKind::HourlyCost, MissingKind::Saving, MissingKind::DowntimeCost, MissingKind::ItemCost];

    pub fn key(self) -> &'static str {
        match self {
            MissingKind::HourlyCost => "hourly_cost",
            MissingKind::Saving => "saving",
            MissingKind::DowntimeCost => "downtime_cost",
            MissingKind::ItemCost => "item_cost",
        }
    }
}

/// A figure the user could give to turn a result into money.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missing {
    pub kind: MissingKind,
    /// The result it would turn into money, as said ("3,600 hours a year given back").
    pub figure: String,
    /// The id of that result.
    pub about: String,
    /// What to add, as a gap to fill.
    pub gap: String,
    /// The question a listener is likely to ask for want of it.
    pub question: String,
    /// What to have ready to answer it.
    pub prepare: String,
}

/// The largest `meaning` a year (or, failing that, any period) that nothing was worked out from
/// yet.
fn unpriced<'p, 'f>(pool: &'p Pool<'f>, meaning: Meaning) -> Option<&'p Known<'f>> {
    let used = |k: &Known<'_>| pool.known.iter().any(|o| o.q.currency().is_some() && o.from.contains(&k.id));
    // Only what recurs is worth pricing: a time or a count each period.
    let candidates: Vec<&Known<'f>> =
        pool.with(meaning).filter(|k| k.q.each.is_none() && k.q.per.is_some() && !used(k)).collect();
    let yearly = candidates
        .iter()
        .filter(|k| k.q.period() == Some("year"))
        .max_by(|a, b| a.q.amount.total_cmp(&b.q.amount));
    yearly.or_else(|| candidates.iter().max_by(|a, b| a.q.amount.total_cmp(&b.q.amount))).copied()
}

/// The one missing figure that would turn the most valuable result into money, if one would.
pub fn find(pool: &Pool<'_>) -> Option<Missing> {
    let money_for = |id: &str| pool.known.iter().any(|k| k.q.currency().is_some() && k.comes_from(id, pool));
    MissingKind::ALL.iter().find_map(|&kind| {
        let (result, item) = match kind {
            // Not when a rate is known, nor for the time of people who are not staff.
            MissingKind::HourlyCost => {
                let rate = pool.with(Meaning::StaffRate).next().is_some()
                    || pool.assumptions.value(HourlyCost).is_some();
                let time = unpriced(pool, Meaning::TimeSaved)
                    .filter(|t| !rate && !money_for(&t.id) && !t.is_others_time(pool));
                (time?, None)
            }
            MissingKind::Saving => {
                let cost = pool.with(Meaning::OneOffCost).next()?;
                if pool.with(Meaning::Payback).next().is_some() {
                    return None;
                }
                (cost, None)
            }
            MissingKind::DowntimeCost => {
                let down = pool.with(Meaning::Downtime).find(|d| d.q.period() == Some("year"))?;
                let priced = pool.with(Meaning::DowntimeRate).next().is_some()
                    || pool.with(Meaning::Revenue).next().is_some();
                if priced || money_for(&down.id) {
                    return None;
                }
                (down, None)
            }
            MissingKind::ItemCost => {
                let fewer = unpriced(pool, Meaning::Fewer).filter(|f| !money_for(&f.id))?;
                let noun = match &fewer.q.unit {
                    Unit::Items(noun) if !noun.is_empty() => singular(noun),
                    _ => return None,
                };
                (fewer, Some(noun))
            }
        };
        let figure = result.said();
        let w = words().missing.get(kind.key())?;
        let value = |slot: &str| match slot {
            "figure" => Some(figure.as_str()),
            "item" => item.as_deref(),
            _ => None,
        };
        let said = |template: &str| fill(template, value, false).ok();
        Some(Missing {
            kind,
            about: result.id.clone(),
            gap: said(w.gap)?,
            question: said(w.question)?,
            prepare: said(w.prepare)?,
            figure,
        })
    })
}
