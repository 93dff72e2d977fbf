//! Finds many phrases at once in tokenised text, in time linear in the text: phrases are indexed
//! by their first word (lower-cased), so each token is looked up once instead of every phrase
//! being scanned over the whole text. Matches are whole words, leftmost first, longest wins.

use std::collections::BTreeMap;
use std::ops::Range;

use super::tokens::{is_acronym, tokenize, word, Token};

/// How a phrase's words compare with the text's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Words compare case-insensitively, except acronyms ("SLA", "IT", "P1"), which must be
    /// written in capitals: "IT and the business" never matches "it and the business".
    Insensitive,
    /// Words compare exactly, except that an all-lower-case word may also start with a capital
    /// (at the start of a sentence or in a title): "mean time to repair" matches "Mean time to
    /// repair", but "Teams" never matches "teams".
    Sensitive,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum WordTest {
    /// Lower-case form, compared with the token's lower-case form.
    AnyCase(String),
    /// Compared with the word as written.
    Exact(String),
    /// An all-lower-case word that may also be written with a capital first letter.
    LowerOrCapitalised(String),
}

impl WordTest {
    fn accepts(&self, text: &str, token: &Token) -> bool {
        match self {
            WordTest::AnyCase(lower) => token.lower == *lower,
            WordTest::Exact(exact) => word(text, token) == exact,
            WordTest::LowerOrCapitalised(lower) => {
                let written = word(text, token);
                written == lower || (token.lower == *lower && capitalised_form_of(written, lower))
            }
        }
    }
}

/// Whether `written` is `lower` with only its first letter made a capital.
fn capitalised_form_of(written: &str, lower: &str) -> bool {
    let mut w = written.chars();
    let mut l = lower.chars();
    w.next().is_some_and(char::is_uppercase) && l.next().is_some() && w.as_str() == l.as_str()
}

#[derive(Debug, Clone)]
struct Pattern<T> {
    words: Vec<WordTest>,
    /// What stands between consecutive words, normalised (see `canonical`); one fewer than words.
    gaps: Vec<String>,
    /// Text the phrase has before its first word or after its last ("%" in "99.999%").
    prefix: String,
    suffix: String,
    payload: T,
}

/// A phrase found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match<'p, T> {
    /// Byte span in the text, from the first word (or prefix) to the last word (or suffix).
    pub span: Range<usize>,
    /// Index of the first and last token the match covers.
    pub first: usize,
    pub last: usize,
    pub payload: &'p T,
}

/// A set of phrases, each carrying a payload, indexed by first word.
#[derive(Debug, Clone)]
pub struct PhraseIndex<T> {
    patterns: Vec<Pattern<T>>,
    by_first_word: BTreeMap<String, Vec<usize>>,
}

impl<T> Default for PhraseIndex<T> {
    fn default() -> Self {
        PhraseIndex { patterns: Vec::new(), by_first_word: BTreeMap::new() }
    }
}

