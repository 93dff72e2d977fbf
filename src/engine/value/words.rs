//! The value model's words, kept as data in `data/value_model.json`: what says a service runs
//! every day, which things are customers' (an order's price is revenue), which time is paid in
//! cash (overtime), how each assumption reads, and what to ask for when a figure is missing. Also
//! how each figure is said alone.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::assumptions::{AssumptionId, Resolved};
use super::figure::Meaning;
use super::quantity::Unit;
use super::Known;
use crate::engine::english;
use crate::engine::template::fill;

const VALUE_MODEL_JSON: &str = data_file!("value_model.json");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ValueWords {
    every_day_words: Vec<String>,
    every_day_phrases: Vec<String>,
    customer_items: Vec<String>,
    cash_time_words: Vec<String>,
    non_staff_people: Vec<String>,
    /// Assumption key → how it reads (with `{value}`), its label, and what a value for it is.
    assumptions: BTreeMap<String, AssumptionWords>,
    /// Missing figure → its gap, question and what to prepare, with `{figure}` and `{item}`.
    pub missing: BTreeMap<String, MissingWords>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AssumptionWords {
    says: String,
    label: String,
    expected: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MissingWords {
    pub gap: String,
    pub question: String,
    pub prepare: String,
}

pub(crate) fn words() -> &'static ValueWords {
    static WORDS: OnceLock<ValueWords> = OnceLock::new();
    // Compiled in; the parse is proven by `the_value_words_parse_and_are_complete`.
    WORDS.get_or_init(|| serde_json::from_str(VALUE_MODEL_JSON).unwrap_or_default())
}

/// Whether `text` says the service runs every day ("24/7", "online", "every day").
pub fn runs_every_day(text: &str) -> bool {
    let lower = text.to_lowercase();
    let w = words();
    lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '(' | ')'))
        // "our two hotels' housekeepers": the word without its possessive.
        .map(|word| word.trim_end_matches("'s").trim_end_matches(['\'', '’']))
        .any(|word| w.every_day_words.iter().any(|x| x == word))
        || w.every_day_phrases.iter().any(|p| lower.contains(p.as_str()))
}

/// Whether `noun` counts customers' business ("orders", "payments"), so its price is revenue.
pub fn is_customer_item(noun: &str) -> bool {
    let lower = noun.to_lowercase();
    let plural = format!("{}s", crate::engine::facts::singular(&lower));
    words().customer_items.iter().any(|x| *x == lower || *x == plural || lower.ends_with(&format!(" {x}")))
}

/// Whether time given back is paid in cash ("overtime", "contractors"), so its worth is a saving.
pub fn is_paid_time(about: &str) -> bool {
    let lower = about.to_lowercase();
    words()
        .cash_time_words
        .iter()
        .any(|x| lower.split([' ', '-']).any(|w| w == x) || (x.contains(' ') && lower.contains(x.as_str())))
}

/// Whether `noun` counts people who are not staff ("pupils", "customers"): their time given
/// back is theirs, not the organisation's to put a staff cost on.
pub fn is_non_staff(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun).to_lowercase();
    words().non_staff_people.contains(&last)
}

/// An assumption in words, with its value in force: "220 working days in a person's year".
pub fn assumption(id: AssumptionId, a: &Resolved) -> String {
    let value = a.value(id).unwrap_or_default();
    let shown = match id {
        AssumptionId::HourlyCost => english::money(value, a.hourly_currency().unwrap_or("GBP")),
        AssumptionId::RecaptureRate => english::percent(value),
        _ => english::number(value),
    };
    let template = words().assumptions.get(id.key()).map_or("{value}", |w| w.says.as_str());
    fill(template, |slot| (slot == "value").then_some(shown.as_str()), true).unwrap_or_default()
}

/// An assumption's label, for a form: "A person's working days in a year".
pub fn assumption_label(id: AssumptionId) -> &'static str {
    words().assumptions.get(id.key()).map_or("", |w| w.label.as_str())
}

/// What a value for an assumption should be, for a problem's message.
pub fn assumption_expected(id: AssumptionId) -> &'static str {
    words().assumptions.get(id.key()).map_or("", |w| w.expected.as_str())
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
    fn the_value_words_parse_and_are_complete() {
        let parsed: Result<ValueWords, _> = serde_json::from_str(VALUE_MODEL_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        let w = words();
        for id in AssumptionId::ALL {
            let text = w.assumptions.get(id.key());
            assert!(text.is_some_and(|t| t.says.contains("{value}")), "{}", id.key());
            assert!(!assumption_label(id).is_empty() && !assumption_expected(id).is_empty(), "{}", id.key());
        }
        assert_eq!(
            w.assumptions.len(),
            AssumptionId::ALL.len(),
            "no words for an assumption that is not one"
        );
        for kind in super::super::missing::MissingKind::ALL {
            let m = w.missing.get(kind.key());
            assert!(
                m.is_some_and(|m| m.gap.contains("{figure}") && m.prepare.contains("{figure}")),
                "{}",
                kind.key()
            );
        }
        for m in w.missing.values() {
            assert!(!format!("{}{}{}", m.gap, m.question, m.prepare).chars().any(|c| c.is_ascii_digit()));
        }
    }

    #[test]
    fn what_runs_every_day_and_what_customers_buy() {
        assert!(
            runs_every_day("Our online shop")
                && runs_every_day("staffed 24/7")
                && runs_every_day("open every day")
        );
        assert!(!runs_every_day("The payroll team works office hours"));
        assert!(
            is_customer_item("orders") && is_customer_item("online payments") && !is_customer_item("tickets")
        );
        assert!(is_paid_time("Overtime at month end") && !is_paid_time("password resets"));
        assert!(is_non_staff("1,400 pupils") && is_non_staff("Customers") && !is_non_staff("agents"));
    }

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
