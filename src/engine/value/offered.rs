//! Which assumptions a service's form offers: those its figures rest on, and those that would
//! turn its time into money.

use super::assumptions::{AssumptionId, Assumptions};
use super::figure::{DerivedFigure, Meaning};

/// The assumptions worth offering for a service, in `ALL`'s order: those its figures rest on,
/// what an hour of staff time costs wherever time is given back (and the share of it put to
/// other work once there is money for it), and any the user set.
pub fn offered(derived: &[DerivedFigure], settings: &Assumptions) -> Vec<AssumptionId> {
    let rests_on = |id: AssumptionId| derived.iter().any(|d| d.assumptions.contains(&id));
    let has = |m: Meaning| derived.iter().any(|d| d.kind == m);
    AssumptionId::ALL
        .into_iter()
        .filter(|&id| {
            rests_on(id)
                || settings.get(id).is_some()
                || (id == AssumptionId::HourlyCost && has(Meaning::TimeSaved))
                || (id == AssumptionId::RecaptureRate && has(Meaning::StaffTimeValue))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_assumptions_offered_are_those_the_figures_need() {
        use crate::engine::service::{understand, ServiceInput};
        let time = understand(&ServiceInput::from_description("Our 300 agents each save 20 minutes a day."));
        assert_eq!(
            offered(&time.derived, &Assumptions::default()),
            [AssumptionId::WorkingDaysPerYear, AssumptionId::WorkingHoursPerDay, AssumptionId::HourlyCost]
        );
        let uptime = understand(&ServiceInput::from_description("Mail runs at 99.9% uptime."));
        assert_eq!(offered(&uptime.derived, &Assumptions::default()), [AssumptionId::HoursPerYear]);
        let set = Assumptions { horizon_years: Some(5.0), ..Assumptions::default() };
        assert_eq!(offered(&[], &set), [AssumptionId::HorizonYears]);
    }
}