impl<T> PhraseIndex<T> {
    /// Adds a phrase; returns false (and adds nothing) when it has no word in it.
    pub fn insert(&mut self, phrase: &str, case: Case, payload: T) -> bool {
        let phrase = phrase.trim();
        let tokens = tokenize(phrase);
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return false;
        };
        let words = tokens
            .iter()
            .map(|t| {
                let written = word(phrase, t);
                match case {
                    Case::Insensitive if is_acronym(written) => WordTest::Exact(written.to_string()),
                    Case::Insensitive => WordTest::AnyCase(t.lower.clone()),
                    Case::Sensitive if written == t.lower => WordTest::LowerOrCapitalised(t.lower.clone()),
                    Case::Sensitive => WordTest::Exact(written.to_string()),
                }
            })
            .collect();
        let gaps = tokens
            .windows(2)
            .map(|pair| normalise(phrase.get(pair[0].span.end..pair[1].span.start).unwrap_or("")))
            .collect();
        let pattern = Pattern {
            words,
            gaps,
            prefix: phrase.get(..first.span.start).unwrap_or("").to_string(),
            suffix: phrase.get(last.span.end..).unwrap_or("").to_string(),
            payload,
        };
        self.by_first_word.entry(first.lower.clone()).or_default().push(self.patterns.len());
        self.patterns.push(pattern);
        true
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// The longest phrase that starts at token `i` (ties: the longer span, then the first added).
    pub fn match_at<'p>(&'p self, text: &str, tokens: &[Token], i: usize) -> Option<Match<'p, T>> {
        let candidates = self.by_first_word.get(tokens.get(i)?.lower.as_str())?;
        let mut best: Option<Match<'p, T>> = None;
        for pattern in candidates.iter().filter_map(|&c| self.patterns.get(c)) {
            let Some(span) = pattern.matches(text, tokens, i) else { continue };
            let last = i + pattern.words.len() - 1;
            let better = best.as_ref().is_none_or(|b| (last, span.len()) > (b.last, b.span.len()));
            if better {
                best = Some(Match { span, first: i, last, payload: &pattern.payload });
            }
        }
        best
    }

    /// All matches, leftmost first, longest at each place, never overlapping.
    pub fn find_all<'p>(&'p self, text: &str, tokens: &[Token]) -> Vec<Match<'p, T>> {
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match self.match_at(text, tokens, i) {
                Some(m) => {
                    i = m.last + 1;
                    found.push(m);
                }
                None => i += 1,
            }
        }
        found
    }

    /// The payloads of the phrases found in `text` (see `find_all`), leftmost first.
    pub fn found_in(&self, text: &str) -> Vec<&T> {
        self.find_all(text, &tokenize(text)).into_iter().map(|m| m.payload).collect()
    }

    /// The payload of the phrase that matches all of `text` (ignoring white space around it).
    pub fn match_whole(&self, text: &str) -> Option<&T> {
        let text = text.trim();
        let tokens = tokenize(text);
        self.match_at(text, &tokens, 0).filter(|m| m.span == (0..text.len())).map(|m| m.payload)
    }
}

impl<T> Pattern<T> {
    fn matches(&self, text: &str, tokens: &[Token], i: usize) -> Option<Range<usize>> {
        let covered = tokens.get(i..i + self.words.len())?;
        if !self.words.iter().zip(covered).all(|(w, t)| w.accepts(text, t)) {
            return None;
        }
        let gaps_match = covered.windows(2).zip(&self.gaps).all(|(pair, want)| {
            text.get(pair[0].span.end..pair[1].span.start).is_some_and(|g| gap_is(g, want))
        });
        if !gaps_match {
            return None;
        }
        let (first, last) = (covered.first()?, covered.last()?);
        let start = first.span.start.checked_sub(self.prefix.len())?;
        let end = last.span.end + self.suffix.len();
        let prefix_ok = text.get(start..first.span.start).is_some_and(|p| p == self.prefix);
        let suffix_ok = text.get(last.span.end..end).is_some_and(|s| s == self.suffix);
        (prefix_ok && suffix_ok).then_some(start..end)
    }
}

