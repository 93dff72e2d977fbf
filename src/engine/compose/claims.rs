//! Turns facts and derived figures into claims: one thing worth saying, of a known kind
//! ("continuity", "saving", "time_given_back"…), with the values its templates may use and the
//! ids of the facts and figures behind it. Every value is the user's figure or a derived one.

use std::collections::BTreeMap;

use super::translate::Translator;
use crate::engine::checks::find_jargon_with;
use crate::engine::english::{self, quantity};
use crate::engine::facts::MoneyRole;
use crate::engine::facts::{counts_persons, is_currency, Direction, Fact, FactKind, PercentMeaning};
use crate::engine::service::{ServiceInput, Understanding};
use crate::engine::text::{sentences, word_count};
use crate::engine::value::quantity::is_time_unit;
use crate::engine::value::{difference, DerivedFigure, Level, Meaning};

/// Every kind of claim, in no particular order (audiences order them).
pub fn claim_kinds() -> impl Iterator<Item = &'static str> {
    CLAIM_SLOTS.iter().map(|(kind, _)| *kind)
}

/// How many facts, in text order, become claims.
const MOST_CLAIMS: usize = 400;

/// The longest sentence of the user's that a message quotes.
const SAID_WORDS: usize = 18;
/// The fewest people a service is said to serve.
const FEWEST_SERVED: f64 = 10.0;

/// About how many words explaining a term of jargon adds.
const GLOSS_WORDS: usize = 3;

/// The slots each kind of claim may fill, besides `said` (the user's sentence) and the message's
/// own (`GLOBAL_SLOTS`): the contract between this code and the audiences' templates, checked
/// from both sides by tests.
pub const CLAIM_SLOTS: &[(&str, &[&str])] = &[
    ("continuity", &["uptime", "downtime_year", "downtime_month"]),
    (
        "improvement",
        &[
            "measures",
            "taking",
            "taking_it",
            "taking_s",
            "is",
            "s",
            "it",
            "before",
            "after",
            "time_before",
            "time_after",
            "difference",
            "pct",
        ],
    ),
    (
        "change",
        &[
            "measures",
            "taking",
            "taking_it",
            "taking_s",
            "is",
            "s",
            "it",
            "before",
            "after",
            "time_before",
            "time_after",
            "difference",
            "pct",
        ],
    ),
    (
        "setback",
        &[
            "measures",
            "taking",
            "taking_it",
            "taking_s",
            "is",
            "s",
            "it",
            "before",
            "after",
            "time_before",
            "time_after",
            "difference",
            "pct",
        ],
    ),
    ("saving", &["amount", "measures", "is", "s", "it", "monthly", "per_person", "over"]),
    ("spend", &["amount", "measures", "is", "s", "it", "per_person", "costs"]),
    (
        "time_given_back",
        &["time", "hours_year", "fte", "who", "whom", "worth", "each_time", "total", "whose_time", "doers"],
    ),
    ("payback", &["payback", "cost", "saving", "net", "horizon", "return"]),
    ("payback_late", &["payback", "cost", "saving", "net", "horizon", "return"]),
    ("revenue", &["revenue", "share", "exposed", "downtime_year"]),
    ("uptime_gain", &["avoided", "before", "after"]),
    ("exposure", &["exposed", "downtime_year", "rate"]),
    ("stake", &["rate"]),
    ("speed", &["time", "measures", "is", "s", "it"]),
    ("protection", &["count"]),
    ("reduction", &["pct", "measures", "is", "s", "it"]),
    ("cost_cut", &["pct", "measures", "is", "s", "it"]),
    ("growth", &["pct", "measures", "is", "s", "it"]),
    ("peak", &["multiple", "measures", "is", "s", "it"]),
    ("coverage", &["pct", "measures", "is", "s", "it"]),
    ("volume", &["count"]),
    ("scale", &["people", "things", "places"]),
    ("routine", &["frequency", "measures", "is", "s", "it"]),
    ("figure", &[]),
];

/// Slots every template may use: the message's own, filled when the input supports them (`goal`:
/// the organisation's goal the service serves, when its pack has one the service's text names;
/// `did`: what the user says was done; `own_does`: what the user says it does, in their words; `told`, `told_also`: the user's own sentences on what it
/// gives people), and those any claim may fill (`said`: the user's
/// sentence; `action`: what was done, when the claim's figure is told with it — "we introduced a
/// portal, and calls fell…" — so the message never links a result to an action the user did
/// not link it to; `so`: what the user says the claim's figure means).
pub const GLOBAL_SLOTS: &[&str] = &[
    "service",
    "pronoun",
    "own_does",
    "does",
    "protects",
    "at_risk",
    "people",
    "ask",
    "told",
    "told_also",
    "said",
    "so",
    "goal",
    "did",
    "action",
];

const CLAIM_WORDS_JSON: &str = data_file!("claim_words.json");

