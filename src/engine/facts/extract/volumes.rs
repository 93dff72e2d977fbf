//! Passes over the facts once read: a time tied to the volume it is for each of, a count with no
//! noun named after the one timed change, and fewer of the things that cost time is better.

use super::phrases::lower_unless_acronym;
use super::singular;
use crate::engine::facts::fact::{Direction, Fact, FactKind, MoneyRole, Per};
use crate::engine::facts::lexicon::lexicon;

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

/// A time that changed for one of the things the text counts each period ("Logging a repair
/// used to take 12 minutes… now 4"; "1,800 repair requests a month") is for each of them: the
/// one volume whose noun its words name.
pub(super) fn each_of_the_volume(facts: &mut Vec<Fact>) {
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
        // Unless the time names things of its own ("answers mail questions in 12 minutes" is not
        // the time for each of "2.3 million phishing emails").
        let head = crate::engine::english::head(&f.measures);
        let last = head.rsplit(' ').next().unwrap_or(head);
        let counts_its_own = crate::engine::english::is_plural(last) && !time_units.contains_key(last);
        if let [(_, one, false)] = volumes.as_slice() {
            if named.is_empty() && !counts_its_own && seconds > 0.0 && seconds <= 4.0 * 3600.0 {
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
pub(super) fn work_items_fewer_is_better(facts: &mut [Fact]) {
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
