//! Turns facts and derived figures into claims: one thing worth saying, of a known kind
//! ("continuity", "saving", "time_given_back"…), with the values its templates may use and the
//! ids of the facts and figures behind it. Every value is the user's figure or a derived one.

mod figures;
mod from_facts;
mod sentences;
mod slots;
mod words;

use std::collections::BTreeMap;

use super::translate::Translator;
use crate::engine::checks::find_jargon_with;
use crate::engine::english;
use crate::engine::facts::Fact;
use crate::engine::text::word_count;
use crate::engine::value::{DerivedFigure, Level};
pub(super) use figures::time_with_period;
pub use from_facts::{claims, people};
pub use sentences::ask_sentence;
pub use slots::{claim_kinds, CLAIM_SLOTS, GLOBAL_SLOTS};
use words::{claim_words, without_action};

/// The longest sentence of the user's that a message quotes.
const SAID_WORDS: usize = 18;

/// About how many words explaining a term of jargon adds.
const GLOSS_WORDS: usize = 3;

#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub kind: &'static str,
    /// Slot values ready to say.
    pub slots: BTreeMap<&'static str, String>,
    /// Slot values in the user's words, put in plain words only when the claim is said (most
    /// claims of a long text never are).
    pub in_user_words: BTreeMap<&'static str, String>,
    /// Fact ids, then derived figure ids.
    pub sources: Vec<String>,
    /// Derived figures the claim's slots use (for the message's workings).
    pub derived: Vec<String>,
    /// The level of the business figure it carries (money, time, risk), if any.
    pub level: Option<Level>,
    /// Whether that figure is a gain (a saving, time given back) rather than a cost.
    pub gain: bool,
}

impl Claim {
    fn new(kind: &'static str, fact: &Fact) -> Claim {
        Claim::about(kind, vec![fact.id.clone()])
    }

    /// A claim of `kind` drawn from the facts and figures `sources`.
    pub(super) fn about(kind: &'static str, sources: Vec<String>) -> Claim {
        Claim {
            kind,
            slots: BTreeMap::new(),
            in_user_words: BTreeMap::new(),
            sources,
            derived: Vec::new(),
            level: None,
            gain: false,
        }
    }

    /// Marks the claim as carrying a business figure of `level`.
    pub(super) fn at(mut self, level: Level, gain: bool) -> Claim {
        self.level = Some(level);
        self.gain = gain;
        self
    }

    /// How early a message that leads with value says it: money gained, then time, then risk,
    /// then everything else (costs and counts).
    pub fn value_rank(&self) -> usize {
        match (self.level, self.gain) {
            (Some(level), true) => level as usize,
            (Some(Level::Risk), false) => Level::Risk as usize,
            _ => Level::Operational as usize,
        }
    }

    /// A claim about a percentage of something: `{pct}` of `{measures}`.
    fn percentage(kind: &'static str, fact: &Fact, measures: &str) -> Claim {
        let mut c = Claim::new(kind, fact);
        c.set("pct", english::percent(fact.value));
        c.set_measures(measures);
        c
    }

    /// A slot in the user's words, to be put in plain words when said.
    pub(super) fn set_users(&mut self, name: &'static str, value: String) {
        if !value.trim().is_empty() {
            self.in_user_words.insert(name, value);
        }
    }

