//! The app's views, and switching between them.

use super::AppState;

/// The app's views.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// Describe a service and read the message for one audience.
    #[default]
    Compose,
    /// All audiences side by side.
    Compare,
    /// Check the user's own draft.
    Check,
    /// Practise saying the message: prompter, timer, question drill, checklist, log.
    Rehearse,
    /// The saved services.
    Library,
    /// Every service in the library rolled into one account for the board.
    Brief,
}

impl View {
    pub const ALL: [View; 6] =
        [View::Compose, View::Compare, View::Check, View::Rehearse, View::Library, View::Brief];

    /// The view's name, as shown in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Compose => "Compose",
            View::Compare => "Compare",
            View::Check => "Check my draft",
            View::Rehearse => "Rehearse",
            View::Library => "Library",
            View::Brief => "Brief",
        }
    }

    /// A stable id for element ids and tests.
    pub fn id(self) -> &'static str {
        match self {
            View::Compose => "compose",
            View::Compare => "compare",
            View::Check => "check",
            View::Rehearse => "rehearse",
            View::Library => "library",
            View::Brief => "brief",
        }
    }
}

impl AppState {
    /// Shows `view`, closing any open form.
    pub(super) fn show(&mut self, view: View) {
        self.view = view;
        self.fact_form = None;
        self.renaming = None;
    }
}