/// Words that tell kinds of claim apart (`data/claim_words.json`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ClaimWords {
    /// A count of these is threats stopped ("2.3 million phishing emails").
    threat_words: Vec<String>,
    /// A cut in these is money saved ("cut hosting costs by 30%").
    cost_words: Vec<String>,
    /// Actions that may start a phrase the user wrote for what changed ("cutting the phone
    /// bill"): what changed is the rest.
    action_words: Vec<String>,
    /// What starts a clause saying what a figure means for people (", so", ", which means"):
    /// with a leading space, lower-case; a mark without a comma keeps its last word.
    consequence_marks: Vec<String>,
    /// ", which" and a verb that says what the figure brings (", which brings us in line"): said
    /// as "it brings us in line".
    consequence_which: Vec<String>,
    /// Words before a count that make it what a service reaches ("for", "across", "serves").
    reach_before: Vec<String>,
    /// Words after a count that make it what a service reaches ("use", "rely").
    reach_after: Vec<String>,
    /// Things that going wrong ("outages", "complaints"): a count of them is no load handled.
    failure_words: Vec<String>,
    /// Places a service is used across ("branches", "offices"), unlike things it holds.
    place_words: Vec<String>,
}

fn claim_words() -> &'static ClaimWords {
    static WORDS: std::sync::OnceLock<ClaimWords> = std::sync::OnceLock::new();
    // Compiled in; the parse is proven by `claim_words_parse`.
    WORDS.get_or_init(|| serde_json::from_str(CLAIM_WORDS_JSON).unwrap_or_default())
}

/// Whether any word of `phrase` is one of `words`.
fn mentions(phrase: &str, words: &[String]) -> bool {
    phrase.to_lowercase().split([' ', '-']).any(|w| words.iter().any(|x| x == w))
}

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