/// The form gaps are compared in: typographic apostrophes and hyphens become plain ones.
fn canonical(c: char) -> char {
    match c {
        '’' | '‘' => '\'',
        '‐' | '‑' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// `s` in canonical form, with each run of white space made one space.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().map(canonical) {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// Whether the text between two words reads as `want` (already normalised), without allocating.
fn gap_is(gap: &str, want: &str) -> bool {
    let mut want = want.chars();
    let mut after_space = false;
    for c in gap.chars().map(canonical) {
        if c == ' ' && after_space {
            continue;
        }
        after_space = c == ' ';
        if want.next() != Some(c) {
            return false;
        }
    }
    want.next().is_none()
}

/// `s` lower-cased and normalised, for comparing what the user accepts with what was matched.
pub fn fold(s: &str) -> String {
    normalise(s.trim()).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(phrases: &[(&str, Case)]) -> PhraseIndex<usize> {
        let mut index = PhraseIndex::default();
        for (n, (phrase, case)) in phrases.iter().enumerate() {
            assert!(index.insert(phrase, *case, n), "{phrase}");
        }
        index
    }

    fn found<'t>(index: &PhraseIndex<usize>, text: &'t str) -> Vec<(&'t str, usize)> {
        let tokens = tokenize(text);
        index.find_all(text, &tokens).into_iter().map(|m| (&text[m.span], *m.payload)).collect()
    }

    #[test]
    fn whole_words_only() {
        let idx = index(&[("SAN", Case::Sensitive), ("VPN", Case::Sensitive)]);
        assert_eq!(found(&idx, "SANDY uses VPNs and the SAN, via VPN."), [("SAN", 0), ("VPN", 1)]);
    }

    #[test]
    fn longest_match_wins_and_matches_do_not_overlap() {
        let idx = index(&[
            ("API", Case::Sensitive),
            ("REST API", Case::Sensitive),
            ("API gateway", Case::Insensitive),
        ]);
        assert_eq!(found(&idx, "A REST API gateway, an API Gateway"), [("REST API", 1), ("API Gateway", 2)]);
    }

    #[test]
    fn sensitive_phrases_keep_their_capitals_but_allow_a_capital_first_letter() {
        let idx = index(&[("Teams", Case::Sensitive), ("mean time to repair", Case::Sensitive)]);
        assert_eq!(
            found(&idx, "Our teams use Teams. Mean time to repair fell; MEAN TIME TO REPAIR too"),
            [("Teams", 0), ("Mean time to repair", 1)]
        );
    }

    #[test]
    fn insensitive_phrases_still_want_acronyms_in_capitals() {
        let idx = index(&[("IT and the business", Case::Insensitive), ("in order to", Case::Insensitive)]);
        assert_eq!(
            found(&idx, "Give it and the business... In Order To win, IT and the Business"),
            [("In Order To", 1), ("IT and the Business", 0)]
        );
    }

    #[test]
    fn gaps_must_read_the_same_with_white_space_and_typography_normalised() {
        let idx = index(&[
            ("two-factor authentication", Case::Insensitive),
            ("joiners, movers", Case::Insensitive),
        ]);
        assert_eq!(
            found(&idx, "two factor authentication; two‑factor\nauthentication? no: two-factor  authentication, joiners,\n movers"),
            [("two‑factor\nauthentication", 0), ("two-factor  authentication", 0), ("joiners,\n movers", 1)]
        );
        assert!(found(&idx, "two factor authentication, joiners movers").is_empty());
    }

    #[test]
    fn prefixes_and_suffixes_are_part_of_the_phrase() {
        let idx = index(&[("99.999%", Case::Insensitive), ("C++", Case::Sensitive)]);
        assert_eq!(found(&idx, "99.999 then 99.999% and C+ or C++"), [("99.999%", 0), ("C++", 1)]);
        assert!(found(&idx, "199.999% 99.9999%").is_empty());
    }

    #[test]
    fn a_phrase_without_words_is_refused() {
        let mut idx: PhraseIndex<()> = PhraseIndex::default();
        assert!(!idx.insert(" -- ", Case::Insensitive, ()));
        assert_eq!(idx.len(), 0);
    }

    #[test]
    fn found_in_gives_the_payloads_of_matches_in_text_order() {
        let idx = index(&[("new offices", Case::Insensitive), ("region", Case::Insensitive)]);
        assert_eq!(idx.found_in("Our Region opened NEW OFFICES; regional news."), [&1, &0]);
        assert!(idx.found_in("").is_empty());
    }

    #[test]
    fn whole_text_matches_only_when_one_phrase_covers_it_all() {
        let idx = index(&[("REST API", Case::Sensitive), ("API", Case::Sensitive)]);
        assert_eq!(idx.match_whole("  REST   API \n"), Some(&0));
        assert_eq!(idx.match_whole("API"), Some(&1));
        assert_eq!(idx.match_whole("REST API calls"), None);
        assert_eq!(idx.match_whole("api"), None);
        assert_eq!(idx.match_whole(""), None);
    }

    #[test]
    fn folding_ignores_case_and_spacing() {
        assert_eq!(fold("  In  Order\nto "), "in order to");
        assert_eq!(fold("don’t"), "don't");
    }
}
