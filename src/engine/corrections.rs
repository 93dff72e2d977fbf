//! The user's corrections to the facts read from a service: a fact removed, corrected in their
//! own words or added by hand, each kept with the service so the text itself is never changed;
//! and where a fact on screen stands with them.

use crate::engine::facts::{Fact, Origin};
use crate::engine::service::{understand, Correction, ServiceInput};

/// Where a fact on screen stands with the user's corrections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactStatus {
    /// Found in the text, as found.
    Found,
    /// Found in the text and corrected by the user; `original` is the key it was found under.
    Corrected { original: String },
    /// Typed in by the user.
    Added,
}

/// How `fact` (from `understand(input)`) came to be.
pub fn fact_status(input: &ServiceInput, fact: &Fact) -> FactStatus {
    if fact.origin == Origin::Extracted {
        return FactStatus::Found;
    }
    if fact.span.is_none() {
        return FactStatus::Added;
    }
    let key = fact.key();
    input
        .corrections
        .iter()
        .find_map(|c| match c {
            Correction::Replace { key: original, fact: f } if f.key() == key => {
                Some(FactStatus::Corrected { original: original.clone() })
            }
            _ => None,
        })
        .unwrap_or(FactStatus::Corrected { original: key })
}

/// The facts the user removed that are still in the text: (key, their words).
pub fn removed_facts(input: &ServiceInput) -> Vec<(String, String)> {
    if !input.corrections.iter().any(|c| matches!(c, Correction::Remove { .. })) {
        return Vec::new(); // no need to read the text again
    }
    let plain = ServiceInput { corrections: Vec::new(), ..input.clone() };
    let found = understand(&plain).facts;
    input
        .corrections
        .iter()
        .filter_map(|c| match c {
            Correction::Remove { key } => {
                found.iter().find(|f| f.key() == *key).map(|f| (key.clone(), f.text.clone()))
            }
            _ => None,
        })
        .collect()
}

/// The words in a fact key ("description:1,200 staff" → "1,200 staff").
pub fn words_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, words)| words)
}

impl ServiceInput {
    /// Adds a fact the user typed in by hand.
    pub fn add_fact(&mut self, fact: Fact) {
        self.corrections.push(Correction::Add { fact });
    }

    /// Takes the fact now keyed `key` out: an added one is dropped, a found one (as found or as
    /// corrected) is marked removed.
    pub fn remove_fact(&mut self, key: &str) {
        let corrections = &mut self.corrections;
        if let Some(i) =
            corrections.iter().position(|c| matches!(c, Correction::Add { fact } if fact.key() == key))
        {
            corrections.remove(i);
            return;
        }
        let original = take_replacement(corrections, key);
        if !corrections.iter().any(|c| matches!(c, Correction::Remove { key } if *key == original)) {
            corrections.push(Correction::Remove { key: original });
        }
    }

    /// Puts `fact` in place of the fact now keyed `key`: an added fact is replaced; a found one is
    /// corrected in the field it was found in, even after it was removed.
    pub fn correct_fact(&mut self, key: &str, mut fact: Fact) {
        let corrections = &mut self.corrections;
        if let Some(Correction::Add { fact: added }) =
            corrections.iter_mut().find(|c| matches!(c, Correction::Add { fact } if fact.key() == key))
        {
            *added = fact;
            return;
        }
        let original = take_replacement(corrections, key);
        fact.field = original.split_once(':').map_or("description", |(field, _)| field).to_string();
        corrections.retain(|c| !matches!(c, Correction::Remove { key } if *key == original));
        corrections.push(Correction::Replace { key: original, fact });
    }

    /// Undoes the removal or correction of the fact found under `key`.
    pub fn restore_fact(&mut self, key: &str) {
        self.corrections.retain(|c| match c {
            Correction::Remove { key: k } | Correction::Replace { key: k, .. } => k != key,
            Correction::Add { .. } => true,
        });
    }
}

/// Drops the user's replacement of the fact now keyed `key`, if any, and returns the key of the
/// fact as it was found (what a new correction must name).
fn take_replacement(corrections: &mut Vec<Correction>, key: &str) -> String {
    let replaced =
        corrections.iter().position(|c| matches!(c, Correction::Replace { fact, .. } if fact.key() == key));
    match replaced.map(|i| corrections.remove(i)) {
        Some(Correction::Replace { key: original, .. }) => original,
        _ => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::extract;

    fn typed(words: &str) -> Fact {
        extract(words, "user").facts.into_iter().next().expect("a figure")
    }

    fn texts(input: &ServiceInput) -> Vec<String> {
        understand(input).facts.iter().map(|f| f.text.clone()).collect()
    }

    #[test]
    fn a_found_fact_is_corrected_removed_and_restored_under_the_key_it_was_found() {
        let mut input = ServiceInput::from_description("We serve 1,200 staff.");
        let found = understand(&input).facts[0].key();
        assert_eq!(words_of(&found), "1,200 staff");
        input.correct_fact(&found, typed("1,500 staff"));
        let corrected = understand(&input).facts[0].clone();
        assert_eq!(fact_status(&input, &corrected), FactStatus::Corrected { original: found.clone() });
        // Correcting it again replaces the correction; removing it removes what was found.
        input.correct_fact(&corrected.key(), typed("1,600 staff"));
        assert_eq!(texts(&input), ["1,600 staff"]);
        input.remove_fact(&understand(&input).facts[0].key());
        assert_eq!(input.corrections, [Correction::Remove { key: found.clone() }]);
        assert_eq!(removed_facts(&input), [(found.clone(), "1,200 staff".to_string())]);
        input.restore_fact(&found);
        assert_eq!((texts(&input), input.corrections.len()), (vec!["1,200 staff".to_string()], 0));
    }

    #[test]
    fn an_added_fact_is_replaced_in_place_and_dropped_when_removed() {
        let mut input = ServiceInput::default();
        input.add_fact(typed("40 laptops"));
        let added = understand(&input).facts[0].clone();
        assert_eq!(fact_status(&input, &added), FactStatus::Added);
        input.correct_fact(&added.key(), typed("45 laptops"));
        assert_eq!(texts(&input), ["45 laptops"]);
        input.remove_fact(&understand(&input).facts[0].key());
        assert!(input.corrections.is_empty());
    }
}