/// The claims `understanding` supports, in fact order.
pub fn claims(input: &ServiceInput, understanding: &Understanding) -> Vec<Claim> {
    // A message says a handful of claims; the first facts of a huge paste give plenty to choose
    // from, and the rest cannot make it slower.
    let facts = &understanding.facts[..understanding.facts.len().min(MOST_CLAIMS)];
    let sentences_of = SentenceFinder::new(input, facts);
    // Derived figures by the fact they are worked out from, looked up once per fact.
    let mut by_fact: BTreeMap<&str, Vec<&DerivedFigure>> = BTreeMap::new();
    for d in &understanding.derived {
        if let Some(first) = d.from.first() {
            by_fact.entry(first.as_str()).or_default().push(d);
        }
    }
    let derived_from = |fact: &Fact, kind: Meaning, period: &str| {
        by_fact.get(fact.id.as_str()).and_then(|list| {
            list.iter()
                .copied()
                .find(|d| d.kind == kind && d.per.as_ref().map_or("", |p| p.unit.as_str()) == period)
        })
    };
    // The figures of the user's ask ("to extend it to our other 6 homes") belong to the ask.
    let ask = ask_clause(input, understanding);
    let in_ask = |f: &Fact| {
        ask.as_ref().is_some_and(|(field, clause)| {
            f.field == *field && f.span.is_some_and(|s| clause.start <= s.start && s.end <= clause.end)
        })
    };
    let mut out = Vec::new();
    for fact in facts.iter().filter(|f| !in_ask(f)) {
        let measures = fact.measures.clone();
        let mut claim = match (fact.kind, fact.meaning, fact.direction) {
            (FactKind::Percentage, Some(PercentMeaning::Availability), _) => {
                let mut c = Claim::new("continuity", fact).at(Level::Risk, true);
                c.set("uptime", english::percent(fact.value));
                c.use_figure("downtime_year", derived_from(fact, Meaning::Downtime, "year"));
                c.use_figure("downtime_month", derived_from(fact, Meaning::Downtime, "month"));
                c
            }
            (FactKind::Change, _, direction) => {
                let kind = match direction {
                    Some(Direction::Better) => "improvement",
                    Some(Direction::Worse) => "setback",
                    None => "change",
                };
                let mut c = Claim::new(kind, fact);
                c.set_measures(&measures);
                let from_unit = fact.from_unit.as_deref().unwrap_or(&fact.unit);
                // "£9,000 a month to £4,000 a month": the period belongs to both figures (what
                // they are each for is in what they measure: "password resets").
                let period =
                    |base: String| format!("{base}{}", english::scope_and_period(None, fact.per.as_ref()));
                // "Outage tickets went from 31 to 4": what they count is said once.
                let counted = fact.measures.eq_ignore_ascii_case(&fact.unit);
                let figure = |value: f64, unit: &str| {
                    if counted {
                        english::count_figure(value)
                    } else {
                        said(value, unit)
                    }
                };
                c.set("before", period(figure(fact.from.unwrap_or_default(), from_unit)));
                // "from 3 a year to none".
                let after = if counted && fact.value == 0.0 {
                    "none".to_string()
                } else {
                    period(figure(fact.value, &fact.unit))
                };
                c.set("after", after);
                // "used to take 2 days": only a time can be taken; the monthly report's time is
                // each time it is done, not a month's.
                if is_time_unit(&fact.unit) {
                    let period = |base: String| {
                        if crate::engine::facts::recurs(&fact.measures).is_some() {
                            base
                        } else {
                            period(base)
                        }
                    };
                    c.set("time_before", period(said(fact.from.unwrap_or_default(), from_unit)));
                    c.set("time_after", period(said(fact.value, &fact.unit)));
                }
                if let Some(d) = difference(fact) {
                    c.set("difference", format!("{} {}", d.amount, d.comparative));
                }
                c.use_figure("pct", derived_from(fact, Meaning::Change, "").filter(|d| d.unit == "%"));
                c
            }
            (FactKind::Money, _, _) => match fact.role {
                Some(MoneyRole::Saving) => {
                    let mut c = Claim::new("saving", fact).at(Level::Money, true);
                    c.set("amount", money_with_period(fact));
                    c.set_measures(&measures);
                    c.use_words("monthly", derived_from(fact, Meaning::Saving, "month"), |d| {
                        d.figure.clone()
                    });
                    c.use_words(
                        "over",
                        derived_from(fact, Meaning::Saving, "year")
                            .filter(|d| d.per.as_ref().is_some_and(|p| p.count > 1.0)),
                        |d| d.said.clone(),
                    );
                    c
                }
                // A cost for each item is a price: it feeds the figures worked out.
                Some(MoneyRole::Cost | MoneyRole::OneOffCost) if fact.each.is_none() => {
                    let mut c = Claim::new("spend", fact).at(Level::Money, false);
                    c.set("amount", money_with_period(fact));
                    // A one-off cost was paid; a running cost is paid.
                    let once = fact.role == Some(MoneyRole::OneOffCost);
                    c.set("costs", if once { "cost" } else { "costs" }.to_string());
                    c.set_measures(&measures);
                    let share = by_fact.get(fact.id.as_str()).and_then(|list| {
                        list.iter().copied().find(|d| d.kind == Meaning::Cost && d.each.is_some())
                    });
                    c.use_words("per_person", share, |d| d.said.clone());
                    c
                }
                // What it costs when it is down ("an outage would cost £1.2 million a day").
                Some(MoneyRole::DowntimeRate) => {
                    let mut c = Claim::new("stake", fact).at(Level::Risk, true);
                    c.set("rate", money_with_period(fact));
                    c
                }
                // Money taken on a day the user names ("On a busy day we take around £38,000"): a
                // figure in their words, not a rate to work from.
                Some(MoneyRole::Revenue) if fact.per.is_none() && fact.each.is_none() => {
                    Claim::new("figure", fact).at(Level::Money, true)
                }
                // Asks, prices and rates feed the figures worked out; said alone they would be
                // misread as costs.
                _ => continue,
            },
            (FactKind::Duration, _, Some(Direction::Better)) => {
                let mut c = Claim::new("time_given_back", fact);
                c.set("time", time_with_period(fact));
                // Whom the time is for, when the user said ("each home manager").
                if let Some(each) = fact.each.as_deref().filter(|e| english::is_person(e)) {
                    c.set_users("whom", format!("each {}", english::person_word(each)));
                }
                let hours = derived_from(fact, Meaning::TimeSaved, "year");
                c.use_figure("hours_year", hours);
                c.use_words("fte", derived_from(fact, Meaning::FullTimeEquivalents, ""), |d| d.said.clone());
                // Only people get time back ("300 agents"), not the tickets it was counted over.
                let who = hours
                    .and_then(|h| h.from.get(1))
                    .and_then(|id| understanding.facts.iter().find(|f| &f.id == id))
                    .filter(|f| f.kind == FactKind::People);
                if let Some(who) = who {
                    c.set_users("who", said(who.value, &who.unit));
                    c.sources.push(who.id.clone());
                }
                c
            }
            (FactKind::Duration, _, _) => {
                let mut c = Claim::new("speed", fact);
                c.set("time", time_with_period(fact));
                c.set_measures(&measures);
                c
            }
            (FactKind::Count, _, _) if is_threat(&fact.unit) => {
                let mut c = Claim::new("protection", fact).at(Level::Risk, true);
                c.set_users("count", count_with_period(fact));
                c
            }
            // "30 meeting rooms", "12 libraries": what it covers; "2,000 meetings a month": what
            // it handles.
            (FactKind::Count, _, _) if fact.per.is_none() && !reached(input, fact) => continue,
            (FactKind::Count, _, _) if fact.per.is_none() => {
                let mut c = Claim::new("scale", fact);
                c.set_users("things", said(fact.value, &fact.unit));
                // "two offices", "14 shops": places it is used across; "3,200 scores" are not.
                if mentions(&fact.unit, &claim_words().place_words) {
                    c.set_users("places", said(fact.value, &fact.unit));
                }
                c
            }
            // "fell by 30% from 40,000 a month": what it was before, said by the change.
            (FactKind::Count, _, _)
                if understanding
                    .derived
                    .iter()
                    .any(|d| d.kind == Meaning::Fewer && d.from.contains(&fact.id)) =>
            {
                continue
            }
            // "2 or 3 outages a month" is no load it handles: said in the user's words.
            (FactKind::Count, _, _) if mentions(&fact.unit, &claim_words().failure_words) => {
                Claim::new("figure", fact)
            }
            (FactKind::Count, _, _) => {
                let mut c = Claim::new("volume", fact);
                c.set_users("count", count_with_period(fact));
                c
            }
            // A rise or fall nobody can call good or bad is quoted in the user's words, not framed.
            (FactKind::Percentage, Some(PercentMeaning::Reduction | PercentMeaning::Growth), None) => {
                Claim::new("figure", fact)
            }
            (FactKind::Percentage, Some(PercentMeaning::Reduction), _)
                if mentions(&fact.measures, &claim_words().cost_words) =>
            {
                Claim::percentage("cost_cut", fact, &measures)
            }
            (FactKind::Percentage, Some(PercentMeaning::Reduction), _) => {
                Claim::percentage("reduction", fact, &measures)
            }
            (FactKind::Percentage, Some(PercentMeaning::Growth), Some(Direction::Worse)) => {
                Claim::percentage("setback", fact, &measures)
            }
            (FactKind::Percentage, Some(PercentMeaning::Growth), _) => {
                Claim::percentage("growth", fact, &measures)
            }
            (FactKind::Percentage, Some(PercentMeaning::Share), _) => {
                Claim::percentage("coverage", fact, &measures)
            }
            (FactKind::Percentage, _, _) => Claim::new("figure", fact),
            (FactKind::Multiple, _, _) => {
                let mut c = Claim::new("peak", fact);
                c.set("multiple", format!("{} times", english::number(fact.value)));
                c.set_measures(&measures);
                c
            }
            // Whom it serves ("1,200 staff"), or what it covers ("900 laptops", "20 suppliers").
            // A handful of people is a team, not the reach of a service ("two analysts left"); and
            // people or things are its reach only when the words say so ("for 1,200 staff",
            // "across 12 practices", "18,000 students use them"), not "we hired 35 people".
            (FactKind::People, _, _) if counts_persons(&fact.unit) && fact.value < FEWEST_SERVED => continue,
            (FactKind::People, _, _) if fact.per.is_none() && !reached(input, fact) => continue,
            (FactKind::People, _, _) => {
                let mut c = Claim::new("scale", fact);
                let slot = if counts_persons(&fact.unit) { "people" } else { "things" };
                c.set_users(slot, said(fact.value, &fact.unit));
                if slot == "things" && mentions(&fact.unit, &claim_words().place_words) {
                    c.set_users("places", said(fact.value, &fact.unit));
                }
                c
            }
            (FactKind::Frequency, _, _) => {
                let mut c = Claim::new("routine", fact);
                c.set("frequency", frequency_words(&fact.unit));
                c.set_measures(&measures);
                c
            }
        };
        // The user's own sentence, when it is short enough to say as it is, and what they say
        // the figure means ("…, so test results reach the ward within seconds").
        if let Some(sentence) = sentences_of.containing(fact) {
            // Said as it is only when no other figure is in it, bar a time or a frequency that
            // qualifies this one ("98% … within 14 days"): each figure is said once, in its own
            // claim's words; and
            // what the sentence says its figures mean goes with the first of them.
            let same = |f: &&Fact| {
                sentences_of.containing(f).is_some_and(|s| std::ptr::eq(s.as_ptr(), sentence.as_ptr()))
            };
            let qualifier = |f: &Fact| matches!(f.kind, FactKind::Duration | FactKind::Frequency);
            let alone = !facts.iter().filter(same).any(|f| f.id != fact.id && !qualifier(f));
            let first = facts.iter().find(same).is_some_and(|f| f.id == fact.id);
            if alone && word_count(sentence) <= SAID_WORDS {
                claim.set_users("said", sentence.to_string());
            } else if let Some(clause) =
                clause_of(sentence, fact).filter(|c| (5..=SAID_WORDS).contains(&word_count(c)))
            {
                // A long sentence: the clause the figure is in ("On a busy day we take around
                // £38,000 in advance sales, and last August…"), when no other figure is in it.
                let others = facts
                    .iter()
                    .filter(same)
                    .any(|f| f.id != fact.id && !qualifier(f) && clause.contains(f.text.as_str()));
                if !others {
                    let clause = clause.trim_end_matches([',', ';', '.']);
                    let mut chars = clause.chars();
                    let capital: String =
                        chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
                    claim.set_users("said", format!("{capital}."));
                }
            }
            if let Some(so) = consequence(sentence).filter(|_| first) {
                claim.set_users("so", so);
            }
        }
        out.push(claim);
    }
    let worked = super::value_claims::value_claims(understanding);
    // A fact said better by a claim worked out from it is not said on its own as well.
    out.retain(|c| !worked.iter().any(|w| w.covers(c)));
    out.extend(worked);
    // "Our billing clerks used to spend 25 hours a week…": who gets the time back.
    for claim in out.iter_mut().filter(|c| c.kind == "time_given_back" && c.value("who").is_none()) {
        let doers = facts_behind(claim, understanding)
            .filter(|f| f.kind == FactKind::Change)
            .find_map(|f| sentences_of.containing(f).and_then(|s| doers(s, f)));
        if let Some(doers) = doers {
            claim.set_users("doers", doers);
        }
    }
    if let Some(action) = crate::engine::story::action(&input.description) {
        for claim in out.iter_mut().filter(|c| told_with(c, &action, input, understanding)) {
            claim.set_users("action", action.said.clone());
        }
    }
    // What rests on the user's estimate is said as one: "an estimated £7,000 a year".
    for claim in out.iter_mut().filter(|c| rests_on_estimate(c, understanding)) {
        for slot in ESTIMATED_SLOTS {
            if let Some(value) = claim.slots.get(slot).filter(|v| v.starts_with(|c: char| !c.is_alphabetic()))
            {
                let said = format!("an estimated {value}");
                claim.slots.insert(slot, said);
            }
        }
    }
    out
}

