//! The open service: its text fields, the value model's assumptions set for it, the audience it
//! is shown for, and which wording is shown.

use super::{AppState, View};
use crate::engine::compose::next_wording;
use crate::engine::service::ServiceInput;
use crate::engine::value::{AssumptionId, Setting};

/// The text fields of a service the user can fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Description,
    WhatItDoes,
    WhoUsesIt,
    Outcomes,
    Risks,
    Ask,
}

impl Field {
    /// The engine's name for the field (what facts and corrections name).
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Description => "description",
            Field::WhatItDoes => "what_it_does",
            Field::WhoUsesIt => "who_uses_it",
            Field::Outcomes => "outcomes",
            Field::Risks => "risks",
            Field::Ask => "ask",
        }
    }

    /// The field's label on screen.
    pub fn label(self) -> &'static str {
        match self {
            Field::Name => "Service name",
            Field::Description => "Describe the service",
            Field::WhatItDoes => "What it does for people",
            Field::WhoUsesIt => "Who uses it",
            Field::Outcomes => "Results worth telling",
            Field::Risks => "What could go wrong without it",
            Field::Ask => "What you want from them (the ask)",
        }
    }

    /// The field with this engine name.
    pub fn from_key(key: &str) -> Option<Field> {
        [
            Field::Name,
            Field::Description,
            Field::WhatItDoes,
            Field::WhoUsesIt,
            Field::Outcomes,
            Field::Risks,
            Field::Ask,
        ]
        .into_iter()
        .find(|f| f.key() == key)
    }

    pub fn get(self, input: &ServiceInput) -> &str {
        match self {
            Field::Name => &input.name,
            Field::Description => &input.description,
            Field::WhatItDoes => &input.what_it_does,
            Field::WhoUsesIt => &input.who_uses_it,
            Field::Outcomes => &input.outcomes,
            Field::Risks => &input.risks,
            Field::Ask => &input.ask,
        }
    }

    pub(super) fn slot(self, input: &mut ServiceInput) -> &mut String {
        match self {
            Field::Name => &mut input.name,
            Field::Description => &mut input.description,
            Field::WhatItDoes => &mut input.what_it_does,
            Field::WhoUsesIt => &mut input.who_uses_it,
            Field::Outcomes => &mut input.outcomes,
            Field::Risks => &mut input.risks,
            Field::Ask => &mut input.ask,
        }
    }
}

/// Whether the user has written anything about the service yet.
pub fn is_blank(input: &ServiceInput) -> bool {
    input.name.trim().is_empty() && input.fields().iter().all(|(_, text)| text.trim().is_empty())
}

/// A sample service, for a first look.
pub const EXAMPLE_NAME: &str = "Mail";
pub const EXAMPLE_DESCRIPTION: &str = "We run the mail service for 1,200 staff at 99.95% uptime and blocked \
2.3 million phishing emails last year. The service desk now answers mail questions in 12 minutes instead of \
2 hours. Renewing the phishing filter costs £40k a year.";

/// A change to the open service.
#[derive(Debug, Clone, PartialEq)]
pub enum ServiceAction {
    Edit(Field, String),
    /// Set one of the value model's assumptions for this service (hourly cost, working days…).
    SetAssumption(AssumptionId, Setting),
    UseExample,
    ChooseAudience(String),
    /// Open the full message for this audience in Compose (from Compare).
    OpenFor(String),
    /// "Say it another way": the next wording seed.
    AnotherWay,
}

