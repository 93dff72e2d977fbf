//! What the web app holds between renders, and the one pure function that changes it. Every user
//! action is an `Action` naming the slice it belongs to (`Service`, `Facts`, `Check`, `Library`,
//! `Rehearse`…); `AppState::reduce` only hands it to that slice's own update, in the slice's own
//! file. Plain Rust, tested natively: the browser glue in `ui` reads storage and the URL,
//! dispatches actions and writes back what the state says.

mod brief;
mod check;
mod facts;
mod library;
mod notices;
mod rehearsal;
mod saving;
mod service;
mod view;

use std::rc::Rc;

pub use brief::{BriefAction, BriefSettings, BRIEF_AUDIENCES};
pub use check::CheckAction;
pub use facts::{FactForm, FactTarget, FactsAction};
pub use library::{file_stem, Deleted, LibraryAction};
pub use notices::{ManualCopy, Notice, NoticeAction, Tone};
pub use rehearsal::{
    log_trend, parse_target, FullScreen, Rehearsal, RehearseAction, Target, CUSTOM_TARGET_MS, TEXT_SIZES,
};
pub use saving::{Loaded, SaveError, Saving, SavingAction};
pub use service::{is_blank, Field, ServiceAction, EXAMPLE_DESCRIPTION, EXAMPLE_NAME};
pub use view::View;

use crate::org::Org;
use crate::storage_format::{Entry, Library};
use library::repaired;

/// Everything on screen and everything kept.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub view: View,
    /// The services kept in the browser and the check settings.
    pub library: Library,
    pub fact_form: Option<FactForm>,
    /// The library entry being renamed, and the name typed so far.
    pub renaming: Option<(u32, String)>,
    pub deleted: Option<Deleted>,
    pub notices: Vec<Notice>,
    pub saving: Saving,
    /// The latest short announcement for screen readers ("Copied the headline").
    pub announcement: String,
    pub manual_copy: Option<ManualCopy>,
    /// What was just copied ("the headline"), until the next change.
    pub copied: Option<String>,
    /// The user pressed Escape on a finding's explanation: hidden until they move on.
    pub tips_hidden: bool,
    /// How the board brief is asked for.
    pub brief: BriefSettings,
    /// The rule just switched off, while the check view offers to undo it.
    pub switched_off: Option<String>,
    pub rehearsal: Rehearsal,
    /// Who ValueLens speaks for: the audiences offered and the organisation's pack.
    pub org: Rc<Org>,
    next_notice: u32,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            view: View::default(),
            library: Library::default(),
            fact_form: None,
            renaming: None,
            deleted: None,
            notices: Vec::new(),
            saving: Saving::default(),
            announcement: String::new(),
            manual_copy: None,
            copied: None,
            tips_hidden: false,
            switched_off: None,
            brief: BriefSettings::default(),
            rehearsal: Rehearsal::default(),
            org: Rc::default(),
            next_notice: 1,
        }
    }
}

/// Every change a user (or the browser) can make, by the slice of the state it changes.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch views (closing any open form).
    Show(View),
    /// The open service: its fields, assumptions, audience and wording.
    Service(ServiceAction),
    /// The facts read from it, and the user's corrections.
    Facts(FactsAction),
    /// The draft being checked and the check settings.
    Check(CheckAction),
    /// The services kept: new, open, rename, duplicate, delete, links and pages that open one.
    Library(LibraryAction),
    /// What saving to the browser's storage reported.
    Saving(SavingAction),
    /// Notices, announcements and copying.
    Notice(NoticeAction),
    Rehearse(RehearseAction),
    /// Which services the brief rolls up, for whom, in what slot.
    Brief(BriefAction),
    /// The embedding page's organisation and audiences (see `embedding`).
    UseOrg(Rc<Org>),
}

