//! The value model: works out what a service's figures are worth. The user's facts enter as
//! quantities with a meaning (time given back, a price, a volume…); small rules, each in the file
//! of its concern, combine what agrees in unit, period and scope into new figures, round after
//! round until nothing new follows (a fixed point, a few steps deep). Every figure keeps its
//! working, the assumptions it rests on, the ids it came from and a formula that recomputes it;
//! where one missing figure would turn the result into money, the model names it.

pub mod assumptions;
mod availability;
mod business_case;
pub mod chain;
mod change;
pub mod figure;
mod missing;
mod offered;
mod periods;
pub mod quantity;
mod said;
mod staff_time;
mod totals;
mod words;

use std::collections::BTreeSet;

use crate::engine::english;
use crate::engine::facts::{Fact, FactKind, MoneyRole};
pub use assumptions::{AssumptionId, AssumptionUsed, Assumptions, HourlyCost, Resolved, Setting, Source};
pub use change::{difference, Difference};
pub use figure::{DerivedFigure, Expr, Level, Meaning};
pub use missing::{Missing, MissingKind};
pub use offered::offered;
use quantity::{seconds_in, Quantity, Unit};
pub use said::payback_spoken;
pub use words::is_non_staff;

/// How many facts the model reads: a message says a handful of figures, and the first facts of
/// a huge paste give plenty, so the work stays bounded.
const MOST_FACTS: usize = 400;
/// How many rounds of rules: chains are a few steps deep (a change × a volume → a month → a
/// year → full-time people → money → payback).
const ROUNDS: usize = 8;
/// How many figures the model works out at most.
const MOST_FIGURES: usize = 400;

/// What the model works out for one service.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Worked {
    pub derived: Vec<DerivedFigure>,
    /// Every assumption a derived figure rests on, once each.
    pub assumptions: Vec<AssumptionUsed>,
    /// The one figure that would turn the most valuable result into money, when one would.
    pub missing: Option<Missing>,
}

/// Everything that can honestly be worked out from `facts`, read from `texts` (each field's
/// name and the part of its text that was read), with `assumptions` in force.
pub fn work_out(facts: &[Fact], texts: &[(&str, &str)], assumptions: &Resolved) -> Worked {
    let facts = &facts[..facts.len().min(MOST_FACTS)];
    let mut pool = Pool::new(facts, texts, assumptions);
    // What follows from the facts alone, once; then what follows from what is known, round after
    // round, until nothing new does.
    for rules in std::iter::once(FROM_FACTS).chain(std::iter::repeat_n(CHAINED, ROUNDS)) {
        let steps: Vec<Step> = rules.iter().flat_map(|rule| rule(&pool)).collect();
        let mut added = false;
        for step in steps {
            added |= pool.add(step);
        }
        if (!added && rules == CHAINED) || pool.figures.len() >= MOST_FIGURES {
            break;
        }
    }
    let missing = missing::find(&pool);
    let derived: Vec<DerivedFigure> = pool.figures.iter().map(|&k| pool.figure(k)).collect();
    let rests_on = |id: &AssumptionId| derived.iter().any(|d| d.assumptions.contains(id));
    let assumptions = AssumptionId::ALL
        .into_iter()
        .filter(rests_on)
        .filter_map(|id| assumptions.used(id, said::assumption(id, assumptions)))
        .collect();
    Worked { derived, assumptions, missing }
}

