//! The contract between claims and the audiences' templates: every kind of claim and the slots it
//! may fill, checked from both sides by tests.

/// Every kind of claim, in no particular order (audiences order them).
pub fn claim_kinds() -> impl Iterator<Item = &'static str> {
    CLAIM_SLOTS.iter().map(|(kind, _)| *kind)
}

/// The slots of a claim that a figure changed (an improvement, a change, a setback).
const CHANGE_SLOTS: &[&str] = &[
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
];

/// The slots each kind of claim may fill, besides `said` (the user's sentence) and the message's
/// own (`GLOBAL_SLOTS`): the contract between this code and the audiences' templates, checked
/// from both sides by tests.
pub const CLAIM_SLOTS: &[(&str, &[&str])] = &[
    ("continuity", &["uptime", "downtime_year", "downtime_month"]),
    ("improvement", CHANGE_SLOTS),
    ("change", CHANGE_SLOTS),
    ("setback", CHANGE_SLOTS),
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
