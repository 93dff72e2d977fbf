//! Totals and shares: a figure for each item × the items each period ("9 minutes per reset ×
//! 1,800 resets a month"), for each person × the people, a total ÷ the people it serves, a cut
//! by a share × its base, a time × how often it happens. Only quantities whose units, periods and
//! scopes agree combine: "40 engineers" × "12,000 tickets" is nothing.

use super::figure::{Expr, Meaning};
use super::quantity::{counts, Quantity, Unit};
use super::words::is_customer_item;
use super::{Known, Pool, Step};
use crate::engine::english;
use crate::engine::facts::{counts_persons, singular, Direction, FactKind, MoneyRole, PercentMeaning};

/// The noun a quantity counts, for things and people.
fn noun<'k>(k: &'k Known<'_>) -> Option<&'k str> {
    match &k.q.unit {
        Unit::Items(noun) if !noun.is_empty() => Some(noun),
        _ => None,
    }
}

/// What a figure for each item, times how many (`many`), comes to: time stays time, a price of
/// things sold or of customers' business is revenue, of things no longer bought a saving, else a
/// cost.
fn product_meaning(each: Meaning, many: &Known<'_>) -> Option<Meaning> {
    let sold = many.fact.is_some_and(|f| f.role == Some(MoneyRole::Revenue))
        || noun(many).is_some_and(is_customer_item);
    Some(match (each, many.meaning) {
        (Meaning::TimeSaved, _) => Meaning::TimeSaved,
        // The time each item took, for items that no longer happen.
        (Meaning::TimeEach, Meaning::Fewer) => Meaning::TimeSaved,
        (Meaning::Saving, _) => Meaning::Saving,
        (Meaning::Price | Meaning::Cost, Meaning::Fewer) => Meaning::Saving,
        (Meaning::Price, _) if sold => Meaning::Revenue,
        (Meaning::Price | Meaning::Cost, _) => Meaning::Cost,
        _ => return None,
    })
}

/// Whether the people a volume counts ("450 people a year", "staff") may be the people a
/// figure is for each of ("new starter"): a general word for people, coming each period.
fn general_people(noun: &str, each: &str) -> bool {
    let last = noun.rsplit(' ').next().unwrap_or(noun).to_lowercase();
    matches!(last.as_str(), "people" | "staff" | "employees" | "colleagues" | "users" | "persons")
        && english::is_person(each)
}

/// A step for `each` × `many`: "{each} × {many} = {result}".
fn product(
    pool: &Pool<'_>,
    each: &Known<'_>,
    many: &Known<'_>,
    meaning: Meaning,
    rule: &'static str,
) -> Option<Step> {
    if !each.q.periods_agree(&many.q) || each.comes_from(&many.id, pool) || many.comes_from(&each.id, pool) {
        return None;
    }
    let formula = each.term.clone().times(many.term.clone());
    let amount = pool.eval(&formula)?;
    let per = each.q.per.clone().or_else(|| many.q.per.clone());
    let q = Quantity::new(amount, each.q.unit.clone()).per(per);
    let from = vec![each.id.clone(), many.id.clone()];
    if pool.knows(meaning, &q, &from) {
        return None;
    }
    let working = format!("{} × {} = {}", each.said(), many.said(), english::said(&q));
    let about = if meaning == Meaning::Revenue {
        noun(many).unwrap_or_default().to_string()
    } else {
        each.about.clone()
    };
    let about = if about.is_empty() || about == "time saved" {
        noun(many).unwrap_or(&each.about).to_string()
    } else {
        about
    };
    let assumptions = pool.assumptions_of(&[each, many], &[]);
    Some(Step { meaning, q, about, formula, from, assumptions, working, rule })
}

/// A figure for each item × the items each period.
pub fn each_times_volume(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for each in pool.known.iter().filter(|k| k.q.each.is_some()) {
        let Some(one) = each.q.each.as_deref() else { continue };
        // A volume as first given or worked out (a month's), not again for its year: the product
        // becomes a year's by itself.
        let volumes = pool.known.iter().filter(|k| matches!(k.meaning, Meaning::Volume | Meaning::Fewer));
        let volumes: Vec<&Known<'_>> =
            volumes.filter(|k| k.q.each.is_none() && k.rule != "per_year").collect();
        // The one flow of people each period may be the people a figure is for each of.
        let flows = volumes
            .iter()
            .filter(|k| k.q.per.is_some() && noun(k).is_some_and(|n| general_people(n, one)))
            .count();
        for many in volumes.iter().copied() {
            let Some(noun) = noun(many) else { continue };
            if !(counts(noun, one) || (flows == 1 && many.q.per.is_some() && general_people(noun, one))) {
                continue;
            }
            let Some(meaning) = product_meaning(each.meaning, many) else { continue };
            out.extend(product(pool, each, many, meaning, "each_times_volume"));
        }
    }
    out
}

/// A figure for each person × the people: "30 minutes a month per manager × 600 managers".
pub fn each_times_people(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for each in pool.known.iter().filter(|k| {
        matches!(k.meaning, Meaning::TimeSaved | Meaning::Cost | Meaning::Saving | Meaning::Price)
    }) {
        let Some(one) = each.q.each.as_deref() else { continue };
        for many in pool.with(Meaning::People) {
            if !noun(many).is_some_and(|n| counts(n, one)) {
                continue;
            }
            let Some(meaning) = product_meaning(each.meaning, many) else { continue };
            out.extend(product(pool, each, many, meaning, "each_times_people"));
        }
    }
    out
}

