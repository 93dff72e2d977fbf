//! The IT glossary (`data/glossary.json`): what each term means and how to say it plainly. Loaded
//! once, indexed for matching, and shared by the jargon check and by message composition, which
//! translates the jargon it finds. An organisation's own terms are a second glossary, matched
//! beside it.

use std::ops::Range;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::phrase_index::{Case, PhraseIndex};
use super::tokens::{gap_before, is_title_case, joined_by_space, starts_sentence, tokenize, word, Token};

const GLOSSARY_JSON: &str = data_file!("glossary.json");

/// One IT term, its other spellings, and what it means to a listener.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub term: String,
    pub aliases: Vec<String>,
    /// Acronyms and product names are matched with their capitals ("SAN", not "san").
    pub case_sensitive: bool,
    pub category: String,
    /// What the term means, in plain words ("software that connects other systems…").
    pub meaning: String,
    /// A short plain replacement ("connecting software").
    pub plain: String,
}

impl GlossaryEntry {
    /// The term, then its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.term.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

fn parse(json: &str) -> Result<Vec<GlossaryEntry>, serde_json::Error> {
    serde_json::from_str(json)
}

/// Glossary entries indexed for matching: the built-in glossary, or an organisation's own terms.
#[derive(Debug, Default)]
pub struct Glossary {
    entries: Vec<GlossaryEntry>,
    /// Every term and alias, each carrying its entry's position in `entries`.
    index: PhraseIndex<usize>,
}

impl Glossary {
    /// `entries`, indexed by term and alias, each matched with its own case rule.
    pub fn new(entries: Vec<GlossaryEntry>) -> Glossary {
        let mut index = PhraseIndex::default();
        for (n, entry) in entries.iter().enumerate() {
            let case = if entry.case_sensitive { Case::Sensitive } else { Case::Insensitive };
            for name in entry.names() {
                index.insert(name, case, n);
            }
        }
        Glossary { entries, index }
    }

    /// This glossary's terms in `text`: whole words, leftmost first, the longest match winning
    /// ("REST API" over "API"), never overlapping.
    ///
    /// One guard against false alarms: a product name written as one capitalised word ("Teams",
    /// "Slack", "Exchange") is an ordinary word at the start of a sentence ("Teams are busy") and
    /// part of another name after a capitalised word ("the Stock Exchange"), so it is not reported
    /// there.
    fn find_in(&self, text: &str, tokens: &[Token]) -> Vec<(Range<usize>, &GlossaryEntry)> {
        self.index
            .find_all(text, tokens)
            .into_iter()
            .filter_map(|m| {
                let entry = self.entries.get(*m.payload)?;
                let product_name = entry.case_sensitive && m.first == m.last;
                (!(product_name && is_ordinary_capitalised_word(text, tokens, m.first)))
                    .then_some((m.span, entry))
            })
            .collect()
    }
}

/// The built-in glossary, loaded and indexed once (empty if the compiled-in file did not parse; a
/// test proves it does).
fn builtin() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| Glossary::new(parse(GLOSSARY_JSON).unwrap_or_default()))
}

/// The parsed built-in glossary.
pub fn glossary() -> &'static [GlossaryEntry] {
    &builtin().entries
}

/// The entry whose term or an alias is exactly `word_or_phrase` (white space around it ignored),
/// respecting its case sensitivity: "SAN" finds the storage network, "san" finds nothing.
pub fn lookup_term(word_or_phrase: &str) -> Option<&'static GlossaryEntry> {
    let glossary = builtin();
    glossary.index.match_whole(word_or_phrase).and_then(|&n| glossary.entries.get(n))
}

/// Every built-in glossary term in `text` (see `Glossary::find_in`).
pub fn find_jargon(text: &str) -> Vec<(Range<usize>, &'static GlossaryEntry)> {
    builtin().find_in(text, &tokenize(text))
}

/// Every term of the built-in glossary and of `org` (an organisation's own terms) in `text`.
pub fn find_jargon_with<'g>(text: &str, org: &'g Glossary) -> Vec<(Range<usize>, &'g GlossaryEntry)> {
    find_jargon_in(text, &tokenize(text), org)
}

/// `find_jargon_with` on text already tokenised. Where one of the organisation's terms overlaps a
/// built-in one, the organisation's wins: it knows what its own words mean.
pub(super) fn find_jargon_in<'g>(
    text: &str,
    tokens: &[Token],
    org: &'g Glossary,
) -> Vec<(Range<usize>, &'g GlossaryEntry)> {
    let own = org.find_in(text, tokens);
    let builtin = builtin().find_in(text, tokens);
    if own.is_empty() {
        return builtin;
    }
    // `own` is sorted by start and never overlaps itself, so it is sorted by end too.
    let overlaps_own = |span: &Range<usize>| {
        let first_ending_after = own.partition_point(|(s, _)| s.end <= span.start);
        own.get(first_ending_after).is_some_and(|(s, _)| s.start < span.end)
    };
    let mut found: Vec<(Range<usize>, &GlossaryEntry)> =
        builtin.into_iter().filter(|(span, _)| !overlaps_own(span)).collect();
    found.extend(own);
    found.sort_by_key(|(span, _)| span.start);
    found
}