/// The slots whose figures an estimate makes estimates.
const ESTIMATED_SLOTS: &[&str] =
    &["amount", "saving", "hours_year", "total", "worth", "revenue", "net", "payback"];

/// Whether a figure of `claim`, or one it was worked out from, is the user's estimate.
fn rests_on_estimate(claim: &Claim, understanding: &Understanding) -> bool {
    facts_behind(claim, understanding).any(|f| f.estimated)
}

/// The user's facts a claim says or was worked out from.
fn facts_behind<'u>(claim: &Claim, understanding: &'u Understanding) -> impl Iterator<Item = &'u Fact> {
    let ids: Vec<String> = claim
        .sources
        .iter()
        .flat_map(|id| crate::engine::value::chain::tree(&understanding.derived, id))
        .collect();
    understanding.facts.iter().filter(move |f| ids.contains(&f.id))
}

/// The clause of `sentence` that holds `fact`'s words, between ", and", "; ", ", so" and ", but".
fn clause_of<'s>(sentence: &'s str, fact: &Fact) -> Option<&'s str> {
    let at = sentence.find(fact.text.as_str())?;
    let marks = [", and ", "; ", ", so ", ", but ", ", which "];
    let start = marks.iter().filter_map(|m| sentence[..at].rfind(m).map(|i| i + m.len())).max().unwrap_or(0);
    let end_from = at + fact.text.len();
    let end = marks
        .iter()
        .filter_map(|m| sentence[end_from..].find(m).map(|i| end_from + i))
        .min()
        .unwrap_or(sentence.len());
    sentence.get(start..end).map(str::trim)
}

