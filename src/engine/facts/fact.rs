//! A fact: one figure the user gave, typed (what kind, value, unit, what it is per, what it
//! measures, whether it got better or worse) and tied to the exact text it came from.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// People and scale: staff, users, teams, offices, devices ("1,200 staff").
    People,
    /// A percentage with its meaning ("99.95% uptime", "fell by 70%").
    Percentage,
    /// Money with its currency and period ("£40k a year").
    Money,
    /// A length of time ("12 minutes per ticket").
    Duration,
    /// A before → after pair ("from 6 days to 3 days").
    Change,
    /// A count of things ("900 tickets", "2.3 million phishing emails").
    #[default]
    Count,
    /// A multiple ("8x normal traffic").
    Multiple,
    /// How often something happens ("nightly", "24/7").
    Frequency,
}

/// What a percentage means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PercentMeaning {
    Availability,
    Reduction,
    Growth,
    Share,
    Other,
}

/// Whether the change is good news, when the text or the measure says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Better,
    Worse,
}

/// The period a figure is per: "a year" is `{count: 1, unit: "year"}`, "over three years" is
/// `{count: 3, unit: "year"}`. What it is for each one of ("per ticket") is a fact's `each`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Per {
    pub count: f64,
    pub unit: String,
}

impl Per {
    /// Whether it is "a year" (not "a month", not "over 3 years").
    pub fn is_a_year(&self) -> bool {
        self.count == 1.0 && self.unit == "year"
    }
}

/// What an amount of money is, read from the words around it: the same "£30,000 a year" is a
/// saving after "cutting call costs by", a cost after "costs", and a request after "approve".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyRole {
    /// Money no longer spent ("saves £20,000 a year", "cutting call costs by £30,000").
    Saving,
    /// Money spent, or to be spent, again and again ("costs £12,000 a year").
    Cost,
    /// Money spent once ("the upgrade cost £50,000", "£90k one-off").
    OneOffCost,
    /// Money coming in ("takes £2 million a year", "$1.2 million in sales a month").
    Revenue,
    /// What the user asks for ("approve £30k a year for backup"): a request, not a cost paid.
    Ask,
    /// What one item is worth or costs, with no saying which ("at £40 each", "4p a page").
    Price,
    /// What an hour of staff time costs ("staff time costs us £30 an hour", "paid at £45 an hour").
    StaffRate,
    /// What an hour of downtime costs ("an hour of downtime costs us £15,000").
    DowntimeRate,
}

/// Where a fact came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Found in the user's text.
    Extracted,
    /// Typed or corrected by the user.
    User,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable within one understanding ("f1", "f2"…), used by derived figures and messages.
    pub id: String,
    pub kind: FactKind,
    /// The figure; for a change, the value after.
    pub value: f64,
    /// For a change: the value before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<f64>,
    /// "staff", "%", "GBP", "days", "tickets", "x", or a frequency's period ("night").
    pub unit: String,
    /// For a change whose before is in another unit ("2 hours → 45 minutes"): the before's unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<Per>,
    /// What the figure is for each one of, in the singular ("reset" for "10 minutes each",
    /// "tb" for "£200 per TB", "manager" for "each of our 600 managers").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub each: Option<String>,
    /// For money: what it is (a saving, a cost, revenue, the user's ask…), when the words say;
    /// for a count, `Revenue` when the things are sold ("sells 1.5 million tickets").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<MoneyRole>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning: Option<PercentMeaning>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// What the figure measures, in the user's words ("month-end close", "phishing emails").
    pub measures: String,
    /// Which input field the fact came from ("description", "outcomes"…).
    pub field: String,
    /// Byte offsets into that field's text; `None` for a fact the user added by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// The user's own words for the fact.
    pub text: String,
    pub origin: Origin,
    /// The user's own estimate ("we reckon it saves about £7,000", "an estimated £8,000"): said
    /// as one, never as a result.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Fact {
    /// The key a user's correction is filed under: the field and the exact words, so a correction
    /// survives edits elsewhere in the text.
    pub fn key(&self) -> String {
        format!("{}:{}", self.field, self.text)
    }
}