fn is_ordinary_capitalised_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else { return false };
    if !is_title_case(word(text, token)) || gap_before(text, tokens, i + 1).starts_with(['.', '-']) {
        // "Node.js"-like names and hyphenated compounds are not ordinary words.
        return false;
    }
    starts_sentence(text, tokens, i)
        || (joined_by_space(text, tokens, i)
            && i.checked_sub(1).is_some_and(|p| {
                tokens.get(p).is_some_and(|prev| is_title_case(word(text, prev)))
                    && !starts_sentence(text, tokens, p)
            }))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::phrase_index::fold;
    use super::*;

    fn jargon(text: &str) -> Vec<(&str, &str)> {
        find_jargon(text).into_iter().map(|(span, e)| (&text[span], e.term.as_str())).collect()
    }

    fn term_of(name: &str) -> Option<&'static str> {
        lookup_term(name).map(|e| e.term.as_str())
    }

    #[test]
    fn glossary_parses() {
        let parsed = parse(GLOSSARY_JSON);
        assert!(parsed.is_ok(), "{:?}", parsed.err());
        assert_eq!(glossary().len(), parsed.map(|g| g.len()).unwrap_or(0));
    }

    #[test]
    fn glossary_knows_hundreds_of_terms() {
        assert!(glossary().len() >= 250, "only {} entries", glossary().len());
    }

    #[test]
    fn every_entry_is_complete() {
        for e in glossary() {
            assert!(!e.term.trim().is_empty(), "{e:?}");
            assert!(!e.category.trim().is_empty(), "{}", e.term);
            assert!(e.meaning.trim().len() >= 10, "{}: meaning too short", e.term);
            assert!(!e.plain.trim().is_empty(), "{}: no plain wording", e.term);
            assert!(e.aliases.iter().all(|a| !a.trim().is_empty()), "{}: empty alias", e.term);
            assert_ne!(fold(&e.plain), fold(&e.term), "{}: plain is the term", e.term);
        }
    }

    #[test]
    fn plain_wording_has_no_acronym() {
        for e in glossary() {
            let acronym = e
                .plain
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2);
            assert!(acronym.is_none(), "{}: plain “{}” has {acronym:?}", e.term, e.plain);
        }
    }

    #[test]
    fn every_name_finds_its_own_entry_and_no_other() {
        let mut owners: BTreeMap<String, &str> = BTreeMap::new();
        for e in glossary() {
            for name in e.names() {
                assert!(!name.trim().is_empty(), "{}", e.term);
                let key = if e.case_sensitive { name.trim().to_string() } else { fold(name) };
                let other = owners.insert(key, &e.term);
                assert!(other.is_none(), "“{name}” is listed by both “{other:?}” and “{}”", e.term);
                assert_eq!(term_of(name), Some(e.term.as_str()), "“{name}” should find “{}”", e.term);
            }
        }
    }

    #[test]
    fn acronyms_match_only_in_capitals_and_only_as_whole_words() {
        assert_eq!(jargon("Files live on the SAN."), [("SAN", "SAN")]);
        assert!(jargon("We flew to San Diego; san and SANDY and SANITY").is_empty());
        assert_eq!(jargon("Staff use the VPN and two VPNs"), [("VPN", "VPN"), ("VPNs", "VPN")]);
        assert!(jargon("VPNish ZVPN").is_empty());
    }

    #[test]
    fn longest_term_wins() {
        let found = jargon("We moved to Microsoft Teams and a REST API");
        assert_eq!(found.first().map(|f| f.0), Some("Microsoft Teams"));
        assert!(found.iter().all(|(text, _)| *text != "API"), "{found:?}");
    }

    #[test]
    fn case_insensitive_terms_match_any_case_and_multi_word_terms_match() {
        let found = jargon("Middleware links it all. Our middleware team runs the data warehouse.");
        assert_eq!(
            found,
            [
                ("Middleware", "middleware"),
                ("middleware", "middleware"),
                ("data warehouse", "data warehouse")
            ]
        );
    }

    #[test]
    fn capitalised_product_names_are_not_ordinary_words() {
        assert_eq!(jargon("Calls now go through Teams."), [("Teams", "Microsoft Teams")]);
        assert!(jargon("Teams across sales are busy. Our teams are busy.").is_empty());
        assert!(jargon("Shares are listed on the London Stock Exchange").is_empty());
        assert_eq!(jargon("We moved mail to Exchange last year"), [("Exchange", "Microsoft Exchange")]);
    }

    #[test]
    fn lookup_respects_case_and_spacing() {
        assert_eq!(term_of("SAN"), Some("SAN"));
        assert_eq!(term_of("san"), None);
        assert_eq!(term_of("  Middleware "), Some("middleware"));
        assert_eq!(term_of("teams"), None);
        assert_eq!(term_of("the SAN"), None);
        assert_eq!(term_of(""), None);
        assert_eq!(term_of("mean time to repair"), Some("MTTR"));
    }

    #[test]
    fn spans_slice_the_matched_words_in_unicode_text() {
        let text = "Ünïcödé 👩‍💻 — the “firewall” and the SAN…";
        let found = find_jargon(text);
        assert_eq!(found.len(), 2);
        for (span, _) in &found {
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        assert_eq!(&text[found[0].0.clone()], "firewall");
    }
}
