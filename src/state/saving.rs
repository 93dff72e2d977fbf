//! Keeping the library in the browser's storage: what was found there at start, whether saving
//! works, and what each save reported.

use super::AppState;
use crate::storage_format::{Library, LoadProblem, Repairs};

/// Whether the library is being kept in the browser.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Saving {
    /// Saved (or about to be) after every change.
    #[default]
    On,
    /// The browser's storage for this site is full: the latest changes are not kept.
    Full,
    /// The browser does not let the page use storage (private mode, settings).
    Unavailable,
    /// The library is too large to keep (bytes).
    TooLarge(usize),
    /// Not saving, so as not to overwrite an unreadable value that could not be set aside.
    Paused,
}

impl Saving {
    /// Whether the app should write the library to storage.
    pub fn writes(&self) -> bool {
        !matches!(self, Saving::Paused | Saving::Unavailable)
    }

    /// What to tell the user, when something is wrong.
    pub fn explain(&self) -> Option<&'static str> {
        match self {
            Saving::On => None,
            Saving::Full => Some(
                "This browser's storage for ValueLens is full, so your latest changes are not saved. \
                 Delete services you no longer need, or export this one.",
            ),
            Saving::Unavailable => Some(
                "This browser does not let ValueLens save, so your work will be gone when you close the page. \
                 Export it or copy a link to keep it.",
            ),
            Saving::TooLarge(_) => Some(
                "Your library is too large to save in this browser, so your latest changes are not saved. \
                 Delete services you no longer need, or export this one.",
            ),
            Saving::Paused => Some(
                "ValueLens is not saving, so as not to overwrite the saved data it could not read \
                 (there was no room to set it aside).",
            ),
        }
    }
}

/// Why a save failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveError {
    Full,
    Unavailable,
    TooLarge(usize),
}

/// What was found in storage when the app started.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Nothing,
    Library(Library, Repairs),
    /// A value that could not be used; `set_aside` names the key it was copied to, if it could be.
    Unreadable {
        problem: LoadProblem,
        set_aside: Option<String>,
    },
    /// The browser does not let the page read storage.
    StorageUnavailable,
}

/// What a save reported, or the user's choice to save again.
#[derive(Debug, Clone, PartialEq)]
pub enum SavingAction {
    Saved(Result<(), SaveError>),
    /// Save again after `Saving::Paused`, overwriting the unreadable value.
    Resume,
}

impl AppState {
    pub(super) fn saving(&mut self, action: SavingAction) {
        match action {
            SavingAction::Saved(result) => {
                if self.saving != Saving::Paused {
                    self.saving = match result {
                        Ok(()) => Saving::On,
                        Err(SaveError::Full) => Saving::Full,
                        Err(SaveError::Unavailable) => Saving::Unavailable,
                        Err(SaveError::TooLarge(bytes)) => Saving::TooLarge(bytes),
                    };
                }
            }
            SavingAction::Resume => {
                if self.saving == Saving::Paused {
                    self.saving = Saving::On;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::with_mail;
    use super::*;
    use crate::state::*;

    #[test]
    fn a_saved_library_is_restored_and_repairs_are_told() {
        let library = with_mail().library;
        let state = AppState::start(Loaded::Library(library.clone(), Repairs::default()), "");
        assert_eq!(state.library, library);
        assert!(state.notices.is_empty());
        let repairs = Repairs { unknown_audiences: 1, ..Repairs::default() };
        let state = AppState::start(Loaded::Library(library, repairs), "");
        assert!(
            state.notices[0].text.starts_with("1 detail saved could not be used"),
            "{}",
            state.notices[0].text
        );
    }

    #[test]
    fn unreadable_storage_is_set_aside_or_saving_pauses() {
        let state = AppState::start(
            Loaded::Unreadable {
                problem: LoadProblem::NotJson,
                set_aside: Some(crate::storage_format::SET_ASIDE_KEY.to_string()),
            },
            "",
        );
        assert_eq!(state.library, Library::default());
        assert_eq!(state.saving, Saving::On);
        assert!(
            state.notices[0].text.contains("set aside (under “valuelens.unreadable”"),
            "{}",
            state.notices[0].text
        );

        let state =
            AppState::start(Loaded::Unreadable { problem: LoadProblem::Foreign, set_aside: None }, "");
        assert_eq!(state.saving, Saving::Paused);
        assert!(!state.saving.writes());
        let state = state.reduce(Action::Saving(SavingAction::Saved(Err(SaveError::Full))));
        assert_eq!(state.saving, Saving::Paused, "a paused save stays paused");
        let state = state.reduce(Action::Saving(SavingAction::Resume));
        assert_eq!(state.saving, Saving::On);
    }

    #[test]
    fn save_results_are_reported_until_a_save_works() {
        let state = AppState::default().reduce(Action::Saving(SavingAction::Saved(Err(SaveError::Full))));
        assert_eq!(state.saving, Saving::Full);
        assert!(state.saving.explain().is_some_and(|t| t.contains("full")));
        let state = state.reduce(Action::Saving(SavingAction::Saved(Err(SaveError::TooLarge(9)))));
        assert!(state.saving.explain().is_some_and(|t| t.contains("too large")));
        let state = state.reduce(Action::Saving(SavingAction::Saved(Ok(()))));
        assert_eq!((state.saving.clone(), state.saving.explain()), (Saving::On, None));
        let state = AppState::start(Loaded::StorageUnavailable, "");
        assert!(!state.saving.writes());
    }
}