/// The people a sentence says spent the time a change measures, when it opens with them: "Our
/// billing clerks used to spend…" → "billing clerks"; `None` for "Payroll used to take…".
fn doers(sentence: &str, change: &Fact) -> Option<String> {
    let before = sentence.get(..sentence.find(change.text.as_str())?)?;
    let words: Vec<&str> = before.split_whitespace().collect();
    let start =
        usize::from(words.first().is_some_and(|w| matches!(w.to_lowercase().as_str(), "our" | "the" | "my")));
    let who = words.get(start..)?;
    let who = who.strip_suffix(&["between", "them"]).unwrap_or(who);
    let phrase = who.join(" ");
    ((1..=3).contains(&who.len()) && counts_persons(&phrase) && !phrase.contains(['.', ',', ';']))
        .then(|| phrase.to_lowercase())
}

/// Whether a figure of `claim`, or one it was worked out from, is in the sentence that tells
/// `action`, or in the next when that one points back to it ("We ended the contract… That saves
/// us £9,600 a year").
fn told_with(
    claim: &Claim,
    action: &crate::engine::story::Action,
    input: &ServiceInput,
    understanding: &Understanding,
) -> bool {
    let text = &input.description;
    let next = text.get(action.sentence.end..).unwrap_or_default();
    let start = action.sentence.end + (next.len() - next.trim_start().len());
    let next = next.trim_start();
    let points_back =
        ["That ", "This ", "Doing so ", "Doing this ", "The change ", "The move ", "The switch "]
            .iter()
            .any(|p| next.starts_with(p));
    let end = start + next.find(['.', '!', '?']).unwrap_or(next.len());
    let within = |s: &crate::engine::facts::Span, range: std::ops::Range<usize>| {
        range.start <= s.start && s.end <= range.end
    };
    facts_behind(claim, understanding).any(|f| {
        f.field == "description"
            && f.span.is_some_and(|s| {
                within(&s, action.sentence.clone()) || (points_back && within(&s, start..end))
            })
    })
}

