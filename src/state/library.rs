//! The services kept in the browser: starting, opening, duplicating, renaming and deleting one
//! (with undo), and opening one from a shared link or an embedding page; export file names.

use super::notices::Tone;
use super::{AppState, View};
use crate::engine::service::ServiceInput;
use crate::share_link::{LinkProblem, Shared};
use crate::storage_format::{Entry, Repairs};

/// A deleted service, kept until the next deletion so it can be restored.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub entry: Entry,
}

/// A change to the services kept.
#[derive(Debug, Clone, PartialEq)]
pub enum LibraryAction {
    New,
    Open(u32),
    Duplicate(u32),
    Delete(u32),
    UndoDelete,
    StartRename(u32),
    EditRename(String),
    SaveRename,
    CancelRename,
    /// A link was opened (at start, or pasted into the address bar).
    OpenLink(Result<Box<Shared>, LinkProblem>),
    /// Open a service with this description, as the embedding page asked: the one already in the
    /// library with it, else the blank one, else a new one, so nothing typed is replaced.
    OpenText(String),
}

impl AppState {
    pub(super) fn library(&mut self, action: LibraryAction) {
        match action {
            LibraryAction::New => {
                let id = self.next_id();
                self.library.services.push(Entry::blank(id));
                self.library.current = id;
                self.view = View::Compose;
                self.fact_form = None;
                self.announce("New service started.");
            }
            LibraryAction::Open(id) => {
                if let Some(entry) = self.library.services.iter().find(|e| e.id == id) {
                    let title = entry.title();
                    self.library.current = id;
                    self.view = View::Compose;
                    self.fact_form = None;
                    self.announce(format!("Opened “{title}”."));
                }
            }
            LibraryAction::Duplicate(id) => self.duplicate(id),
            LibraryAction::Delete(id) => self.delete(id),
            LibraryAction::UndoDelete => self.undo_delete(),
            LibraryAction::StartRename(id) => {
                if let Some(entry) = self.library.services.iter().find(|e| e.id == id) {
                    self.renaming = Some((id, entry.input.name.clone()));
                }
            }
            LibraryAction::EditRename(text) => {
                if let Some((_, name)) = &mut self.renaming {
                    *name = text;
                }
            }
            LibraryAction::SaveRename => self.save_rename(),
            LibraryAction::CancelRename => self.renaming = None,
            LibraryAction::OpenLink(Ok(shared)) => self.open_shared(*shared),
            LibraryAction::OpenLink(Err(problem)) => {
                self.notify(Tone::Warning, format!("{} Nothing on screen was changed.", problem.explain()))
            }
            LibraryAction::OpenText(text) => {
                let existed = self.open_input(ServiceInput::from_description(&text));
                self.view = View::Compose;
                self.announce(if existed {
                    "Opened the service this page suggests, already in your library."
                } else {
                    "Opened the service this page suggests."
                });
            }
        }
    }

    fn duplicate(&mut self, id: u32) {
        let new_id = self.next_id();
        let services = &mut self.library.services;
        if let Some(index) = services.iter().position(|e| e.id == id) {
            let mut copy = services[index].clone();
            copy.id = new_id;
            copy.input.name = format!("{} (copy)", services[index].title());
            let title = copy.input.name.clone();
            services.insert(index + 1, copy);
            self.announce(format!("Duplicated as “{title}”."));
        }
    }

    fn save_rename(&mut self) {
        if let Some((id, name)) = self.renaming.take() {
            if let Some(entry) = self.library.services.iter_mut().find(|e| e.id == id) {
                entry.input.name = name.trim().to_string();
                let title = entry.title();
                self.announce(format!("Renamed to “{title}”."));
            }
        }
    }

    fn next_id(&self) -> u32 {
        let deleted = self.deleted.as_ref().map_or(0, |d| d.entry.id);
        self.library.services.iter().map(|e| e.id).max().unwrap_or(0).max(deleted).saturating_add(1)
    }

    fn delete(&mut self, id: u32) {
        let services = &mut self.library.services;
        let Some(index) = services.iter().position(|e| e.id == id) else { return };
        let entry = services.remove(index);
        let title = entry.title();
        self.deleted = Some(Deleted { index, entry });
        if self.library.services.is_empty() {
            let blank = Entry::blank(self.next_id());
            self.library.services.push(blank);
        }
        if self.library.current == id {
            let services = &self.library.services;
            self.library.current = services[index.min(services.len() - 1)].id;
        }
        if self.renaming.as_ref().is_some_and(|(r, _)| *r == id) {
            self.renaming = None;
        }
        self.announce(format!("Deleted “{title}”."));
    }

