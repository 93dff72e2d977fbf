//! The brief's totals: figures of one kind and unit added up across services, each total shown as
//! the sum it is, term by term, every term linked to its service and figure. Different currencies
//! and different kinds of figure are never added; a figure two services both state is counted
//! once. People served are not added at all: the same staff use the mail and the Wi-Fi, so each
//! service's reach is said in the summary table instead.

use serde::Serialize;

use crate::engine::english;
use crate::engine::facts::{FactKind, MoneyRole};
use crate::engine::service::Understanding;
use crate::engine::value::Meaning;

/// What a total adds up.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum TotalKind {
    /// Money no longer spent, a year, in one currency (ISO code).
    MoneySavedAYear { currency: String },
    /// Hours of staff time given back a year.
    HoursAYear,
    /// Time given back, as full-time people.
    FullTimePeople,
}

/// One figure of one service in a total.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Term {
    /// Which service (its index among the brief's services) and its title.
    pub service: usize,
    pub title: String,
    /// The fact or derived figure id in that service ("f2", "d7").
    pub figure: String,
    pub value: f64,
    /// The figure as that service says it ("£30,000 a year", "1,800 hours a year given back").
    pub said: String,
    /// How it was worked out, when it was ("" for a figure the user gave).
    pub working: String,
    /// Other services that state the same figure: counted once, under this one.
    pub also_in: Vec<String>,
}

/// A sum across services.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Total {
    #[serde(flatten)]
    pub kind: TotalKind,
    pub value: f64,
    /// The total in words ("£41,000 a year", "2,300 hours a year").
    pub said: String,
    /// The sum as it is: "£30,000 (Phones) + £11,000 (Collaboration) = £41,000 a year".
    pub sum: String,
    pub terms: Vec<Term>,
}

/// A figure of one service that can go into a total.
struct Candidate {
    kind: TotalKind,
    id: String,
    value: f64,
    said: String,
    working: String,
}

/// The figures of one service that totals add: yearly savings (said by the user or worked out),
/// hours a year given back and full-time people.
fn candidates(u: &Understanding) -> Vec<Candidate> {
    let yearly =
        |per: Option<&crate::engine::facts::Per>| per.is_some_and(|p| p.count == 1.0 && p.unit == "year");
    let mut out = Vec::new();
    for f in &u.facts {
        if f.kind == FactKind::Money && f.role == Some(MoneyRole::Saving) && yearly(f.per.as_ref()) {
            let kind = TotalKind::MoneySavedAYear { currency: f.unit.clone() };
            out.push(Candidate {
                kind,
                id: f.id.clone(),
                value: f.value,
                said: f.text.clone(),
                working: String::new(),
            });
        }
    }
    for d in &u.derived {
        let kind = match d.kind {
            Meaning::Saving if yearly(d.per.as_ref()) && d.each.is_none() => {
                TotalKind::MoneySavedAYear { currency: d.unit.clone() }
            }
            Meaning::TimeSaved if yearly(d.per.as_ref()) && d.each.is_none() && d.unit == "hours" => {
                TotalKind::HoursAYear
            }
            Meaning::FullTimeEquivalents => TotalKind::FullTimePeople,
            _ => continue,
        };
        // A saving the user already gave a year is not counted again as worked out.
        let restated = out.iter().any(|c| c.kind == kind && (c.value - d.value).abs() < 1e-6);
        if !restated {
            out.push(Candidate {
                kind,
                id: d.id.clone(),
                value: d.value,
                said: d.text.clone(),
                working: d.working.clone(),
            });
        }
    }
    out
}

/// The totals across `services` (title and what the engine understood of each), in the order
/// money, hours, full-time people, people served; a kind no service has is left out.
pub fn totals(services: &[(String, Understanding)]) -> Vec<Total> {
    let mut terms: Vec<(TotalKind, Term)> = Vec::new();
    for (index, (title, u)) in services.iter().enumerate() {
        for c in candidates(u) {
            // The same figure from another service (the same words and value): counted once.
            if let Some((_, kept)) = terms
                .iter_mut()
                .find(|(k, t)| *k == c.kind && t.value == c.value && t.said == c.said && t.service != index)
            {
                kept.also_in.push(title.clone());
                continue;
            }
            let term = Term {
                service: index,
                title: title.clone(),
                figure: c.id,
                value: c.value,
                said: c.said,
                working: c.working,
                also_in: Vec::new(),
            };
            terms.push((c.kind, term));
        }
    }
    // Inserted one by one: collecting would sort, and a sort costs the bundle its own routine.
    let mut kinds = std::collections::BTreeSet::new();
    for (kind, _) in &terms {
        kinds.insert(kind.clone());
    }
    kinds
        .into_iter()
        .map(|kind| {
            let terms: Vec<Term> = terms.iter().filter(|(k, _)| *k == kind).map(|(_, t)| t.clone()).collect();
            let value: f64 = terms.iter().map(|t| t.value).sum();
            let amount = |v: f64| amount(&kind, v);
            let said = said(&kind, value);
            let parts: Vec<String> =
                terms.iter().map(|t| format!("{} ({})", amount(t.value), t.title)).collect();
            let sum = if terms.len() == 1 {
                format!("{} = {said}", parts[0])
            } else {
                format!("{} = {said}", parts.join(" + "))
            };
            Total { kind, value, said, sum, terms }
        })
        .collect()
}

/// A value of a total's kind, bare: "£30,000", "1,800 hours", "1.1 full-time people".
fn amount(kind: &TotalKind, value: f64) -> String {
    match kind {
        TotalKind::MoneySavedAYear { currency } => english::money(value, currency),
        TotalKind::HoursAYear => english::hours(value),
        TotalKind::FullTimePeople => {
            let tenths = (value * 10.0).round() / 10.0;
            format!(
                "{} full-time {}",
                english::number(tenths),
                if tenths == 1.0 { "person" } else { "people" }
            )
        }
    }
}

/// A total in words, with its period: "£41,000 a year", "2,300 hours a year".
pub fn said(kind: &TotalKind, value: f64) -> String {
    match kind {
        TotalKind::MoneySavedAYear { .. } | TotalKind::HoursAYear => {
            format!("{} a year", amount(kind, value))
        }
        _ => amount(kind, value),
    }
}