impl AppState {
    /// The state the app starts in, from what storage held and the page's URL fragment.
    pub fn start(loaded: Loaded, fragment: &str) -> AppState {
        let mut state = AppState::default();
        match loaded {
            Loaded::Nothing => {}
            Loaded::Library(library, repairs) => {
                state.library = library;
                if repairs.count() > 0 {
                    state.notify(Tone::Info, repaired(&repairs, "saved"));
                }
            }
            Loaded::Unreadable { problem, set_aside } => {
                let text = if let Some(key) = set_aside {
                    format!(
                        "{} It was set aside (under “{key}” in this browser's storage) and \
                         ValueLens started afresh.",
                        problem.explain()
                    )
                } else {
                    state.saving = Saving::Paused;
                    format!("{} There was no room to set it aside.", problem.explain())
                };
                state.notify(Tone::Warning, text);
            }
            Loaded::StorageUnavailable => state.saving = Saving::Unavailable,
        }
        state.open_link(fragment)
    }

    /// The state with the service shared in `fragment` (a page's URL fragment) opened, if it holds
    /// one.
    pub fn open_link(self, fragment: &str) -> AppState {
        match crate::share_link::decode(fragment) {
            Some(link) => self.reduce(Action::Library(LibraryAction::OpenLink(link.map(Box::new)))),
            None => self,
        }
    }

    /// The open service.
    pub fn current(&self) -> &Entry {
        let lib = &self.library;
        lib.services.iter().find(|e| e.id == lib.current).unwrap_or(&lib.services[0])
    }

    pub(crate) fn current_mut(&mut self) -> &mut Entry {
        let lib = &mut self.library;
        let index = lib.services.iter().position(|e| e.id == lib.current).unwrap_or(0);
        &mut lib.services[index]
    }

    /// The state after `action`. Unknown audiences, stale ids and stale suggestions are ignored,
    /// so the state always names a real audience and an open service.
    pub fn reduce(mut self, action: Action) -> Self {
        let tick = matches!(action, Action::Rehearse(RehearseAction::Tick { .. }));
        let keeps_copied = tick
            || matches!(
                action,
                Action::Saving(SavingAction::Saved(_))
                    | Action::Notice(NoticeAction::Announce(_))
                    | Action::Check(CheckAction::HideTips | CheckAction::ShowTips)
            );
        if !keeps_copied {
            self.copied = None;
        }
        let rehearsing = matches!(action, Action::Rehearse(_));
        match action {
            Action::Show(view) => self.show(view),
            Action::Service(action) => self.service(action),
            Action::Facts(action) => self.facts(action),
            Action::Check(action) => self.check(action),
            Action::Library(action) => self.library(action),
            Action::Saving(action) => self.saving(action),
            Action::Notice(action) => self.notice(action),
            Action::Rehearse(action) => self.rehearse(action),
            Action::Brief(action) => self.brief_settings(action),
            Action::UseOrg(org) => self.org = org,
        }
        if !tick && (rehearsing || self.view == View::Rehearse) {
            self.sync_run();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::service::{understand, ServiceInput};

    pub(super) const MAIL: &str = "We run the mail service for 1,200 staff at 99.95% uptime.";

    pub(super) fn with_mail() -> AppState {
        AppState::default().reduce(Action::Service(ServiceAction::Edit(Field::Description, MAIL.into())))
    }

    pub(super) fn facts(state: &AppState) -> Vec<String> {
        understand(&state.current().input).facts.iter().map(|f| f.text.clone()).collect()
    }

    #[test]
    fn starts_with_one_blank_service_for_the_board() {
        let state = AppState::default();
        assert_eq!(state.view, View::Compose);
        assert_eq!(state.library.services.len(), 1);
        assert_eq!(state.current().input, ServiceInput::default());
        assert_eq!(state.current().audience, "board");
        assert_eq!(state.saving, Saving::On);
        assert!(state.notices.is_empty());
    }

    #[test]
    fn views_switch_and_close_open_forms() {
        let state = with_mail()
            .reduce(Action::Facts(FactsAction::OpenForm(FactTarget::Add)))
            .reduce(Action::Show(View::Compare));
        assert_eq!(state.view, View::Compare);
        assert_eq!(state.fact_form, None);
        assert_eq!(
            View::ALL.map(View::label),
            ["Compose", "Compare", "Check my draft", "Rehearse", "Library", "Brief"]
        );
    }
}
