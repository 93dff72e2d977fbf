//! The words fact extraction recognises — people and count nouns, time units, periods, number
//! words, currencies, trend words — kept as data in `data/fact_lexicon.json`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde::Deserialize;

const LEXICON_JSON: &str = data_file!("fact_lexicon.json");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    pub people_nouns: BTreeSet<String>,
    /// The people nouns that name persons (not teams, offices or devices): time saved per person
    /// multiplies by these.
    pub person_nouns: BTreeSet<String>,
    pub count_nouns: BTreeSet<String>,
    /// Time unit → its length in seconds.
    pub time_units: BTreeMap<String, f64>,
    /// "a year", "per ticket" → what the figure is per ("year", "ticket").
    pub periods: BTreeMap<String, String>,
    /// "nightly", "24/7" → how often ("night", "continuous").
    pub frequencies: BTreeMap<String, String>,
    pub number_words: BTreeMap<String, f64>,
    pub scale_words: BTreeMap<String, f64>,
    /// Symbol or word → ISO currency code.
    pub currencies: BTreeMap<String, String>,
    pub availability_words: BTreeSet<String>,
    pub reduction_words: BTreeSet<String>,
    pub growth_words: BTreeSet<String>,
    pub lower_is_better: BTreeSet<String>,
    pub higher_is_better: BTreeSet<String>,
    pub stop_words: BTreeSet<String>,
}

/// The compiled-in lexicon; its parse is proven by `the_lexicon_parses_and_is_complete`.
pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| serde_json::from_str(LEXICON_JSON).unwrap_or_default())
}

impl Lexicon {
    /// The longest key of `map` that the words starting at `words` spell, and how many words it took.
    pub fn longest_phrase<'m, V>(map: &'m BTreeMap<String, V>, words: &[&str]) -> Option<(&'m V, usize)> {
        (1..=words.len().min(3)).rev().find_map(|n| map.get(&words[..n].join(" ")).map(|v| (v, n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_parses_and_is_complete() {
        let parsed: Result<Lexicon, _> = serde_json::from_str(LEXICON_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        let l = lexicon();
        assert!(l.people_nouns.contains("staff") && l.count_nouns.contains("tickets"));
        assert_eq!(l.time_units.get("hours"), Some(&3600.0));
        assert_eq!(l.periods.get("a year").map(String::as_str), Some("year"));
        assert_eq!(l.currencies.get("£").map(String::as_str), Some("GBP"));
        assert!(l.person_nouns.is_subset(&l.people_nouns), "every person noun is a people noun");
        for words in [&l.people_nouns, &l.count_nouns, &l.stop_words, &l.reduction_words, &l.growth_words] {
            assert!(words.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w), "lower-case entries");
        }
    }

    #[test]
    fn longest_phrase_prefers_more_words() {
        let l = lexicon();
        assert_eq!(
            Lexicon::longest_phrase(&l.time_units, &["working", "days", "later"]),
            Some((&86400.0, 2))
        );
        assert_eq!(Lexicon::longest_phrase(&l.periods, &["a", "year"]), Some((&"year".to_string(), 2)));
        assert_eq!(Lexicon::longest_phrase(&l.periods, &["a", "cat"]), None);
    }
}