/// Whether the words around a count say the service reaches those people or things: a reach
/// word just before it ("for", "across", "serves") or just after ("use", "rely on").
fn reached(input: &ServiceInput, fact: &Fact) -> bool {
    let Some(span) = fact.span else { return true };
    let Some(text) = input.fields().into_iter().find(|(name, _)| *name == fact.field).map(|(_, t)| t) else {
        return true;
    };
    let lower = |s: &str| s.to_lowercase();
    let before: Vec<String> =
        text.get(..span.start).unwrap_or_default().split_whitespace().rev().take(3).map(lower).collect();
    let after: Vec<String> =
        text.get(span.end..).unwrap_or_default().split_whitespace().take(3).map(lower).collect();
    let w = claim_words();
    let clean = |t: &String| t.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    before.iter().map(clean).any(|t| w.reach_before.contains(&t))
        || after.iter().map(clean).any(|t| w.reach_after.contains(&t))
}

/// What the user says a sentence's figure means, in their words: the clause after ", so" or
/// ", which means" ("so a lost laptop is no longer a data breach" → "a lost laptop is no longer
/// a data breach"), when it gives no figure of its own (that figure is a claim of its own).
fn consequence(sentence: &str) -> Option<String> {
    let lower = sentence.to_lowercase();
    let w = claim_words();
    let marks = w.consequence_marks.iter().chain(&w.consequence_which);
    // ("an hour or so a day" is no consequence.)
    let (at, mark) = marks
        .filter_map(|m| lower.find(m.as_str()).map(|i| (i, m)))
        .filter(|(i, _)| !lower[..*i].ends_with(" or"))
        .min_by_key(|(i, m)| (*i, std::cmp::Reverse(m.len())))?;
    // ", which brings us in line" says what it does: "it brings us in line". A mark with no
    // comma ends in the clause's first word ("so a"): keep that word.
    let (skip, lead) = if w.consequence_which.contains(mark) {
        (", which ".len(), "it ")
    } else if mark.starts_with(',') {
        (mark.len(), "")
    } else {
        (mark.trim_end().rfind(' ').map_or(mark.len(), |s| s + 1), "")
    };
    let clause = sentence.get(at + skip..)?.trim().trim_end_matches(['.', '!', ';']);
    let figure = clause.chars().any(|c| c.is_ascii_digit());
    (word_count(clause) >= 3 && !figure).then(|| format!("{lead}{clause}"))
}

/// The words in which the user asked for money, when they did so in their description: their
/// sentence from the clause that asks ("…, but we need £25,000 to add a queueing system").
pub fn ask_sentence<'i>(input: &'i ServiceInput, understanding: &Understanding) -> Option<&'i str> {
    let (field, clause) = ask_clause(input, understanding)?;
    let text = input.fields().into_iter().find(|(name, _)| *name == field)?.1;
    text.get(clause).map(str::trim)
}

/// The field and place of the clause in which the user asked for money in their text.
fn ask_clause(
    input: &ServiceInput,
    understanding: &Understanding,
) -> Option<(String, std::ops::Range<usize>)> {
    let asked = understanding.facts.iter().find(|f| f.role == Some(MoneyRole::Ask) && f.field != "ask")?;
    let sentence = SentenceFinder::new(input, std::slice::from_ref(asked)).containing(asked)?;
    let text = input.fields().into_iter().find(|(name, _)| *name == asked.field)?.1;
    let start = text.find(sentence)?;
    let at = asked.span?.start.checked_sub(start)?;
    let clause = [", but ", "; ", ", and ", ", so "]
        .iter()
        .filter_map(|mark| sentence.get(..at)?.rfind(mark).map(|i| i + mark.len()))
        .max()
        .unwrap_or(0);
    Some((asked.field.clone(), start + clause..start + sentence.len()))
}

/// The first people figure that counts persons ("1,200 staff"); not "900 laptops".
pub fn people(understanding: &Understanding, translator: &mut Translator) -> Option<String> {
    let people = understanding.facts.iter().filter(|f| f.kind == FactKind::People);
    let best = people.clone().find(|f| counts_persons(&f.unit))?;
    Some(translator.plain(&said(best.value, &best.unit)))
}

/// The user's figure as it reads in a sentence: "1,200 staff", "2.3 million phishing emails".
fn said(value: f64, unit: &str) -> String {
    match unit {
        "%" | "x" | "" => quantity(value, unit),
        _ if is_currency(unit) => quantity(value, unit),
        _ if is_time_unit(unit) => quantity(value, unit),
        // "two hotels", "nine councillors": a small count of things said in words.
        _ if unit.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-') => {
            format!(
                "{} {unit}",
                english::small_number_word(value).unwrap_or_else(|| english::count_figure(value))
            )
        }
        _ => format!("{} {unit}", english::count_figure(value)),
    }
}