impl AppState {
    pub(super) fn service(&mut self, action: ServiceAction) {
        match action {
            ServiceAction::Edit(field, text) => *field.slot(&mut self.current_mut().input) = text,
            ServiceAction::SetAssumption(id, setting) => {
                self.current_mut().input.assumptions.apply(id, setting);
                self.announce(format!("{} changed: the figures and the message follow.", id.label()));
            }
            ServiceAction::UseExample => {
                let input = &mut self.current_mut().input;
                input.name = EXAMPLE_NAME.to_string();
                input.description = EXAMPLE_DESCRIPTION.to_string();
                self.announce("Example service filled in.");
            }
            ServiceAction::ChooseAudience(id) => {
                if let Some(audience) = self.org.find(&id) {
                    let text = format!("Showing the message for {}.", audience.label.to_lowercase());
                    self.current_mut().audience = id;
                    self.announce(text);
                }
            }
            ServiceAction::OpenFor(id) => {
                if self.org.find(&id).is_some() {
                    self.service(ServiceAction::ChooseAudience(id));
                    self.view = View::Compose;
                }
            }
            ServiceAction::AnotherWay => {
                let entry = self.current();
                let (org, input) = (self.org.clone(), entry.input.clone());
                let understanding = org.understand(&input);
                let audience = org.audience(&entry.audience);
                let next =
                    next_wording(entry.seed, |seed| org.compose(&input, &understanding, audience, seed));
                self.current_mut().seed = next.seed;
                self.announce(match next.of {
                    1 => "This message has one wording only.".to_string(),
                    of if next.number == 1 => format!("That was every wording ({of}): back to the first."),
                    of => format!("Wording {} of {of} shown.", next.number),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{facts, with_mail};
    use super::*;
    use crate::engine::service::understand;
    use crate::share_link;
    use crate::state::*;

    #[test]
    fn editing_keeps_the_text_exactly_in_the_field_edited() {
        let text = "<script>alert(1)</script> {{x}} %s \u{202e}";
        let mut state = AppState::default();
        for field in [Field::Name, Field::Description, Field::WhoUsesIt, Field::Ask, Field::Risks] {
            state =
                state.reduce(Action::Service(ServiceAction::Edit(field, format!("{text}{}", field.key()))));
        }
        let input = &state.current().input;
        assert_eq!(input.description, format!("{text}description"));
        assert_eq!(Field::Ask.get(input), format!("{text}ask"));
        assert_eq!(input.what_it_does, "");
        assert!([Field::Name, Field::Outcomes].iter().all(|f| Field::from_key(f.key()) == Some(*f)));
    }

    #[test]
    fn an_assumption_set_for_a_service_changes_its_figures_and_is_kept() {
        let time = "Our 300 agents each save 20 minutes a day.";
        let state =
            AppState::default().reduce(Action::Service(ServiceAction::Edit(Field::Description, time.into())));
        let worth = |s: &AppState| {
            understand(&s.current().input).derived.iter().any(|d| d.text.contains("of staff time"))
        };
        assert!(!worth(&state), "no hourly cost, no money");
        let cost = AssumptionId::HourlyCost.read("£30", None).unwrap_or(Setting::Default);
        let state =
            state.reduce(Action::Service(ServiceAction::SetAssumption(AssumptionId::HourlyCost, cost)));
        assert!(worth(&state));
        assert_eq!(
            state.announcement,
            "What an hour of staff time costs changed: the figures and the message follow."
        );
        let state = state.reduce(Action::Service(ServiceAction::SetAssumption(
            AssumptionId::WorkingDaysPerYear,
            Setting::Value(200.0),
        )));
        let hours = understand(&state.current().input)
            .derived
            .iter()
            .any(|d| d.text == "20,000 hours a year given back");
        assert!(hours, "200 working days");
        let shared = share_link::encode(&state.current().input, "board", 0).unwrap_or_default();
        let back = share_link::decode(&shared).and_then(Result::ok).map(|s| s.input.assumptions);
        assert_eq!(back, Some(state.current().input.assumptions.clone()), "a link carries the assumptions");
        let state = state.reduce(Action::Service(ServiceAction::SetAssumption(
            AssumptionId::HourlyCost,
            Setting::Default,
        )));
        assert!(!worth(&state));
    }

    #[test]
    fn choosing_a_known_audience_switches_and_an_unknown_one_is_ignored() {
        let state = AppState::default().reduce(Action::Service(ServiceAction::ChooseAudience("peer".into())));
        assert_eq!(state.current().audience, "peer");
        assert_eq!(state.announcement, "Showing the message for a peer.");
        let state = state.reduce(Action::Service(ServiceAction::ChooseAudience("<img onerror>".into())));
        assert_eq!(state.current().audience, "peer");
    }

    #[test]
    fn opening_an_audience_from_compare_shows_its_message() {
        let state = AppState::default()
            .reduce(Action::Show(View::Compare))
            .reduce(Action::Service(ServiceAction::OpenFor("manager".into())));
        assert_eq!((state.view, state.current().audience.as_str()), (View::Compose, "manager"));
        let state = state
            .reduce(Action::Show(View::Compare))
            .reduce(Action::Service(ServiceAction::OpenFor("nobody".into())));
        assert_eq!((state.view, state.current().audience.as_str()), (View::Compare, "manager"));
    }

    #[test]
    fn another_way_steps_through_every_wording_then_says_so() {
        let another = Action::Service(ServiceAction::AnotherWay);
        let mut state = with_mail().reduce(another.clone());
        assert_ne!(state.current().seed, 0);
        assert!(state.announcement.starts_with("Wording 2 of "), "{}", state.announcement);
        for _ in 0..60 {
            if state.announcement.starts_with("That was every wording") {
                break;
            }
            state = state.reduce(another.clone());
        }
        assert!(state.announcement.starts_with("That was every wording"), "{}", state.announcement);
        assert_eq!(state.current().seed, 0, "back to the first wording");
    }

    #[test]
    fn the_example_fills_in_a_service_with_facts() {
        let state = AppState::default().reduce(Action::Service(ServiceAction::UseExample));
        assert_eq!(state.current().input.name, "Mail");
        assert!(facts(&state).len() >= 4, "{:?}", facts(&state));
    }
}
