//! Finds the facts in free text: before → after pairs first, then each remaining number read with
//! the words around it (unit, period, meaning, what it measures), then frequencies. Tokens are
//! read once and each is used by at most one fact, so the work is linear in the text.

mod changes;
mod direction;
mod frequencies;
mod money;
mod numbers;
mod percent;
mod periods;
mod phrases;
mod quantity;
mod roles;
mod volumes;
mod was_and_is;

use super::fact::{Direction, Fact, FactKind, MoneyRole, Origin, Per, PercentMeaning, Span};
use super::lexicon::{lexicon, Lexicon};
use super::tokens::{tokenize, Number, Token};
use quantity::Quantity;
pub use roles::singular;
use volumes::{each_of_the_volume, work_items_fewer_is_better};

/// Something in the text that looks like a figure but cannot be used as one.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Problem {
    pub field: String,
    pub span: Span,
    pub message: String,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Extraction {
    pub facts: Vec<Fact>,
    pub problems: Vec<Problem>,
}

/// How many words before a figure are read for a word that makes it an estimate.
const ESTIMATE_WORDS: usize = 6;

/// Words that hedge a figure ("about 450", "around 1,100").
const HEDGES: &[&str] = &[
    "just",
    "only",
    "around",
    "about",
    "under",
    "below",
    "nearly",
    "roughly",
    "some",
    "approximately",
    "over",
    "nearer",
    "closer",
    "probably",
    "maybe",
    "perhaps",
    "almost",
    "typically",
];

/// What a pattern found, before it is tied to its words.
#[derive(Default)]
struct Draft {
    kind: FactKind,
    value: f64,
    from: Option<f64>,
    unit: String,
    from_unit: Option<String>,
    per: Option<Per>,
    each: Option<String>,
    role: Option<MoneyRole>,
    meaning: Option<PercentMeaning>,
    direction: Option<Direction>,
    measures: String,
}

/// A before → after pair found at tokens `first..end`.
struct ChangeMatch {
    before: Quantity,
    after: Quantity,
    first: usize,
    end: usize,
    measures: Option<String>,
    /// A period written between the two figures ("3 hours a month instead of 3 days").
    per: Option<Per>,
    /// What the time is for each one of, when the words after the before say ("assembling each
    /// bundle").
    each: Option<String>,
}

struct Reader<'t> {
    text: &'t str,
    field: &'t str,
    tokens: Vec<Token>,
    used: Vec<bool>,
    lex: &'static Lexicon,
    out: Extraction,
}

/// Every fact in `text`, which is the input field named `field`, in text order.
pub fn extract(text: &str, field: &str) -> Extraction {
    extract_with_currency(text, field, None)
}

/// `extract` for an organisation whose currency is `currency` (an ISO code): when that is a
/// dollar, money in a bare "$" or "dollars" is in it ("$40k" is AUD for an Australian
/// organisation); other currencies change nothing.
pub fn extract_with_currency(text: &str, field: &str, currency: Option<&str>) -> Extraction {
    let dollar = currency.filter(|c| lexicon().is_dollar(c));
    let tokens = tokenize(text, dollar);
    let used = vec![false; tokens.len()];
    let mut reader = Reader { text, field, tokens, used, lex: lexicon(), out: Extraction::default() };
    reader.read_changes();
    reader.read_numbers();
    reader.read_frequencies();
    let mut out = reader.out;
    out.facts.sort_by_key(|f| f.span.map_or(0, |s| s.start));
    work_items_fewer_is_better(&mut out.facts);
    each_of_the_volume(&mut out.facts);
    out
}

impl Reader<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.tokens.get(i).and_then(Token::word)
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    fn number(&self, i: usize) -> Option<&Number> {
        self.tokens.get(i).and_then(Token::number).filter(|_| !self.used[i])
    }

    /// The words from token `i` on, up to `max`, stopping at anything that is not a word.
    fn words_from(&self, i: usize, max: usize) -> Vec<&str> {
        (i..self.tokens.len().min(i + max)).map_while(|j| self.word(j)).collect()
    }

    fn slice(&self, from: usize, to_inclusive: usize) -> (String, Span) {
        let start = self.tokens[from].span.start;
        let end = self.tokens[to_inclusive].span.end;
        (self.text[start..end].to_string(), Span { start, end })
    }

    fn is_stop(&self, word: &str) -> bool {
        self.lex.stop_words.contains(word)
    }

    /// Whether the word at token `i` is a stop word as written: "IT" is a department, not "it".
    fn is_stop_at(&self, i: usize) -> bool {
        let written = self.tokens.get(i).and_then(|t| self.text.get(t.span.start..t.span.end));
        self.word(i).is_some_and(|w| self.is_stop(w)) && written != Some("IT")
    }

    fn mark(&mut self, from: usize, to_exclusive: usize) {
        for u in &mut self.used[from..to_exclusive.min(self.tokens.len())] {
            *u = true;
        }
    }

    fn push(&mut self, draft: Draft, tokens: (usize, usize)) {
        let (text, span) = self.slice(tokens.0, tokens.1 - 1);
        self.mark(tokens.0, tokens.1);
        self.out.facts.push(Fact {
            id: String::new(),
            kind: draft.kind,
            value: draft.value,
            from: draft.from,
            unit: draft.unit,
            from_unit: draft.from_unit,
            per: draft.per,
            each: draft.each,
            role: draft.role,
            meaning: draft.meaning,
            direction: draft.direction,
            measures: draft.measures.trim().to_string(),
            field: self.field.to_string(),
            span: Some(span),
            estimated: self.estimate_before(tokens.0),
            text,
            origin: Origin::Extracted,
        });
    }

    /// Whether the words just before token `i` make its figure an estimate ("we reckon it
    /// saves", "an estimated", "we expect").
    fn estimate_before(&self, i: usize) -> bool {
        self.clause_before(i, true).iter().take(ESTIMATE_WORDS).any(|w| self.lex.estimate_words.contains(w))
    }

    fn push_percent(
        &mut self,
        value: f64,
        meaning: Option<PercentMeaning>,
        direction: Option<Direction>,
        measures: String,
        tokens: (usize, usize),
    ) {
        let draft = Draft {
            kind: FactKind::Percentage,
            value,
            unit: "%".into(),
            meaning,
            direction,
            measures,
            ..Draft::default()
        };
        self.push(draft, tokens);
    }

    fn problem(&mut self, tokens: (usize, usize), message: String) {
        let (_, span) = self.slice(tokens.0, tokens.1 - 1);
        self.mark(tokens.0, tokens.1);
        self.out.problems.push(Problem { field: self.field.to_string(), span, message });
    }

    /// The token whose span ends at `byte_end` (tokens are in text order: a binary search).
    fn token_index_ending_at(&self, byte_end: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end < byte_end)
    }
}
