//! What the web app holds between renders, and the one pure function that changes it: every user
//! action is an `Action`, and `AppState::reduce` returns the next state. Plain Rust, tested natively.

use crate::engine::audience;

/// Everything the user has entered on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppState {
    pub description: String,
    /// The id of the chosen audience; always one the engine knows.
    pub audience: String,
}

/// Every change a user can make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    EditDescription(String),
    ChooseAudience(String),
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            description: String::new(),
            audience: audience::ids().first().map_or_else(String::new, |id| (*id).to_string()),
        }
    }
}

impl AppState {
    /// The state after `action`. An unknown audience id (from a hostile link or old storage) is
    /// ignored, so the state always names a real audience.
    pub fn reduce(mut self, action: Action) -> Self {
        match action {
            Action::EditDescription(text) => self.description = text,
            Action::ChooseAudience(id) => {
                if audience::find(&id).is_some() {
                    self.audience = id;
                }
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_empty_for_the_board() {
        let state = AppState::default();
        assert_eq!(state.description, "");
        assert_eq!(state.audience, "board");
    }

    #[test]
    fn editing_keeps_the_text_exactly() {
        let text = "<script>alert(1)</script> {{x}} %s \u{202e}";
        let state = AppState::default().reduce(Action::EditDescription(text.into()));
        assert_eq!(state.description, text);
    }

    #[test]
    fn choosing_a_known_audience_switches_and_an_unknown_one_is_ignored() {
        let state = AppState::default().reduce(Action::ChooseAudience("peer".into()));
        assert_eq!(state.audience, "peer");
        let state = state.reduce(Action::ChooseAudience("<img onerror>".into()));
        assert_eq!(state.audience, "peer");
    }
}
