//! A derived figure: one quantity worked out from the user's figures, with what it means, its
//! level (money, time, risk or operational), the words to say it, the working that shows how,
//! the assumptions it rests on, the ids it came from, and the formula that recomputes it. No
//! working, no figure.

use serde::Serialize;

use super::assumptions::AssumptionId;
use crate::engine::facts::Per;

/// What a quantity in the value model means. Facts enter the model with the first group's
/// meanings; the rules work out the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Meaning {
    // What facts bring in.
    /// People or things served ("1,200 staff", "900 laptops").
    People,
    /// Things handled each period ("1,800 resets a month").
    Volume,
    /// What one item is worth or costs ("£40 each").
    Price,
    /// What an hour of staff time costs.
    StaffRate,
    /// What an hour of downtime costs.
    DowntimeRate,
    /// A cut by a share ("cut tickets by 20%"), to apply to its base.
    Reduction,
    /// Occasions each period ("3 times a week").
    Occasions,
    /// Money no word says is a saving, a cost or anything else ("from £50,000 a year").
    Amount,
    // What the rules work out (facts may say some of them too).
    /// A before → after change as a share of the before.
    Change,
    /// Time a service is down.
    Downtime,
    /// Hours of downtime a year no longer lost.
    DowntimeAvoided,
    /// People's time given back.
    TimeSaved,
    /// Time given back, as full-time people.
    FullTimeEquivalents,
    /// What time given back is worth, at the cost of an hour of staff time.
    StaffTimeValue,
    /// Money no longer spent.
    Saving,
    /// Money spent again and again.
    Cost,
    /// Money spent once.
    OneOffCost,
    /// Money coming in.
    Revenue,
    /// Money at risk while a service is down.
    Exposure,
    /// Things that no longer happen ("30 TB fewer", "15 fewer incidents a year").
    Fewer,
    /// How long one item takes someone ("each call took an analyst 10 minutes"): times items
    /// that no longer happen, time given back.
    TimeEach,
    /// How long a one-off cost takes to pay back.
    Payback,
    /// What a saving comes to over the horizon, after its one-off cost.
    NetBenefit,
    /// The net benefit as a share of the one-off cost.
    Return,
}

/// How much a figure says about value: a board hears money first, then people's time, then
/// risk, then operational counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Money,
    Time,
    Risk,
    Operational,
}

impl Meaning {
    pub fn level(self) -> Level {
        match self {
            Meaning::Saving
            | Meaning::StaffTimeValue
            | Meaning::Revenue
            | Meaning::Payback
            | Meaning::NetBenefit
            | Meaning::Return
            | Meaning::Cost
            | Meaning::OneOffCost => Level::Money,
            Meaning::TimeSaved | Meaning::FullTimeEquivalents => Level::Time,
            Meaning::Downtime | Meaning::DowntimeAvoided | Meaning::Exposure => Level::Risk,
            _ => Level::Operational,
        }
    }

    /// Whether it is something gained (a saving, time given back, revenue…) rather than a cost
    /// or a count: what a message leads with.
    pub fn is_gain(self) -> bool {
        !matches!(self, Meaning::Cost | Meaning::OneOffCost) && self.level() != Level::Operational
    }
}

/// How a derived figure recomputes from what it came from.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Expr {
    /// A fact's value, by id.
    Fact(String),
    /// A change fact's value before, by id.
    Before(String),
    /// A derived figure's value, by id.
    Figure(String),
    Assumption(AssumptionId),
    /// A fixed conversion (60 minutes in an hour, 12 months in a year).
    Number(f64),
    /// Nothing: a figure that recomputes from nothing has no value.
    #[default]
    Missing,
    Product(Vec<Expr>),
    Quotient(Box<Expr>, Box<Expr>),
    Difference(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn times(self, other: Expr) -> Expr {
        match self {
            Expr::Product(mut terms) => {
                terms.push(other);
                Expr::Product(terms)
            }
            first => Expr::Product(vec![first, other]),
        }
    }

    pub fn over(self, other: Expr) -> Expr {
        Expr::Quotient(Box::new(self), Box::new(other))
    }

    pub fn minus(self, other: Expr) -> Expr {
        Expr::Difference(Box::new(self), Box::new(other))
    }

    /// The value, given the value of each fact, figure and assumption (`None` for one it cannot
    /// find, or a result that is not a finite number).
    pub fn eval(&self, leaf: &dyn Fn(&Expr) -> Option<f64>) -> Option<f64> {
        let value = match self {
            Expr::Number(n) => *n,
            Expr::Missing => return None,
            Expr::Product(terms) => terms.iter().try_fold(1.0, |acc, t| t.eval(leaf).map(|v| acc * v))?,
            Expr::Quotient(a, b) => a.eval(leaf)? / b.eval(leaf)?,
            Expr::Difference(a, b) => a.eval(leaf)? - b.eval(leaf)?,
            leaf_expr => leaf(leaf_expr)?,
        };
        value.is_finite().then_some(value)
    }
}