    fn undo_delete(&mut self) {
        let Some(Deleted { index, entry }) = self.deleted.take() else { return };
        let services = &mut self.library.services;
        let only_blank = services.len() == 1
            && services[0].input == ServiceInput::default()
            && services[0].draft.is_empty();
        if only_blank {
            services.clear();
        }
        let title = entry.title();
        let id = entry.id;
        services.insert(index.min(services.len()), entry);
        if only_blank {
            self.library.current = id;
        }
        self.announce(format!("Restored “{title}”."));
    }

    /// Opens the service in the library with `input`, else fills the only, blank service, else
    /// adds one; says whether it was already there.
    fn open_input(&mut self, input: ServiceInput) -> bool {
        let existing = self.library.services.iter().position(|e| e.input == input);
        let services = &mut self.library.services;
        let only_blank = services.len() == 1
            && services[0].input == ServiceInput::default()
            && services[0].draft.is_empty();
        let id = match existing {
            Some(index) => services[index].id,
            // A first visit opened by a link: use the blank service rather than keep it beside.
            None if only_blank => {
                services[0].input = input;
                services[0].id
            }
            None => {
                let id = self.next_id();
                let mut entry = Entry::blank(id);
                entry.input = input;
                self.library.services.push(entry);
                id
            }
        };
        self.library.current = id;
        self.fact_form = None;
        existing.is_some()
    }

    fn open_shared(&mut self, shared: Shared) {
        let existed = self.open_input(shared.input);
        let entry = self.current_mut();
        entry.audience = shared.audience;
        entry.seed = shared.seed;
        let title = entry.title();
        self.view = View::Compose;
        let mut text = if existed {
            format!("Opened the shared service “{title}”, already in your library.")
        } else {
            format!("Opened the shared service “{title}”. It is now in your library.")
        };
        if shared.repairs.count() > 0 {
            text = format!("{text} {}", repaired(&shared.repairs, "in the link"));
        }
        self.notify(Tone::Info, text);
    }
}

pub(super) fn repaired(repairs: &Repairs, place: &str) -> String {
    let n = repairs.count();
    format!(
        "{n} {} {place} could not be used and {} left out or put right (an unknown audience, or a \
         correction with an impossible figure).",
        if n == 1 { "detail" } else { "details" },
        if n == 1 { "was" } else { "were" }
    )
}

/// A file name stem for an export: the service and audience in lower-case words joined by
/// hyphens ("mail-for-the-board"), letters and digits only, at most 60 characters.
pub fn file_stem(title: &str, audience: &str) -> String {
    let who = slug(audience, 24);
    let what = slug(title, 60 - 5 - who.len());
    match (what.is_empty(), who.is_empty()) {
        (true, true) => "valuelens".to_string(),
        (false, true) => what,
        (true, false) => format!("valuelens-for-{who}"),
        (false, false) => format!("{what}-for-{who}"),
    }
}