/// A rule: what follows from the quantities known so far.
type Rule = fn(&Pool<'_>) -> Vec<Step>;

/// The rules that read only the user's facts.
const FROM_FACTS: &[Rule] = &[
    availability::downtime,
    availability::downtime_avoided,
    change::percent_change,
    change::differences,
    totals::per_person,
    totals::percent_of_base,
    totals::occasions,
    periods::per_month,
];

/// The rules that read figures worked out too.
const CHAINED: &[Rule] = &[
    totals::each_times_volume,
    totals::each_times_people,
    periods::per_year,
    staff_time::full_time,
    staff_time::worth,
    availability::revenue_per_hour,
    availability::exposure,
    business_case::payback,
    business_case::over_horizon,
];

/// A quantity the model knows: one of the user's facts, or a figure worked out.
pub(crate) struct Known<'f> {
    /// "f3" for a fact, "d2" for a figure.
    pub id: String,
    pub meaning: Meaning,
    pub q: Quantity,
    /// What it is about, in the user's words ("password resets").
    pub about: String,
    /// The fact it is, for a fact.
    pub fact: Option<&'f Fact>,
    /// Which sentence of which field it is in (a figure: its first source's).
    pub place: Option<(&'f str, usize)>,
    /// How to get its amount: a fact's value in the model's units (minutes → hours), or a
    /// figure by id.
    pub term: Expr,
    /// For a figure: its formula, working, sources, assumptions and the rule that made it.
    pub formula: Option<Expr>,
    pub working: String,
    pub from: Vec<String>,
    pub assumptions: Vec<AssumptionId>,
    pub rule: &'static str,
}

impl Known<'_> {
    /// Its quantity in words: "9 minutes per reset", "1,800 resets a month".
    pub fn said(&self) -> String {
        english::said(&self.q)
    }

    /// Whether it is the time of people who are not staff ("1,400 pupils each save 10 minutes",
    /// a shorter wait): no staff cost may be put on it.
    pub fn is_others_time(&self, pool: &Pool<'_>) -> bool {
        let theirs = |k: &Known<'_>| {
            k.fact.is_some_and(|f| {
                words::is_non_staff(&f.unit) || f.each.as_deref().is_some_and(words::is_non_staff)
            })
        };
        // A task's time that changed ("enrolling each new student took 25 minutes, now 8") is the
        // staff's who do it, however many students it is done for; unless its words say whose
        // ("customers' wait").
        // (Changes enter the model through their rules, so they are read from the facts.)
        let staff_task = pool.facts.iter().any(|f| {
            let task = f.measures.starts_with("the time for") || f.measures.starts_with("the time to");
            f.kind == crate::engine::facts::FactKind::Change
                && (task || !words::is_non_staff(&f.measures))
                && self.comes_from(&f.id, pool)
        });
        // A wait that got shorter ("average wait went from 6 minutes to 90 seconds") is the time
        // of those waiting: callers, customers, patients; unless its words say staff wait
        // ("engineers now wait 5 minutes for each build").
        let staff = |w: &str| crate::engine::facts::counts_persons(w) && !words::is_non_staff(w);
        let a_wait = pool.facts.iter().any(|f| {
            f.kind == crate::engine::facts::FactKind::Change
                && words::names_a_wait(&f.measures)
                && !f.measures.to_lowercase().split(' ').any(staff)
                && self.comes_from(&f.id, pool)
        });
        let people = pool.known.iter().filter(|k| matches!(k.meaning, Meaning::People | Meaning::Volume));
        theirs(self)
            || a_wait
            || (!staff_task
                && people.filter(|p| words::is_non_staff(&p.about)).any(|p| self.comes_from(&p.id, pool)))
    }

    /// Whether it came, through any number of steps, from `id`.
    pub fn comes_from(&self, id: &str, pool: &Pool<'_>) -> bool {
        self.from.iter().any(|f| f == id || pool.get(f).is_some_and(|k| k.comes_from(id, pool)))
    }
}

/// A new figure a rule proposes.
pub(crate) struct Step {
    pub meaning: Meaning,
    pub q: Quantity,
    pub about: String,
    pub formula: Expr,
    /// The known quantities it came from, by id.
    pub from: Vec<String>,
    pub assumptions: Vec<AssumptionId>,
    pub working: String,
    pub rule: &'static str,
}

/// Everything known about one service so far.
pub(crate) struct Pool<'f> {
    pub facts: &'f [Fact],
    pub known: Vec<Known<'f>>,
    /// Indexes of the worked-out figures in `known`, in order.
    pub figures: Vec<usize>,
    pub assumptions: &'f Resolved,
    /// Whether the service runs every day (24/7, online), so a day is a calendar day.
    pub every_day: bool,
    /// Each fact's field and sentence, by id.
    pub places: Vec<(&'f str, (&'f str, usize))>,
    /// What makes a figure the same as one known: its meaning, unit, period, scope and sources.
    seen: BTreeSet<String>,
}

