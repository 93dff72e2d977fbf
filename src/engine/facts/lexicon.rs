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
    /// "a year", "per month" → the period a figure is per ("year", "month").
    pub periods: BTreeMap<String, String>,
    /// When something happened ("last year", "this quarter"): a count in it is a count a period,
    /// but a time said with it is no rate ("a wait of 14 minutes this quarter").
    pub timeframes: BTreeMap<String, String>,
    /// Words after "per" that name another thing's scope ("per head" is per person).
    pub scope_aliases: BTreeMap<String, String>,
    /// The words around an amount of money that say what it is (`MoneyRole`). Before it: money
    /// no longer spent ("saves", "cutting … by").
    pub money_saving: BTreeSet<String>,
    /// Right after the amount: a saving too ("£3 less", "£40 cheaper").
    pub money_saving_after: BTreeSet<String>,
    /// Money spent ("costs", "paid").
    pub money_cost: BTreeSet<String>,
    /// Money coming in ("takes", "sales").
    pub money_revenue: BTreeSet<String>,
    /// A request ("approve", "asking for").
    pub money_ask: BTreeSet<String>,
    /// A cost paid once ("one-off", "upfront").
    pub money_one_off: BTreeSet<String>,
    /// Words that make a figure the user's estimate ("reckon", "expect", "estimated").
    pub estimate_words: BTreeSet<String>,
    /// Numbers that are phone numbers before "calls" ("999 calls"), not counts.
    pub phone_numbers: BTreeSet<String>,
    /// Verbs that start a task whose time is measured ("review a form" → "the time to review a
    /// form").
    pub task_verbs: BTreeSet<String>,
    /// Teams named by what they do ("accounts", "reception"): people, not a task.
    pub team_words: BTreeSet<String>,
    /// Verbs that say work stopped being done ("replaced", "automated"): counts of that work
    /// told as it was ("we were making 1,100 calls a week") are work no longer done.
    pub ended_work_words: BTreeSet<String>,
    /// Verbs that tell a time as it was ("took", "spent", "was"), before a time told as it is.
    pub past_time_words: BTreeSet<String>,
    /// Words that tell a time as it is now ("now", "takes", "does it in"), after one as it was.
    pub present_time_words: BTreeSet<String>,
    /// Words that make what follows a bad thing to have more of ("missed appointments").
    pub bad_modifiers: BTreeSet<String>,
    /// Things done that money paid "for" ("moved … for £120,000"): a cost.
    pub money_done: BTreeSet<String>,
    /// What one item is worth ("at £40 each", "worth £55").
    pub money_price: BTreeSet<String>,
    /// An hour of this costs money: downtime ("an hour of downtime costs £15,000").
    pub money_downtime: BTreeSet<String>,
    /// An hour of this costs money: staff time ("staff time costs £30 an hour", "paid at").
    pub money_staff: BTreeSet<String>,
    /// Costs that recur even when no period is written ("a budget of £2.4 million").
    pub money_recurring: BTreeSet<String>,
    /// Words before a count that say the things no longer happen ("replaced 40 trips").
    pub avoided_words: BTreeSet<String>,
    /// Words that make people one group, so a time is theirs together, not each one's ("the
    /// payroll team", "between them").
    pub collective_words: BTreeSet<String>,
    /// Verbs of things arriving ("each result arrives 40 minutes sooner"): the time is a wait, not
    /// people's time given back.
    pub latency_words: BTreeSet<String>,
    /// Words between a figure and its noun that compare ("200,000 fewer pages"): whether each
    /// says more (`true`) or fewer.
    pub comparatives: BTreeMap<String, bool>,
    /// "nightly", "24/7" → how often ("night", "continuous").
    pub frequencies: BTreeMap<String, String>,
    pub number_words: BTreeMap<String, f64>,
    pub scale_words: BTreeMap<String, f64>,
    /// Symbol or word → ISO currency code. A dollar is written "$", or with its country's letters
    /// before the "$" ("A$", "US$"): the codes some key ending in "$" names are dollars.
    pub currencies: BTreeMap<String, String>,
    /// Currency words that say "dollar" but not whose ("$", "dollars"): they read as the
    /// organisation's dollar when it has one, else as the currency `currencies` gives them.
    pub bare_dollars: BTreeSet<String>,
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
    /// The currency `mark` ("£", "dollars", "a$", "usd") names, where a bare dollar means `dollar`
    /// when one is given.
    pub fn currency(&self, mark: &str, dollar: Option<&str>) -> Option<String> {
        let code = self.currencies.get(mark)?;
        match dollar {
            Some(dollar) if self.bare_dollars.contains(mark) => Some(dollar.to_string()),
            _ => Some(code.clone()),
        }
    }

    /// Whether `code` is a dollar currency ("USD", "AUD").
    pub fn is_dollar(&self, code: &str) -> bool {
        self.currencies.iter().any(|(mark, c)| c == code && mark.ends_with('$'))
    }

    /// The longest key of `map` that the words starting at `words` spell, and how many words it took.
    pub fn longest_phrase<'m, V>(map: &'m BTreeMap<String, V>, words: &[&str]) -> Option<(&'m V, usize)> {
        (1..=words.len().min(4)).rev().find_map(|n| map.get(&words[..n].join(" ")).map(|v| (v, n)))
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
        for bare in &l.bare_dollars {
            assert_eq!(l.currencies.get(bare).map(String::as_str), Some("USD"), "{bare}");
        }
        assert!(l.person_nouns.is_subset(&l.people_nouns), "every person noun is a people noun");
        for words in [&l.people_nouns, &l.count_nouns, &l.stop_words, &l.reduction_words, &l.growth_words] {
            assert!(words.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w), "lower-case entries");
        }
    }

    #[test]
    fn every_currency_is_written_with_its_symbol() {
        let l = lexicon();
        for code in l.currencies.values() {
            let written = crate::engine::english::money(1.0, code);
            assert!(!written.ends_with(code.as_str()), "{code} has no symbol: {written}");
        }
        for (mark, code) in l.currencies.iter().filter(|(m, _)| m.ends_with('$')) {
            let written = crate::engine::english::money(1.0, code);
            assert!(written.trim_end_matches(['1', '.', '0']).ends_with('$'), "{mark} → {code}: {written}");
        }
    }

    #[test]
    fn a_bare_dollar_is_the_organisations_dollar_and_a_named_one_stays() {
        let l = lexicon();
        assert_eq!(l.currency("$", None).as_deref(), Some("USD"));
        assert_eq!(l.currency("$", Some("AUD")).as_deref(), Some("AUD"));
        assert_eq!(l.currency("dollars", Some("NZD")).as_deref(), Some("NZD"));
        assert_eq!(l.currency("us$", Some("AUD")).as_deref(), Some("USD"));
        assert_eq!(l.currency("usd", Some("CAD")).as_deref(), Some("USD"));
        assert_eq!(l.currency("£", Some("AUD")).as_deref(), Some("GBP"));
        assert_eq!(l.currency("cats", Some("AUD")), None);
        assert!(l.is_dollar("USD") && l.is_dollar("AUD") && l.is_dollar("CAD") && l.is_dollar("NZD"));
        assert!(!l.is_dollar("GBP") && !l.is_dollar("EUR") && !l.is_dollar("XYZ"));
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
