//! The facts read from the open service and the user's corrections to them: the "add a fact" or
//! "correct a fact" form, removing and restoring. How a correction changes the service is the
//! engine's (`engine::corrections`); this slice holds the form and says what happened.

use super::AppState;
use crate::engine::corrections::words_of;
use crate::engine::facts::{extract_with_currency, Fact};

/// The open "add a fact" or "correct a fact" form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactForm {
    pub target: FactTarget,
    /// The fact in the user's words ("1,500 staff").
    pub text: String,
    /// Set when the user tried to save words with no figure in them.
    pub no_figure: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactTarget {
    Add,
    /// Correct the fact with this key (as displayed).
    Correct {
        key: String,
    },
}

impl FactForm {
    /// The fact the engine reads in the form's words, if any, a bare "$" in `currency` (the
    /// organisation's, from its pack).
    pub fn preview(&self, currency: Option<&str>) -> Option<Fact> {
        extract_with_currency(&self.text, "user", currency).facts.into_iter().next()
    }
}

/// A change to the facts of the open service.
#[derive(Debug, Clone, PartialEq)]
pub enum FactsAction {
    Remove {
        key: String,
    },
    /// Undo a removal or correction of the fact found under `key`.
    Restore {
        key: String,
    },
    OpenForm(FactTarget),
    EditForm(String),
    SubmitForm,
    CloseForm,
}

impl AppState {
    pub(super) fn facts(&mut self, action: FactsAction) {
        match action {
            FactsAction::Remove { key } => {
                self.current_mut().input.remove_fact(&key);
                self.announce(format!("Removed “{}” from the facts.", words_of(&key)));
            }
            FactsAction::Restore { key } => {
                self.current_mut().input.restore_fact(&key);
                self.announce(format!("Restored “{}” as found in your text.", words_of(&key)));
            }
            FactsAction::OpenForm(target) => {
                let text = match &target {
                    FactTarget::Add => String::new(),
                    FactTarget::Correct { key } => words_of(key).to_string(),
                };
                self.fact_form = Some(FactForm { target, text, no_figure: false });
            }
            FactsAction::EditForm(text) => {
                if let Some(form) = &mut self.fact_form {
                    form.text = text;
                    form.no_figure = false;
                }
            }
            FactsAction::SubmitForm => self.submit_fact_form(),
            FactsAction::CloseForm => self.fact_form = None,
        }
    }