fn with_period(base: String, fact: &Fact) -> String {
    format!("{base}{}", english::scope_and_period(fact.each.as_deref(), fact.per.as_ref()))
}

fn money_with_period(fact: &Fact) -> String {
    with_period(english::money(fact.value, &fact.unit), fact)
}

/// A time as one person gets it: "30 minutes a month" (for each manager: the templates say who),
/// or with what it is for each of when that is a thing ("10 minutes per form").
pub(super) fn time_with_period(fact: &Fact) -> String {
    let each = fact.each.as_deref().filter(|e| !english::is_person(e));
    format!("{}{}", said(fact.value, &fact.unit), english::scope_and_period(each, fact.per.as_ref()))
}

fn count_with_period(fact: &Fact) -> String {
    with_period(said(fact.value, &fact.unit), fact)
}

fn frequency_words(period: &str) -> String {
    match period {
        "continuous" => "around the clock".to_string(),
        other => format!("every {other}"),
    }
}

/// A phrase without the action it starts with, or a "now" inside it: "cutting the BT phone
/// bill" → "the BT phone bill", "hosting now costs" → "hosting costs" (the actions are
/// `claim_words.json`'s `action_words`).
fn without_action(phrase: &str) -> String {
    let trimmed = phrase.trim();
    let rest = match trimmed.split_once(' ') {
        Some((first, rest)) if claim_words().action_words.iter().any(|a| a.eq_ignore_ascii_case(first)) => {
            rest.trim()
        }
        _ => trimmed,
    };
    rest.split(' ').filter(|w| !w.eq_ignore_ascii_case("now")).collect::<Vec<_>>().join(" ")
}

fn is_threat(noun: &str) -> bool {
    mentions(noun, &claim_words().threat_words)
}

/// How far past a fact the sentence finder reads to finish its sentence: more than any sentence
/// short enough to quote.
const SENTENCE_TAIL: usize = 2_000;

/// Finds the sentence a fact came from, to quote the user's own words.
struct SentenceFinder<'a> {
    fields: Vec<(&'static str, &'a str, Vec<std::ops::Range<usize>>)>,
}

