//! Figures worked out from the user's facts — downtime from uptime, change from before and after,
//! time given back across people, money per month, year and person — each with the working that
//! shows how, the assumptions it rests on, and the facts it came from. No working, no figure.

use serde::{Deserialize, Serialize};

use super::english::{self, a_or_an};
use super::facts::{counts_persons, is_currency, Fact, FactKind, Per, PercentMeaning};

/// The assumptions behind conversions, shown in every working that uses them; the user may
/// change them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// Hours in a year for availability: 8,760 (365 × 24).
    pub hours_per_year: f64,
    /// Working days in a year for one person (after weekends, holidays and leave).
    pub working_days_per_year: f64,
    /// Working hours in one person's day.
    pub working_hours_per_day: f64,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions { hours_per_year: 8760.0, working_days_per_year: 220.0, working_hours_per_day: 7.5 }
    }
}

impl Assumptions {
    fn working_hours_per_year(&self) -> f64 {
        self.working_days_per_year * self.working_hours_per_day
    }

    /// The assumptions with any value that is not a sensible positive number put back to its
    /// default, so a hostile or mistyped setting can never produce a nonsense figure.
    pub fn sanitised(&self) -> Assumptions {
        let d = Assumptions::default();
        let pick =
            |v: f64, default: f64, max: f64| if v.is_finite() && v > 0.0 && v <= max { v } else { default };
        Assumptions {
            hours_per_year: pick(self.hours_per_year, d.hours_per_year, 8784.0),
            working_days_per_year: pick(self.working_days_per_year, d.working_days_per_year, 366.0),
            working_hours_per_day: pick(self.working_hours_per_day, d.working_hours_per_day, 24.0),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DerivedKind {
    DowntimePerYear,
    DowntimePerMonth,
    Change,
    TimeSavedPerYear,
    FullTimeEquivalents,
    MoneyPerYear,
    MoneyPerMonth,
    MoneyPerPerson,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedFigure {
    /// "d1", "d2"… in order.
    pub id: String,
    pub kind: DerivedKind,
    pub value: f64,
    pub unit: String,
    /// The bare quantity, to put in a sentence: "4.4 hours", "50%", "£3,333", "13.3".
    pub figure: String,
    /// The figure as it may be said alone: "4.4 hours of downtime a year", "£3,333 a month".
    pub text: String,
    /// How it was worked out, in words and arithmetic a listener can check.
    pub working: String,
    /// The assumption it rests on, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// The ids of the facts it came from.
    pub from: Vec<String>,
}

/// What other facts a figure may be combined with, found once for all of them.
struct Context<'f> {
    /// The first head count of persons ("1,200 staff").
    people: Option<&'f Fact>,
    /// The first count with a period for each counted thing ("ticket" → "900 tickets a month").
    counted: std::collections::BTreeMap<String, &'f Fact>,
}

impl<'f> Context<'f> {
    fn new(facts: &'f [Fact]) -> Context<'f> {
        let people =
            facts.iter().find(|f| f.kind == FactKind::People && counts_persons(&f.unit) && f.value > 0.0);
        let mut counted = std::collections::BTreeMap::new();
        for f in facts.iter().filter(|f| f.kind == FactKind::Count && f.per.is_some()) {
            counted.entry(singular(&f.unit).to_lowercase()).or_insert(f);
        }
        Context { people, counted }
    }
}

/// Every figure that can honestly be worked out from `facts`.
pub fn derive(facts: &[Fact], assumptions: &Assumptions) -> Vec<DerivedFigure> {
    let a = assumptions.sanitised();
    let context = Context::new(facts);
    let mut out = Vec::new();
    for fact in facts {
        match fact.kind {
            FactKind::Percentage if fact.meaning == Some(PercentMeaning::Availability) => {
                downtime(fact, &a, &mut out)
            }
            FactKind::Change => change(fact, &mut out),
            FactKind::Duration => time_saved(fact, &context, &a, &mut out),
            FactKind::Money => money(fact, &context, &mut out),
            _ => {}
        }
    }
    for (i, figure) in out.iter_mut().enumerate() {
        figure.id = format!("d{}", i + 1);
    }
    out
}

fn figure(
    kind: DerivedKind,
    value: f64,
    unit: &str,
    said: String,
    text: String,
    working: String,
    from: &[&Fact],
) -> DerivedFigure {
    DerivedFigure {
        id: String::new(),
        kind,
        value,
        unit: unit.to_string(),
        figure: said,
        text,
        working,
        assumption: None,
        from: from.iter().map(|f| f.id.clone()).collect(),
    }
}

fn downtime(fact: &Fact, a: &Assumptions, out: &mut Vec<DerivedFigure>) {
    let down = 100.0 - fact.value;
    if !(0.0..100.0).contains(&fact.value) || down <= 0.0 {
        return;
    }
    let down_pct = english::percent(down);
    let year_hours = a.hours_per_year;
    let month_hours = year_hours / 12.0;
    let per_year = down / 100.0 * year_hours * 3600.0;
    let per_month = per_year / 12.0;
    let assumption = if year_hours == 8760.0 {
        "a year of 8,760 hours, 365 days of 24 hours".to_string()
    } else {
        format!("a year of {} hours", english::number(year_hours))
    };
    let mut year = figure(
        DerivedKind::DowntimePerYear,
        per_year / 3600.0,
        "hours",
        english::duration(per_year),
        format!("{} of downtime a year", english::duration(per_year)),
        format!(
            "100% − {} = {down_pct} of {} hours in a year ≈ {} a year",
            english::percent(fact.value),
            english::number(year_hours),
            english::duration(per_year)
        ),
        &[fact],
    );
    year.assumption = Some(assumption.clone());
    let mut month = figure(
        DerivedKind::DowntimePerMonth,
        per_month / 3600.0,
        "hours",
        english::duration(per_month),
        format!("{} of downtime a month", english::duration(per_month)),
        format!(
            "{down_pct} of {} hours in a month ≈ {} a month",
            english::number(month_hours),
            english::duration(per_month)
        ),
        &[fact],
    );
    month.assumption = Some(assumption);
    out.push(year);
    out.push(month);
}

/// What a figure is per, as said after it: "a month", "per ticket", "over 3 years".
pub fn period_words(per: &Per) -> String {
    const TIMES: &[&str] =
        &["year", "quarter", "month", "week", "day", "night", "hour", "shift", "fortnight"];
    if per.count == 1.0 && TIMES.contains(&per.unit.as_str()) {
        format!("a {}", per.unit)
    } else if per.count == 1.0 {
        format!("per {}", per.unit)
    } else {
        format!("over {} {}s", english::number(per.count), per.unit)
    }
}

/// Whether `unit` is a unit of time ("days", "working days", "mins").
pub fn is_time_unit(unit: &str) -> bool {
    seconds_in(unit).is_some()
}

/// Seconds in one of the user's time units, or `None` for a unit that is not time.
fn seconds_in(unit: &str) -> Option<f64> {
    let unit = unit.to_lowercase();
    let unit = unit.trim_start_matches("working ").trim_start_matches("business ");
    Some(match unit {
        "ms" | "millisecond" | "milliseconds" => 0.001,
        "s" | "sec" | "secs" | "second" | "seconds" => 1.0,
        "min" | "mins" | "minute" | "minutes" => 60.0,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3600.0,
        "day" | "days" => 86400.0,
        "week" | "weeks" => 604_800.0,
        "month" | "months" => 2_629_800.0,
        "year" | "years" => 31_557_600.0,
        _ => return None,
    })
}

/// How the user's figure reads: "6 days", "£1,100,000", "82%", "14 data breaches".
pub fn quantity(value: f64, unit: &str) -> String {
    match unit {
        "%" => english::percent(value),
        _ if is_currency(unit) => english::money(value, unit),
        "x" => format!("{}x", english::number(value)),
        "" => english::number(value),
        _ if seconds_in(unit).is_some() => {
            format!("{} {}", english::number(value), time_unit_for(value, unit))
        }
        _ => format!("{} {unit}", english::number(value)),
    }
}

/// A time unit in the number of its value: "1 day", "4 days", "1 working day"; abbreviations
/// ("mins", "h") as written.
fn time_unit_for(value: f64, unit: &str) -> String {
    let word = unit.rsplit(' ').next().unwrap_or(unit);
    let abbreviation = word.len() <= 4 && !matches!(word, "day" | "days" | "hour" | "week" | "year");
    if abbreviation {
        unit.to_string()
    } else if value == 1.0 {
        unit.strip_suffix('s').unwrap_or(unit).to_string()
    } else if unit.ends_with('s') {
        unit.to_string()
    } else {
        format!("{unit}s")
    }
}

/// A before → after change, measured: "3 days shorter", and by what share of the before.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// The size of the change in the user's units ("3 days", "£320,000", "15 percentage points").
    pub amount: String,
    /// "shorter", "less", "lower", "fewer", or their opposites.
    pub comparative: &'static str,
    pub went_down: bool,
    /// The change as a share of the before, to one decimal; `None` when the before was zero.
    pub percent: Option<f64>,
}

/// How much a change fact changed by, or `None` when it did not change.
pub fn difference(fact: &Fact) -> Option<Difference> {
    let from = fact.from?;
    let from_unit = fact.from_unit.as_deref().unwrap_or(&fact.unit);
    // Compare in one unit: seconds for time in two units, else the user's unit.
    let (before, after) = match (seconds_in(from_unit), seconds_in(&fact.unit)) {
        (Some(b), Some(a)) if from_unit != fact.unit => (from * b, fact.value * a),
        _ => (from, fact.value),
    };
    let size = (after - before).abs();
    if size == 0.0 || !size.is_finite() {
        return None;
    }
    let in_seconds = fact.from_unit.is_some();
    let amount = if in_seconds {
        english::duration(size)
    } else if fact.unit == "%" {
        format!("{} percentage points", english::number(size))
    } else {
        quantity(size, &fact.unit)
    };
    let went_down = after < before;
    let (down, up) = match fact.unit.as_str() {
        _ if in_seconds || seconds_in(&fact.unit).is_some() => ("shorter", "longer"),
        _ if is_currency(&fact.unit) => ("less", "more"),
        "%" => ("lower", "higher"),
        _ => ("fewer", "more"),
    };
    let percent = (before > 0.0).then(|| (size / before * 1000.0).round() / 10.0);
    Some(Difference { amount, comparative: if went_down { down } else { up }, went_down, percent })
}

fn change(fact: &Fact, out: &mut Vec<DerivedFigure>) {
    let Some(d) = difference(fact) else { return };
    let before_text =
        quantity(fact.from.unwrap_or_default(), fact.from_unit.as_deref().unwrap_or(&fact.unit));
    let after_text = quantity(fact.value, &fact.unit);
    let amount = &d.amount;
    let went = d.comparative;
    let figure = match d.percent {
        Some(pct) => {
            let pct_text = english::percent(pct);
            let word = if d.went_down { "reduction" } else { "increase" };
            let text = format!("{amount} {went}: {} {pct_text} {word}", a_or_an(&pct_text));
            let working =
                format!("from {before_text} to {after_text}: a difference of {amount}; {amount} ÷ {before_text} ≈ {pct_text}");
            let signed = if d.went_down { -pct } else { pct };
            self::figure(DerivedKind::Change, signed, "%", pct_text, text, working, &[fact])
        }
        None => {
            let text = format!("{amount} {went} than before (from none)");
            let working = format!("from {before_text} to {after_text}: a difference of {amount}");
            self::figure(DerivedKind::Change, fact.value, &fact.unit, amount.clone(), text, working, &[fact])
        }
    };
    out.push(figure);
}

/// How many times a year something happens once per `per` ("a day" → 220 working days).
fn times_a_year(per: &Per, a: &Assumptions) -> Option<(f64, String)> {
    let count = if per.count > 0.0 { per.count } else { return None };
    let (times, words) = match per.unit.as_str() {
        "day" => {
            (a.working_days_per_year, format!("{} working days", english::number(a.working_days_per_year)))
        }
        "week" => (
            a.working_days_per_year / 5.0,
            format!("{} working weeks", english::number(a.working_days_per_year / 5.0)),
        ),
        "month" => (12.0, "12 months".to_string()),
        "quarter" => (4.0, "4 quarters".to_string()),
        "year" => (1.0, "1 year".to_string()),
        _ => return None,
    };
    Some((times / count, words))
}

fn time_saved(fact: &Fact, context: &Context<'_>, a: &Assumptions, out: &mut Vec<DerivedFigure>) {
    if fact.direction != Some(super::facts::Direction::Better) {
        return;
    }
    let (Some(per), Some(unit_seconds)) = (&fact.per, seconds_in(&fact.unit)) else { return };
    let saved_text = quantity(fact.value, &fact.unit);
    let (hours, working, sources) = if let Some((times, times_words)) = times_a_year(per, a) {
        // Per person per period, across the people who use the service.
        let Some(people) = context.people else { return };
        let hours = fact.value * unit_seconds / 3600.0 * times * people.value;
        let working = format!(
            "{saved_text} a {} × {times_words} × {} = {} hours a year",
            per.unit,
            quantity(people.value, &people.unit),
            english::number(hours.round())
        );
        (hours, working, vec![fact, people])
    } else {
        // Per item ("per ticket"), across the items counted per period.
        let Some(&items) = context.counted.get(&per.unit.to_lowercase()) else { return };
        let Some((times, times_words)) = items.per.as_ref().and_then(|p| times_a_year(p, a)) else { return };
        let hours = fact.value * unit_seconds / 3600.0 * items.value * times;
        let working = format!(
            "{saved_text} per {} × {} a {} × {times_words} = {} hours a year",
            per.unit,
            quantity(items.value, &items.unit),
            items.per.as_ref().map_or("", |p| p.unit.as_str()),
            english::number(hours.round())
        );
        (hours, working, vec![fact, items])
    };
    if !(hours.is_finite() && hours > 0.0) {
        return;
    }
    let assumption = format!(
        "{} working days a year of {} hours each",
        english::number(a.working_days_per_year),
        english::number(a.working_hours_per_day)
    );
    let hours_text = english::number(hours.round());
    let mut saved = figure(
        DerivedKind::TimeSavedPerYear,
        hours,
        "hours",
        format!("{hours_text} hours"),
        format!("{hours_text} hours a year given back"),
        working,
        &sources,
    );
    saved.assumption = Some(assumption.clone());
    out.push(saved);
    let fte = hours / a.working_hours_per_year();
    let fte_text = english::number((fte * 10.0).round() / 10.0);
    let mut ftes = figure(
        DerivedKind::FullTimeEquivalents,
        fte,
        "full-time equivalents",
        fte_text.clone(),
        format!("the time of {fte_text} full-time {}", if fte_text == "1" { "person" } else { "people" }),
        format!(
            "{hours_text} hours ÷ {} working hours in a person's year ({} days × {} hours) ≈ {fte_text}",
            english::number(a.working_hours_per_year()),
            english::number(a.working_days_per_year),
            english::number(a.working_hours_per_day)
        ),
        &sources,
    );
    ftes.assumption = Some(assumption);
    out.push(ftes);
}

/// "tickets" → "ticket", for matching "per ticket" with "900 tickets".
fn singular(noun: &str) -> &str {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    last.strip_suffix('s').unwrap_or(last)
}

fn money(fact: &Fact, context: &Context<'_>, out: &mut Vec<DerivedFigure>) {
    let Some(per) = &fact.per else { return };
    let amount = english::money(fact.value, &fact.unit);
    let per_year = match (per.unit.as_str(), per.count) {
        ("year", n) if n > 1.0 => {
            let yearly = fact.value / n;
            let said = english::money(yearly, &fact.unit);
            let text = format!("{said} a year");
            let working = format!("{amount} {} ÷ {} = {text}", period_words(per), english::number(n));
            out.push(figure(DerivedKind::MoneyPerYear, yearly, &fact.unit, said, text, working, &[fact]));
            yearly
        }
        ("year", _) => fact.value,
        ("month", n) if n > 0.0 => {
            let yearly = fact.value / n * 12.0;
            let said = english::money(yearly, &fact.unit);
            let text = format!("{said} a year");
            let working = format!("{amount} {} × 12 = {text}", period_words(per));
            out.push(figure(DerivedKind::MoneyPerYear, yearly, &fact.unit, said, text, working, &[fact]));
            yearly
        }
        _ => return,
    };
    if per.unit == "year" {
        let monthly = per_year / 12.0;
        let said = english::money(monthly, &fact.unit);
        let text = format!("{said} a month");
        let working = format!("{} a year ÷ 12 = {text}", english::money(per_year, &fact.unit));
        out.push(figure(DerivedKind::MoneyPerMonth, monthly, &fact.unit, said, text, working, &[fact]));
    }
    if let Some(people) = context.people {
        let each = per_year / people.value;
        let person = singular_person(&people.unit);
        let said = english::money(each, &fact.unit);
        let text = format!("{said} a year per {person}");
        let working = format!(
            "{} a year ÷ {} = {text}",
            english::money(per_year, &fact.unit),
            quantity(people.value, &people.unit)
        );
        out.push(figure(DerivedKind::MoneyPerPerson, each, &fact.unit, said, text, working, &[fact, people]));
    }
}

/// "staff" → "member of staff", "agents" → "agent".
fn singular_person(noun: &str) -> String {
    let lower = noun.to_lowercase();
    match lower.as_str() {
        "staff" => "member of staff".into(),
        "people" => "person".into(),
        _ => singular(&lower).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::extract;

    fn derived_of(text: &str) -> Vec<(String, String)> {
        let mut facts = extract(text, "description").facts;
        for (i, f) in facts.iter_mut().enumerate() {
            f.id = format!("f{}", i + 1);
        }
        derive(&facts, &Assumptions::default()).into_iter().map(|d| (d.text, d.working)).collect()
    }

    #[test]
    fn uptime_becomes_downtime_with_its_working() {
        let d = derived_of("We run mail at 99.95% uptime.");
        assert_eq!(
            d,
            [
                (
                    "4.4 hours of downtime a year".to_string(),
                    "100% − 99.95% = 0.05% of 8,760 hours in a year ≈ 4.4 hours a year".to_string()
                ),
                (
                    "22 minutes of downtime a month".to_string(),
                    "0.05% of 730 hours in a month ≈ 22 minutes a month".to_string()
                ),
            ]
        );
    }

    #[test]
    fn before_and_after_become_a_change_and_a_percentage() {
        assert_eq!(
            derived_of("Month-end close went from 6 days to 3 days."),
            [(
                "3 days shorter: a 50% reduction".to_string(),
                "from 6 days to 3 days: a difference of 3 days; 3 days ÷ 6 days ≈ 50%".to_string()
            )]
        );
        assert_eq!(
            derived_of("Licence spend went from $1.1M to $780k.")[0].0,
            "$320,000 less: a 29.1% reduction"
        );
        assert_eq!(
            derived_of("Response time 2 hours → 45 minutes.")[0].0,
            "75 minutes shorter: a 62.5% reduction"
        );
        assert_eq!(
            derived_of("Patch compliance rose from 82% to 97%.")[0].0,
            "15 percentage points higher: an 18.3% increase"
        );
        assert_eq!(derived_of("Breaches went from 14 last year to zero.")[0].0, "14 fewer: a 100% reduction");
    }

    #[test]
    fn time_saved_per_person_becomes_hours_and_full_time_equivalents() {
        let d = derived_of("Each of 300 agents saves 20 minutes a day.");
        assert_eq!(d[0].0, "22,000 hours a year given back");
        assert_eq!(d[0].1, "20 minutes a day × 220 working days × 300 agents = 22,000 hours a year");
        assert_eq!(d[1].0, "the time of 13.3 full-time people");
        assert_eq!(
            d[1].1,
            "22,000 hours ÷ 1,650 working hours in a person's year (220 days × 7.5 hours) ≈ 13.3"
        );
    }

    #[test]
    fn time_saved_per_ticket_uses_the_ticket_count() {
        let d = derived_of("Agents save 12 minutes per ticket and handle 900 tickets a month.");
        assert_eq!(d[0].1, "12 minutes per ticket × 900 tickets a month × 12 months = 2,160 hours a year");
    }

    #[test]
    fn money_per_year_month_and_person() {
        let d = derived_of("We support 1,200 staff and retired £40k a year of hardware maintenance.");
        let texts: Vec<&str> = d.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["£3,333 a month", "£33.33 a year per member of staff"]);
        assert_eq!(d[1].1, "£40,000 a year ÷ 1,200 staff = £33.33 a year per member of staff");
        let d = derived_of("The project costs £2.5M over three years.");
        assert_eq!(d[0].1, "£2.5 million over 3 years ÷ 3 = £833,333 a year");
    }

    #[test]
    fn time_units_agree_with_their_number() {
        assert_eq!(quantity(1.0, "days"), "1 day");
        assert_eq!(quantity(4.0, "day"), "4 days");
        assert_eq!(quantity(1.0, "working days"), "1 working day");
        assert_eq!(quantity(5.0, "mins"), "5 mins");
        assert_eq!(quantity(2.0, "hours"), "2 hours");
    }

    #[test]
    fn nothing_is_derived_without_the_facts_it_needs() {
        assert!(derived_of("Helpdesk").is_empty());
        assert!(derived_of("Agents save 20 minutes a day.").is_empty(), "no head count, no annual total");
        assert!(
            derived_of("The outage cost us £180,000 in lost orders.").is_empty(),
            "one-off money has no rate"
        );
        assert!(derived_of("Uptime is 100%.").is_empty());
    }

    #[test]
    fn hostile_assumptions_fall_back_to_defaults() {
        let bad =
            Assumptions { hours_per_year: f64::NAN, working_days_per_year: -5.0, working_hours_per_day: 1e9 };
        assert_eq!(bad.sanitised(), Assumptions::default());
    }
}
