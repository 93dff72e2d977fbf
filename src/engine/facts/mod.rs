//! Facts: the figures a user gave about a service, found in free text or typed in, typed and tied
//! to the words they came from.

mod extract;
mod fact;
mod lexicon;
mod tokens;

pub use extract::{extract, extract_with_currency, singular, Extraction, Problem};
pub use fact::{Direction, Fact, FactKind, MoneyRole, Origin, Per, PercentMeaning, Span};
pub use tokens::LARGEST_FIGURE;

/// Every figure in `text` as a value, scales applied ("£40k" → 40,000, "2.3 million" →
/// 2,300,000): what the fidelity tests compare a message's figures with. Spelled numbers
/// ("fourteen", "one") count only with `spelled`: in ValueLens' own wording "one" is a word, not
/// a figure.
pub fn figures_in(text: &str, spelled: bool) -> Vec<f64> {
    let tokens = tokens::tokenize(text, None);
    tokens.iter().filter_map(|t| t.number().filter(|n| spelled || !n.spelled).map(|n| n.value)).collect()
}

/// Whether `text` names a sum of money ("£25,000", "$2m", "40k euros").
pub fn names_money(text: &str) -> bool {
    tokens::tokenize(text, None).iter().any(|t| t.number().is_some_and(|n| n.currency.is_some()))
}

/// Whether a people figure's noun names persons ("staff", "office staff", "agents"), not places
/// or things ("branches", "devices").
pub fn counts_persons(noun: &str) -> bool {
    let lower = noun.to_lowercase();
    let last = lower.rsplit(' ').next().unwrap_or_default();
    let persons = &lexicon::lexicon().person_nouns;
    persons.contains(&lower) || persons.contains(last)
}

/// How often what `measures` names recurs, when its words say ("the monthly performance
/// report" → month): a day, week, month, quarter or year.
pub fn recurs(measures: &str) -> Option<Per> {
    let frequencies = &lexicon::lexicon().frequencies;
    crate::engine::text::words(measures).iter().find_map(|w| {
        let unit = frequencies.get(&w.text.to_lowercase())?;
        matches!(*unit, "day" | "week" | "month" | "quarter" | "year")
            .then(|| Per { count: 1.0, unit: unit.to_string() })
    })
}

/// Whether `words` name people or a team ("receptionists", "accounts", "the office"), not a task
/// or a thing.
pub fn names_people(words: &str) -> bool {
    // "payroll for 5,000 employees" is payroll.
    let lower = crate::engine::english::head(words.trim()).to_lowercase();
    counts_persons(&lower) || lexicon::lexicon().team_words.contains(&lower)
}

/// Whether `measures` names a service's availability ("uptime", "service availability").
pub fn names_availability(measures: &str) -> bool {
    let lower = measures.to_lowercase();
    lexicon::lexicon().availability_words.iter().any(|w| lower.contains(w))
}

/// Whether `unit` is a currency the facts are read in ("GBP", "AUD").
pub fn is_currency(unit: &str) -> bool {
    lexicon::lexicon().currencies.values().any(|code| *code == unit)
}

/// The ISO codes of the currencies facts are read in, in alphabetical order.
pub fn currency_codes() -> Vec<&'static str> {
    let codes: std::collections::BTreeSet<&str> = lexicon::lexicon().currencies.values().copied().collect();
    codes.into_iter().collect()
}
