//! The draft being checked and the check settings: rules switched off, terms accepted,
//! suggestions applied, explanations hidden.

use super::AppState;
use crate::engine::checks::rule_name;

/// A change to the draft or to how it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum CheckAction {
    EditDraft(String),
    /// Switch a check rule on or off.
    SetRule {
        id: String,
        on: bool,
    },
    AcceptTerm(String),
    UnacceptTerm(String),
    /// Replace `expected` at `start` in the draft with `replacement` (ignored if the draft changed).
    ApplySuggestion {
        start: usize,
        expected: String,
        replacement: String,
    },
    /// Hide a finding's explanation (Escape), or let explanations show again (focus moved on).
    HideTips,
    ShowTips,
}

impl AppState {
    pub(super) fn check(&mut self, action: CheckAction) {
        match action {
            CheckAction::EditDraft(text) => {
                self.current_mut().draft = text;
                self.switched_off = None;
            }
            CheckAction::SetRule { id, on } => {
                let Some(name) = rule_name(&id) else { return };
                let rules = &mut self.library.check.disabled_rules;
                if on {
                    rules.remove(&id);
                    self.switched_off = None;
                    self.announce(format!("“{name}” is on again."));
                } else {
                    rules.insert(id.clone());
                    self.switched_off = Some(id);
                    self.announce(format!("Switched off “{name}”: its findings are hidden."));
                }
            }
            CheckAction::AcceptTerm(term) => {
                let term = term.trim().to_string();
                if !term.is_empty() {
                    self.announce(format!("“{term}” accepted: it will not be flagged again."));
                    self.library.check.accepted_terms.insert(term);
                }
            }
            CheckAction::UnacceptTerm(term) => {
                self.library.check.accepted_terms.remove(&term);
                self.announce(format!("“{term}” will be flagged again."));
            }
            CheckAction::ApplySuggestion { start, expected, replacement } => {
                let draft = &mut self.current_mut().draft;
                let end = start.saturating_add(expected.len());
                if draft.get(start..end) == Some(expected.as_str()) {
                    draft.replace_range(start..end, &replacement);
                    self.announce(format!("Replaced “{expected}” with “{replacement}”."));
                }
            }
            CheckAction::HideTips => self.tips_hidden = true,
            CheckAction::ShowTips => self.tips_hidden = false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::*;
    use crate::storage_format::CheckSettings;

    #[test]
    fn check_settings_switch_rules_and_accept_terms() {
        let state = AppState::default()
            .reduce(Action::Check(CheckAction::SetRule { id: "hedging".into(), on: false }))
            .reduce(Action::Check(CheckAction::SetRule { id: "no-such-rule".into(), on: false }))
            .reduce(Action::Check(CheckAction::AcceptTerm("  VPN ".into())))
            .reduce(Action::Check(CheckAction::AcceptTerm("   ".into())));
        let check = &state.library.check;
        assert_eq!(check.disabled_rules.iter().collect::<Vec<_>>(), ["hedging"]);
        assert_eq!(check.accepted_terms.iter().collect::<Vec<_>>(), ["VPN"]);
        let state = state
            .reduce(Action::Check(CheckAction::SetRule { id: "hedging".into(), on: true }))
            .reduce(Action::Check(CheckAction::UnacceptTerm("VPN".into())));
        assert_eq!(state.library.check, CheckSettings::default());
    }

    #[test]
    fn switching_a_rule_off_says_so_by_name_and_can_be_undone() {
        let off = AppState::default()
            .reduce(Action::Check(CheckAction::SetRule { id: "jargon".into(), on: false }));
        assert_eq!(off.switched_off.as_deref(), Some("jargon"));
        assert_eq!(off.announcement, "Switched off “Jargon”: its findings are hidden.");
        let undone = off.reduce(Action::Check(CheckAction::SetRule { id: "jargon".into(), on: true }));
        assert_eq!((undone.switched_off, undone.library.check.disabled_rules.len()), (None, 0));
        assert_eq!(undone.announcement, "“Jargon” is on again.");
    }

    #[test]
    fn a_suggestion_replaces_its_words_only_while_they_are_still_there() {
        let state =
            AppState::default().reduce(Action::Check(CheckAction::EditDraft("We use the VPN daily.".into())));
        let apply = Action::Check(CheckAction::ApplySuggestion {
            start: 11,
            expected: "VPN".into(),
            replacement: "secure remote access".into(),
        });
        let state = state.reduce(apply.clone());
        assert_eq!(state.current().draft, "We use the secure remote access daily.");
        let state = state.reduce(apply);
        assert_eq!(state.current().draft, "We use the secure remote access daily.", "stale: ignored");
        let odd = Action::Check(CheckAction::ApplySuggestion {
            start: usize::MAX,
            expected: "x".into(),
            replacement: "y".into(),
        });
        assert_eq!(state.clone().reduce(odd).current().draft, state.current().draft);
    }

    #[test]
    fn explanations_hide_on_escape_until_the_user_moves_on() {
        let state = AppState::default().reduce(Action::Check(CheckAction::HideTips));
        assert!(state.tips_hidden);
        assert!(!state.reduce(Action::Check(CheckAction::ShowTips)).tips_hidden);
    }
}