/// A total for a group ÷ the people in it: "20 hours a month ÷ 6 people = 3.3 hours a month
/// per person", "£12,000 a year ÷ 400 remote workers = £30 a year per remote worker". For time
/// the user gave for a group, and for running costs, which the things a service looks after
/// share when no people are named ("£38,000 a year ÷ 9,000 tenancies").
pub fn per_person(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let persons: Vec<&Known<'_>> = pool
        .with(Meaning::People)
        .filter(|p| noun(p).is_some_and(counts_persons) && p.q.amount > 0.0)
        .collect();
    for total in pool.known.iter().filter(|k| k.rule == "fact" && k.q.each.is_none() && k.q.per.is_some()) {
        if !matches!(total.meaning, Meaning::TimeSaved | Meaning::Cost) {
            continue;
        }
        // The people in the same sentence, else the first the user named; a cost is shared too
        // by the things it looks after ("£38,000 a year … 9,000 tenancies": £4.22 a tenancy).
        let held = || {
            pool.known.iter().find(|k| {
                total.meaning == Meaning::Cost
                    && k.rule == "fact"
                    && matches!(k.meaning, Meaning::Volume | Meaning::People)
                    && k.q.per.is_none()
                    && k.q.amount > 1.0
                    && noun(k).is_some()
            })
        };
        let Some(people) = persons
            .iter()
            .copied()
            .find(|p| p.place.is_some() && p.place == total.place)
            .or(persons.first().copied())
            .or_else(held)
        else {
            continue;
        };
        let Some(noun) = noun(people) else { continue };
        let formula = total.term.clone().over(people.term.clone());
        // A share too small to say ("0 minutes a week") is not worth saying.
        let Some(amount) = pool
            .eval(&formula)
            .filter(|a| *a >= if total.meaning == Meaning::TimeSaved { 1.0 / 60.0 } else { 0.01 })
        else {
            continue;
        };
        let one = |word: &str| {
            if word.eq_ignore_ascii_case("people") {
                "person".to_string()
            } else {
                singular(word)
            }
        };
        let person = match noun.rsplit_once(' ') {
            Some((first, last)) => format!("{first} {}", one(last)),
            None => one(noun),
        };
        let q = Quantity::new(amount, total.q.unit.clone()).per(total.q.per.clone()).each(Some(person));
        let working = format!("{} ÷ {} = {}", total.said(), people.said(), english::said(&q));
        out.push(Step {
            meaning: total.meaning,
            q,
            about: total.about.clone(),
            formula,
            from: vec![total.id.clone(), people.id.clone()],
            assumptions: pool.assumptions_of(&[total], &[]),
            working,
            rule: "per_person",
        });
    }
    out
}

/// A cut by a share × what it cut, in the same sentence: "30% of £120,000 a year = £36,000 a
/// year" saved, "20% of 5,000 tickets a month = 1,000 fewer tickets a month".
pub fn percent_of_base(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    let cuts = pool.facts.iter().filter(|f| {
        f.kind == FactKind::Percentage
            && f.meaning == Some(PercentMeaning::Reduction)
            && f.direction != Some(Direction::Worse)
            && f.value > 0.0
            && f.value <= 100.0
    });
    for cut in cuts {
        let Some(place) = pool.places.iter().find(|(id, _)| *id == cut.id).map(|(_, p)| *p) else { continue };
        // Money spent and things handled in the same sentence (money whose role no word says
        // counts as spent: "cut by 40% from £50,000 a year").
        let bases: Vec<&Known<'_>> = pool
            .known
            .iter()
            .filter(|k| k.place == Some(place) && k.rule == "fact" && k.q.per.is_some() && k.q.each.is_none())
            .filter(|k| matches!(k.meaning, Meaning::Cost | Meaning::Volume | Meaning::Amount))
            .collect();
        let measures = cut.measures.to_lowercase();
        let named = bases.iter().find(|b| {
            noun(b)
                .is_some_and(|n| measures.split(' ').any(|w| singular(w).eq_ignore_ascii_case(&singular(n))))
        });
        let Some(base) = named.copied().or_else(|| (bases.len() == 1).then(|| bases[0])) else { continue };
        let formula = Expr::Fact(cut.id.clone()).over(Expr::Number(100.0)).times(base.term.clone());
        let Some(amount) = pool.eval(&formula) else { continue };
        let q = Quantity::new(amount, base.q.unit.clone()).per(base.q.per.clone());
        let (meaning, result) = if base.q.currency().is_some() {
            (Meaning::Saving, format!("{} saved", english::said(&q)))
        } else {
            (
                Meaning::Fewer,
                format!(
                    "{} fewer {}",
                    english::count_figure(amount),
                    english::said(&q).split_once(' ').map_or("", |(_, rest)| rest)
                ),
            )
        };
        let working = format!("{} of {} = {result}", english::percent(cut.value), base.said());
        let about = if cut.measures.is_empty() { base.about.clone() } else { cut.measures.clone() };
        out.push(Step {
            meaning,
            q,
            about,
            formula,
            from: vec![cut.id.clone(), base.id.clone()],
            assumptions: Vec::new(),
            working,
            rule: "percent_of_base",
        });
    }
    out
}

/// A time × how often it happens, in the same sentence: "2 hours × 3 times a week = 6 hours a
/// week".
pub fn occasions(pool: &Pool<'_>) -> Vec<Step> {
    let mut out = Vec::new();
    for time in
        pool.with(Meaning::TimeSaved).filter(|k| k.rule == "fact" && k.q.per.is_none() && k.q.each.is_none())
    {
        for times in pool
            .with(Meaning::Occasions)
            .filter(|k| k.place.is_some() && k.place == time.place && k.q.per.is_some())
        {
            out.extend(product(pool, time, times, Meaning::TimeSaved, "occasions"));
        }
    }
    out
}
