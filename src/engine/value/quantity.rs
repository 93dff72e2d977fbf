//! A quantity: an amount with its unit, the period it is per ("a month") and what it is for
//! each one of ("per reset"). The value model combines quantities only where their units,
//! periods and scopes agree; the words for them are in `english.rs`.

use crate::engine::facts::{counts_persons, singular, Per};

#[derive(Debug, Clone, PartialEq)]
pub enum Unit {
    /// Money in a currency (ISO code).
    Money(String),
    /// Hours of people's time, or of downtime.
    Hours,
    /// Full-time people: hours ÷ a person's working hours in a year.
    FullTimePeople,
    /// Things or people counted, by the noun the user wrote ("resets", "TB", "managers").
    Items(String),
    Percent,
    /// Months (a payback period).
    Months,
}

impl Unit {
    /// The unit as JSON names it: "GBP", "hours", "full-time people", "%", "months", "TB".
    pub fn name(&self) -> String {
        match self {
            Unit::Money(code) => code.clone(),
            Unit::Hours => "hours".into(),
            Unit::FullTimePeople => "full-time people".into(),
            Unit::Items(noun) => noun.clone(),
            Unit::Percent => "%".into(),
            Unit::Months => "months".into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub amount: f64,
    pub unit: Unit,
    pub per: Option<Per>,
    /// What it is for each one of, in the singular ("reset", "manager", "tb").
    pub each: Option<String>,
}

impl Quantity {
    pub fn new(amount: f64, unit: Unit) -> Quantity {
        Quantity { amount, unit, per: None, each: None }
    }

    pub fn per(mut self, per: Option<Per>) -> Quantity {
        self.per = per;
        self
    }

    pub fn each(mut self, each: Option<String>) -> Quantity {
        self.each = each;
        self
    }

    /// The period's unit when it is one of something ("month" for "a month").
    pub fn period(&self) -> Option<&str> {
        self.per.as_ref().filter(|p| p.count == 1.0).map(|p| p.unit.as_str())
    }

    /// The currency, for money.
    pub fn currency(&self) -> Option<&str> {
        match &self.unit {
            Unit::Money(code) => Some(code),
            _ => None,
        }
    }

    /// Whether two periods can be combined: the same, or one of them has none.
    pub fn periods_agree(&self, other: &Quantity) -> bool {
        match (&self.per, &other.per) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

/// Seconds in one of the user's time units ("minutes" → 60), or `None` for a unit that is not
/// time.
pub fn seconds_in(unit: &str) -> Option<f64> {
    let unit = unit.to_lowercase();
    let unit = unit.trim_start_matches("working ").trim_start_matches("business ");
    Some(match unit {
        "ms" | "millisecond" | "milliseconds" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "min" | "mins" | "minute" | "minutes" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "day" | "days" => 86400.0,
        "week" | "weeks" => 604_800.0,
        "month" | "months" => 2_629_800.0,
        "year" | "years" => 31_557_600.0,
        _ => return None,
    })
}

/// Whether `unit` is a unit of time ("days", "working days", "mins").
pub fn is_time_unit(unit: &str) -> bool {
    seconds_in(unit).is_some()
}

/// Whether `noun` (what a figure counts: "resets", "new starters", "users") is what `each`
/// ("reset", "starter", "person") names.
pub fn counts(noun: &str, each: &str) -> bool {
    singular(noun).eq_ignore_ascii_case(each) || (each == "person" && counts_persons(noun))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_units_in_seconds() {
        assert_eq!(seconds_in("minutes"), Some(60.0));
        assert_eq!(seconds_in("working days"), Some(86400.0));
        assert_eq!(seconds_in("TB"), None);
        assert!(is_time_unit("hrs") && !is_time_unit("tickets"));
    }

    #[test]
    fn a_scope_names_what_is_counted() {
        assert!(counts("resets", "reset"));
        assert!(counts("new starters", "starter"));
        assert!(counts("users", "person"));
        assert!(counts("TB", "tb"));
        assert!(!counts("laptops", "person"));
        assert!(!counts("tickets", "engineer"));
    }

    #[test]
    fn periods_agree_only_when_the_same_or_absent() {
        let month = Some(Per { count: 1.0, unit: "month".into() });
        let year = Some(Per { count: 1.0, unit: "year".into() });
        let q = |per: &Option<Per>| Quantity::new(1.0, Unit::Hours).per(per.clone());
        assert!(q(&month).periods_agree(&q(&month)));
        assert!(q(&month).periods_agree(&q(&None)));
        assert!(!q(&month).periods_agree(&q(&year)));
    }
}
