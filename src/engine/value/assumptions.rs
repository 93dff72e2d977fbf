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
        super::words::assumption_expected(self.key())
    }

    /// Its label, for a form.
    pub fn label(self) -> &'static str {
        super::words::assumption_label(self.key())
    }

    /// Reads what a user typed for this assumption: nothing is "use the default"; else a number
    /// in range, or for the hourly cost money with its currency ("£45", "A$60 an hour") or a
    /// number in `currency`. A problem says what was expected.
    pub fn read(self, text: &str, currency: Option<&str>) -> Result<Setting, String> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Setting::Default);
        }
        let wrong = || format!("Give {}.", self.expected());
        if self == AssumptionId::HourlyCost {
            return HourlyCost::read(text, currency)
                .filter(|c| self.accepts(c.amount))
                .map(Setting::Cost)
                .ok_or_else(wrong);
        }
        one_number(text).filter(|n| self.accepts(*n)).map(Setting::Value).ok_or_else(wrong)
    }

    /// Whether `value` can be used for this assumption: a positive number no larger than makes
    /// sense, so a hostile or mistyped setting never makes a nonsense figure.
    pub fn accepts(self, value: f64) -> bool {
        value.is_finite() && value > 0.0 && value <= self.bounds().1
    }
}

/// What a user set an assumption to.
#[derive(Debug, Clone, PartialEq)]
pub enum Setting {
    /// Nothing: the organisation's value, else the default.
    Default,
    Value(f64),
    Cost(HourlyCost),
}

/// Who set an assumption's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Default,
    Organisation,
    User,
}

/// The one figure in `text` ("210", "1,650", "50%"), read as the fact reader reads figures.
fn one_number(text: &str) -> Option<f64> {
    match crate::engine::facts::figures_in(text, true).as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

impl HourlyCost {
    /// Money as the user writes it ("£45", "A$60 an hour", "45 euros"); a bare number is in
    /// `currency` when there is one.
    pub fn read(text: &str, currency: Option<&str>) -> Option<HourlyCost> {
        let facts = crate::engine::facts::extract_with_currency(text, "assumption", currency).facts;
        if let Some(money) = facts.iter().find(|f| f.kind == crate::engine::facts::FactKind::Money) {
            return Some(HourlyCost { amount: money.value, currency: money.unit.clone() });
        }
        Some(HourlyCost { amount: one_number(text)?, currency: currency?.to_string() })
    }
}

impl Assumptions {
    /// Applies what the user set for `id`.
    pub fn apply(&mut self, id: AssumptionId, setting: Setting) {
        match (id, setting) {
            (AssumptionId::HourlyCost, Setting::Cost(cost)) => self.hourly_cost = Some(cost),
            (AssumptionId::HourlyCost, _) => self.hourly_cost = None,
            (_, Setting::Value(value)) => self.set(id, value),
            (_, _) => self.clear(id),
        }
    }

    fn clear(&mut self, id: AssumptionId) {
        match id {
            AssumptionId::HoursPerYear => self.hours_per_year = None,
            AssumptionId::WorkingDaysPerYear => self.working_days_per_year = None,
            AssumptionId::WorkingHoursPerDay => self.working_hours_per_day = None,
            AssumptionId::HourlyCost => self.hourly_cost = None,
            AssumptionId::RecaptureRate => self.recapture_rate = None,
            AssumptionId::HorizonYears => self.horizon_years = None,
        }
    }

    /// What the user typed for `id`, as they would type it again ("210", "£45").
    pub fn shown(&self, id: AssumptionId) -> String {
        match (id, &self.hourly_cost) {
            (AssumptionId::HourlyCost, Some(cost)) => {
                crate::engine::english::money(cost.amount, &cost.currency)
            }
            _ => self.get(id).map(crate::engine::english::number).unwrap_or_default(),
        }
    }

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

    /// Who set `id`'s value in force, when it has one.
    pub fn source_of(&self, id: AssumptionId) -> Option<Source> {
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
        let source = self.source_of(id)?;
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
        assert_eq!(r.source_of(AssumptionId::WorkingHoursPerDay), Some(Source::Organisation));
        assert_eq!(r.working_hours_per_year(), 1680.0);
    }

    #[test]
    fn what_a_user_types_is_read_or_explained() {
        use AssumptionId::*;
        assert_eq!(WorkingDaysPerYear.read(" 210 ", None), Ok(Setting::Value(210.0)));
        assert_eq!(RecaptureRate.read("50%", None), Ok(Setting::Value(50.0)));
        assert_eq!(WorkingDaysPerYear.read("", None), Ok(Setting::Default));
        assert_eq!(
            HourlyCost.read("£45 an hour", None),
            Ok(Setting::Cost(super::HourlyCost { amount: 45.0, currency: "GBP".into() }))
        );
        assert_eq!(
            HourlyCost.read("32", Some("EUR")),
            Ok(Setting::Cost(super::HourlyCost { amount: 32.0, currency: "EUR".into() }))
        );
        let wrong = WorkingDaysPerYear.read("900", None);
        assert!(wrong.as_ref().is_err_and(|m| m.contains("up to 366")), "{wrong:?}");
        assert!(HourlyCost.read("32", None).is_err(), "a bare number needs a currency");
        assert_eq!(
            WorkingHoursPerDay.read("seven", None),
            Ok(Setting::Value(7.0)),
            "as the fact reader reads it"
        );
        assert!(WorkingHoursPerDay.read("a lot", None).is_err());
        assert!(WorkingHoursPerDay.read("7 or 8", None).is_err(), "one figure");
        let mut a = Assumptions::default();
        a.apply(WorkingDaysPerYear, Setting::Value(210.0));
        a.apply(HourlyCost, Setting::Cost(super::HourlyCost { amount: 45.0, currency: "GBP".into() }));
        assert_eq!(
            (a.shown(WorkingDaysPerYear), a.shown(HourlyCost)),
            ("210".to_string(), "£45".to_string())
        );
        a.apply(WorkingDaysPerYear, Setting::Default);
        a.apply(HourlyCost, Setting::Default);
        assert_eq!(a, Assumptions::default());
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