    fn submit_fact_form(&mut self) {
        let Some(form) = self.fact_form.take() else { return };
        let Some(fact) = form.preview(self.org.pack.currency.as_deref()) else {
            self.fact_form = Some(FactForm { no_figure: true, ..form });
            return;
        };
        let words = fact.text.clone();
        let input = &mut self.current_mut().input;
        match &form.target {
            FactTarget::Add => {
                input.add_fact(fact);
                self.announce(format!("Added “{words}” to the facts."));
            }
            FactTarget::Correct { key } => {
                input.correct_fact(key, fact);
                self.announce(format!("Corrected to “{words}”."));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{facts, with_mail};
    use super::*;
    use crate::engine::corrections::{fact_status, removed_facts, FactStatus};
    use crate::engine::service::understand;
    use crate::state::*;

    #[test]
    fn a_fact_found_can_be_removed_and_restored() {
        let state = with_mail();
        assert_eq!(facts(&state), ["1,200 staff", "99.95% uptime"]);
        let state =
            state.reduce(Action::Facts(FactsAction::Remove { key: "description:1,200 staff".into() }));
        assert_eq!(facts(&state), ["99.95% uptime"]);
        assert_eq!(
            removed_facts(&state.current().input),
            [("description:1,200 staff".into(), "1,200 staff".into())]
        );
        let state =
            state.reduce(Action::Facts(FactsAction::Remove { key: "description:1,200 staff".into() }));
        assert_eq!(state.current().input.corrections.len(), 1, "removing twice files one correction");
        let state =
            state.reduce(Action::Facts(FactsAction::Restore { key: "description:1,200 staff".into() }));
        assert_eq!(facts(&state), ["1,200 staff", "99.95% uptime"]);
        assert!(state.current().input.corrections.is_empty());
    }

    #[test]
    fn a_fact_is_corrected_in_words_and_can_be_restored() {
        let key = "description:1,200 staff".to_string();
        let state = with_mail()
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Correct { key: key.clone() })))
            .reduce(Action::Facts(FactsAction::EditForm("1,500 staff".into())));
        assert_eq!(state.fact_form.as_ref().and_then(|f| f.preview(None)).map(|f| f.value), Some(1500.0));
        let state = state.reduce(Action::Facts(FactsAction::SubmitForm));
        assert_eq!(state.fact_form, None);
        assert_eq!(state.announcement, "Corrected to “1,500 staff”.");
        let understood = understand(&state.current().input);
        let corrected = &understood.facts[0];
        assert_eq!((corrected.text.as_str(), corrected.value), ("1,500 staff", 1500.0));
        assert!(corrected.span.is_some(), "a corrected fact still points at the words it replaces");
        assert_eq!(
            fact_status(&state.current().input, corrected),
            FactStatus::Corrected { original: key.clone() }
        );
        assert_eq!(fact_status(&state.current().input, &understood.facts[1]), FactStatus::Found);

        // Correcting the correction keeps one correction, filed under the words found.
        let again = state
            .clone()
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Correct { key: corrected.key() })))
            .reduce(Action::Facts(FactsAction::EditForm("1,600 staff".into())))
            .reduce(Action::Facts(FactsAction::SubmitForm));
        assert_eq!(again.current().input.corrections.len(), 1);
        assert_eq!(understand(&again.current().input).facts[0].value, 1600.0);

        // Removing a corrected fact removes what was found; restoring brings the original back.
        let removed =
            again.reduce(Action::Facts(FactsAction::Remove { key: "description:1,600 staff".into() }));
        assert_eq!(facts(&removed), ["99.95% uptime"]);
        let restored = removed.reduce(Action::Facts(FactsAction::Restore { key }));
        assert_eq!(facts(&restored), ["1,200 staff", "99.95% uptime"]);
    }

    #[test]
    fn a_fact_is_added_in_words_corrected_and_removed() {
        let state = with_mail()
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Add)))
            .reduce(Action::Facts(FactsAction::EditForm("20 minutes a day saved".into())))
            .reduce(Action::Facts(FactsAction::SubmitForm));
        assert_eq!(facts(&state).len(), 3);
        let added = understand(&state.current().input).facts[2].clone();
        assert_eq!(fact_status(&state.current().input, &added), FactStatus::Added);
        let state = state
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Correct { key: added.key() })))
            .reduce(Action::Facts(FactsAction::EditForm("25 minutes a day saved".into())))
            .reduce(Action::Facts(FactsAction::SubmitForm));
        let added = understand(&state.current().input).facts[2].clone();
        assert_eq!(added.value, 25.0);
        assert_eq!(state.current().input.corrections.len(), 1);
        let state = state.reduce(Action::Facts(FactsAction::Remove { key: added.key() }));
        assert_eq!(facts(&state).len(), 2);
        assert!(state.current().input.corrections.is_empty(), "an added fact removed leaves no trace");
    }

    #[test]
    fn words_with_no_figure_keep_the_form_open_and_say_so() {
        let state = with_mail()
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Add)))
            .reduce(Action::Facts(FactsAction::EditForm("lots of happy people".into())))
            .reduce(Action::Facts(FactsAction::SubmitForm));
        let form = state.fact_form.clone().unwrap_or(FactForm {
            target: FactTarget::Add,
            text: String::new(),
            no_figure: false,
        });
        assert!(form.no_figure);
        assert_eq!(form.text, "lots of happy people", "what the user typed is kept");
        let state = state.reduce(Action::Facts(FactsAction::EditForm("lots of happy people: 300".into())));
        assert!(state.fact_form.is_some_and(|f| !f.no_figure));
    }

    #[test]
    fn a_typed_dollar_figure_is_in_the_organisations_dollar() {
        let org = crate::embedding::read(r#"{"pack": {"currency": "AUD"}}"#).org;
        let state = AppState::default()
            .reduce(Action::UseOrg(org))
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Add)))
            .reduce(Action::Facts(FactsAction::EditForm("$40k a year on licences".into())))
            .reduce(Action::Facts(FactsAction::SubmitForm));
        let facts = state.org.understand(&state.current().input).facts;
        assert_eq!((facts[0].value, facts[0].unit.as_str()), (40_000.0, "AUD"));
    }
}