impl<'f> Pool<'f> {
    fn new(facts: &'f [Fact], texts: &[(&'f str, &'f str)], assumptions: &'f Resolved) -> Pool<'f> {
        let breaks: Vec<(&str, Vec<usize>)> =
            texts.iter().map(|(field, text)| (*field, sentence_breaks(text))).collect();
        let place = |fact: &Fact| {
            let span = fact.span?;
            let (field, ends) = breaks.iter().find(|(field, _)| *field == fact.field)?;
            Some((*field, ends.partition_point(|&end| end < span.start)))
        };
        let places = facts.iter().filter_map(|f| place(f).map(|p| (f.id.as_str(), p))).collect();
        let known = facts.iter().filter_map(|fact| {
            seed(fact, assumptions).map(|(meaning, q, term, used)| Known {
                id: fact.id.clone(),
                meaning,
                q,
                about: fact.measures.clone(),
                fact: Some(fact),
                place: place(fact),
                term,
                formula: None,
                working: String::new(),
                from: Vec::new(),
                assumptions: used,
                rule: "fact",
            })
        });
        let known: Vec<Known<'f>> = known.collect();
        let every_day = texts.iter().any(|(_, text)| words::runs_every_day(text));
        Pool { facts, known, figures: Vec::new(), assumptions, every_day, places, seen: BTreeSet::new() }
    }

    /// The known quantity `id` names: a figure ("d3") by its number, a fact by search.
    pub fn get(&self, id: &str) -> Option<&Known<'f>> {
        let figure = id.strip_prefix('d').and_then(|n| n.parse::<usize>().ok());
        match figure.and_then(|n| self.figures.get(n.checked_sub(1)?)) {
            Some(&k) => self.known.get(k),
            None => self.known.iter().find(|k| k.id == id),
        }
    }

    /// The known quantities that mean `meaning`.
    pub fn with(&self, meaning: Meaning) -> impl Iterator<Item = &Known<'f>> {
        self.known.iter().filter(move |k| k.meaning == meaning)
    }

    /// The assumptions behind `inputs` (a fact's, to put it in the model's units; a figure's,
    /// all down its chain) and `more`, once each, in `AssumptionId::ALL`'s order.
    pub fn assumptions_of(&self, inputs: &[&Known<'_>], more: &[AssumptionId]) -> Vec<AssumptionId> {
        let used = |a: &AssumptionId| more.contains(a) || inputs.iter().any(|k| k.assumptions.contains(a));
        AssumptionId::ALL.into_iter().filter(used).collect()
    }

    /// The value of a formula over what is known.
    pub fn eval(&self, formula: &Expr) -> Option<f64> {
        formula.eval(&|leaf| match leaf {
            Expr::Fact(id) => self.facts.iter().find(|f| &f.id == id).map(|f| f.value),
            Expr::Before(id) => self.facts.iter().find(|f| &f.id == id).and_then(|f| f.from),
            Expr::Figure(id) => self.get(id).map(|k| k.q.amount),
            Expr::Assumption(a) => self.assumptions.value(*a),
            _ => None,
        })
    }

    /// The first fact's field and sentence among `from`, for a new figure's place.
    fn place_of(&self, from: &[String]) -> Option<(&'f str, usize)> {
        from.iter().find_map(|id| self.get(id).and_then(|k| k.place))
    }

    /// What makes a figure the same as another: the same meaning, unit, period and scope from
    /// the same sources (in any order).
    fn key(meaning: Meaning, q: &Quantity, from: &[String]) -> String {
        let sources: BTreeSet<&str> = from.iter().map(String::as_str).collect();
        let per = q.per.as_ref().map(|p| format!("{} {}", p.count.to_bits(), p.unit)).unwrap_or_default();
        let each = q.each.as_deref().unwrap_or_default();
        let sources = sources.into_iter().collect::<Vec<_>>().join(",");
        format!("{}|{}|{per}|{each}|{sources}", meaning as u8, q.unit.name())
    }

    /// Whether this figure is known already, so a rule need not write its working again.
    pub fn knows(&self, meaning: Meaning, q: &Quantity, from: &[String]) -> bool {
        self.seen.contains(&Pool::key(meaning, q, from))
    }

    /// Adds a rule's step unless the same figure is known already; whether it was new.
    fn add(&mut self, step: Step) -> bool {
        let key = Pool::key(step.meaning, &step.q, &step.from);
        if !step.q.amount.is_finite() || self.figures.len() >= MOST_FIGURES || !self.seen.insert(key) {
            return false;
        }
        let id = format!("d{}", self.figures.len() + 1);
        let place = self.place_of(&step.from);
        self.figures.push(self.known.len());
        self.known.push(Known {
            term: Expr::Figure(id.clone()),
            id,
            meaning: step.meaning,
            q: step.q,
            about: step.about,
            fact: None,
            place,
            formula: Some(step.formula),
            working: step.working,
            from: step.from,
            assumptions: step.assumptions,
            rule: step.rule,
        });
        true
    }

    /// The figure at `known[k]` as reported.
    fn figure(&self, k: usize) -> DerivedFigure {
        let known = &self.known[k];
        let assumption = known
            .assumptions
            .iter()
            .map(|a| said::assumption(*a, self.assumptions))
            .collect::<Vec<_>>()
            .join("; ");
        DerivedFigure {
            id: known.id.clone(),
            kind: known.meaning,
            level: known.meaning.level(),
            value: known.q.amount,
            unit: known.q.unit.name(),
            per: known.q.per.clone(),
            each: known.q.each.clone(),
            figure: said::figure(known),
            said: match known.meaning {
                Meaning::Change | Meaning::Downtime | Meaning::DowntimeAvoided | Meaning::Payback => {
                    said::figure(known)
                }
                _ => known.said(),
            },
            text: said::text(known, self),
            working: known.working.clone(),
            assumption: (!assumption.is_empty()).then_some(assumption),
            assumptions: known.assumptions.clone(),
            from: known.from.clone(),
            formula: known.formula.as_ref().map(ToString::to_string).unwrap_or_default(),
            expr: known.formula.clone().unwrap_or_default(),
            about: known.about.clone(),
            others_time: known.meaning == Meaning::TimeSaved && known.is_others_time(self),
        }
    }
}

