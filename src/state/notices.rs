//! What the app tells the user: notices shown until dismissed, short announcements for screen
//! readers, and copying (with the text offered to copy by hand when the browser will not).

use super::AppState;

/// A message shown until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub tone: Tone,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Info,
    Warning,
}

/// Text the user asked to copy, shown to copy by hand when the browser would not copy it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManualCopy {
    pub what: String,
    pub text: String,
}

/// A change to what the app is telling the user.
#[derive(Debug, Clone, PartialEq)]
pub enum NoticeAction {
    Copied {
        what: String,
    },
    CopyFailed {
        what: String,
        text: String,
    },
    CloseManualCopy,
    /// Tell screen readers something the app did on its own ("Link copied").
    Announce(String),
    Dismiss(u32),
    /// The service worker now keeps a new version for offline use: `current` when it is the one
    /// this page runs, else a newer one is ready on the next load.
    NewVersion {
        current: bool,
    },
}

impl AppState {
    pub(super) fn notice(&mut self, action: NoticeAction) {
        match action {
            NoticeAction::Copied { what } => {
                self.manual_copy = None;
                self.announce(format!("Copied {what}."));
                self.copied = Some(what);
            }
            NoticeAction::CopyFailed { what, text } => {
                self.announce(format!(
                    "Could not copy {what} automatically: select it and copy it yourself."
                ));
                self.manual_copy = Some(ManualCopy { what, text });
            }
            NoticeAction::CloseManualCopy => self.manual_copy = None,
            NoticeAction::Announce(text) => self.announce(text),
            NoticeAction::Dismiss(id) => self.notices.retain(|n| n.id != id),
            NoticeAction::NewVersion { current } => {
                let text = if current {
                    "ValueLens has been updated. This version now works offline too."
                } else {
                    "A newer version of ValueLens is ready: reload the page to use it."
                };
                // Said once, however many times the worker says so.
                if !self.notices.iter().any(|n| n.text == text) {
                    self.notify(Tone::Info, text.to_string());
                }
            }
        }
    }

    pub(super) fn notify(&mut self, tone: Tone, text: String) {
        let id = self.next_notice;
        self.next_notice += 1;
        self.notices.push(Notice { id, tone, text });
    }

    pub(super) fn announce(&mut self, text: impl Into<String>) {
        self.announcement = text.into();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share_link::LinkProblem;
    use crate::state::*;

    #[test]
    fn copying_announces_or_offers_the_text_to_copy_by_hand() {
        let state = AppState::default().reduce(Action::Notice(NoticeAction::CopyFailed {
            what: "the pitch".into(),
            text: "Pitch <b>".into(),
        }));
        assert_eq!(
            state.manual_copy,
            Some(ManualCopy { what: "the pitch".into(), text: "Pitch <b>".into() })
        );
        let state = state.reduce(Action::Notice(NoticeAction::Copied { what: "the link".into() }));
        assert_eq!(state.manual_copy, None);
        assert_eq!(state.announcement, "Copied the link.");
        assert_eq!(state.copied.as_deref(), Some("the link"));
        let state = state.reduce(Action::Saving(SavingAction::Saved(Ok(()))));
        assert_eq!(state.copied.as_deref(), Some("the link"), "saving is not a change the user made");
        let state = state.reduce(Action::Service(ServiceAction::AnotherWay));
        assert_eq!(state.copied, None);
    }

    #[test]
    fn a_new_version_is_told_once_as_in_use_or_ready_on_reload() {
        let state = AppState::default().reduce(Action::Notice(NoticeAction::NewVersion { current: true }));
        let state = state.reduce(Action::Notice(NoticeAction::NewVersion { current: true }));
        let texts: Vec<&str> = state.notices.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["ValueLens has been updated. This version now works offline too."]);
        let state = state.reduce(Action::Notice(NoticeAction::NewVersion { current: false }));
        assert!(state.notices[1].text.starts_with("A newer version of ValueLens is ready: reload the page"));
    }

    #[test]
    fn notices_are_dismissed_by_id() {
        let state = AppState::start(Loaded::Nothing, "#service=1.x")
            .reduce(Action::Library(LibraryAction::OpenLink(Err(LinkProblem::TooLong { chars: 1 }))));
        assert_eq!(state.notices.len(), 2);
        let first = state.notices[0].id;
        let state = state.reduce(Action::Notice(NoticeAction::Dismiss(first)));
        assert_eq!(state.notices.len(), 1);
        assert_ne!(state.notices[0].id, first);
    }
}
