//! Finds the facts in free text: before → after pairs first, then each remaining number read with
//! the words around it (unit, period, meaning, what it measures), then frequencies. Tokens are
//! read once and each is used by at most one fact, so the work is linear in the text.

mod roles;

use super::fact::{Direction, Fact, FactKind, MoneyRole, Origin, Per, PercentMeaning, Span};
use super::lexicon::{lexicon, Lexicon};
use super::tokens::{tokenize, Kind, Number, Token};
pub use roles::singular;

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

/// How a number is measured, read from the number's marks and the words after it.
#[derive(Debug, Clone, PartialEq)]
enum Unit {
    Percent,
    Money(String),
    Times,
    /// A time unit and its length in seconds.
    Time(String, f64),
    People(String),
    Count(String),
    Bare,
}

/// A number with its unit; `end` is the token index just past it.
#[derive(Debug, Clone)]
struct Quantity {
    number: Number,
    unit: Unit,
    start: usize,
    end: usize,
    /// A comparative between the number and its noun: "200,000 fewer pages" is `Some(false)`,
    /// "300 more orders" `Some(true)`.
    more: Option<bool>,
}

/// Little words that may join the words of one noun phrase ("time to resolve a P1").
/// How many words before a figure are read for a word that makes it an estimate.
const ESTIMATE_WORDS: usize = 6;

/// The most one thing's price is taken to be: a larger sum "worth" things counted is their total.
const PRICE_MOST: f64 = 100_000.0;

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

