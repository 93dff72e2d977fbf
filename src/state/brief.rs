//! The board brief on screen: which services it rolls up (all of the library unless the user
//! leaves some out), for whom (the board or your manager), in what slot, and whether it is shown
//! as one slide. The brief itself is the engine's (`engine::brief`).

use std::collections::BTreeSet;

use super::AppState;
use crate::engine::brief::{brief, slot_from_minutes, Brief, LONGEST_SLOT_MINUTES};

/// The audiences a brief is for.
pub const BRIEF_AUDIENCES: [&str; 2] = ["board", "manager"];

/// How the brief is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefSettings {
    /// Library ids the user left out.
    pub left_out: BTreeSet<u32>,
    pub audience: String,
    /// The slot as typed, in minutes ("" for the audience's usual slot).
    pub slot: String,
    /// Shown as one slide, for a projector.
    pub slide: bool,
}

impl Default for BriefSettings {
    fn default() -> Self {
        BriefSettings {
            left_out: BTreeSet::new(),
            audience: "board".into(),
            slot: String::new(),
            slide: false,
        }
    }
}

impl BriefSettings {
    /// The slot typed, in seconds, when it can be used; `None` for the audience's usual slot.
    pub fn slot_seconds(&self) -> Option<u32> {
        slot_from_minutes(&self.slot)
    }

    /// Why the slot typed cannot be used, while it cannot.
    pub fn slot_problem(&self) -> Option<String> {
        (!self.slot.trim().is_empty() && self.slot_seconds().is_none()).then(|| {
            format!(
                "“{}” is not a slot ValueLens can use: type whole minutes from 1 to {LONGEST_SLOT_MINUTES}. \
                 The brief keeps to the usual slot until then.",
                self.slot.trim()
            )
        })
    }
}

/// A change to how the brief is asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum BriefAction {
    /// Put the library service with this id in the brief, or leave it out.
    Include {
        id: u32,
        on: bool,
    },
    Audience(String),
    EditSlot(String),
    /// Show it as one slide, or as the whole brief.
    Slide(bool),
}

impl AppState {
    pub(super) fn brief_settings(&mut self, action: BriefAction) {
        let b = &mut self.brief;
        match action {
            BriefAction::Include { id, on } => {
                if on {
                    b.left_out.remove(&id);
                } else {
                    b.left_out.insert(id);
                }
            }
            BriefAction::Audience(id) => {
                if BRIEF_AUDIENCES.contains(&id.as_str()) {
                    b.audience = id;
                }
            }
            BriefAction::EditSlot(text) => b.slot = text,
            BriefAction::Slide(on) => {
                b.slide = on;
                self.announce(if on {
                    "Showing the brief as one slide. Escape goes back."
                } else {
                    "Showing the whole brief."
                });
            }
        }
    }

    /// The brief of the services chosen, as the engine writes it.
    pub fn brief(&self) -> Brief {
        let services: Vec<_> = self
            .library
            .services
            .iter()
            .filter(|e| !self.brief.left_out.contains(&e.id) && !super::is_blank(&e.input))
            .map(|e| (e.title(), e.input.clone()))
            .collect();
        let audience = self.org.audience(&self.brief.audience);
        brief(&services, audience, &self.org.pack, self.brief.slot_seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::*;

    fn library() -> AppState {
        let describe = |s: AppState, text: &str| {
            s.reduce(Action::Service(ServiceAction::Edit(Field::Description, text.into())))
        };
        let s = describe(
            AppState::default(),
            "We merged the phone systems, cutting call costs by £30,000 a year.",
        );
        let s = s.reduce(Action::Library(LibraryAction::New));
        describe(s, "Moving to Teams calling saves us £11,000 a year in licences.")
    }

    #[test]
    fn the_brief_rolls_up_the_services_chosen() {
        let state = library();
        assert_eq!(state.brief().totals[0].value, 41_000.0);
        let first = state.library.services[0].id;
        let state = state.reduce(Action::Brief(BriefAction::Include { id: first, on: false }));
        assert_eq!(state.brief().totals[0].value, 11_000.0);
        let state = state.reduce(Action::Brief(BriefAction::Include { id: first, on: true }));
        assert_eq!(state.brief().totals[0].value, 41_000.0);
    }

    #[test]
    fn the_slot_is_whole_minutes_or_explained_and_the_audience_one_offered() {
        let state = library().reduce(Action::Brief(BriefAction::EditSlot("10".into())));
        assert_eq!(state.brief().slot_seconds, 600);
        let state = state.reduce(Action::Brief(BriefAction::EditSlot("ten".into())));
        assert_eq!(state.brief().slot_seconds, 900, "the board's usual slot until it can be used");
        assert!(state.brief.slot_problem().is_some_and(|p| p.contains("“ten”")));
        let state = state.reduce(Action::Brief(BriefAction::Audience("peer".into())));
        assert_eq!(state.brief.audience, "board", "a brief is for the board or your manager");
        let state = state.reduce(Action::Brief(BriefAction::Audience("manager".into())));
        assert_eq!(state.brief().audience, "manager");
    }
}
