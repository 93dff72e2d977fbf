//! How the value model's figures and assumptions are said: a figure alone ("270 hours a month
//! given back"), its bare quantity, a payback period, an assumption with its value in force.

use super::assumptions::{AssumptionId, Resolved};
use super::figure::Meaning;
use super::quantity::Unit;
use super::words::{assumption_says, is_customer_item};
use super::Known;
use crate::engine::english;
use crate::engine::template::fill;

/// An assumption in words, with its value in force: "220 working days in a person's year".
pub fn assumption(id: AssumptionId, a: &Resolved) -> String {
    let value = a.value(id).unwrap_or_default();
    let shown = match id {
        AssumptionId::HourlyCost => english::money(value, a.hourly_currency().unwrap_or("GBP")),
        AssumptionId::RecaptureRate => english::percent(value),
        _ => english::number(value),
    };
    let template = assumption_says(id.key());
    fill(template, |slot| (slot == "value").then_some(shown.as_str()), true).unwrap_or_default()
}

/// A figure's bare quantity, to put in a sentence: "270 hours", "£6,000", "2.2", "30 months".
pub fn figure(k: &Known<'_>) -> String {
    match (k.meaning, &k.q.unit) {
        (Meaning::FullTimeEquivalents, _) => english::number((k.q.amount * 10.0).round() / 10.0),
        (Meaning::Downtime | Meaning::DowntimeAvoided, Unit::Hours) => english::duration(k.q.amount * 3600.0),
        // A change is said by its size; whether it rose or fell is in its words.
        (Meaning::Change, Unit::Percent) => english::spoken_percent(k.q.amount.abs()),
        (Meaning::Return, Unit::Percent) => english::spoken_percent(k.q.amount),
        _ => english::amount(&k.q),
    }
}

/// A figure as it may be said alone: "270 hours a month given back", "£6,000 a year saved".
pub fn text(k: &Known<'_>, pool: &super::Pool<'_>) -> String {
    if k.meaning == Meaning::Change {
        let fact = k.from.first().and_then(|id| pool.facts.iter().find(|f| &f.id == id));
        if let Some(described) = fact.and_then(super::change::described) {
            return described;
        }
    }
    let said = english::said(&k.q);
    let per = k.q.per.as_ref().map(english::period_words).unwrap_or_default();
    let bare = figure(k);
    let out = match k.meaning {
        Meaning::TimeSaved => format!("{said} given back"),
        Meaning::FullTimeEquivalents => format!("the time of {}", english::amount(&k.q)),
        Meaning::StaffTimeValue => format!("{said} of staff time"),
        Meaning::Saving => format!("{said} saved"),
        // "£200,000 of orders a day": what was sold, when it is counted.
        Meaning::Revenue
            if (k.rule != "fact" && !k.about.is_empty() && !k.about.contains(' '))
                || is_customer_item(&k.about) =>
        {
            format!("{bare} of {} {per}", k.about.to_lowercase())
        }
        Meaning::Revenue => format!("{said} coming in"),
        Meaning::Exposure => format!("{said} exposed while down"),
        Meaning::Downtime => format!("{bare} of downtime {per}"),
        Meaning::DowntimeAvoided => format!("{bare} less downtime {per}"),
        Meaning::Fewer => match &k.q.unit {
            Unit::Items(noun) if !noun.is_empty() => {
                let count = english::count_figure((k.q.amount * 10.0).round() / 10.0);
                format!("{count} fewer {noun} {per}")
            }
            _ => format!("{} fewer {per}", english::count_figure(k.q.amount)),
        },
        Meaning::Payback => format!("pays back in {}", payback_spoken(k.q.amount)),
        Meaning::NetBenefit => format!("{bare} net {per}"),
        Meaning::Return => format!("a return of {bare} {per}"),
        _ => said,
    };
    out.trim().to_string()
}

/// A payback period as said aloud: "about 19 months", "9 months", "4.5 months".
pub fn payback_spoken(months: f64) -> String {
    if months >= 12.0 {
        let whole = months.round();
        let about = if (months - whole).abs() > 0.05 { "about " } else { "" };
        format!("{about}{} months", english::number(whole))
    } else {
        format!("{} months", english::number((months * 10.0).round() / 10.0))
    }
}

/// A payback period, to the tenth, as the working shows it: "30 months (2.5 years)", "9 months".
pub fn payback(months: f64) -> String {
    let shown = (months * 10.0).round() / 10.0;
    let years = (months / 12.0 * 10.0).round() / 10.0;
    if months >= 18.0 {
        format!("{} months ({} years)", english::number(shown), english::number(years))
    } else {
        format!("{} months", english::number(shown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_assumption_reads_with_its_value() {
        let a = super::super::Assumptions::default().over(&super::super::Assumptions::default());
        assert_eq!(assumption(AssumptionId::WorkingDaysPerYear, &a), "220 working days in a person's year");
        assert_eq!(payback(30.0), "30 months (2.5 years)");
        assert_eq!(payback(9.0), "9 months");
        assert_eq!(payback_spoken(18.67), "about 19 months");
        assert_eq!(payback_spoken(30.0), "30 months");
        assert_eq!(payback_spoken(4.46), "4.5 months");
    }
}
