//! The assumptions the value model's arithmetic rests on — a year's hours, a person's working
//! days and hours, what an hour of staff time costs, how much of the time given back is put to
//! other work, the horizon of a business case. Each has a documented default (none for the
//! money ones: only the user or the organisation may give those), and every working that uses
//! one names it.

use serde::{Deserialize, Serialize};

/// The assumptions a user or an organisation pack sets; what is left out takes the next in line
/// (the user's, then the organisation's, then the default).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Assumptions {
    /// Hours in a year, for availability (8,760: 365 days of 24 hours).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_per_year: Option<f64>,
    /// A person's working days in a year, after weekends, holidays and leave (220).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_days_per_year: Option<f64>,
    /// A person's working hours in a day (7.5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub working_hours_per_day: Option<f64>,
    /// What an hour of staff time costs, loaded (no default: never assumed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hourly_cost: Option<HourlyCost>,
    /// The share of time given back that is put to other work, in per cent (no default).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recapture_rate: Option<f64>,
    /// The years a business case looks ahead (3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub horizon_years: Option<f64>,
}

/// What an hour of staff time costs, in a currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HourlyCost {
    pub amount: f64,
    /// An ISO code ("GBP").
    pub currency: String,
}

/// Which assumption, as JSON and the web app name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssumptionId {
    HoursPerYear,
    WorkingDaysPerYear,
    WorkingHoursPerDay,
    HourlyCost,
    RecaptureRate,
    HorizonYears,
}

impl AssumptionId {
    pub const ALL: [AssumptionId; 6] = [
        AssumptionId::HoursPerYear,
        AssumptionId::WorkingDaysPerYear,
        AssumptionId::WorkingHoursPerDay,
        AssumptionId::HourlyCost,
        AssumptionId::RecaptureRate,
        AssumptionId::HorizonYears,
    ];

    /// The default, where there is one, and the largest value that makes sense.
    fn bounds(self) -> (Option<f64>, f64) {
        match self {
            AssumptionId::HoursPerYear => (Some(8760.0), 8784.0),
            AssumptionId::WorkingDaysPerYear => (Some(220.0), 366.0),
            AssumptionId::WorkingHoursPerDay => (Some(7.5), 24.0),
            AssumptionId::HourlyCost => (None, 1e7),
            AssumptionId::RecaptureRate => (None, 100.0),
            AssumptionId::HorizonYears => (Some(3.0), 30.0),
        }
    }

    /// The name JSON uses ("working_days_per_year").
    pub fn key(self) -> &'static str {
        match self {
            AssumptionId::HoursPerYear => "hours_per_year",
            AssumptionId::WorkingDaysPerYear => "working_days_per_year",
            AssumptionId::WorkingHoursPerDay => "working_hours_per_day",
            AssumptionId::HourlyCost => "hourly_cost",
            AssumptionId::RecaptureRate => "recapture_rate",
            AssumptionId::HorizonYears => "horizon_years",
        }
    }

    /// What a value for it should be, for a problem's message.
    pub fn expected(self) -> &'static str {
        match self {
            AssumptionId::HoursPerYear => "the hours in a year, up to 8,784",
            AssumptionId::WorkingDaysPerYear => "a person's working days in a year, up to 366",
            AssumptionId::WorkingHoursPerDay => "a person's working hours in a day, up to 24",
            AssumptionId::HourlyCost => "what an hour of staff time costs, with its currency (“£45”)",
            AssumptionId::RecaptureRate => "a share of the time put to other work, in per cent (1 to 100)",
            AssumptionId::HorizonYears => "the years a business case looks ahead, up to 30",
        }
    }

    /// Whether `value` can be used for this assumption: a positive number no larger than makes
    /// sense, so a hostile or mistyped setting never makes a nonsense figure.
    pub fn accepts(self, value: f64) -> bool {
        value.is_finite() && value > 0.0 && value <= self.bounds().1
    }
}

/// Who set an assumption's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Default,
    Organisation,
    User,
}

impl HourlyCost {
    /// Money as the user writes it ("£45", "A$60 an hour", "45 euros"); a bare number is in
    /// `currency` when there is one.
    pub fn read(text: &str, currency: Option<&str>) -> Option<HourlyCost> {
        let facts = crate::engine::facts::extract_with_currency(text, "assumption", currency).facts;
        if let Some(money) = facts.iter().find(|f| f.kind == crate::engine::facts::FactKind::Money) {
            return Some(HourlyCost { amount: money.value, currency: money.unit.clone() });
        }
        let number = text.trim().replace(',', "").parse::<f64>().ok()?;
        Some(HourlyCost { amount: number, currency: currency?.to_string() })
    }
}

impl Assumptions {
    /// Sets `id` to `value` (for the hourly cost, see `hourly_cost`).
    pub fn set(&mut self, id: AssumptionId, value: f64) {
        match id {
            AssumptionId::HoursPerYear => self.hours_per_year = Some(value),
            AssumptionId::WorkingDaysPerYear => self.working_days_per_year = Some(value),
            AssumptionId::WorkingHoursPerDay => self.working_hours_per_day = Some(value),
            AssumptionId::HourlyCost => {
                if let Some(cost) = &mut self.hourly_cost {
                    cost.amount = value;
                }
            }
            AssumptionId::RecaptureRate => self.recapture_rate = Some(value),
            AssumptionId::HorizonYears => self.horizon_years = Some(value),
        }
    }

