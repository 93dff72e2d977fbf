//! Quantities in words: a user's figure with its unit ("6 days", "£1,100,000"), the value
//! model's quantities with their scope and period ("9 minutes per reset", "270 hours a month").

use super::{a_or_an, count, count_figure, money, number, one_decimal, percent};
use crate::engine::facts::{counts_persons, is_currency, Per};
use crate::engine::value::quantity::{seconds_in, Quantity, Unit};

/// What a figure is per, as said after it: "a month", "an hour", "over 3 years", "per ticket".
pub fn period_words(per: &Per) -> String {
    const TIMES: &[&str] =
        &["year", "quarter", "month", "week", "day", "night", "hour", "shift", "fortnight"];
    if per.count == 1.0 && TIMES.contains(&per.unit.as_str()) {
        format!("{} {}", a_or_an(&per.unit), per.unit)
    } else if per.count == 1.0 {
        format!("per {}", per.unit)
    } else {
        format!("over {} {}s", number(per.count), per.unit)
    }
}

/// How the user's figure reads: "6 days", "£1,100,000", "82%", "14 data breaches".
pub fn quantity(value: f64, unit: &str) -> String {
    match unit {
        "%" => percent(value),
        _ if is_currency(unit) => money(value, unit),
        "x" => format!("{}x", number(value)),
        "" => number(value),
        _ if seconds_in(unit).is_some() => format!("{} {}", number(value), time_unit_for(value, unit)),
        _ => format!("{} {unit}", number(value)),
    }
}

/// A time unit in the number of its value: "1 day", "4 days", "1 working day"; abbreviations
/// ("mins", "h") as written.
fn time_unit_for(value: f64, unit: &str) -> String {
    let word = unit.rsplit(' ').next().unwrap_or(unit);
    let abbreviation = word.len() <= 4 && !matches!(word, "day" | "days" | "hour" | "week" | "year");
    if abbreviation {
        unit.to_string()
    } else if value == 1.0 {
        unit.strip_suffix('s').unwrap_or(unit).to_string()
    } else if unit.ends_with('s') {
        unit.to_string()
    } else {
        format!("{unit}s")
    }
}

/// Hours of people's time as a person says them: "9 minutes" under an hour and a half, else
/// hours, whole from 100 ("270 hours", "22.5 hours", "3,240 hours").
pub fn hours(h: f64) -> String {
    if h.abs() < 1.5 {
        // "3.5 minutes" a check-in, not "3"; whole minutes from 10 up.
        let minutes = (h * 60.0).abs();
        if minutes < 10.0 && ((minutes * 10.0).round() / 10.0).fract() != 0.0 {
            return format!("{} minutes", number((minutes * 10.0).round() / 10.0));
        }
        return count(minutes.round() as usize, "minute", "minutes");
    }
    let shown = if h.abs() >= 100.0 { h.round() } else { one_decimal(h) };
    format!("{} hours", number(shown))
}

/// A quantity's amount in words, with its unit: "£6,000", "270 hours", "2.2 full-time people",
/// "30 TB", "20%", "30 months".
pub fn amount(q: &Quantity) -> String {
    match &q.unit {
        Unit::Money(code) => money(q.amount, code),
        Unit::Hours => hours(q.amount),
        Unit::FullTimePeople => {
            let shown = one_decimal(q.amount);
            match shown {
                // "0.5 full-time people" is half of one person.
                s if s < 1.0 => format!("{} of a full-time person", number(s)),
                1.0 => "1 full-time person".to_string(),
                s => format!("{} full-time people", number(s)),
            }
        }
        Unit::Items(noun) => format!("{} {noun}", count_figure(one_decimal(q.amount))),
        Unit::Percent => percent(one_decimal(q.amount)),
        Unit::Months => format!("{} months", number(one_decimal(q.amount))),
    }
}

/// A quantity in words with its scope and period: "9 minutes per reset", "270 hours a month",
/// "£200 per TB a year", "£30 a year per member of staff".
pub fn said(q: &Quantity) -> String {
    format!("{}{}", amount(q), scope_and_period(q.each.as_deref(), q.per.as_ref()))
}

/// What a figure is for each one of and per, as said after it (with a leading space): " per TB
/// a year"; a person's share reads best after its period (" a year per member of staff").
pub fn scope_and_period(each: Option<&str>, per: Option<&Per>) -> String {
    let scope = each.map(|each| format!("per {}", person_word(each)));
    let period = per.map(period_words);
    let person = each.is_some_and(is_person);
    let parts = if person { [period, scope] } else { [scope, period] };
    parts.into_iter().flatten().map(|part| format!(" {part}")).collect()
}

/// Whether a scope names people ("manager", "staff", "person"), not things ("reset", "TB").
pub fn is_person(each: &str) -> bool {
    counts_persons(&format!("{each}s")) || matches!(each, "staff" | "person")
}

/// One of the people a scope names: "staff" → "member of staff".
pub fn person_word(each: &str) -> &str {
    match each {
        "staff" => "member of staff",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_read_with_their_period_and_scope() {
        let per = |unit: &str| Some(Per { count: 1.0, unit: unit.into() });
        let q = |amount: f64, unit: Unit| Quantity::new(amount, unit);
        assert_eq!(said(&q(35.0, Unit::Money("GBP".into())).per(per("hour"))), "£35 an hour");
        assert_eq!(said(&q(0.15, Unit::Hours).each(Some("reset".into()))), "9 minutes per reset");
        assert_eq!(said(&q(270.0, Unit::Hours).per(per("month"))), "270 hours a month");
        assert_eq!(said(&q(3240.4, Unit::Hours).per(per("year"))), "3,240 hours a year");
        assert_eq!(said(&q(22.5, Unit::Hours)), "22.5 hours");
        assert_eq!(said(&q(4.46, Unit::Hours)), "4.5 hours");
        assert_eq!(
            said(&q(200.0, Unit::Money("GBP".into())).each(Some("TB".into())).per(per("year"))),
            "£200 per TB a year"
        );
        assert_eq!(
            said(&q(30.0, Unit::Money("GBP".into())).each(Some("staff".into())).per(per("year"))),
            "£30 a year per member of staff"
        );
        assert_eq!(amount(&q(2.18, Unit::FullTimePeople)), "2.2 full-time people");
        assert_eq!(amount(&q(1.04, Unit::FullTimePeople)), "1 full-time person");
        assert_eq!(amount(&q(0.52, Unit::FullTimePeople)), "0.5 of a full-time person");
        assert_eq!(amount(&q(22.5, Unit::Months)), "22.5 months");
        assert_eq!(period_words(&Per { count: 3.0, unit: "year".into() }), "over 3 years");
    }

    #[test]
    fn time_units_agree_with_their_number() {
        assert_eq!(quantity(1.0, "days"), "1 day");
        assert_eq!(quantity(4.0, "day"), "4 days");
        assert_eq!(quantity(1.0, "working days"), "1 working day");
        assert_eq!(quantity(5.0, "mins"), "5 mins");
        assert_eq!(quantity(2.0, "hours"), "2 hours");
    }
}