/// Where the sentences of `text` end (byte offsets of their breaks), as the fact reader splits
/// them: at ". ! ? •" and line breaks, not at a decimal point.
fn sentence_breaks(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    text.char_indices()
        .filter(|&(i, c)| {
            matches!(c, '!' | '?' | '\n' | '•')
                || (c == '.' && !bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric()))
        })
        .map(|(i, _)| i)
        .collect()
}

/// What a fact brings to the model: its meaning, its quantity in the model's units, how to get
/// that amount from the fact, and the assumptions that takes. Facts worked on as they are
/// (changes, percentages) enter through their rules.
fn seed(fact: &Fact, a: &Resolved) -> Option<(Meaning, Quantity, Expr, Vec<AssumptionId>)> {
    use crate::engine::facts::Direction::Better;
    let id = || Expr::Fact(fact.id.clone());
    let items = |m: Meaning| (m, Quantity::new(fact.value, Unit::Items(fact.unit.clone())), id(), Vec::new());
    let (meaning, q, term, used) = match fact.kind {
        FactKind::People if fact.per.is_some() => items(Meaning::Volume),
        FactKind::People => items(Meaning::People),
        FactKind::Count if fact.unit == "times" => items(Meaning::Occasions),
        FactKind::Count if fact.direction == Some(Better) => items(Meaning::Fewer),
        FactKind::Count => items(Meaning::Volume),
        // Time given back, or the time one item takes ("each call took 10 minutes").
        FactKind::Duration
            if fact.direction == Some(Better) || (fact.direction.is_none() && fact.each.is_some()) =>
        {
            let (hours, used) = in_hours(id(), &fact.unit)?;
            let amount = hours.eval(&|leaf| match leaf {
                Expr::Fact(_) => Some(fact.value),
                Expr::Assumption(x) => a.value(*x),
                _ => None,
            })?;
            let meaning = if fact.direction == Some(Better) { Meaning::TimeSaved } else { Meaning::TimeEach };
            (meaning, Quantity::new(amount, Unit::Hours), hours, used)
        }
        FactKind::Money => {
            let meaning = match (fact.role, &fact.each) {
                (Some(MoneyRole::Saving), _) => Meaning::Saving,
                (Some(MoneyRole::Cost), _) => Meaning::Cost,
                (Some(MoneyRole::OneOffCost), _) => Meaning::OneOffCost,
                (Some(MoneyRole::Revenue), _) => Meaning::Revenue,
                (Some(MoneyRole::StaffRate), _) => Meaning::StaffRate,
                (Some(MoneyRole::DowntimeRate), _) => Meaning::DowntimeRate,
                (Some(MoneyRole::Price), _) | (None, Some(_)) => Meaning::Price,
                (None, None) if fact.per.is_some() => Meaning::Amount,
                (Some(MoneyRole::Ask), _) | (None, None) => return None,
            };
            (meaning, Quantity::new(fact.value, Unit::Money(fact.unit.clone())), id(), Vec::new())
        }
        _ => return None,
    };
    let q = Quantity { per: fact.per.clone(), each: fact.each.clone(), ..q };
    Some((meaning, q, term, used))
}

/// A time in the user's unit (`unit`) as hours of people's time: minutes ÷ 60; a day of work is
/// a working day's hours, a week five of them. With the assumptions it uses.
pub(crate) fn in_hours(value: Expr, unit: &str) -> Option<(Expr, Vec<AssumptionId>)> {
    let seconds = seconds_in(unit)?;
    let day = Expr::Assumption(AssumptionId::WorkingHoursPerDay);
    let hours_a_day = vec![AssumptionId::WorkingHoursPerDay];
    Some(match seconds {
        s if s < 86400.0 => match 3600.0 / s {
            1.0 => (value, Vec::new()),
            per_hour => (value.over(Expr::Number(per_hour)), Vec::new()),
        },
        86400.0 => (value.times(day), hours_a_day),
        604_800.0 => (value.times(Expr::Number(5.0)).times(day), hours_a_day),
        _ => return None,
    })
}
