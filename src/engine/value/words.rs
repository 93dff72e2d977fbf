//! The value model's words, kept as data in `data/value_model.json` (compiled in as tables): what says a service runs
//! every day, which things are customers' (an order's price is revenue), which time is paid in
//! cash (overtime), how each assumption reads, and what to ask for when a figure is missing.

use crate::engine::tables::{Map, Words};

#[derive(Debug)]
pub(crate) struct ValueWords {
    every_day_words: Words,
    every_day_phrases: Words,
    customer_items: Words,
    cash_time_words: Words,
    non_staff_people: Words,
    waiting_words: Words,
    /// Assumption key → how it reads (with `{value}`), its label, and what a value for it is.
    assumptions: Map<AssumptionWords>,
    /// Missing figure → its gap, question and what to prepare, with `{figure}` and `{item}`.
    pub missing: Map<MissingWords>,
}

#[derive(Debug)]
struct AssumptionWords {
    says: &'static str,
    label: &'static str,
    expected: &'static str,
}

#[derive(Debug)]
pub(crate) struct MissingWords {
    pub gap: &'static str,
    pub question: &'static str,
    pub prepare: &'static str,
}

/// Compiled in from `data/value_model.json` by `build.rs`.
static VALUE_WORDS: ValueWords = include!(concat!(env!("OUT_DIR"), "/data/value_model.rs"));

pub(crate) fn words() -> &'static ValueWords {
    &VALUE_WORDS
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
        || w.every_day_phrases.iter().any(|p| lower.contains(p))
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
        .any(|x| lower.split([' ', '-']).any(|w| w == x) || (x.contains(' ') && lower.contains(x)))
}

/// Whether `noun` counts people who are not staff ("pupils", "customers"): their time given
/// back is theirs, not the organisation's to put a staff cost on.
pub fn is_non_staff(noun: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun).to_lowercase();
    words().non_staff_people.contains(&last)
}

/// Whether `measures` names a wait ("average wait", "queue time", "time on hold"): time taken off
/// it is the waiting people's, not staff time.
pub fn names_a_wait(measures: &str) -> bool {
    let lower = measures.to_lowercase();
    words()
        .waiting_words
        .iter()
        .any(|w| lower.split([' ', '-']).any(|x| x == w) || (w.contains(' ') && lower.contains(w)))
}

/// How an assumption reads, with `{value}` for its value in force.
pub fn assumption_says(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("{value}", |w| w.says)
}

/// An assumption's label, for a form: "A person's working days in a year".
pub fn assumption_label(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("", |w| w.label)
}

/// What a value for an assumption should be, for a problem's message.
pub fn assumption_expected(key: &str) -> &'static str {
    words().assumptions.get(key).map_or("", |w| w.expected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::value::AssumptionId;

    #[test]
    fn the_value_words_are_compiled_in_whole() {
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
            w.assumptions.iter().count(),
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
    fn a_wait_is_named_by_its_words() {
        assert!(names_a_wait("average wait") && names_a_wait("time on hold") && names_a_wait("queue-time"));
        assert!(!names_a_wait("waiter rota") && !names_a_wait("month-end close"));
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