    /// The value set for `id`, if one is and it can be used.
    pub fn get(&self, id: AssumptionId) -> Option<f64> {
        let value = match id {
            AssumptionId::HoursPerYear => self.hours_per_year,
            AssumptionId::WorkingDaysPerYear => self.working_days_per_year,
            AssumptionId::WorkingHoursPerDay => self.working_hours_per_day,
            AssumptionId::HourlyCost => self.hourly_cost.as_ref().map(|c| c.amount),
            AssumptionId::RecaptureRate => self.recapture_rate,
            AssumptionId::HorizonYears => self.horizon_years,
        };
        value.filter(|v| id.accepts(*v))
    }

    /// These assumptions over `organisation`'s, over the defaults.
    pub fn over(&self, organisation: &Assumptions) -> Resolved {
        let mut resolved = Resolved::default();
        for id in AssumptionId::ALL {
            let value = match (self.get(id), organisation.get(id), id.bounds().0) {
                (Some(v), _, _) => Some((v, Source::User)),
                (None, Some(v), _) => Some((v, Source::Organisation)),
                (None, None, Some(v)) => Some((v, Source::Default)),
                (None, None, None) => None,
            };
            resolved.values.push((id, value));
        }
        let currency =
            |a: &Assumptions| a.hourly_cost.as_ref().filter(|c| c.amount > 0.0).map(|c| c.currency.clone());
        resolved.hourly_currency = if self.get(AssumptionId::HourlyCost).is_some() {
            currency(self)
        } else {
            currency(organisation)
        };
        resolved
    }
}

/// The assumptions in force for one service: each value and who set it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Resolved {
    values: Vec<(AssumptionId, Option<(f64, Source)>)>,
    hourly_currency: Option<String>,
}

impl Resolved {
    /// The defaults alone.
    pub fn defaults() -> Resolved {
        Assumptions::default().over(&Assumptions::default())
    }

    /// The value of `id`, when it has one (the hourly cost and recapture rate only when given).
    pub fn value(&self, id: AssumptionId) -> Option<f64> {
        self.values.iter().find(|(i, _)| *i == id).and_then(|(_, v)| v.map(|(value, _)| value))
    }

    fn source(&self, id: AssumptionId) -> Option<Source> {
        self.values.iter().find(|(i, _)| *i == id).and_then(|(_, v)| v.map(|(_, source)| source))
    }

    /// The currency of the hourly cost, when there is one.
    pub fn hourly_currency(&self) -> Option<&str> {
        self.hourly_currency.as_deref()
    }

    /// Working hours in a person's year: working days × hours a day.
    pub fn working_hours_per_year(&self) -> f64 {
        self.value(AssumptionId::WorkingDaysPerYear).unwrap_or(220.0)
            * self.value(AssumptionId::WorkingHoursPerDay).unwrap_or(7.5)
    }

    /// The assumption `id` as used, for the JSON and the web app, with `text` its words.
    pub fn used(&self, id: AssumptionId, text: String) -> Option<AssumptionUsed> {
        let source = self.source(id)?;
        Some(AssumptionUsed {
            id,
            value: self.value(id)?,
            text,
            source,
            defaulted: source == Source::Default,
        })
    }
}

/// One assumption a figure rests on, as reported: its value, in words, and who set it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssumptionUsed {
    pub id: AssumptionId,
    pub value: f64,
    /// In words: "220 working days in a person's year".
    pub text: String,
    pub source: Source,
    /// Whether the value is ValueLens' default (nobody set it).
    pub defaulted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_value_wins_then_the_organisations_then_the_default() {
        let user = Assumptions { working_days_per_year: Some(210.0), ..Assumptions::default() };
        let org = Assumptions {
            working_days_per_year: Some(200.0),
            working_hours_per_day: Some(8.0),
            hourly_cost: Some(HourlyCost { amount: 40.0, currency: "EUR".into() }),
            ..Assumptions::default()
        };
        let r = user.over(&org);
        assert_eq!(r.value(AssumptionId::WorkingDaysPerYear), Some(210.0));
        assert_eq!(r.value(AssumptionId::WorkingHoursPerDay), Some(8.0));
        assert_eq!(r.value(AssumptionId::HoursPerYear), Some(8760.0));
        assert_eq!((r.value(AssumptionId::HourlyCost), r.hourly_currency()), (Some(40.0), Some("EUR")));
        assert_eq!(r.source(AssumptionId::WorkingHoursPerDay), Some(Source::Organisation));
        assert_eq!(r.working_hours_per_year(), 1680.0);
    }

    #[test]
    fn money_is_never_assumed() {
        let r = Resolved::defaults();
        assert_eq!(r.value(AssumptionId::HourlyCost), None);
        assert_eq!(r.value(AssumptionId::RecaptureRate), None);
        assert_eq!(r.value(AssumptionId::HorizonYears), Some(3.0));
        assert_eq!(r.working_hours_per_year(), 1650.0);
    }

    #[test]
    fn hostile_values_fall_back_to_the_next_in_line() {
        let bad = Assumptions {
            hours_per_year: Some(f64::NAN),
            working_days_per_year: Some(-5.0),
            working_hours_per_day: Some(1e9),
            recapture_rate: Some(250.0),
            horizon_years: Some(0.0),
            hourly_cost: Some(HourlyCost { amount: f64::INFINITY, currency: "GBP".into() }),
        };
        assert_eq!(bad.over(&Assumptions::default()), Resolved::defaults());
    }

    #[test]
    fn the_json_names_every_assumption_and_old_services_still_read() {
        for id in AssumptionId::ALL {
            let json = serde_json::to_string(&id).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", id.key()));
        }
        let old: Result<Assumptions, _> = serde_json::from_str(
            r#"{"hours_per_year":8760,"working_days_per_year":220,"working_hours_per_day":7.5}"#,
        );
        assert_eq!(old.ok().and_then(|a| a.working_days_per_year), Some(220.0));
    }
}