impl std::fmt::Display for Expr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let inner = |e: &Expr| match e {
            Expr::Product(_) | Expr::Quotient(..) | Expr::Difference(..) => format!("({e})"),
            other => other.to_string(),
        };
        match self {
            Expr::Fact(id) | Expr::Figure(id) => write!(f, "{id}"),
            Expr::Before(id) => write!(f, "{id}.before"),
            Expr::Assumption(id) => write!(f, "{}", id.key()),
            Expr::Missing => write!(f, "?"),
            Expr::Number(n) => write!(f, "{}", crate::engine::english::number(*n)),
            Expr::Product(terms) => write!(f, "{}", terms.iter().map(inner).collect::<Vec<_>>().join(" × ")),
            Expr::Quotient(a, b) => write!(f, "{} ÷ {}", inner(a), inner(b)),
            Expr::Difference(a, b) => write!(f, "{} − {}", inner(a), inner(b)),
        }
    }
}

/// A figure worked out from the user's facts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DerivedFigure {
    /// "d1", "d2"… in the order worked out, so a figure comes after what it came from.
    pub id: String,
    pub kind: Meaning,
    pub level: Level,
    pub value: f64,
    /// "hours", "full-time people", "GBP", "%", "months", or what is counted ("TB").
    pub unit: String,
    /// The period it is per ("a month").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per: Option<Per>,
    /// What it is for each one of ("reset", "member of staff").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub each: Option<String>,
    /// The bare quantity, to put in a sentence: "270 hours", "£6,000", "2.2".
    pub figure: String,
    /// The quantity with its scope and period: "9 minutes per reset", "270 hours a month".
    pub said: String,
    /// The figure as it may be said alone: "270 hours a month given back".
    pub text: String,
    /// How it was worked out, in words and arithmetic a listener can check.
    pub working: String,
    /// The assumptions it rests on, in words, when there are any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
    /// The assumptions it rests on, by id (see the report's `assumptions`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub assumptions: Vec<AssumptionId>,
    /// The ids of the facts and derived figures it came from: the tree of its working.
    pub from: Vec<String>,
    /// How it recomputes from `from` and `assumptions` ("f1 × f2 ÷ 60").
    pub formula: String,
    /// The same formula, to evaluate.
    #[serde(skip)]
    pub expr: Expr,
    /// What it is about, in the user's words ("password resets").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub about: String,
    /// Whether it is time given back to people who are not staff (customers, pupils): no staff
    /// cost is put on it, and it is not added to staff time.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub others_time: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_evaluates_and_reads() {
        let e = Expr::Fact("f1".into())
            .minus(Expr::Before("f1".into()))
            .times(Expr::Fact("f2".into()))
            .over(Expr::Number(60.0));
        let leaf = |e: &Expr| match e {
            Expr::Fact(id) if id == "f1" => Some(1.0),
            Expr::Before(_) => Some(10.0),
            Expr::Fact(_) => Some(1800.0),
            _ => None,
        };
        assert_eq!(e.eval(&leaf), Some(-270.0));
        assert_eq!(e.to_string(), "((f1 − f1.before) × f2) ÷ 60");
        assert_eq!(Expr::Figure("d9".into()).eval(&leaf), None);
        assert_eq!(Expr::Number(1.0).over(Expr::Number(0.0)).eval(&leaf), None, "no infinities");
    }

    #[test]
    fn money_leads_then_time_then_risk() {
        assert!(Meaning::Saving.level() < Meaning::TimeSaved.level());
        assert!(Meaning::FullTimeEquivalents.level() < Meaning::Exposure.level());
        assert!(Meaning::Exposure.level() < Meaning::Fewer.level());
        assert!(Meaning::Saving.is_gain() && !Meaning::Cost.is_gain() && !Meaning::Volume.is_gain());
    }
}
