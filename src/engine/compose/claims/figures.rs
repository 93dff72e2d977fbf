//! The user's figures as they read in a claim's slots: "1,200 staff", "two hotels", "£9,000 a
//! month", "10 minutes per form", "every week".

use crate::engine::english::{self, quantity};
use crate::engine::facts::{is_currency, Fact};
use crate::engine::value::quantity::is_time_unit;

/// The user's figure as it reads in a sentence: "1,200 staff", "2.3 million phishing emails".
pub(super) fn said(value: f64, unit: &str) -> String {
    match unit {
        "%" | "x" | "" => quantity(value, unit),
        _ if is_currency(unit) => quantity(value, unit),
        _ if is_time_unit(unit) => quantity(value, unit),
        // "two hotels", "nine councillors": a small count of things said in words.
        _ if unit.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-') => {
            format!(
                "{} {unit}",
                english::small_number_word(value).unwrap_or_else(|| english::count_figure(value))
            )
        }
        _ => format!("{} {unit}", english::count_figure(value)),
    }
}

fn with_period(base: String, fact: &Fact) -> String {
    format!("{base}{}", english::scope_and_period(fact.each.as_deref(), fact.per.as_ref()))
}

pub(super) fn money_with_period(fact: &Fact) -> String {
    with_period(english::money(fact.value, &fact.unit), fact)
}

/// A time as one person gets it: "30 minutes a month" (for each manager: the templates say who),
/// or with what it is for each of when that is a thing ("10 minutes per form").
pub(crate) fn time_with_period(fact: &Fact) -> String {
    let each = fact.each.as_deref().filter(|e| !english::is_person(e));
    format!("{}{}", said(fact.value, &fact.unit), english::scope_and_period(each, fact.per.as_ref()))
}

pub(super) fn count_with_period(fact: &Fact) -> String {
    with_period(said(fact.value, &fact.unit), fact)
}

pub(super) fn frequency_words(period: &str) -> String {
    match period {
        "continuous" => "around the clock".to_string(),
        other => format!("every {other}"),
    }
}
