//! The words fact extraction recognises — people and count nouns, time units, periods, number
//! words, currencies, trend words — kept as data in `data/fact_lexicon.json`, which the build
//! compiles into the static tables below (see `build.rs`).

use crate::engine::tables::{Map, Words};

#[derive(Debug)]
pub struct Lexicon {
    pub people_nouns: Words,
    /// The people nouns that name persons (not teams, offices or devices): time saved per person
    /// multiplies by these.
    pub person_nouns: Words,
    pub count_nouns: Words,
    /// Time unit → its length in seconds.
    pub time_units: Map<f64>,
    /// "a year", "per month" → the period a figure is per ("year", "month").
    pub periods: Map<&'static str>,
    /// When something happened ("last year", "this quarter"): a count in it is a count a period,
    /// but a time said with it is no rate ("a wait of 14 minutes this quarter").
    pub timeframes: Map<&'static str>,
    /// Words after "per" that name another thing's scope ("per head" is per person).
    pub scope_aliases: Map<&'static str>,
    /// The words around an amount of money that say what it is (`MoneyRole`). Before it: money
    /// no longer spent ("saves", "cutting … by").
    pub money_saving: Words,
    /// Right after the amount: a saving too ("£3 less", "£40 cheaper").
    pub money_saving_after: Words,
    /// Money spent ("costs", "paid").
    pub money_cost: Words,
    /// Money coming in ("takes", "sales").
    pub money_revenue: Words,
    /// A request ("approve", "asking for").
    pub money_ask: Words,
    /// A cost paid once ("one-off", "upfront").
    pub money_one_off: Words,
    /// Words that make a figure the user's estimate ("reckon", "expect", "estimated").
    pub estimate_words: Words,
    /// Numbers that are phone numbers before "calls" ("999 calls"), not counts.
    pub phone_numbers: Words,
    /// Verbs that start a task whose time is measured ("review a form" → "the time to review a
    /// form").
    pub task_verbs: Words,
    /// Teams named by what they do ("accounts", "reception"): people, not a task.
    pub team_words: Words,
    /// Verbs that say work stopped being done ("replaced", "automated"): counts of that work
    /// told as it was ("we were making 1,100 calls a week") are work no longer done.
    pub ended_work_words: Words,
    /// Verbs that tell a time as it was ("took", "spent", "was"), before a time told as it is.
    pub past_time_words: Words,
    /// Words that tell a time as it is now ("now", "takes", "does it in"), after one as it was.
    pub present_time_words: Words,
    /// Words that make what follows a bad thing to have more of ("missed appointments").
    pub bad_modifiers: Words,
    /// Things done that money paid "for" ("moved … for £120,000"): a cost.
    pub money_done: Words,
    /// What one item is worth ("at £40 each", "worth £55").
    pub money_price: Words,
    /// An hour of this costs money: downtime ("an hour of downtime costs £15,000").
    pub money_downtime: Words,
    /// An hour of this costs money: staff time ("staff time costs £30 an hour", "paid at").
    pub money_staff: Words,
    /// Costs that recur even when no period is written ("a budget of £2.4 million").
    pub money_recurring: Words,
    /// Words before a count that say the things no longer happen ("replaced 40 trips").
    pub avoided_words: Words,
    /// Words that make people one group, so a time is theirs together, not each one's ("the
    /// payroll team", "between them").
    pub collective_words: Words,
    /// Verbs of things arriving ("each result arrives 40 minutes sooner"): the time is a wait, not
    /// people's time given back.
    pub latency_words: Words,
    /// Words between a figure and its noun that compare ("200,000 fewer pages"): whether each
    /// says more (`true`) or fewer.
    pub comparatives: Map<bool>,
    /// "nightly", "24/7" → how often ("night", "continuous").
    pub frequencies: Map<&'static str>,
    pub number_words: Map<f64>,
    pub scale_words: Map<f64>,
    /// Symbol or word → ISO currency code. A dollar is written "$", or with its country's letters
    /// before the "$" ("A$", "US$"): the codes some key ending in "$" names are dollars.
    pub currencies: Map<&'static str>,
    /// Currency words that say "dollar" but not whose ("$", "dollars"): they read as the
    /// organisation's dollar when it has one, else as the currency `currencies` gives them.
    pub bare_dollars: Words,
    pub availability_words: Words,
    pub reduction_words: Words,
    pub growth_words: Words,
    pub lower_is_better: Words,
    pub higher_is_better: Words,
    pub stop_words: Words,
}

static LEXICON: Lexicon = include!(concat!(env!("OUT_DIR"), "/data/fact_lexicon.rs"));

/// The compiled-in lexicon.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    /// The currency `mark` ("£", "dollars", "a$", "usd") names, where a bare dollar means `dollar`
    /// when one is given.
    pub fn currency(&self, mark: &str, dollar: Option<&str>) -> Option<String> {
        let code = self.currencies.get(mark)?;
        match dollar {
            Some(dollar) if self.bare_dollars.contains(mark) => Some(dollar.to_string()),
            _ => Some(code.to_string()),
        }
    }

    /// Whether `code` is a dollar currency ("USD", "AUD").
    pub fn is_dollar(&self, code: &str) -> bool {
        self.currencies.iter().any(|(mark, c)| *c == code && mark.ends_with('$'))
    }

    /// The longest key of `map` that the words starting at `words` spell, and how many words it took.
    pub fn longest_phrase<'m, V>(map: &'m Map<V>, words: &[&str]) -> Option<(&'m V, usize)> {
        (1..=words.len().min(4)).rev().find_map(|n| map.get(&words[..n].join(" ")).map(|v| (v, n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_is_compiled_in_whole() {
        let l = lexicon();
        assert!(l.people_nouns.contains("staff") && l.count_nouns.contains("tickets"));
        assert_eq!(l.time_units.get("hours"), Some(&3600.0));
        assert_eq!(l.periods.get("a year"), Some(&"year"));
        assert_eq!(l.currencies.get("£"), Some(&"GBP"));
        for bare in l.bare_dollars.iter() {
            assert_eq!(l.currencies.get(bare), Some(&"USD"), "{bare}");
        }
        assert!(
            l.person_nouns.iter().all(|p| l.people_nouns.contains(p)),
            "every person noun is a people noun"
        );
        for words in [&l.people_nouns, &l.count_nouns, &l.stop_words, &l.reduction_words, &l.growth_words] {
            assert!(words.iter().all(|w| !w.is_empty() && w.to_lowercase() == *w), "lower-case entries");
        }
    }

    #[test]
    fn every_currency_is_written_with_its_symbol() {
        let l = lexicon();
        for code in l.currencies.values() {
            let written = crate::engine::english::money(1.0, code);
            assert!(!written.ends_with(code), "{code} has no symbol: {written}");
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
        assert_eq!(Lexicon::longest_phrase(&l.periods, &["a", "year"]), Some((&"year", 2)));
        assert_eq!(Lexicon::longest_phrase(&l.periods, &["a", "cat"]), None);
    }
}