/// `text` as lower-case words joined by hyphens, at most `room` bytes, cut between words (or in
/// a word, at a character boundary, when the first word alone is too long).
fn slug(text: &str, room: usize) -> String {
    let mut out = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let word = word.to_lowercase();
        let needed = word.len() + usize::from(!out.is_empty());
        if out.len() + needed > room {
            if out.is_empty() {
                out = word
                    .chars()
                    .scan(0, |len, c| {
                        *len += c.len_utf8();
                        (*len <= room).then_some(c)
                    })
                    .collect();
            }
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::{with_mail, MAIL};
    use super::*;
    use crate::engine::service::ServiceInput;
    use crate::share_link;
    use crate::share_link::LinkProblem;
    use crate::state::*;
    use crate::storage_format::Library;

    #[test]
    fn the_library_creates_opens_renames_duplicates_deletes_and_undoes() {
        let state = with_mail()
            .reduce(Action::Service(ServiceAction::Edit(Field::Name, "Mail".into())))
            .reduce(Action::Library(LibraryAction::New));
        assert_eq!(state.library.services.len(), 2);
        assert_eq!(state.library.current, 2);
        assert_eq!(state.current().input, ServiceInput::default());

        let state = state.reduce(Action::Show(View::Library)).reduce(Action::Library(LibraryAction::Open(1)));
        assert_eq!((state.library.current, state.view), (1, View::Compose));
        assert_eq!(state.announcement, "Opened “Mail”.");

        let state = state
            .reduce(Action::Library(LibraryAction::StartRename(1)))
            .reduce(Action::Library(LibraryAction::EditRename("  Email for everyone ".into())))
            .reduce(Action::Library(LibraryAction::SaveRename));
        assert_eq!(state.current().input.name, "Email for everyone");
        assert_eq!(state.renaming, None);

        let state = state.reduce(Action::Library(LibraryAction::Duplicate(1)));
        let titles: Vec<String> = state.library.services.iter().map(Entry::title).collect();
        assert_eq!(titles, ["Email for everyone", "Email for everyone (copy)", "Untitled service"]);
        assert_eq!(state.library.services[1].id, 3);
        assert_eq!(state.library.services[1].input.description, MAIL);

        let state = state.reduce(Action::Library(LibraryAction::Delete(1)));
        assert_eq!(state.library.services.len(), 2);
        assert_eq!(state.library.current, 3, "the next service opens in place of the deleted one");
        assert_eq!(state.announcement, "Deleted “Email for everyone”.");
        let state = state.reduce(Action::Library(LibraryAction::New));
        assert_eq!(state.current().id, 4, "a deleted id is not reused while it can be restored");
        let state = state.reduce(Action::Library(LibraryAction::UndoDelete));
        assert_eq!(state.library.services[0].id, 1);
        assert_eq!(state.library.services.len(), 4);
        assert_eq!(state.deleted, None);
    }

    #[test]
    fn deleting_the_last_service_leaves_a_blank_one_and_undo_brings_it_back() {
        let state = with_mail().reduce(Action::Library(LibraryAction::Delete(1)));
        assert_eq!(state.library.services.len(), 1);
        assert_eq!(state.current().input, ServiceInput::default());
        let state = state.reduce(Action::Library(LibraryAction::UndoDelete));
        assert_eq!(state.library.services.len(), 1);
        assert_eq!(state.current().input.description, MAIL);
        let state = state
            .reduce(Action::Library(LibraryAction::Delete(42)))
            .reduce(Action::Library(LibraryAction::UndoDelete));
        assert_eq!(state.library.services.len(), 1, "unknown ids are ignored");
    }

    #[test]
    fn renaming_cancels_cleanly() {
        let state = with_mail()
            .reduce(Action::Library(LibraryAction::StartRename(1)))
            .reduce(Action::Library(LibraryAction::EditRename("X".into())));
        assert_eq!(state.renaming, Some((1, "X".to_string())));
        let state = state.reduce(Action::Library(LibraryAction::CancelRename));
        assert_eq!((&state.renaming, state.current().input.name.as_str()), (&None, ""));
    }

    #[test]
    fn a_shared_link_opens_as_a_new_service_once() {
        let mut input = ServiceInput::from_description(MAIL);
        input.name = "Mail".into();
        let fragment = share_link::encode(&input, "manager", 3).unwrap_or_default();
        let state = AppState::start(Loaded::Nothing, &format!("#{fragment}"));
        assert_eq!(state.library.services.len(), 1, "a first visit's blank service is used");
        assert_eq!(state.current().input, input);
        let state = AppState::start(
            Loaded::Library(with_mail().library, Repairs::default()),
            &format!("#{fragment}"),
        );
        assert_eq!(state.library.services.len(), 2, "work already there is kept beside it");
        assert_eq!(state.current().input, input);
        assert_eq!((state.current().audience.as_str(), state.current().seed), ("manager", 3));
        assert_eq!(state.notices[0].text, "Opened the shared service “Mail”. It is now in your library.");

        let link =
            share_link::decode(&fragment).unwrap_or(Err(LinkProblem::Damaged(String::new()))).map(Box::new);
        let again = state
            .reduce(Action::Library(LibraryAction::Open(1)))
            .reduce(Action::Library(LibraryAction::OpenLink(link)));
        assert_eq!(again.library.services.len(), 2, "the same service is not added twice");
        assert_eq!(again.library.current, 2);
        assert!(again.notices[1].text.contains("already in your library"));
    }

    #[test]
    fn a_bad_link_changes_nothing_and_says_why() {
        let before = with_mail();
        let after = before
            .clone()
            .reduce(Action::Library(LibraryAction::OpenLink(Err(LinkProblem::Newer { version: 9 }))));
        assert_eq!(after.library, before.library);
        assert_eq!(after.notices.len(), 1);
        assert_eq!(after.notices[0].tone, Tone::Warning);
        assert!(
            after.notices[0].text.ends_with("Nothing on screen was changed."),
            "{}",
            after.notices[0].text
        );
        let started = AppState::start(Loaded::Nothing, "#service=1.%%%");
        assert_eq!(started.library, Library::default());
        assert_eq!(started.notices.len(), 1);
        assert_eq!(AppState::start(Loaded::Nothing, "#workspace"), AppState::default());
    }

    #[test]
    fn export_file_names_are_plain_and_short() {
        assert_eq!(file_stem("Mail", "the board"), "mail-for-the-board");
        assert_eq!(file_stem("../../etc/passwd <script>", "a peer"), "etc-passwd-script-for-a-peer");
        assert_eq!(file_stem("Ünïcode Dienst", "a peer"), "ünïcode-dienst-for-a-peer");
        assert!(file_stem(&"word ".repeat(50), "the board").len() <= 60);
        assert_eq!(file_stem(&"x".repeat(100), ""), "x".repeat(55));
        assert_eq!(file_stem(&"é".repeat(100), "").len(), 54, "cut on a character boundary");
        assert_eq!(file_stem("", ""), "valuelens");
        assert_eq!(file_stem("?!", "a peer"), "valuelens-for-a-peer");
    }
}