impl<'a> SentenceFinder<'a> {
    /// Sentences of each field as far as the last of `facts` in it reaches (and a little beyond,
    /// to finish its sentence).
    fn new(input: &'a ServiceInput, facts: &[Fact]) -> SentenceFinder<'a> {
        let fields = input
            .fields()
            .into_iter()
            .map(|(name, text)| {
                let reach =
                    facts.iter().filter(|f| f.field == name).filter_map(|f| f.span).map(|s| s.end).max();
                let mut end = reach.map_or(0, |r| (r + SENTENCE_TAIL).min(text.len()));
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                (name, text, sentences(&text[..end]).into_iter().map(|s| s.span).collect())
            })
            .collect();
        SentenceFinder { fields }
    }

    fn containing(&self, fact: &Fact) -> Option<&'a str> {
        let span = fact.span?;
        let (_, text, spans) = self.fields.iter().find(|(name, _, _)| *name == fact.field)?;
        let i = spans.partition_point(|s| s.end <= span.start);
        let sentence = spans.get(i).filter(|s| s.start <= span.start)?;
        text.get(sentence.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::service::understand;

    fn claims_of(text: &str) -> Vec<(String, Vec<(String, String)>)> {
        let input = ServiceInput::from_description(text);
        let u = understand(&input);
        let mut t = Translator::default();
        claims(&input, &u)
            .into_iter()
            .map(|c| {
                let slots = c
                    .values(&mut t)
                    .into_iter()
                    .filter(|(k, _)| *k != "said")
                    .map(|(k, v)| (k.to_string(), v))
                    .collect();
                (c.kind.to_string(), slots)
            })
            .collect()
    }

    fn slot(pairs: &[(String, String)], name: &str) -> String {
        pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    #[test]
    fn uptime_is_a_continuity_claim_with_its_downtime() {
        let c = claims_of("We run mail for 1,200 staff at 99.95% uptime.");
        assert_eq!(c[0].0, "scale");
        assert_eq!(slot(&c[0].1, "people"), "1,200 staff");
        assert_eq!(c[1].0, "continuity");
        assert_eq!(slot(&c[1].1, "downtime_year"), "4.4 hours");
        assert_eq!(slot(&c[1].1, "downtime_month"), "22 minutes");
    }

    #[test]
    fn before_and_after_is_an_improvement_with_its_difference() {
        let c = claims_of("Month-end close went from 6 days to 3 days.");
        assert_eq!(c[0].0, "improvement");
        assert_eq!(slot(&c[0].1, "measures"), "month-end close");
        assert_eq!(slot(&c[0].1, "before"), "6 days");
        assert_eq!(slot(&c[0].1, "after"), "3 days");
        assert_eq!(slot(&c[0].1, "difference"), "3 days shorter");
        assert_eq!(slot(&c[0].1, "pct"), "50%");
    }

    #[test]
    fn threats_stopped_are_protection_and_other_counts_volume() {
        let c = claims_of("We blocked 2.3 million phishing emails and closed 900 tickets a month.");
        assert_eq!(
            (c[0].0.as_str(), slot(&c[0].1, "count")),
            ("protection", "2.3 million phishing emails".into())
        );
        assert_eq!((c[1].0.as_str(), slot(&c[1].1, "count")), ("volume", "900 tickets a month".into()));
    }

    #[test]
    fn time_saved_brings_its_yearly_hours_and_people() {
        let c = claims_of("Each of 300 agents saves 20 minutes a day.");
        let saved = c.iter().find(|x| x.0 == "time_given_back").map(|x| x.1.clone()).unwrap_or_default();
        assert_eq!(slot(&saved, "time"), "20 minutes a day");
        assert_eq!(slot(&saved, "hours_year"), "22,000 hours");
        assert_eq!(slot(&saved, "fte"), "13.3 full-time people");
        assert_eq!(slot(&saved, "who"), "300 agents");
    }

    #[test]
    fn every_claim_fills_only_the_slots_its_kind_promises() {
        let text = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/inputs"))
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        let input = ServiceInput::from_description(&text);
        let u = understand(&input);
        let found = claims(&input, &u);
        let kinds: std::collections::BTreeSet<&str> = found.iter().map(|c| c.kind).collect();
        assert!(kinds.len() >= 12, "the corpus exercises most kinds: {kinds:?}");
        for c in &found {
            let promised =
                CLAIM_SLOTS.iter().find(|(k, _)| *k == c.kind).map(|(_, s)| *s).unwrap_or_default();
            for slot in c.slots.keys().chain(c.in_user_words.keys()) {
                assert!(promised.contains(slot) || GLOBAL_SLOTS.contains(slot), "{} fills {slot}", c.kind);
            }
        }
    }

    #[test]
    fn claim_words_parse() {
        let parsed: Result<ClaimWords, _> = serde_json::from_str(CLAIM_WORDS_JSON);
        assert!(parsed.is_ok_and(|w| !w.threat_words.is_empty()
            && !w.cost_words.is_empty()
            && !w.action_words.is_empty()));
        assert_eq!(without_action("cutting the BT phone bill"), "the BT phone bill");
        assert_eq!(without_action("printing costs"), "printing costs", "a noun in -ing stays");
    }

    #[test]
    fn a_cut_in_costs_is_a_cost_claim_and_a_period_stays_with_its_figures() {
        let c = claims_of("We cut hosting costs by 30%. Call costs fell from £9,000 a month to £4,000 a month. Agents save 12 minutes per ticket.");
        assert_eq!(c[0].0, "cost_cut");
        assert_eq!(
            (slot(&c[1].1, "before"), slot(&c[1].1, "after")),
            ("£9,000 a month".into(), "£4,000 a month".into())
        );
        assert_eq!(slot(&c[2].1, "time"), "12 minutes per ticket");
    }

    #[test]
    fn verbs_agree_with_what_is_measured() {
        let c =
            claims_of("Restores went from 2 days to 3 hours. Month-end close went from 6 days to 3 days.");
        assert_eq!(
            (slot(&c[0].1, "is"), slot(&c[0].1, "s"), slot(&c[0].1, "it")),
            ("are".into(), String::new(), "they".into())
        );
        assert_eq!(
            (slot(&c[1].1, "is"), slot(&c[1].1, "s"), slot(&c[1].1, "it")),
            ("is".into(), "s".into(), "it".into())
        );
        assert!(
            english::is_plural("month-end reports")
                && english::is_plural("staff")
                && !english::is_plural("process")
                && !english::is_plural("access")
        );
    }

    #[test]
    fn an_estimate_is_said_as_one() {
        let c = claims_of("It cost £12,000 and we reckon it saves about £7,000 a year.");
        let saving = c.iter().find(|x| x.0 == "saving").map(|x| slot(&x.1, "amount")).unwrap_or_default();
        assert_eq!(saving, "an estimated £7,000 a year");
        let plain = claims_of("It saves about £7,000 a year.");
        assert_eq!(
            plain.iter().find(|x| x.0 == "saving").map(|x| slot(&x.1, "amount")).unwrap_or_default(),
            "£7,000 a year"
        );
    }

    #[test]
    fn the_users_sentence_is_kept_in_their_words() {
        let input = ServiceInput::from_description("Intro. The VPN serves 40 sites. Done.");
        let u = understand(&input);
        let mut t = Translator::default();
        let c = claims(&input, &u);
        let said = c[0].values(&mut t).get("said").cloned().unwrap_or_default();
        assert_eq!(said, "the VPN serves 40 sites.", "explained beside the term later, never swapped");
    }
}
