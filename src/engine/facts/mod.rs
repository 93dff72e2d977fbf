//! Facts: the figures a user gave about a service, found in free text or typed in, typed and tied
//! to the words they came from.

mod extract;
mod fact;
mod lexicon;
mod tokens;

pub use extract::{extract, Extraction, Problem};
pub use fact::{Direction, Fact, FactKind, Origin, Per, PercentMeaning, Span};
pub use tokens::LARGEST_FIGURE;

/// Whether a people figure's noun names persons ("staff", "office staff", "agents"), not places
/// or things ("branches", "devices").
pub fn counts_persons(noun: &str) -> bool {
    let lower = noun.to_lowercase();
    let last = lower.rsplit(' ').next().unwrap_or_default();
    let persons = &lexicon::lexicon().person_nouns;
    persons.contains(&lower) || persons.contains(last)
}
