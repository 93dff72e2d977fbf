//! The brief's totals: figures of one kind and unit added up across services, each total shown as
//! the sum it is, term by term, every term linked to its service and figure. Different currencies
//! and different kinds of figure are never added; a figure two services both state is counted
//! once. Time is staff time only: customers' or pupils' time given back is a service's own story,
//! not the organisation's capacity. People served are not added at all: the same staff use the
//! mail and the Wi-Fi, so each service's reach is said in the summary table instead.

use serde::Serialize;

use crate::engine::english;
use crate::engine::facts::{FactKind, MoneyRole, Per};
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
    /// Staff time given back, as full-time people: each term is a service's hours ÷ the working
    /// hours in a person's year.
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

/// The figures of one service that totals add: yearly savings (said by the user or worked out)
/// and hours a year of staff time given back (not customers' or pupils' time).
fn candidates(u: &Understanding) -> Vec<Candidate> {
    let yearly = |per: Option<&Per>| per.is_some_and(Per::is_a_year);
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
            Meaning::TimeSaved
                if yearly(d.per.as_ref()) && d.each.is_none() && d.unit == "hours" && !d.others_time =>
            {
                TotalKind::HoursAYear
            }
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

/// Under half a person's year, time is better said in hours (as the value model says it).
const FEWEST_FULL_TIME_PEOPLE: f64 = 0.5;

/// The totals across `services` (title and what the engine understood of each; `working_hours`
/// is each service's working hours in a person's year), in the order money (by currency code),
/// hours, full-time people; a kind no service has is left out. Full-time people are the hours
/// given back ÷ a person's working year, service by service, so they always match the hours.
pub fn totals(services: &[(String, Understanding)], working_hours: &[f64]) -> Vec<Total> {
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
    let mut out: Vec<Total> = kinds
        .into_iter()
        .map(|kind| {
            let terms: Vec<Term> = terms.iter().filter(|(k, _)| *k == kind).map(|(_, t)| t.clone()).collect();
            let value: f64 = terms.iter().map(|t| t.value).sum();
            let said = said(&kind, value);
            let parts: Vec<String> =
                terms.iter().map(|t| format!("{} ({})", amount(&kind, t.value), t.title)).collect();
            let sum = format!("{} = {said}", parts.join(" + "));
            Total { kind, value, said, sum, terms }
        })
        .collect();
    if let Some(people) = out
        .iter()
        .find(|t| t.kind == TotalKind::HoursAYear)
        .and_then(|hours| full_time_people(hours, working_hours))
    {
        out.push(people);
    }
    out
}

/// The staff time given back as full-time people: each service's hours ÷ its working hours in a
/// person's year, said as one division when every service counts the same year. `None` under
/// half a person.
fn full_time_people(hours: &Total, working_hours: &[f64]) -> Option<Total> {
    let year = |t: &Term| working_hours.get(t.service).copied().filter(|h| *h > 0.0);
    let terms: Vec<Term> =
        hours.terms.iter().filter_map(|t| Some(Term { value: t.value / year(t)?, ..t.clone() })).collect();
    let value: f64 = terms.iter().map(|t| t.value).sum();
    if terms.len() != hours.terms.len() || value < FEWEST_FULL_TIME_PEOPLE {
        return None;
    }
    let kind = TotalKind::FullTimePeople;
    let said = said(&kind, value);
    let first = hours.terms.first().and_then(year);
    let sum = if let Some(first) = first.filter(|&first| hours.terms.iter().all(|t| year(t) == Some(first))) {
        format!(
            "{} ÷ {} working hours in a person's year ≈ {said}",
            english::hours(hours.value),
            english::number(first)
        )
    } else {
        let parts: Vec<String> = hours
            .terms
            .iter()
            .map(|t| {
                let h = year(t).unwrap_or_default();
                format!("{} ÷ {} ({})", english::hours(t.value), english::number(h), t.title)
            })
            .collect();
        format!("{} ≈ {said}", parts.join(" + "))
    };
    Some(Total { kind, value, said, sum, terms })
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