    /// Every slot's value, ready to say: the user's words in plain words (a quoted sentence only
    /// while it stays short).
    #[cfg(test)]
    pub fn values(&self, translator: &mut Translator) -> BTreeMap<&'static str, String> {
        let mut values = self.slots.clone();
        values.extend(self.values_of(|_| true, translator));
        values
    }

    /// Whether this claim, worked out from the value model, says what `other` (a fact's own
    /// claim) would: the same kind of thing, from the same fact.
    fn covers(&self, other: &Claim) -> bool {
        let same = matches!(
            (self.kind, other.kind),
            ("time_given_back", "time_given_back")
                | ("saving", "saving")
                | ("spend", "spend")
                | ("payback" | "payback_late", "spend")
                | ("revenue" | "exposure", "continuity" | "stake")
                | ("uptime_gain", "improvement" | "change")
        );
        same && other.sources.first().is_some_and(|id| self.sources.contains(id))
    }

    /// A slot's value that needs no plain words (a figure, a verb form), if it has one.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.slots.get(name).map(String::as_str)
    }

    /// The values of the slots in the user's words that `wanted` says, put in plain words (only
    /// those are); they stand before `value`'s.
    pub fn values_of(
        &self,
        wanted: impl Fn(&str) -> bool,
        translator: &mut Translator,
    ) -> BTreeMap<&'static str, String> {
        let mut values = BTreeMap::new();
        for (name, raw) in self.in_user_words.iter().filter(|(name, _)| wanted(name)) {
            // The user's sentence is said as written (its jargon explained beside it); a
            // short phrase the message says as its own is restated in plain words.
            if *name == "said" || *name == "action" {
                let plain = translator.plain(raw);
                // Each term of jargon will be explained beside it: a few words more to say.
                let explained = find_jargon_with(&plain, &translator.glossary).len() * GLOSS_WORDS;
                if word_count(&plain) + explained <= SAID_WORDS {
                    values.insert(*name, plain);
                }
            } else {
                values.insert(*name, translator.restate(raw));
            }
        }
        values
    }

    pub(super) fn set(&mut self, name: &'static str, value: String) {
        if !value.trim().is_empty() {
            self.slots.insert(name, value);
        }
    }

    /// What the claim measures, and the verb forms that agree with it: `{measures} {is} down`,
    /// `{measures} take{s}`, `now {it} take{s}` ("restores are", "close takes", "they take").
    pub(super) fn set_measures(&mut self, measures: &str) {
        // "cutting the BT phone bill" is what was done; what it measures is "the BT phone bill".
        let measures = without_action(measures);
        let measures = &measures[..];
        // "costs" alone names nothing the money was spent on.
        let only_cost = measures
            .split_whitespace()
            .all(|w| claim_words().cost_words.iter().any(|c| c.eq_ignore_ascii_case(w)));
        if measures.trim().is_empty() || only_cost {
            return;
        }
        self.set_users("measures", measures.to_string());
        // What takes the time, for "{taking} used to take 10 minutes. Now {taking_it}
        // take{taking_s} 1 minute":
        // the task a time measures ("the time for fixing invoices" → "fixing invoices"), else
        // the thing itself ("month-end close").
        let task = measures.strip_prefix("the time for ").filter(|t| {
            t.starts_with("each ") || t.split_whitespace().next().is_some_and(|w| w.ends_with("ing"))
        });
        let timed = matches!(self.kind, "improvement" | "change" | "setback");
        let taking = match task.filter(|_| timed) {
            Some(task) => Some((task, false)),
            // "Accounts used to take 6 minutes" says nothing of what took the time.
            None if timed
                && !measures.starts_with("the time")
                && measures != "time taken"
                && !crate::engine::facts::names_people(measures) =>
            {
                Some((measures, english::is_plural(measures)))
            }
            None => None,
        };
        if let Some((taking, plural)) = taking {
            self.set_users("taking", taking.to_string());
            self.set("taking_it", if plural { "they" } else { "it" }.to_string());
            self.slots.insert("taking_s", if plural { "" } else { "s" }.to_string());
        }
        let plural = english::is_plural(measures);
        self.set("is", if plural { "are" } else { "is" }.to_string());
        self.slots.insert("s", if plural { "" } else { "s" }.to_string());
        self.set("it", if plural { "they" } else { "it" }.to_string());
    }

    /// Fills `name` with a derived figure's bare quantity ("270 hours").
    pub(super) fn use_figure(&mut self, name: &'static str, figure: Option<&DerivedFigure>) {
        self.use_words(name, figure, |d| d.figure.clone());
    }

    /// Fills `name` with words for a derived figure, and cites it.
    pub(super) fn use_words(
        &mut self,
        name: &'static str,
        figure: Option<&DerivedFigure>,
        words: impl Fn(&DerivedFigure) -> String,
    ) {
        if let Some(d) = figure {
            self.set(name, words(d));
            if !self.derived.contains(&d.id) {
                self.sources.push(d.id.clone());
                self.derived.push(d.id.clone());
            }
        }
    }
}