const JOINERS: &[&str] = &[
    "of", "to", "for", "a", "an", "the", "from", "on", "in", "at", "now", "our", "their", "its", "about",
    "under", "with", "by", "across", "all", "per",
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

/// A count with no noun ("40 a week") is of what the one timed change is for each of, or is
/// about ("drafting a standard commercial lease" → leases); with no such change it says nothing
/// and goes.
fn name_bare_volumes(facts: &mut Vec<Fact>) {
    // "…now it runs overnight… weekly": the one frequency the text gives is how often a timed
    // change with no period of its own recurs.
    let frequencies: Vec<Per> = facts
        .iter()
        .filter(|f| {
            f.kind == FactKind::Frequency
                && matches!(f.unit.as_str(), "day" | "week" | "month" | "quarter" | "year")
        })
        .map(|f| Per { count: 1.0, unit: f.unit.clone() })
        .collect();
    if let [often] = frequencies.as_slice() {
        let time_units = &lexicon().time_units;
        for f in facts.iter_mut().filter(|f| {
            f.kind == FactKind::Change
                && time_units.contains_key(&f.unit)
                && f.per.is_none()
                && f.each.is_none()
        }) {
            f.per = Some(often.clone());
        }
    }
    let time_units = &lexicon().time_units;
    let timed: Vec<String> = facts
        .iter()
        .filter(|f| f.kind == FactKind::Change && time_units.contains_key(&f.unit) && f.per.is_none())
        .map(|f| {
            f.each.clone().unwrap_or_else(|| {
                let head = crate::engine::english::head(&f.measures);
                singular(head.rsplit(' ').next().unwrap_or(head))
            })
        })
        .collect();
    let one = match timed.as_slice() {
        [one] if !one.is_empty() && !one.starts_with("time") => Some(one.clone()),
        _ => None,
    };
    facts.retain_mut(|f| {
        if f.kind != FactKind::Count || !f.unit.is_empty() {
            return true;
        }
        match &one {
            Some(one) => {
                f.unit = crate::engine::english::plural(one);
                f.measures = f.unit.clone();
                true
            }
            None => false,
        }
    });
}

/// Whether a change of this unit is a time.
fn timed_change(unit: &Unit) -> bool {
    matches!(unit, Unit::Time(..))
}

/// "Accounts" → "accounts"; "HR" stays "HR".
fn lower_unless_acronym(words: &str) -> String {
    let acronym = words.chars().filter(|c| c.is_alphabetic()).skip(1).any(char::is_uppercase);
    if acronym {
        words.to_string()
    } else {
        words.to_lowercase()
    }
}

/// Whether more of `words` is better (see `Reader::polarity`).
pub(crate) fn polarity_of(lex: &Lexicon, words: &str) -> Option<bool> {
    let lower = words.to_lowercase();
    // A word, or a phrase of several ("turned away").
    let in_words = |text: &str, set: &std::collections::BTreeSet<String>| {
        text.split([' ', '-']).any(|w| set.contains(w))
            || set.iter().any(|p| p.contains(' ') && text.contains(p.as_str()))
    };
    if in_words(&lower, &lex.bad_modifiers) {
        return Some(false);
    }
    let judge = |text: &str| {
        if in_words(text, &lex.higher_is_better) {
            Some(true)
        } else if in_words(text, &lex.lower_is_better) {
            Some(false)
        } else {
            None
        }
    };
    judge(crate::engine::english::head(&lower)).or_else(|| judge(&lower))
}

/// A time that changed for one of the things the text counts each period ("Logging a repair
/// used to take 12 minutes… now 4"; "1,800 repair requests a month") is for each of them: the
/// one volume whose noun its words name.
fn each_of_the_volume(facts: &mut Vec<Fact>) {
    name_bare_volumes(facts);
    let words_of = |text: &str| -> Vec<String> {
        crate::engine::text::words(text).iter().map(|w| singular(w.text).to_lowercase()).collect()
    };
    let volumes: Vec<(Vec<String>, String, bool)> = facts
        .iter()
        .filter(|f| {
            matches!(f.kind, FactKind::Count | FactKind::People) && f.per.is_some() && f.each.is_none()
        })
        .filter(|f| f.value >= 10.0)
        .map(|f| (words_of(&f.unit), singular(&f.unit), crate::engine::facts::counts_persons(&f.unit)))
        .collect();
    let time_units = &lexicon().time_units;
    for f in facts.iter_mut() {
        if f.kind != FactKind::Change
            || f.each.is_some()
            || f.per.is_some()
            || !time_units.contains_key(&f.unit)
        {
            continue;
        }
        let said = words_of(&format!("{} {}", f.measures, f.text));
        let mut named: Vec<&String> = volumes
            .iter()
            .filter(|(nouns, _, _)| nouns.iter().any(|n| said.contains(n)))
            .map(|(_, one, _)| one)
            .collect();
        // A short task's time, and one thing counted each period ("Processing time has dropped to
        // 3 minutes from 10… roughly 250 notices a week"): the time is for each of them.
        // (The before in its own unit: "3 days" is no short task. People counted are not
        // things done: "60 managers daily" names no flow of work.)
        let before_unit = f.from_unit.as_deref().unwrap_or(&f.unit);
        let seconds = time_units.get(before_unit).copied().unwrap_or(0.0) * f.from.unwrap_or(f.value);
        if let [(_, one, false)] = volumes.as_slice() {
            if named.is_empty() && seconds > 0.0 && seconds <= 4.0 * 3600.0 {
                named.push(one);
            }
        }
        if let [one] = named.as_slice() {
            f.each = Some((*one).clone());
            // "Consultants" took the time: the time they spend on each candidate; a time with no
            // words for what took it is each one's.
            if f.measures == "time taken" {
                f.measures = format!("the time for each {one}");
            } else if crate::engine::facts::names_people(&f.measures) {
                f.measures = format!("the time {} spend on each {one}", lower_unless_acronym(&f.measures));
            }
        }
    }
}

/// Things that each take someone's time or cost money ("each phone booking took the office 6
/// minutes", "each wasted visit costs us £65") are work: fewer of them is better, whatever fewer
/// of the word would mean on its own.
fn work_items_fewer_is_better(facts: &mut [Fact]) {
    let costly = |f: &Fact| {
        f.kind == FactKind::Duration || (f.kind == FactKind::Money && f.role == Some(MoneyRole::Cost))
    };
    let timed: Vec<String> =
        facts.iter().filter(|f| costly(f)).filter_map(|f| f.each.as_deref().map(str::to_lowercase)).collect();
    for f in facts.iter_mut() {
        let fewer = f.kind == FactKind::Change && f.from.is_some_and(|before| f.value < before);
        if fewer
            && f.direction != Some(Direction::Better)
            && timed.contains(&singular(&f.measures).to_lowercase())
        {
            f.direction = Some(Direction::Better);
        }
    }
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

    /// Whether the number at `i` is a phone number ("crews to 999 calls", "the 111 line").
    fn is_phone_number(&self, i: usize) -> bool {
        let written = self.tokens.get(i).and_then(|t| self.text.get(t.span.start..t.span.end));
        written.is_some_and(|w| self.lex.phone_numbers.contains(w))
            && self.is_word(i + 1, &["call", "calls", "line", "lines", "number", "service", "services"])
    }

    /// Whether the number at `i` is part of a name ("Windows 11", "Microsoft 365", "ISO 27001"):
    /// right after a capitalised word in mid-sentence.
    fn is_part_of_a_name(&self, i: usize) -> bool {
        let Some(previous) = i.checked_sub(1).and_then(|p| self.tokens.get(p)) else { return false };
        let capitalised = self.word(i - 1).is_some()
            && self.text[previous.span.clone()].starts_with(|c: char| c.is_uppercase());
        let mid_sentence = i >= 2 && !matches!(self.tokens[i - 2].kind, Kind::Break);
        let plain_number = self.number(i).is_some_and(|n| n.currency.is_none() && !n.percent && !n.spelled);
        capitalised && mid_sentence && plain_number
    }

    /// The number at `i` with its unit.
    fn quantity(&self, i: usize) -> Option<Quantity> {
        if self.is_part_of_a_name(i) || self.is_phone_number(i) {
            return None;
        }
        // "each one", "which one": a word, not a figure.
        let written = self.tokens.get(i).and_then(|t| self.text.get(t.span.clone()))?;
        if written.eq_ignore_ascii_case("one")
            && self
                .is_word(i.wrapping_sub(1), &["each", "every", "which", "any", "this", "that", "the", "no"])
        {
            return None;
        }
        let number = self.number(i)?.clone();
        let mut after = i + 1;
        let more = self.word(after).and_then(|w| self.lex.comparatives.get(w).copied());
        if more.is_some() && !number.percent && number.currency.is_none() {
            after += 1;
        }
        let (unit, end) = if number.percent {
            (Unit::Percent, after)
        } else if let Some(code) = &number.currency {
            (Unit::Money(code.clone()), after)
        } else if number.times {
            (Unit::Times, after)
        } else {
            // "a couple of minutes": the unit past "of".
            let after = if number.spelled && number.value == 2.0 && self.is_word(after, &["of"]) {
                after + 1
            } else {
                after
            };
            // "half a day" is half of a day, not half of something a day.
            let half = number.value == 0.5 && number.spelled && self.is_word(after, &["a", "an"]);
            match self.unit_after(after + usize::from(half)) {
                (unit @ Unit::Time(..), end) if half => (unit, end),
                _ => self.unit_after(after),
            }
        };
        Some(Quantity { number, unit, start: i, end, more })
    }

    /// The unit spelled by the words at `i`: a time unit, or a noun phrase ending in a people or
    /// count noun ("office staff", "phishing emails"), or a plural that names what is counted.
    fn unit_after(&self, i: usize) -> (Unit, usize) {
        let words = self.words_from(i, 4);
        if let Some((seconds, n)) = Lexicon::longest_phrase(&self.lex.time_units, &words) {
            return (Unit::Time(words[..n].join(" "), *seconds), i + n);
        }
        for k in 0..words.len().min(3) {
            if words[..k].iter().any(|w| self.is_stop(w)) {
                break;
            }
            let two = words.get(k + 1).map(|next| format!("{} {next}", words[k]));
            let noun = |set: &std::collections::BTreeSet<String>| {
                two.as_ref().filter(|p| set.contains(*p)).map(|_| 2).or(set.contains(words[k]).then_some(1))
            };
            let phrase = |n: usize| self.slice(i, i + k + n - 1).0;
            if let Some(n) = noun(&self.lex.people_nouns) {
                return (Unit::People(phrase(n)), i + k + n);
            }
            if let Some(n) = noun(&self.lex.count_nouns) {
                return (Unit::Count(phrase(n)), i + k + n);
            }
        }
        let plural = |w: &str| w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") && !self.is_stop(w);
        // "14,000 phishing and spam emails": two kinds of one thing counted together.
        if let [first, "and" | "or", third, rest @ ..] = words.as_slice() {
            if !self.is_stop(first) && !self.is_stop(third) {
                let last = rest.first().filter(|w| plural(w)).map(|_| 3).or(plural(third).then_some(2));
                if let Some(last) = last {
                    let (noun, end) = (self.slice(i, i + last).0, i + last + 1);
                    let head = words[last];
                    let people = self.lex.people_nouns.contains(head);
                    return (if people { Unit::People(noun) } else { Unit::Count(noun) }, end);
                }
            }
        }
        match words.as_slice() {
            [first, ..] if plural(first) => (Unit::Count(self.slice(i, i).0), i + 1),
            [first, second, ..] if !self.is_stop(first) && plural(second) => {
                (Unit::Count(self.slice(i, i + 1).0), i + 2)
            }
            _ => (Unit::Bare, i),
        }
    }

    /// A period phrase at `i` ("a year", "per ticket", "over three years"), and the index after it.
    fn period_at(&self, i: usize) -> Option<(Per, usize)> {
        if self.is_word(i, &["over", "across"]) {
            let count = self.tokens.get(i + 1).and_then(Token::number)?.value;
            let unit = self.word(i + 2)?;
            let unit = unit.strip_suffix('s').unwrap_or(unit);
            return matches!(unit, "year" | "month" | "week" | "day" | "quarter")
                .then(|| (Per { count, unit: unit.to_string() }, i + 3));
        }
        let words = self.words_from(i, 4);
        // "each January", "every summer": once a year.
        const SEASONS: &[&str] = &[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "spring",
            "summer",
            "autumn",
            "winter",
        ];
        if let [each, season, ..] = words.as_slice() {
            if matches!(*each, "each" | "every") && SEASONS.contains(&season.to_lowercase().as_str()) {
                return Some((Per { count: 1.0, unit: "year".to_string() }, i + 2));
            }
        }
        if let Some((unit, n)) = Lexicon::longest_phrase(&self.lex.periods, &words) {
            return Some((Per { count: 1.0, unit: unit.clone() }, i + n));
        }
        // "14 last year", "1,900 phishing emails last quarter": a count in a period; not a time.
        let (unit, n) = Lexicon::longest_phrase(&self.lex.timeframes, &words)?;
        let figure = (i.saturating_sub(5)..i).rev().find(|&k| self.tokens[k].number().is_some())?;
        let timed = matches!(self.unit_after(figure + 1).0, Unit::Time(..));
        (!timed).then(|| (Per { count: 1.0, unit: unit.clone() }, i + n))
    }

    /// The noun phrase that ends just before token `i`, skipping verbs and little words first
    /// ("Month-end close went from" → "Month-end close").
    fn phrase_before(&self, i: usize) -> Option<(String, Span)> {
        let is_trend = |w: &str| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w);
        let mut j = i;
        while j > 0 {
            match self.word(j - 1) {
                Some(w) if self.is_stop_at(j - 1) || is_trend(w) => j -= 1,
                _ => break,
            }
        }
        let last = j.checked_sub(1)?;
        self.word(last)?;
        // Walk back over content words, and over little joining words between them ("time to
        // resolve a P1"), up to seven words.
        let mut first = last;
        let mut k = last;
        while k > 0 && last - k < 6 {
            // "Payroll for 5,000 employees": a figure inside the phrase, after a joining word.
            // …or after "across our" ("Missed appointments across our 30 branches").
            const BEFORE_COUNT: &[&str] = &["for", "of", "across", "in", "at", "by"];
            let counted = self.tokens[k - 1].number().is_some()
                && k >= 2
                && (self.is_word(k - 2, BEFORE_COUNT)
                    || (k >= 3
                        && self.is_word(k - 2, &["our", "the", "all"])
                        && self.is_word(k - 3, BEFORE_COUNT)));
            match self.word(k - 1) {
                None if counted => k -= 1,
                Some(w) if JOINERS.contains(&w) => k -= 1,
                Some(w) if !self.is_stop_at(k - 1) && !is_trend(w) => {
                    k -= 1;
                    first = k;
                }
                _ => break,
            }
        }
        // "Laptops reported lost at the end of the summer term dropped…": a phrase too long to
        // walk is the sentence's subject, up to where it says when or where ("at the end…").
        if last - k >= 6 {
            let start = (0..first)
                .rev()
                .find(|&s| !matches!(self.tokens[s].kind, Kind::Word(_)))
                .map_or(0, |s| s + 1);
            // "Visitors turned away at the door on sold-out days": up to the first "at".
            let place = (start + 1..=last)
                .take_while(|&s| self.word(s).is_some())
                .find(|&s| self.is_word(s, &["at", "on", "during", "in", "across"]));
            if let Some(place) = place.filter(|&p| p - start <= 8 && !self.is_stop_at(start)) {
                return Some(self.slice(start, place - 1));
            }
        }
        // "Project managers tell me prepping a typical job", "they say a write-up": what is
        // reported, not who reports it.
        let reported = (first..last).rev().find(|&k| {
            self.word(k).is_some_and(|w| {
                self.lex.estimate_words.contains(w)
                    || matches!(w, "tell" | "told" | "say" | "says" | "said" | "me" | "us")
            })
        });
        match reported {
            Some(k) if k < last => Some(self.slice(k + 1, last)),
            _ => Some(self.slice(first, last)),
        }
    }

    /// The noun phrase starting at `i`, after any determiners ("of the finance team's ledgers").
    fn phrase_after(&self, i: usize) -> Option<(String, Span)> {
        let mut j = i;
        while self.is_word(j, &["the", "our", "all", "a", "an", "their", "its", "of", "on", "in", "for"]) {
            j += 1;
        }
        let mut last = None;
        let mut k = j;
        while k < j + 4 {
            match self.word(k) {
                Some(w) if !self.is_stop(w) && !self.lex.time_units.contains_key(w) => last = Some(k),
                _ => break,
            }
            k += 1;
        }
        last.map(|l| self.slice(j, l))
    }

    /// Whether more of `words` is better: "missed appointments" and "wrong parts" are worse for
    /// their first word whatever follows; else the head noun decides ("disputes from customers"
    /// is about disputes), else any word.
    fn polarity(&self, words: &str) -> Option<bool> {
        polarity_of(self.lex, words)
    }

    fn direction_of(&self, went_up: bool, measures: &str, unit: &Unit) -> Option<Direction> {
        let unit_words = match unit {
            Unit::Time(..) => "time",
            Unit::Money(_) => "cost",
            Unit::People(n) | Unit::Count(n) => n.as_str(),
            _ => "",
        };
        let higher_is_better = self.polarity(measures).or_else(|| self.polarity(unit_words))?;
        Some(if went_up == higher_is_better { Direction::Better } else { Direction::Worse })
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
        self.clause_before(i, true).iter().take(ESTIMATE_WORDS).any(|w| self.lex.estimate_words.contains(*w))
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

    // ---- before → after ------------------------------------------------------------------

    fn read_changes(&mut self) {
        for i in 0..self.tokens.len() {
            if self.used[i] {
                continue;
            }
            let found = if self.is_word(i, &["from"]) {
                self.going_from_to(i)
            } else if self.is_word(i, &["to"]) {
                self.to_from(i)
            } else if self.number(i).is_some() {
                self.down_from(i)
                    .or_else(|| self.instead_of(i))
                    .or_else(|| self.arrow(i))
                    .or_else(|| self.compared_with(i))
            } else if self.is_word(i, &["used"]) && self.is_word(i + 1, &["to"]) {
                self.used_to(i, 2)
            } else if self.is_word(i, &["took"]) {
                self.used_to(i, 1)
            } else {
                None
            };
            if let Some(change) = found {
                self.push_change(change);
            }
        }
        // Then a time, a cost or uptime as it was and as it is, told apart.
        for i in 0..self.tokens.len() {
            if !self.used[i] && self.number(i).is_some() {
                if let Some(change) = self.was_and_is(i).or_else(|| self.cost_or_uptime_was_and_is(i)) {
                    self.push_change(change);
                }
            }
        }
    }

    /// "went from 6 days to 3 days", "from $1.1M to $780k", "from 14 last year to zero".
    fn going_from_to(&self, i: usize) -> Option<ChangeMatch> {
        // "from about 450 a month to 50", "from around 1,100 to 250".
        let mut first = i + 1;
        while self.is_word(first, HEDGES) {
            first += 1;
        }
        let before = self.quantity(first)?;
        // "from 450 a month to 50": the period said with the before serves both.
        let (per, _, mut j) = self.rate_after(before.end);
        let mut skipped = 0;
        while !self.is_word(j, &["to", "→"]) {
            let skippable = self.word(j).is_some() || matches!(self.tokens.get(j)?.kind, Kind::Punct(_));
            if !skippable || skipped == 3 || self.number(j).is_some() {
                return None;
            }
            j += 1;
            skipped += 1;
        }
        j += 1;
        while self.is_word(j, HEDGES) {
            j += 1;
        }
        let after = self.quantity(j).or_else(|| self.one_unit(j))?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = after.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per, each: None })
    }

    /// "dropped to around 3 minutes from about 10": the after first.
    fn to_from(&self, i: usize) -> Option<ChangeMatch> {
        let trend = (i.saturating_sub(3)..i)
            .filter_map(|k| self.word(k))
            .any(|w| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w));
        if !trend {
            return None;
        }
        let mut first = i + 1;
        while self.is_word(first, HEDGES) {
            first += 1;
        }
        let after = self.quantity(first)?;
        let (per, _, j) = self.rate_after(after.end);
        if !self.is_word(j, &["from"]) {
            return None;
        }
        let mut k = j + 1;
        while self.is_word(k, HEDGES) {
            k += 1;
        }
        let before = self.quantity(k)?;
        let verb = (i.saturating_sub(3)..i).find(|&k| {
            self.word(k)
                .is_some_and(|w| self.lex.reduction_words.contains(w) || self.lex.growth_words.contains(w))
        })?;
        let measures = self.phrase_before(verb).map(|p| p.0);
        let end = before.end;
        Some(ChangeMatch { before, after, first: verb, end, measures, per, each: None })
    }

    /// "45 minutes, down from 2 hours", "5 mins to run, down from 3hrs".
    fn down_from(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let mut j = after.end;
        while j < after.end + 4 && !self.is_word(j, &["down", "up"]) {
            match self.tokens.get(j)?.kind {
                Kind::Word(_) | Kind::Punct(_) => j += 1,
                _ => return None,
            }
        }
        if !(self.is_word(j, &["down", "up"]) && self.is_word(j + 1, &["from"])) {
            return None;
        }
        let before = self.quantity(j + 2)?;
        let mut end = before.end;
        if self.is_word(end, &["last", "previously"]) {
            end += if self.is_word(end + 1, &["year", "month", "quarter", "week"]) { 2 } else { 1 };
        }
        let measures = self.phrase_before(i).map(|p| p.0);
        Some(ChangeMatch { before, after, first: i, end, measures, per: None, each: None })
    }

    /// "review a form in about 2 minutes, compared with a 7-minute phone call before".
    fn compared_with(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let (per, _, start) = self.rate_after(after.end);
        // "compared to" may follow the task ("3 minutes to approve a claim compared to 15"); the
        // other marks follow the figure.
        let gap = |k: usize| {
            self.number(k).is_none() && !matches!(self.tokens.get(k).map(|t| &t.kind), Some(Kind::Break))
        };
        let mark = (start..start + 4)
            .take_while(|&j| gap(j))
            .find(|&j| self.is_word(j, &["compared", "against", "versus", "vs"]))
            .or_else(|| {
                (start..start + 7).take_while(|&j| gap(j)).find(|&j| self.is_word(j, &["compared"]))
            })?;
        let mut j = mark + 1;
        while self.is_word(j, &["with", "to", "a", "an", "the"]) || self.is_word(j, HEDGES) {
            j += 1;
        }
        let before = self.quantity(j)?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = before.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per, each: None })
    }

    /// "5 seconds instead of 45", "3 hours a month instead of 3 days".
    fn instead_of(&self, i: usize) -> Option<ChangeMatch> {
        let after = self.quantity(i)?;
        let (per, _, start) = self.rate_after(after.end);
        // "4 minutes logging a new claim instead of about 15": the task may come between.
        let j = (start..start + 7)
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.is_word(k, &["instead", "rather"]) && self.is_word(k + 1, &["of", "than"]))?;
        let mut k = j + 2;
        while self.is_word(k, HEDGES) {
            k += 1;
        }
        let before = self.quantity(k)?;
        let task = (j > start).then(|| self.task_after(start)).flatten();
        let measures = match &task {
            Some((task, _)) => Some(format!("the time for {task}")),
            None => self.phrase_before(i).map(|p| p.0),
        };
        let each = task.and_then(|(_, each)| each);
        let end = before.end.max(after.end);
        Some(ChangeMatch { before, after, first: i, end, measures, per, each })
    }

    /// "6 → 3 days".
    fn arrow(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i)?;
        if !self.is_word(before.end, &["→"]) {
            return None;
        }
        let after = self.quantity(before.end + 1)?;
        let measures = self.phrase_before(i).map(|p| p.0);
        let end = after.end;
        Some(ChangeMatch { before, after, first: i, end, measures, per: None, each: None })
    }

    /// "used to take 5 working days … now takes 2 hours", "took a handler about 20 minutes and
    /// now takes 5" (within one sentence); the words that say "before" are `said` long.
    fn used_to(&self, i: usize, said: usize) -> Option<ChangeMatch> {
        // "used to take the desk 10 minutes", "used to take our two analysts five days": a few
        // words, even a head count, before the figure.
        // ("used to take about an hour": one of a unit counts too.)
        let j = (i + said..i + 9).find(|&j| {
            (self.number(j).is_some() && !self.quantity(j).is_some_and(|q| matches!(q.unit, Unit::People(_))))
                || self.one_unit(j).is_some()
        })?;
        if (i + said..j).any(|k| {
            self.word(k).is_none() && !self.quantity(k).is_some_and(|q| matches!(q.unit, Unit::People(_)))
        }) {
            return None;
        }
        let before = self.quantity(j).or_else(|| self.one_unit(j))?;
        let mut k = before.end;
        while k < self.tokens.len() && !matches!(self.tokens[k].kind, Kind::Break) {
            if self.is_word(k, &["now"]) {
                let mut m = k + 1;
                while self.word(m).is_some()
                    && self.number(m).is_none()
                    && self.one_unit(m).is_none()
                    && m < k + 5
                {
                    m += 1;
                }
                let after = self.quantity(m).or_else(|| self.one_unit(m))?;
                let (measures, per, each) = self.time_measures(i, &before);
                let end = after.end;
                // "used to spend 25 hours a week …; now 6": the period said with the before.
                return Some(ChangeMatch { before, after, first: i, end, measures, per, each });
            }
            k += 1;
        }
        None
    }

    /// What a time told at `before`, after the verb at token `i` ("used", "took"), measures, its
    /// period and what it is for each one of: "Clerks used to spend 40 minutes assembling each
    /// bundle" → the time for assembling each bundle, per bundle; "Each order used to take 12
    /// minutes to write up" → the time to write up each order; else the words before the verb.
    fn time_measures(&self, i: usize, before: &Quantity) -> (Option<String>, Option<Per>, Option<String>) {
        // "Dispensary staff reckon a phone request took…": what took the time is after the
        // reckoning.
        // "Outpatients check-in used to be done at the front desk and took 3-4 mins": the
        // sentence's subject, not the place before "and took".
        let coordinated = self.is_word(i.wrapping_sub(1), &["and"]);
        let opening = || {
            let start =
                (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
            let verb = (start..i).find(|&k| self.is_word(k, &["used", "was", "were", "is", "are", "had"]))?;
            (verb > start && verb - start <= 5).then(|| self.slice(start, verb - 1))
        };
        let subject = coordinated.then(opening).flatten().or_else(|| self.phrase_before(i)).map(|p| {
            let words: Vec<&str> = p.0.split(' ').collect();
            match words.iter().rposition(|w| self.lex.estimate_words.contains(&w.to_lowercase())) {
                Some(k) if k + 1 < words.len() => words[k + 1..].join(" "),
                _ => p.0,
            }
        });
        // "Each crown or denture order used to take 12 minutes": the time for each one, all the
        // words after "each".
        let each_at = (i.saturating_sub(7)..i)
            .rev()
            .take_while(|&k| self.word(k).is_some())
            .find(|&k| self.is_word(k, &["each", "every"]))
            .filter(|&k| k + 1 < i);
        // "…rebuild the schedule every morning, which took about 2 hours": a time each day,
        // for what was done.
        // Not "each shift swap": the period word ends the phrase.
        let ends = |k: usize| self.word(k + 2).is_none_or(|w| matches!(w, "which" | "that" | "it" | "this"));
        let daily = each_at.filter(|&k| ends(k)).and_then(|k| match self.word(k + 1)? {
            "morning" | "day" | "evening" | "afternoon" | "night" | "shift" | "weekday" => Some("day"),
            "week" => Some("week"),
            "month" => Some("month"),
            _ => None,
        });
        let each_one = each_at.filter(|_| daily.is_none()).map(|k| self.slice(k + 1, i - 1).0.to_lowercase());
        let done = each_at.filter(|_| daily.is_some()).and_then(|k| {
            let start = (k.saturating_sub(12)..k)
                .find(|&s| self.is_word(s, &["used"]) && self.is_word(s + 1, &["to"]))?;
            (start + 2 < k).then(|| format!("the time to {}", self.slice(start + 2, k - 1).0))
        });
        let timed = matches!(before.unit, Unit::Time(..));
        // "40 hours a week between them redialling patients": the task after the time.
        let (per, _, mut past_rate) = self.rate_after(before.end);
        let per = per.or_else(|| daily.map(|unit| Per { count: 1.0, unit: unit.to_string() }));
        if self.is_word(past_rate, &["between"]) && self.is_word(past_rate + 1, &["them", "us"]) {
            past_rate += 2;
        }
        let task_after = self.task_after(past_rate);
        // "…were building the next day's routes by hand, which took 2.5 hours": what was being done.
        let doing = self
            .is_word(i.wrapping_sub(1), &["which"])
            .then(|| {
                let start =
                    (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
                let k = (start..i).rev().find(|&k| {
                    self.word(k).is_some_and(|w| w.len() > 4 && w.ends_with("ing"))
                        && self.is_word(k.wrapping_sub(1), &["were", "was", "are", "is", "been"])
                })?;
                let end = (k + 1..i).find(|&e| {
                    self.word(e).is_none() || self.is_word(e, &["by", "in", "which", "using", "with"])
                })?;
                (end > k + 1).then(|| format!("the time for {}", self.slice(k, end - 1).0))
            })
            .flatten()
            .or_else(|| {
                // "…used to walk the racks to check stock before quoting, which took 10 minutes".
                if !self.is_word(i.wrapping_sub(1), &["which"]) {
                    return None;
                }
                let start =
                    (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
                let used =
                    (start..i).find(|&k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]))?;
                let end = (used + 2..i).find(|&e| {
                    self.word(e).is_none() || self.is_word(e, &["to", "by", "in", "which", "before", "so"])
                })?;
                (end > used + 2).then(|| format!("the time to {}", self.slice(used + 2, end - 1).0))
            });
        let measures = match (subject, self.purpose_after(before.end)) {
            _ if done.is_some() => done,
            _ if doing.is_some() => doing,
            _ if task_after.is_some() => task_after.as_ref().map(|(task, _)| format!("the time for {task}")),
            // "Setting up each claim took 20 minutes" is about the time the task takes.
            _ if self.task_before(i).is_some() => self.task_before(i),
            (_, Some(to)) if timed && each_one.is_some() => {
                Some(format!("the time {to} each {}", each_one.unwrap_or_default()))
            }
            (_, None) if timed && each_one.is_some() => {
                Some(format!("the time for each {}", each_one.unwrap_or_default()))
            }
            // "A phone request took 6 minutes to take and check": the time to take and check one.
            (Some(one), Some(to))
                if one.starts_with(['a', 'A'])
                    && one
                        .split(' ')
                        .next()
                        .is_some_and(|d| matches!(d.to_lowercase().as_str(), "a" | "an")) =>
            {
                Some(format!("the time {to} {}", one.to_lowercase()))
            }
            // "New starters used to take 5 days to get a laptop" is about the time it takes.
            (Some(who), Some(to)) => Some(format!("the time for {} {to}", who.to_lowercase())),
            (who, _) => who,
        };
        (measures, per, task_after.and_then(|(_, each)| each))
    }

    /// A time told as it was and then as it is, in words other than "from … to" or "used to … now":
    /// "A call typically took 5 or 6 mins, reviewing a form takes maybe 2"; "which took about 2
    /// hours. The scheduling module does it in around 20 mins now". The first time follows a verb
    /// in the past; the second, within the next sentence, follows one in the present (or "now"),
    /// is shorter, and may leave its unit to the first.
    fn was_and_is(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i).filter(|q| matches!(q.unit, Unit::Time(..)))?;
        // "5 or 6 mins", "3-4 mins": the words before the range.
        let dash = matches!(self.tokens.get(i.wrapping_sub(1)).map(|t| &t.kind), Some(Kind::Punct(_)))
            && self.text.get(self.tokens[i.wrapping_sub(1).min(self.tokens.len() - 1)].span.clone())
                == Some("-");
        let from = if (self.is_word(i.wrapping_sub(1), &["or", "to"]) || dash)
            && self.tokens.get(i.wrapping_sub(2)).and_then(Token::number).is_some()
        {
            i - 2
        } else {
            i
        };
        let clause = self.clause_before(from, true);
        let past = clause.iter().take(10).position(|w| self.lex.past_time_words.contains(*w)).or_else(|| {
            // "requests used to come in by phone and get typed up by hand, maybe 10 mins each":
            // the past further back in the same sentence, with no figure between.
            (0..from)
                .rev()
                .take_while(|&k| !matches!(self.tokens[k].kind, Kind::Break | Kind::Number(_)))
                .filter(|&k| self.word(k).is_some())
                .position(|k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]))
        });
        // "A loan at the desk takes 90 seconds, the kiosk does it in 20": both as they are, the
        // second doing the same thing.
        let now = clause.iter().take(8).position(|w| matches!(*w, "takes" | "take"));
        // "…roughly 35 minutes per student. Online enrolment has got that down to around 10": a
        // time brought down, with no verb before the first.
        let down_to_next = || {
            let (j, _) = self.next_figure(before.end, |q| matches!(q.unit, Unit::Time(..) | Unit::Bare))?;
            let mut k = j;
            while k > 0 && self.is_word(k - 1, HEDGES) {
                k -= 1;
            }
            (self.is_word(k.wrapping_sub(1), &["to"]) && self.is_word(k.wrapping_sub(2), &["down"]))
                .then_some(())
        };
        let marker = match past.or(now) {
            Some(m) => m,
            None => {
                down_to_next()?;
                0
            }
        };
        let verb_at = (0..from).rev().filter(|&k| self.word(k).is_some()).nth(marker)?;
        let (j, after) = self.next_figure(before.end, |q| matches!(q.unit, Unit::Time(..) | Unit::Bare))?;
        let down = (j.saturating_sub(4)..j).any(|k| self.is_word(k, &["down"]));
        if past.is_none() && !down && !(j.saturating_sub(4)..j).any(|k| self.is_word(k, &["does", "do"])) {
            return None;
        }
        let after_unit = match (&after.unit, &before.unit) {
            (Unit::Time(..), _) => after.unit.clone(),
            (Unit::Bare, unit) => unit.clone(),
            _ => return None,
        };
        let seconds = |q: &Quantity, unit: &Unit| match unit {
            Unit::Time(_, s) => q.number.value * s,
            _ => f64::NAN,
        };
        let shorter = seconds(&after, &after_unit) < seconds(&before, &before.unit);
        let near = |from: usize, to: usize| {
            (from..to).filter_map(|k| self.word(k)).any(|w| self.lex.present_time_words.contains(w))
        };
        let present = near(j.saturating_sub(10), j) || near(after.end, after.end + 2);
        // "most get picked up within five minutes" is a wait, not the task's time.
        let waited = (j.saturating_sub(3)..j)
            .filter_map(|k| self.word(k))
            .any(|w| w == "within" || self.lex.latency_words.contains(w));
        if !shorter || !present || waited || self.used[i] || self.used[j] {
            return None;
        }
        let (measures, per, each) = self.time_measures(verb_at, &before);
        let after = Quantity { unit: after_unit, ..after };
        Some(ChangeMatch { end: after.end, before, after, first: verb_at, measures, per, each })
    }

    /// The next figure `wanted` after token `from`, in the same sentence or the next, within 45
    /// tokens ("it's now under a minute" counts), with where it starts; other figures between
    /// ("across two sites") are passed.
    fn next_figure(&self, from: usize, wanted: impl Fn(&Quantity) -> bool) -> Option<(usize, Quantity)> {
        let mut breaks = 0;
        // Past the figure's own period ("£9,000 a year"): "a year" is no figure.
        let from = self.rate_after(from).2;
        let mut j = from;
        loop {
            match &self.tokens.get(j)?.kind {
                Kind::Break => breaks += 1,
                Kind::Number(_) if self.quantity(j).is_some_and(|q| wanted(&q)) => {
                    return Some((j, self.quantity(j)?))
                }
                Kind::Word(_) if self.one_unit(j).is_some() => return Some((j, self.one_unit(j)?)),
                _ => {}
            }
            if breaks > 1 || j > from + 45 {
                return None;
            }
            j += 1;
        }
    }

    /// Money or uptime as it was and as it is, told apart: "The old kit was costing us about
    /// £9,000 a year…, and the new subscription comes in just under £6,500"; "managed 99.1%
    /// uptime last year… it's been at 99.97% for the last nine months". A cost that fell, or
    /// uptime that rose.
    fn cost_or_uptime_was_and_is(&self, i: usize) -> Option<ChangeMatch> {
        let before = self.quantity(i)?;
        let uptime = |q: &Quantity, at: usize| {
            q.unit == Unit::Percent
                && (at.saturating_sub(7)..q.end + 2)
                    .filter_map(|k| self.word(k))
                    .any(|w| self.lex.availability_words.contains(w))
        };
        let money = matches!(before.unit, Unit::Money(_));
        // "31 outage tickets in the year before and 4 since": bad things, fewer.
        let bad = matches!(&before.unit, Unit::Count(noun) if self.polarity(noun) == Some(false));
        if !money && !bad && !uptime(&before, i) {
            return None;
        }
        // "9 or 10 line stoppages a month": the words before the range.
        let from = if self.is_word(i.wrapping_sub(1), &["or", "to"])
            && self.tokens.get(i.wrapping_sub(2)).and_then(Token::number).is_some()
        {
            i - 2
        } else {
            i
        };
        let clause = self.clause_before(from, true);
        let past_before = clause.iter().take(6).any(|w| self.lex.past_time_words.contains(*w));
        let past_after = self.is_word(before.end, &["last", "previously", "before"])
            || (self.rate_after(before.end).2..before.end + 4)
                .any(|k| self.is_word(k, &["last", "previously"]));
        if !(past_before || past_after) {
            return None;
        }
        let kind = std::mem::discriminant(&before.unit);
        let (j, after) = self.next_figure(before.end, |q| {
            std::mem::discriminant(&q.unit) == kind || (bad && q.unit == Unit::Bare && !q.number.percent)
        })?;
        // "31 outage tickets": the whole noun, for both.
        let before = match &before.unit {
            Unit::Count(_) => {
                let noun: Vec<&str> = self
                    .words_from(before.start + 1, 3)
                    .into_iter()
                    .take_while(|w| !self.is_stop(w))
                    .collect();
                Quantity { unit: Unit::Count(noun.join(" ")), end: before.start + 1 + noun.len(), ..before }
            }
            _ => before,
        };
        let after = match (&before.unit, &after.unit) {
            (Unit::Count(_), Unit::Bare | Unit::Count(_)) => Quantity { unit: before.unit.clone(), ..after },
            _ => after,
        };
        let present = (j.saturating_sub(12)..j).filter_map(|k| self.word(k)).any(|w| {
            self.lex.present_time_words.contains(w) || matches!(w, "comes" | "costs" | "been" | "since")
        }) || (after.end..after.end + 2).any(|k| self.is_word(k, &["since", "now"]));
        let better = match (&before.unit, &after.unit) {
            (Unit::Count(_), Unit::Count(_)) => after.number.value < before.number.value,
            (Unit::Money(a), Unit::Money(b)) => a == b && after.number.value < before.number.value,
            (Unit::Percent, Unit::Percent) => {
                uptime(&after, j) || after.number.value > before.number.value && after.number.value <= 100.0
            }
            _ => false,
        };
        if !present || !better || self.used[i] || self.used[j] {
            return None;
        }
        let (per, _, _) = self.rate_after(before.end);
        // "The old kit was costing us…": the cost of the old kit.
        let verb = (0..i)
            .rev()
            .take(6)
            .find(|&k| self.word(k).is_some_and(|w| self.lex.past_time_words.contains(w)));
        let measures = if bad {
            match &before.unit {
                Unit::Count(noun) => Some(noun.clone()),
                _ => None,
            }
        } else if money {
            verb.and_then(|v| self.phrase_before(v)).map(|p| format!("the cost of {}", p.0.to_lowercase()))
        } else {
            (i.saturating_sub(7)..before.end + 2)
                .filter_map(|k| self.word(k))
                .find(|w| self.lex.availability_words.contains(*w))
                .map(|w| if w == "available" { "availability".to_string() } else { w.to_string() })
        };
        Some(ChangeMatch { end: after.end, before, after, first: i, measures, per, each: None })
    }

    /// The words a sentence opens with, up to its first comma, when they are few and name
    /// something: what the sentence is about.
    fn sentence_subject(&self, i: usize) -> Option<String> {
        let start = (0..i).rev().find(|&k| matches!(self.tokens[k].kind, Kind::Break)).map_or(0, |k| k + 1);
        let end = (start..i).take_while(|&k| self.word(k).is_some()).last()?;
        let opens = end + 1 < i && matches!(self.tokens.get(end + 1)?.kind, Kind::Punct(_));
        (opens && end - start < 5).then(|| self.slice(start, end).0)
    }

    /// "a minute", "an hour" at token `i`: one of a time unit ("now it's under a minute").
    fn one_unit(&self, i: usize) -> Option<Quantity> {
        if !self.is_word(i, &["a", "an"]) {
            return None;
        }
        let (unit, end) = self.unit_after(i + 1);
        // "a minute and a half".
        let half = self.is_word(end, &["and"])
            && self.tokens.get(end + 2).and_then(Token::number).is_some_and(|h| h.value == 0.5)
            && self.is_word(end + 1, &["a"]);
        let (value, end) = if half { (1.5, end + 3) } else { (1.0, end) };
        matches!(unit, Unit::Time(..)).then(|| Quantity {
            number: Number { value, currency: None, percent: false, times: false, spelled: true },
            unit,
            start: i,
            end,
            more: None,
        })
    }

    /// "assembling and paginating each bundle by hand" after a time at token `i`: the task (up to
    /// "by", a comma or a figure) and what it is done to each of ("bundle").
    fn task_after(&self, i: usize) -> Option<(String, Option<String>)> {
        self.word(i).filter(|w| w.len() > 4 && w.ends_with("ing"))?;
        let last = (i..self.tokens.len().min(i + 8))
            .take_while(|&k| {
                self.word(k).is_some_and(|w| {
                    !matches!(w, "by" | "and" | "now" | "but" | "instead" | "rather" | "compared" | "versus")
                }) || self.is_word(k, &["and"]) && self.word(k + 1).is_some_and(|w| w.ends_with("ing"))
            })
            .last()?;
        let each = (i..last)
            .find(|&k| self.is_word(k, &["each", "every"]))
            .and_then(|k| self.word(k + 1))
            .map(singular);
        Some((self.slice(i, last).0.to_lowercase(), each))
    }

    /// "Setting up each claim" before "took": a task named by a verb in -ing that starts the
    /// clause, as what its time measures ("the time for setting up each claim").
    fn task_before(&self, i: usize) -> Option<String> {
        let mut start = i;
        while start > 0 && i - start < 9 && self.word(start - 1).is_some() {
            start -= 1;
        }
        let clause_starts =
            start == 0 || matches!(self.tokens.get(start - 1)?.kind, Kind::Break | Kind::Punct(_));
        let first = self.word(start)?;
        (clause_starts && start < i && first.len() > 4 && first.ends_with("ing"))
            .then(|| format!("the time for {}", self.slice(start, i - 1).0.to_lowercase()))
    }

    /// "to get a laptop" after a time: what the time is spent on, up to the next punctuation.
    fn purpose_after(&self, i: usize) -> Option<String> {
        if !self.is_word(i, &["to"]) {
            return None;
        }
        let last = (i + 1..self.tokens.len().min(i + 7)).take_while(|&j| self.word(j).is_some()).last()?;
        Some(self.slice(i, last).0)
    }

    fn push_change(&mut self, change: ChangeMatch) {
        let ChangeMatch {
            mut before,
            mut after,
            first,
            end: last,
            measures,
            per: per_between,
            each: told_each,
        } = change;
        // "from 6 to 3 days": a unit given once serves both.
        if before.unit == Unit::Bare {
            before.unit = after.unit.clone();
        }
        if after.unit == Unit::Bare {
            after.unit = before.unit.clone();
        }
        if let (Some(c), None) = (&before.number.currency, &after.number.currency) {
            after.unit = Unit::Money(c.clone());
        }
        if let (None, Some(c)) = (&before.number.currency, &after.number.currency) {
            before.unit = Unit::Money(c.clone());
        }
        if !same_kind(&before.unit, &after.unit) {
            return;
        }
        let (from, value, unit) = (before.number.value, after.number.value, unit_name(&after.unit));
        // Time in two units stays in the user's units ("2 hours → 45 minutes"); compare in seconds.
        let (from_unit, went_up) = match (&before.unit, &after.unit) {
            (Unit::Time(bu, bs), Unit::Time(_, as_)) if bs != as_ => {
                (Some(bu.clone()), value * as_ > from * bs)
            }
            _ => (None, value > from),
        };
        let (per_after, scope_after, mut end) = self.rate_after(last);
        // "The monthly report used to take five days": a time that recurs as often as its
        // subject ("monthly"), so what it saves recurs too.
        let timed = matches!(after.unit, Unit::Time(..));
        let recurs = || measures.as_deref().filter(|_| timed).and_then(crate::engine::facts::recurs);
        let per = per_between.or(per_after).or_else(recurs);
        // "used to take 10 minutes each and now 1": a scope written after the before.
        // ("3 hours each week" is a period, not each of anything.)
        let scope = scope_after.or_else(|| {
            self.period_at(before.end)
                .is_none()
                .then(|| self.scope_at(before.end).map(|(scope, _)| scope))
                .flatten()
        });
        // With no words just before it, what the sentence opens with ("No-access visits, where the
        // operative turns up and nobody is in, fell from about 600 to 380").
        // "It's gone from five minutes a guest…": a pronoun names nothing.
        let pronoun = |m: &String| {
            matches!(
                m.to_lowercase().as_str(),
                "it" | "it's" | "its" | "that" | "that's" | "this" | "they" | "they're"
            )
        };
        let measures =
            measures.filter(|m| !m.is_empty() && !pronoun(m)).or_else(|| self.sentence_subject(first));
        // "A stock check used to take 3 hours each week": a time a week, not for each check.
        let guessed = per.is_none() || scope.is_some();
        let each = told_each.or_else(|| {
            self.each_of(first, scope, measures.as_deref().unwrap_or_default()).filter(|_| guessed)
        });
        // "Accounts were spending 6 minutes per delivery note…": the time they spend on each.
        let measures = match (measures, &each) {
            (Some(who), Some(each))
                if timed_change(&after.unit) && crate::engine::facts::names_people(&who) =>
            {
                Some(format!("the time {} spend on each {each}", lower_unless_acronym(&who)))
            }
            (measures, _) => measures,
        };
        // "…to the cloud we've had 3 major incidents this year compared with 11": the things
        // counted, when the words before run into a clause of their own.
        let clause = |m: &str| {
            m.split(' ')
                .any(|w| matches!(w.to_lowercase().as_str(), "we've" | "we're" | "it's" | "we" | "they've"))
        };
        let measures = match (&after.unit, measures) {
            (Unit::Count(noun), Some(m)) if clause(&m) => Some(noun.clone()),
            (_, m) => m,
        };
        // With no words for what changed, what it is each of says it ("each starter"), else its
        // unit.
        let measures = measures.unwrap_or_else(|| match (&after.unit, &each) {
            (Unit::People(n) | Unit::Count(n), _) => n.clone(),
            (_, Some(each)) => format!("the time for each {each}"),
            (Unit::Time(..), None) => "time taken".into(),
            (Unit::Money(_), None) => "cost".into(),
            _ => String::new(),
        });
        // "review a form went from 7 minutes to 2" is the time to review a form.
        let first_word = measures.split(' ').next().unwrap_or_default().to_lowercase();
        let measures = if matches!(after.unit, Unit::Time(..)) && self.lex.task_verbs.contains(&first_word) {
            format!("the time to {}", measures.to_lowercase())
        } else {
            measures
        };
        let unchanged = from_unit.is_none() && value == from;
        let direction = if unchanged { None } else { self.direction_of(went_up, &measures, &after.unit) };
        end = end.max(last);
        let draft = Draft {
            kind: FactKind::Change,
            value,
            from: Some(from),
            unit,
            from_unit,
            per,
            each,
            direction,
            measures,
            ..Draft::default()
        };
        self.push(draft, (first, end));
    }

    // ---- single numbers ------------------------------------------------------------------

    fn read_numbers(&mut self) {
        for i in 0..self.tokens.len() {
            if self.tokens[i].kind == Kind::Unusable {
                let figure = self.slice(i, i).0;
                let shown: String = figure.chars().take(24).collect();
                let message =
                    format!("“{shown}” is too large to be a figure: check it, or write it in words.");
                self.problem((i, i + 1), message);
                continue;
            }
            if let Some(q) = self.quantity(i) {
                self.read_quantity(q);
            }
        }
    }

    fn read_quantity(&mut self, q: Quantity) {
        match q.unit.clone() {
            Unit::Percent => self.read_percent(q),
            Unit::Money(code) => self.read_money(q, code),
            // "6 times a day" counts how often; "3 times faster" and "8x normal traffic" compare.
            Unit::Times if !self.compares(&q) => {}
            Unit::Times => {
                let measures = self.phrase_after(q.end);
                let end = measures.as_ref().map_or(q.end, |(_, s)| self.token_index_ending_at(s.end) + 1);
                let measures =
                    measures.or_else(|| self.phrase_before(q.start)).map(|m| m.0).unwrap_or_default();
                self.push(
                    Draft {
                        kind: FactKind::Multiple,
                        value: q.number.value,
                        unit: "x".into(),
                        measures,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::Time(unit, seconds) => {
                // "2 hours less a week", "6 minutes faster": a time saved, written after it.
                let compared = self
                    .word(q.end)
                    .filter(|w| matches!(*w, "less" | "fewer" | "faster" | "quicker" | "shorter"));
                let (per, scope, mut end) = self.rate_after(q.end + usize::from(compared.is_some()));
                // "10 minutes of typing per form", "10 minutes at the start of each meeting": a
                // scope after what the time is spent on, or when.
                let (per, scope) = match (per, scope) {
                    (per, None) if self.is_word(end, &["of", "on", "at", "in"]) => {
                        let words: &[&str] = if self.is_word(end, &["of", "on"]) {
                            &["per", "each", "a", "an"]
                        } else {
                            &["per", "each"]
                        };
                        let at = (end + 1..end + 6)
                            .take_while(|&k| self.word(k).is_some())
                            .find(|&k| self.is_word(k, words));
                        // "each meeting": each of the things named.
                        let named = at.filter(|&k| self.is_word(k, &["each"])).and_then(|k| {
                            let noun = self
                                .word(k + 1)
                                .filter(|w| !self.is_stop(w) && !self.lex.time_units.contains_key(*w))?;
                            Some((k + 2, singular(noun)))
                        });
                        match (named, at.map(|k| self.rate_after(k))) {
                            (None, Some((later, Some(scope), next))) => {
                                end = next;
                                (per.or(later), Some(scope))
                            }
                            (Some((next, noun)), _) => {
                                end = next;
                                (per, Some(roles::Scope::Item(noun)))
                            }
                            _ => (per, None),
                        }
                    }
                    other => other,
                };
                end = end.max(q.end);
                let context = self.clause_before(q.start, true);
                // "saves each of our 45 ward managers about 3 hours": the verb, past a head count.
                let near = &context[..context.len().min(8)];
                // "each result now arrives 40 minutes sooner", "it was back within 20 minutes": a
                // wait, not time given back.
                let waited = near.iter().any(|w| self.lex.latency_words.contains(*w))
                    || near.first() == Some(&"within");
                // "spent about 10 hrs a week reconciling… we automated the import and that's gone".
                let ended = near.iter().any(|w| matches!(*w, "spent" | "spending" | "spend"))
                    && crate::engine::text::words(self.text)
                        .iter()
                        .any(|w| self.lex.ended_work_words.contains(&w.text.to_lowercase()));
                // "(a quarter of an hour per inspection) has basically gone".
                let gone = (end..end + 6)
                    .filter_map(|k| self.word(k))
                    .any(|w| matches!(w, "gone" | "disappeared" | "vanished"));
                let saving = !waited
                    && (ended
                        || gone
                        || near
                        .iter()
                        .any(|w| matches!(*w, "saves" | "saved" | "saving" | "save" | "freed" | "frees" | "back"))
                        || self.is_word(end, &["back", "saved"])
                        || compared.is_some()
                        // "that used to take staff 3 minutes each": the whole time, no longer spent.
                        || context.windows(2).any(|pair| pair == ["to", "used"]));
                let measures = if saving {
                    "time saved".to_string()
                } else {
                    self.phrase_before(q.start).map(|p| p.0).unwrap_or_else(|| "time".into())
                };
                let subject = self.phrase_before(q.start).map(|p| p.0).unwrap_or_default();
                // A time that fits in one person's working day, week, month or year may be each
                // person's; a larger one is a group's.
                let hours = q.number.value * seconds / 3600.0;
                let most = match per.as_ref().map(|p| p.unit.as_str()) {
                    Some("day" | "shift") => 3.75,
                    Some("week") => 18.75,
                    Some("month") => 80.0,
                    Some("year") => 825.0,
                    _ => 3.75,
                };
                // "Meetings used to start 8 minutes late", "New starters used to wait three days":
                // the time for each of the things or people it is about.
                let used = (q.start.saturating_sub(8)..q.start)
                    .find(|&k| self.is_word(k, &["used"]) && self.is_word(k + 1, &["to"]));
                let things = used
                    .and_then(|k| self.phrase_before(k))
                    .map(|p| p.0)
                    .filter(|s| crate::engine::english::is_plural(s));
                let things = things.map(|s| singular(&s));
                let each = self
                    .each_of(q.start, scope, &subject)
                    .or_else(|| saving.then(|| self.people_subject(q.start, hours <= most)).flatten())
                    .or(things);
                let direction = saving.then_some(Direction::Better);
                self.push(
                    Draft {
                        kind: FactKind::Duration,
                        value: q.number.value,
                        unit,
                        per,
                        each,
                        direction,
                        measures,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::People(noun) => {
                // "300 new starters a year": people who come each period.
                let (per, _, end) = self.rate_after(q.end);
                let end = if per.is_some() { end } else { q.end };
                self.push(
                    Draft {
                        kind: FactKind::People,
                        value: q.number.value,
                        unit: noun.clone(),
                        per,
                        measures: noun,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            Unit::Count(noun) => {
                let (per, _, end) = self.rate_after(q.end);
                let per = per.or_else(|| self.period_before(q.start));
                // "200,000 fewer pages", "replaced 40 trips a month": things that no longer happen.
                let clause = self.clause_before(q.start, false);
                // "…replaced reception ringing round. … we were making around 1,100 calls a week":
                // work done as it was, before something the text says ended it.
                let was_done = clause.iter().take(4).any(|w| matches!(*w, "were" | "used"))
                    && crate::engine::text::words(self.text)
                        .iter()
                        .any(|w| self.lex.ended_work_words.contains(&w.text.to_lowercase()));
                let avoided = was_done || clause.iter().take(4).any(|w| self.lex.avoided_words.contains(*w));
                // "sells 1.5 million tickets", "takes 5,000 orders": things sold.
                let sold = self.clause_before(q.start, false).iter().take(3).any(|w| {
                    matches!(
                        *w,
                        "sells" | "sold" | "sell" | "selling" | "takes" | "took" | "books" | "booked"
                    )
                });
                let direction = match q.more {
                    // Fewer of something nobody calls good or bad ("30 TB fewer") is taken as good.
                    Some(more) => {
                        self.direction_of(more, &noun, &q.unit).or((!more).then_some(Direction::Better))
                    }
                    None => avoided.then_some(Direction::Better),
                };
                self.push(
                    Draft {
                        kind: FactKind::Count,
                        value: q.number.value,
                        unit: noun.clone(),
                        per,
                        role: sold.then_some(MoneyRole::Revenue),
                        direction,
                        measures: noun,
                        ..Draft::default()
                    },
                    (q.start, end),
                );
            }
            // "the property team do something like 40 a week": a count of what the text times,
            // named after it once read (see `each_of_the_volume`).
            Unit::Bare => {
                let (per, _, end) = self.rate_after(q.end);
                if per.is_some() && !q.number.percent && q.number.value >= 10.0 {
                    self.push(
                        Draft { kind: FactKind::Count, value: q.number.value, per, ..Draft::default() },
                        (q.start, end),
                    );
                }
            }
        }
    }

    /// What the nearest count or people figure earlier in the same sentence counts ("4,500
    /// tickets …, 30% fewer" → "tickets"), or nothing.
    fn last_counted_in_sentence(&self, token: usize) -> String {
        let Some(at) = self.tokens.get(token).map(|t| t.span.start) else { return String::new() };
        let sentence_start =
            self.tokens[..token].iter().rev().find(|t| t.kind == Kind::Break).map_or(0, |t| t.span.end);
        // Facts of this pass are pushed in text order: stop at the first one before the sentence.
        self.out
            .facts
            .iter()
            .rev()
            .filter(|f| f.kind != FactKind::Change)
            .take_while(|f| f.span.is_some_and(|s| s.end >= sentence_start))
            .filter(|f| matches!(f.kind, FactKind::Count | FactKind::People))
            .find(|f| f.span.is_some_and(|s| s.start >= sentence_start && s.end <= at))
            .map(|f| f.unit.clone())
            .unwrap_or_default()
    }

    /// Whether a multiple compares ("8x", "3 times faster", "5 times the traffic"), rather than
    /// counts occasions ("6 times a day").
    fn compares(&self, q: &Quantity) -> bool {
        let written_x = self.text[self.tokens[q.start].span.clone()].contains(['x', 'X', '×']);
        let next = self.word(q.end).unwrap_or_default();
        let comparative = next.ends_with("er")
            || matches!(next, "more" | "less" | "as" | "the" | "normal" | "usual" | "our");
        written_x || comparative
    }

    /// The token whose span ends at `byte_end` (tokens are in text order: a binary search).
    fn token_index_ending_at(&self, byte_end: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end < byte_end)
    }

    fn read_percent(&mut self, q: Quantity) {
        let value = q.number.value;
        let next = self.words_from(q.end, 3);
        let lex = self.lex;
        let availability_next = if next.first().is_some_and(|w| lex.availability_words.contains(*w)) {
            Some(1)
        } else if next == ["of", "the", "time"] {
            Some(3)
        } else {
            None
        };
        let availability_before = (q.start.saturating_sub(7)..q.start)
            .rev()
            .find(|&j| self.word(j).is_some_and(|w| lex.availability_words.contains(w)));
        if availability_next.is_some() || availability_before.is_some() {
            let end = q.end + availability_next.unwrap_or(0);
            let start =
                if availability_next.is_some() { q.start } else { availability_before.unwrap_or(q.start) };
            if value > 100.0 {
                let message = format!(
                    "{} availability is not possible: a service is available at most 100% of the time. Check the figure.",
                    crate::engine::english::percent(value)
                );
                self.problem((start, end), message);
                return;
            }
            let word = match availability_before {
                Some(j) => self.word(j).unwrap_or("uptime"),
                None => next.first().copied().unwrap_or("uptime"),
            };
            let measures =
                if word == "available" || word == "of" { "availability" } else { word }.to_string();
            let meaning = Some(PercentMeaning::Availability);
            self.push_percent(value, meaning, None, measures, (start, end));
            return;
        }
        let trend_before = (q.start.saturating_sub(6)..q.start)
            .rev()
            .find_map(|j| self.word(j).and_then(|w| trend_of(lex, w)).map(|up| (j, up)));
        // "dropped to 0.1%" is a level, not a change by 0.1%.
        let trend_before = trend_before.filter(|_| !self.is_word(q.start.wrapping_sub(1), &["to"]));
        // "cut our tape and offsite storage bill by 45%": the verb further back, "by" before it.
        let trend_before = trend_before.or_else(|| {
            if !self.is_word(q.start.wrapping_sub(1), &["by"]) {
                return None;
            }
            let clause = (0..q.start)
                .rev()
                .take_while(|&j| matches!(self.tokens[j].kind, Kind::Word(_) | Kind::Punct(_)));
            clause
                .take(12)
                .find(|&j| self.word(j).and_then(|w| trend_of(lex, w)) == Some(false))
                .map(|j| (j, false))
        });
        let trend_after = next.first().and_then(|w| trend_of(lex, w));
        let improved = (q.start.saturating_sub(3)..q.start)
            .rev()
            .find(|&j| self.is_word(j, &["improved", "improvement", "better", "improves", "improve"]));
        if let (Some(j), None, None) = (improved, trend_before, trend_after) {
            let measures = self.phrase_before(j).map(|p| p.0).unwrap_or_default();
            let meaning = Some(PercentMeaning::Other);
            let direction = Some(Direction::Better);
            self.push_percent(value, meaning, direction, measures, (j, q.end));
            return;
        }
        if let Some(went_up) = trend_after.or(trend_before.map(|t| t.1)) {
            let (measures, start, end) = match (trend_after, trend_before) {
                (Some(_), _) => match self.phrase_after(q.end + 1) {
                    Some((m, span)) => (m, q.start, self.token_index_ending_at(span.end) + 1),
                    None => {
                        (self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(), q.start, q.end + 1)
                    }
                },
                (None, Some((j, _))) => {
                    (self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(), j, q.end)
                }
                (None, None) => (String::new(), q.start, q.end),
            };
            let measures = if measures.is_empty() { self.last_counted_in_sentence(start) } else { measures };
            let meaning = Some(if went_up { PercentMeaning::Growth } else { PercentMeaning::Reduction });
            let direction = self.direction_of(went_up, &measures, &Unit::Percent);
            self.push_percent(value, meaning, direction, measures.clone(), (start, end));
            self.base_after(end, &measures);
            return;
        }
        if self.is_word(q.end, &["of"]) {
            if let Some((measures, span)) = self.phrase_after(q.end + 1) {
                let end = self.token_index_ending_at(span.end) + 1;
                let meaning = Some(PercentMeaning::Share);
                self.push_percent(value, meaning, None, measures, (q.start, end));
                return;
            }
        }
        let measures =
            self.phrase_after(q.end).or_else(|| self.phrase_before(q.start)).map(|p| p.0).unwrap_or_default();
        let meaning = Some(PercentMeaning::Other);
        self.push_percent(value, meaning, None, measures, (q.start, q.end));
    }

    /// "fallen by 30%, from about 40,000 a month": the count the change was from, in the
    /// things the change measures ("calls to our contact centre" → calls).
    fn base_after(&mut self, i: usize, measures: &str) {
        let mut j = i;
        while matches!(self.tokens.get(j).map(|t| &t.kind), Some(Kind::Punct(_))) {
            j += 1;
        }
        if !self.is_word(j, &["from"]) {
            return;
        }
        j += 1;
        while self.is_word(j, HEDGES) {
            j += 1;
        }
        let noun = crate::engine::english::head(measures).to_lowercase();
        let Some(q) = self
            .quantity(j)
            .filter(|q| q.unit == Unit::Bare && !q.number.percent && q.number.currency.is_none())
        else {
            return;
        };
        if noun.is_empty() || self.used[j] {
            return;
        }
        let (per, _, end) = self.rate_after(q.end);
        let end = if per.is_some() { end } else { q.end };
        let draft = Draft {
            kind: FactKind::Count,
            value: q.number.value,
            unit: noun.clone(),
            per,
            measures: noun,
            ..Draft::default()
        };
        self.push(draft, (j, end));
    }

    fn read_money(&mut self, q: Quantity, code: String) {
        let (per, scope, mut end) = self.rate_after(q.end);
        // "£22,000 a day when a main hall is booked": a good day's, not every day's.
        let per = per.filter(|_| !self.is_word(end, &["when", "whenever", "if"]));
        let mut per = per.or_else(|| self.period_before(q.start));
        // "£40k a year of hardware maintenance", "USD 2.5M was invested in the new network".
        let preposition = (end..end + 3)
            .take_while(|&j| self.word(j).is_some())
            .find(|&j| self.is_word(j, &["of", "on", "in", "for"]));
        let after = preposition.and_then(|j| self.phrase_after(j));
        let measures = match after.clone() {
            Some((m, span)) => {
                end = self.token_index_ending_at(span.end) + 1;
                // "$1.2 million in sales a month": the period after what the money is.
                if per.is_none() {
                    if let Some((later, next)) = self.period_at(end) {
                        per = Some(later);
                        end = next;
                    }
                }
                m
            }
            None => self.phrase_before(q.start).map(|p| p.0).unwrap_or_default(),
        };
        // "8,000 transactions a day worth £55": a price of the things just counted.
        // "8,000 transactions a day worth £55", "tickets at an average of £35": a price of the
        // things just counted.
        let clause = self.clause_before(q.start, false);
        let priced = clause.iter().take(4).any(|w| self.lex.money_price.contains(*w));
        // A sum this large is what the things counted are worth in all ("250,000 tickets a year,
        // worth £6 million"), not each one's price.
        let total = priced && q.number.value >= PRICE_MOST;
        let each = self
            .each_of(q.start, scope, "")
            .or_else(|| (priced && !total).then(|| self.counted_before(q.start)).flatten());
        let (role, rate_per) = self.money_role(q.start, end, per.as_ref(), each.is_some());
        let per = per.or(rate_per);
        // The worth of things sold each period is what comes in each period.
        let sold = self
            .out
            .facts
            .last()
            .filter(|f| total && f.kind == FactKind::Count && f.role == Some(MoneyRole::Revenue));
        let (role, per) = match sold {
            Some(f) if role.is_none() => (Some(MoneyRole::Revenue), per.or_else(|| f.per.clone())),
            _ => (role, per),
        };
        let direction = match role {
            Some(MoneyRole::Saving) => Some(Direction::Better),
            _ if self
                .clause_before(q.start, false)
                .iter()
                .take(3)
                .any(|w| matches!(*w, "overspent" | "overrun" | "overspend" | "lost")) =>
            {
                Some(Direction::Worse)
            }
            _ => None,
        };
        // "saved $250k by moving…": the saving has no object to name, and the words before the
        // verb ("40 servers and") are not it.
        let saving = role == Some(MoneyRole::Saving);
        let measures = if saving && after.is_none() { String::new() } else { measures };
        self.push(
            Draft {
                kind: FactKind::Money,
                value: q.number.value,
                unit: code,
                per,
                each,
                role,
                direction,
                measures,
                ..Draft::default()
            },
            (q.start, end),
        );
    }

    // ---- frequencies ---------------------------------------------------------------------

    fn read_frequencies(&mut self) {
        let mut i = 0;
        while i < self.tokens.len() {
            if self.used[i] || self.word(i).is_none() {
                i += 1;
                continue;
            }
            let words = self.words_from(i, 3);
            let Some((period, n)) = Lexicon::longest_phrase(&self.lex.frequencies, &words) else {
                i += 1;
                continue;
            };
            let mut period = period.clone();
            let mut end = i + n;
            let mut first = i;
            // "went from quarterly to weekly": one fact, the frequency now.
            if self.is_word(i.wrapping_sub(1), &["from"]) && self.is_word(i + n, &["to"]) {
                let after = self.words_from(i + n + 1, 3);
                if let Some((later, m)) = Lexicon::longest_phrase(&self.lex.frequencies, &after) {
                    period = later.clone();
                    first = i - 1;
                    end = i + n + 1 + m;
                }
            }
            let measures = self
                .phrase_after(i + n)
                .filter(|_| first == i && self.word(i + n).is_some_and(|w| !self.is_stop(w)))
                .or_else(|| self.phrase_before(first))
                .map(|p| p.0)
                .unwrap_or_default();
            self.push(
                Draft { kind: FactKind::Frequency, value: 1.0, unit: period, measures, ..Draft::default() },
                (first, end),
            );
            i = end;
        }
    }
}

/// Whether `word` says a figure went up (`Some(true)`) or down (`Some(false)`).
fn trend_of(lex: &Lexicon, word: &str) -> Option<bool> {
    if lex.reduction_words.contains(word) {
        Some(false)
    } else if lex.growth_words.contains(word) {
        Some(true)
    } else {
        None
    }
}

fn same_kind(a: &Unit, b: &Unit) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

fn unit_name(unit: &Unit) -> String {
    match unit {
        Unit::Percent => "%".into(),
        Unit::Money(code) => code.clone(),
        Unit::Times => "x".into(),
        Unit::Time(name, _) => name.clone(),
        Unit::People(n) | Unit::Count(n) => n.clone(),
        Unit::Bare => String::new(),
    }
}
