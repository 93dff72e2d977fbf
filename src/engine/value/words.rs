//! The value model's words, kept as data in `data/value_model.json`: what says a service runs
//! every day, which things are customers' (an order's price is revenue), which time is paid in
//! cash (overtime), how each assumption reads, and what to ask for when a figure is missing.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

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

/// How an assumption reads, with `{value}` for its value in force.
pub fn assumption_says(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("{value}", |w| w.says.as_str())
}

/// An assumption's label, for a form: "A person's working days in a year".
pub fn assumption_label(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("", |w| w.label.as_str())
}

/// What a value for an assumption should be, for a problem's message.
pub fn assumption_expected(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("", |w| w.expected.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::value::AssumptionId;

    #[test]
    fn the_value_words_parse_and_are_complete() {
        let parsed: Result<ValueWords, _> = serde_json::from_str(VALUE_MODEL_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        let w = words();
        for id in AssumptionId::ALL {
            let text = w.assumptions.get(id.key());
            assert!(text.is_some_and(|t| t.says.contains("{value}")), "{}", id.key());
            assert!(
                !assumption_label(id.key()).is_empty() && !assumption_expected(id.key()).is_empty(),
                "{}",
                id.key()
            );
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
}
