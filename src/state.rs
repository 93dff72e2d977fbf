//! What the web app holds between renders, and the one pure function that changes it: every user
//! action is an `Action`, and `AppState::reduce` returns the next state. Plain Rust, tested
//! natively: the browser glue in `ui` only reads storage and the URL, dispatches actions and
//! writes back what the state says.

use std::rc::Rc;

use crate::engine::audience::Audience;
use crate::engine::facts::{extract_with_currency, Fact, Origin};
use crate::engine::rehearsal::drill::Mark;
use crate::engine::rehearsal::run::{steps, Run, Script, Summary};
use crate::engine::rehearsal::timer::clock;
use crate::engine::rehearsal::{checklist, log};
use crate::engine::service::{understand, Correction, ServiceInput};
use crate::engine::value::{AssumptionId, Setting};
use crate::org::Org;
use crate::share_link::{LinkProblem, Shared};
use crate::storage_format::{Entry, Library, LoadProblem, Repairs};

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
}

impl View {
    pub const ALL: [View; 5] = [View::Compose, View::Compare, View::Check, View::Rehearse, View::Library];

    /// The view's name, as shown in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            View::Compose => "Compose",
            View::Compare => "Compare",
            View::Check => "Check my draft",
            View::Rehearse => "Rehearse",
            View::Library => "Library",
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
        }
    }
}

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

    fn slot(self, input: &mut ServiceInput) -> &mut String {
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

/// Where a fact on screen stands with the user's corrections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactStatus {
    /// Found in the text, as found.
    Found,
    /// Found in the text and corrected by the user; `original` is the key it was found under.
    Corrected { original: String },
    /// Typed in by the user.
    Added,
}

/// How `fact` (from `understand(input)`) came to be.
pub fn fact_status(input: &ServiceInput, fact: &Fact) -> FactStatus {
    if fact.origin == Origin::Extracted {
        return FactStatus::Found;
    }
    if fact.span.is_none() {
        return FactStatus::Added;
    }
    let key = fact.key();
    input
        .corrections
        .iter()
        .find_map(|c| match c {
            Correction::Replace { key: original, fact: f } if f.key() == key => {
                Some(FactStatus::Corrected { original: original.clone() })
            }
            _ => None,
        })
        .unwrap_or(FactStatus::Corrected { original: key })
}

/// The facts the user removed that are still in the text: (key, their words).
pub fn removed_facts(input: &ServiceInput) -> Vec<(String, String)> {
    if !input.corrections.iter().any(|c| matches!(c, Correction::Remove { .. })) {
        return Vec::new(); // no need to read the text again
    }
    let plain = ServiceInput { corrections: Vec::new(), ..input.clone() };
    let found = understand(&plain).facts;
    input
        .corrections
        .iter()
        .filter_map(|c| match c {
            Correction::Remove { key } => {
                found.iter().find(|f| f.key() == *key).map(|f| (key.clone(), f.text.clone()))
            }
            _ => None,
        })
        .collect()
}

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

/// Text the user asked to copy, shown to copy by hand when the browser would not copy it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManualCopy {
    pub what: String,
    pub text: String,
}

/// A deleted service, kept until the next deletion so it can be restored.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub index: usize,
    pub entry: Entry,
}

/// How long a rehearsal aims to take.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Target {
    /// The 30-second pitch.
    #[default]
    HalfMinute,
    /// The 2-minute talk track.
    TwoMinutes,
    /// The time the audience usually gives (`Audience::slot_seconds`).
    Slot,
    /// The user's own, typed as minutes and seconds.
    Custom,
}

/// The shortest and longest custom target, in milliseconds.
pub const CUSTOM_TARGET_MS: (u64, u64) = (10_000, 3_600_000);

/// A custom target as typed: "1:30" (minutes and seconds) or "5" (whole minutes), from 0:10 to
/// 60:00; `None` for anything else.
pub fn parse_target(text: &str) -> Option<u64> {
    let number = |t: &str| {
        let t = t.trim();
        (!t.is_empty() && t.len() <= 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse::<u64>().ok())?
    };
    let seconds = match text.trim().split_once(':') {
        Some((m, s)) if s.trim().len() == 2 => number(m)? * 60 + number(s).filter(|s| *s < 60)?,
        Some(_) => return None,
        None => number(text)? * 60,
    };
    Some(seconds * 1000).filter(|ms| (CUSTOM_TARGET_MS.0..=CUSTOM_TARGET_MS.1).contains(ms))
}

/// How the prompter fills the screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FullScreen {
    #[default]
    Off,
    /// The browser's full screen (the Fullscreen API).
    Native,
    /// The whole window, where the browser has no full screen to give.
    Window,
}

/// The prompter's text sizes: 1 (smallest) to `TEXT_SIZES`.
pub const TEXT_SIZES: u8 = 5;

/// The rehearsal on screen. Only what it leaves (`storage_format::Practice`) is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Rehearsal {
    pub script: Script,
    pub target: Target,
    /// The custom target as the user typed it, kept as typed.
    pub custom: String,
    /// The last custom target that could be used.
    pub custom_ms: u64,
    /// The run, over the steps of the open service's message.
    pub run: Run,
    /// The browser's clock (milliseconds) at the latest action or tick.
    pub now: u64,
    pub text_size: u8,
    pub full_screen: FullScreen,
    /// Being over the target has been announced for this run.
    over_told: bool,
    /// This run is in the practice log.
    logged: bool,
}

impl Default for Rehearsal {
    fn default() -> Self {
        Rehearsal {
            script: Script::Pitch,
            target: Target::default(),
            custom: String::new(),
            custom_ms: 300_000,
            run: Run::new(Vec::new(), 30_000),
            now: 0,
            text_size: 3,
            full_screen: FullScreen::Off,
            over_told: false,
            logged: false,
        }
    }
}

impl Rehearsal {
    /// The target in milliseconds for `audience`.
    pub fn target_ms(&self, audience: &Audience) -> u64 {
        match self.target {
            Target::HalfMinute => 30_000,
            Target::TwoMinutes => 120_000,
            Target::Slot => u64::from(audience.slot_seconds) * 1000,
            Target::Custom => self.custom_ms,
        }
    }

    /// Why the custom target typed cannot be used, while it cannot.
    pub fn custom_problem(&self) -> Option<String> {
        (self.target == Target::Custom
            && !self.custom.trim().is_empty()
            && parse_target(&self.custom).is_none())
        .then(|| {
            format!(
                "“{}” is not a time ValueLens can use. Type minutes and seconds from 0:10 to 60:00, \
                     like 1:30, or whole minutes, like 5. The target stays at {} until then.",
                self.custom.trim(),
                clock(self.custom_ms)
            )
        })
    }

    /// How the run went, once it is over or stopped.
    pub fn summary(&self) -> Option<Summary> {
        let run = &self.run;
        let stopped = !run.timer.is_running() && run.timer.elapsed(self.now) > 0;
        (!run.steps.is_empty() && (run.finished() || stopped)).then(|| run.summary(self.now))
    }
}

/// What the user does while rehearsing. Times are the browser's clock in milliseconds.
#[derive(Debug, Clone, PartialEq)]
pub enum Rehearse {
    Script(Script),
    Target(Target),
    EditCustomTarget(String),
    /// Space: start or stop the timer.
    Toggle {
        now: u64,
    },
    /// Right arrow: the next step; `today` ("2026-11-23") dates the log entry if the run ends.
    Next {
        now: u64,
        today: String,
    },
    /// Left arrow: back a step.
    Previous {
        now: u64,
    },
    Restart,
    /// The clock moved while the timer runs.
    Tick {
        now: u64,
    },
    /// Larger (`true`) or smaller prompter text.
    TextSize(bool),
    FullScreen(FullScreen),
    /// The browser left its full screen (Escape, or another program).
    LeftFullScreen,
    Mark {
        question: String,
        mark: Mark,
    },
    /// Tick or untick a "before the meeting" item.
    Check {
        id: String,
        on: bool,
    },
}

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
            rehearsal: Rehearsal::default(),
            org: Rc::default(),
            next_notice: 1,
        }
    }
}

/// Every change a user (or the browser) can make.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Show(View),
    Edit(Field, String),
    /// Set one of the value model's assumptions for this service (hourly cost, working days…).
    SetAssumption(AssumptionId, Setting),
    UseExample,
    ChooseAudience(String),
    /// Open the full message for this audience in Compose (from Compare).
    OpenFor(String),
    /// "Say it another way": the next wording seed.
    AnotherWay,
    RemoveFact {
        key: String,
    },
    /// Undo a removal or correction of the fact found under `key`.
    RestoreFact {
        key: String,
    },
    OpenFactForm(FactTarget),
    EditFactForm(String),
    SubmitFactForm,
    CloseFactForm,
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
    NewService,
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
    Saved(Result<(), SaveError>),
    /// Save again after `Saving::Paused`, overwriting the unreadable value.
    ResumeSaving,
    Copied {
        what: String,
    },
    CopyFailed {
        what: String,
        text: String,
    },
    CloseManualCopy,
    /// Hide a finding's explanation (Escape), or let explanations show again (focus moved on).
    HideTips,
    ShowTips,
    /// Tell screen readers something the app did on its own ("Link copied").
    Announce(String),
    DismissNotice(u32),
    Rehearse(Rehearse),
    /// The embedding page's organisation and audiences (see `embedding`).
    UseOrg(Rc<Org>),
    /// Open a service with this description, as the embedding page asked: the one already in the
    /// library with it, else the blank one, else a new one, so nothing typed is replaced.
    OpenText(String),
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
            Some(link) => self.reduce(Action::OpenLink(link.map(Box::new))),
            None => self,
        }
    }

    /// The open service.
    pub fn current(&self) -> &Entry {
        let lib = &self.library;
        lib.services.iter().find(|e| e.id == lib.current).unwrap_or(&lib.services[0])
    }

    fn current_mut(&mut self) -> &mut Entry {
        let lib = &mut self.library;
        let index = lib.services.iter().position(|e| e.id == lib.current).unwrap_or(0);
        &mut lib.services[index]
    }

    fn notify(&mut self, tone: Tone, text: String) {
        let id = self.next_notice;
        self.next_notice += 1;
        self.notices.push(Notice { id, tone, text });
    }

    fn announce(&mut self, text: impl Into<String>) {
        self.announcement = text.into();
    }

    fn next_id(&self) -> u32 {
        let deleted = self.deleted.as_ref().map_or(0, |d| d.entry.id);
        self.library.services.iter().map(|e| e.id).max().unwrap_or(0).max(deleted).saturating_add(1)
    }

    /// The state after `action`. Unknown audiences, stale ids and stale suggestions are ignored,
    /// so the state always names a real audience and an open service.
    pub fn reduce(mut self, action: Action) -> Self {
        let tick = matches!(action, Action::Rehearse(Rehearse::Tick { .. }));
        if !tick
            && !matches!(action, Action::Saved(_) | Action::Announce(_) | Action::HideTips | Action::ShowTips)
        {
            self.copied = None;
        }
        let rehearsing = matches!(action, Action::Rehearse(_));
        match action {
            Action::Show(view) => {
                self.view = view;
                self.fact_form = None;
                self.renaming = None;
            }
            Action::Edit(field, text) => *field.slot(&mut self.current_mut().input) = text,
            Action::SetAssumption(id, setting) => {
                self.current_mut().input.assumptions.apply(id, setting);
                self.announce(format!("{} changed: the figures and the message follow.", id.label()));
            }
            Action::UseExample => {
                let input = &mut self.current_mut().input;
                input.name = EXAMPLE_NAME.to_string();
                input.description = EXAMPLE_DESCRIPTION.to_string();
                self.announce("Example service filled in.");
            }
            Action::ChooseAudience(id) => {
                if let Some(audience) = self.org.find(&id) {
                    let text = format!("Showing the message for {}.", audience.label.to_lowercase());
                    self.current_mut().audience = id;
                    self.announce(text);
                }
            }
            Action::OpenFor(id) => {
                if self.org.find(&id).is_some() {
                    self = self.reduce(Action::ChooseAudience(id));
                    self.view = View::Compose;
                }
            }
            Action::AnotherWay => {
                let entry = self.current_mut();
                entry.seed = entry.seed.wrapping_add(1);
                self.announce("New wording shown.");
            }
            Action::RemoveFact { key } => {
                remove_fact(&mut self.current_mut().input, &key);
                self.announce(format!("Removed “{}” from the facts.", words_of(&key)));
            }
            Action::RestoreFact { key } => {
                let input = &mut self.current_mut().input;
                input.corrections.retain(|c| match c {
                    Correction::Remove { key: k } | Correction::Replace { key: k, .. } => *k != key,
                    Correction::Add { .. } => true,
                });
                self.announce(format!("Restored “{}” as found in your text.", words_of(&key)));
            }
            Action::OpenFactForm(target) => {
                let text = match &target {
                    FactTarget::Add => String::new(),
                    FactTarget::Correct { key } => words_of(key).to_string(),
                };
                self.fact_form = Some(FactForm { target, text, no_figure: false });
            }
            Action::EditFactForm(text) => {
                if let Some(form) = &mut self.fact_form {
                    form.text = text;
                    form.no_figure = false;
                }
            }
            Action::SubmitFactForm => self.submit_fact_form(),
            Action::CloseFactForm => self.fact_form = None,
            Action::EditDraft(text) => self.current_mut().draft = text,
            Action::SetRule { id, on } => {
                if crate::engine::checks::rule_description(&id).is_some() {
                    let rules = &mut self.library.check.disabled_rules;
                    if on {
                        rules.remove(&id);
                    } else {
                        rules.insert(id);
                    }
                }
            }
            Action::AcceptTerm(term) => {
                let term = term.trim().to_string();
                if !term.is_empty() {
                    self.announce(format!("“{term}” accepted: it will not be flagged again."));
                    self.library.check.accepted_terms.insert(term);
                }
            }
            Action::UnacceptTerm(term) => {
                self.library.check.accepted_terms.remove(&term);
                self.announce(format!("“{term}” will be flagged again."));
            }
            Action::ApplySuggestion { start, expected, replacement } => {
                let draft = &mut self.current_mut().draft;
                let end = start.saturating_add(expected.len());
                if draft.get(start..end) == Some(expected.as_str()) {
                    draft.replace_range(start..end, &replacement);
                    self.announce(format!("Replaced “{expected}” with “{replacement}”."));
                }
            }
            Action::NewService => {
                let id = self.next_id();
                self.library.services.push(Entry::blank(id));
                self.library.current = id;
                self.view = View::Compose;
                self.fact_form = None;
                self.announce("New service started.");
            }
            Action::Open(id) => {
                if let Some(entry) = self.library.services.iter().find(|e| e.id == id) {
                    let title = entry.title();
                    self.library.current = id;
                    self.view = View::Compose;
                    self.fact_form = None;
                    self.announce(format!("Opened “{title}”."));
                }
            }
            Action::Duplicate(id) => {
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
            Action::Delete(id) => self.delete(id),
            Action::UndoDelete => self.undo_delete(),
            Action::StartRename(id) => {
                if let Some(entry) = self.library.services.iter().find(|e| e.id == id) {
                    self.renaming = Some((id, entry.input.name.clone()));
                }
            }
            Action::EditRename(text) => {
                if let Some((_, name)) = &mut self.renaming {
                    *name = text;
                }
            }
            Action::SaveRename => {
                if let Some((id, name)) = self.renaming.take() {
                    if let Some(entry) = self.library.services.iter_mut().find(|e| e.id == id) {
                        entry.input.name = name.trim().to_string();
                        let title = entry.title();
                        self.announce(format!("Renamed to “{title}”."));
                    }
                }
            }
            Action::CancelRename => self.renaming = None,
            Action::OpenLink(Ok(shared)) => self.open_shared(*shared),
            Action::OpenLink(Err(problem)) => {
                self.notify(Tone::Warning, format!("{} Nothing on screen was changed.", problem.explain()))
            }
            Action::Saved(result) => {
                if self.saving != Saving::Paused {
                    self.saving = match result {
                        Ok(()) => Saving::On,
                        Err(SaveError::Full) => Saving::Full,
                        Err(SaveError::Unavailable) => Saving::Unavailable,
                        Err(SaveError::TooLarge(bytes)) => Saving::TooLarge(bytes),
                    };
                }
            }
            Action::ResumeSaving => {
                if self.saving == Saving::Paused {
                    self.saving = Saving::On;
                }
            }
            Action::Copied { what } => {
                self.manual_copy = None;
                self.announce(format!("Copied {what}."));
                self.copied = Some(what);
            }
            Action::CopyFailed { what, text } => {
                self.announce(format!(
                    "Could not copy {what} automatically: select it and copy it yourself."
                ));
                self.manual_copy = Some(ManualCopy { what, text });
            }
            Action::CloseManualCopy => self.manual_copy = None,
            Action::HideTips => self.tips_hidden = true,
            Action::ShowTips => self.tips_hidden = false,
            Action::Announce(text) => self.announce(text),
            Action::DismissNotice(id) => self.notices.retain(|n| n.id != id),
            Action::Rehearse(action) => self.rehearse(action),
            Action::UseOrg(org) => self.org = org,
            Action::OpenText(text) => {
                let existed = self.open_input(ServiceInput::from_description(&text));
                self.view = View::Compose;
                self.announce(if existed {
                    "Opened the service this page suggests, already in your library."
                } else {
                    "Opened the service this page suggests."
                });
            }
        }
        if !tick && (rehearsing || self.view == View::Rehearse) {
            self.sync_run();
        }
        self
    }

    /// Keeps the run on the steps of the open service's message (a new run when they change) and
    /// on the chosen target.
    fn sync_run(&mut self) {
        let entry = self.current();
        let audience = self.org.audience(&entry.audience);
        let script = self.rehearsal.script;
        let steps = if is_blank(&entry.input) {
            Vec::new()
        } else {
            steps(
                &self.org.compose(&entry.input, &self.org.understand(&entry.input), audience, entry.seed),
                script,
            )
        };
        let r = &mut self.rehearsal;
        let target = r.target_ms(audience);
        if r.run.steps != steps {
            r.run = Run::new(steps, target);
            r.over_told = false;
            r.logged = false;
        }
        r.run.timer.set_target(target);
        self.tell_if_over();
    }

    /// Announces, once a run, that the timer has passed the target.
    fn tell_if_over(&mut self) {
        let r = &mut self.rehearsal;
        let over = r.run.timer.read(r.now).over_ms > 0;
        if over && !r.over_told {
            let text = format!("Over the target of {}.", clock(r.run.timer.target_ms));
            r.over_told = true;
            self.announce(text);
        } else if !over {
            r.over_told = false;
        }
    }

    fn rehearse(&mut self, action: Rehearse) {
        let r = &mut self.rehearsal;
        match action {
            Rehearse::Script(script) => {
                // The pitch and the talk track each bring their own length, unless the user chose one.
                r.target = match (script, r.target) {
                    (Script::TalkTrack, Target::HalfMinute) => Target::TwoMinutes,
                    (Script::Pitch, Target::TwoMinutes) => Target::HalfMinute,
                    (_, target) => target,
                };
                r.script = script;
            }
            Rehearse::Target(target) => {
                r.target = target;
            }
            Rehearse::EditCustomTarget(text) => {
                if let Some(ms) = parse_target(&text) {
                    r.custom_ms = ms;
                }
                r.custom = text;
            }
            Rehearse::Toggle { now } => {
                r.now = now;
                if r.run.steps.is_empty() {
                    return;
                }
                if r.run.finished() {
                    return self.announce("This run is over: choose Restart to go again.");
                }
                r.run.toggle(now);
                let reading = r.run.timer.read(now);
                let mut text = if reading.running {
                    "Timer started.".to_string()
                } else {
                    format!("Timer stopped at {}.", clock(reading.elapsed_ms))
                };
                if reading.over_ms > 0 && !r.over_told {
                    r.over_told = true;
                    text = format!("{text} Over the target of {}.", clock(r.run.timer.target_ms));
                }
                self.announce(text);
            }
            Rehearse::Next { now, today } => {
                r.now = now;
                if r.run.finished() {
                    return;
                }
                r.run.next(now);
                if r.run.finished() {
                    let summary = r.run.summary(now);
                    r.over_told = true; // the summary says so
                    if !r.logged {
                        r.logged = true;
                        let entry = log::Entry {
                            date: today,
                            duration_ms: summary.elapsed_ms,
                            target_ms: summary.target_ms,
                            wpm: summary.wpm,
                        };
                        let practice = &mut self.current_mut().practice;
                        practice.log = log::record(std::mem::take(&mut practice.log), entry);
                    }
                    self.announce(summary.text);
                }
            }
            Rehearse::Previous { now } => {
                r.now = now;
                r.run.previous(now);
            }
            Rehearse::Restart => {
                r.run.restart();
                r.logged = false;
                self.announce("Back to the start, timer at zero.");
            }
            Rehearse::Tick { now } => {
                r.now = now;
                self.tell_if_over();
            }
            Rehearse::TextSize(larger) => {
                r.text_size =
                    if larger { r.text_size.saturating_add(1) } else { r.text_size.saturating_sub(1) }
                        .clamp(1, TEXT_SIZES)
            }
            Rehearse::FullScreen(mode) => r.full_screen = mode,
            Rehearse::LeftFullScreen => {
                if r.full_screen == FullScreen::Native {
                    r.full_screen = FullScreen::Off;
                }
            }
            Rehearse::Mark { question, mark } => {
                let text = match mark {
                    Mark::Ready => format!("Marked ready: “{question}”."),
                    Mark::NeedsWork => format!("Marked as needing work: “{question}”."),
                    Mark::Unmarked => format!("Mark taken off: “{question}”."),
                };
                self.current_mut().practice.set_mark(question, mark);
                self.announce(text);
            }
            Rehearse::Check { id, on } => {
                if checklist::items().iter().any(|i| i.id == id) {
                    let ticked = &mut self.current_mut().practice.ticked;
                    if on {
                        ticked.insert(id);
                    } else {
                        ticked.remove(&id);
                    }
                }
            }
        }
    }

    fn submit_fact_form(&mut self) {
        let Some(form) = self.fact_form.take() else { return };
        let Some(mut fact) = form.preview(self.org.pack.currency.as_deref()) else {
            self.fact_form = Some(FactForm { no_figure: true, ..form });
            return;
        };
        let words = fact.text.clone();
        let input = &mut self.current_mut().input;
        match &form.target {
            FactTarget::Add => {
                input.corrections.push(Correction::Add { fact });
                self.announce(format!("Added “{words}” to the facts."));
            }
            FactTarget::Correct { key } => {
                correct_fact(input, key, &mut fact);
                self.announce(format!("Corrected to “{words}”."));
            }
        }
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

/// The practice log's trend in words, for the chart's label.
pub fn log_trend(log: &[log::Entry]) -> String {
    match log {
        [] => "No runs yet.".to_string(),
        [only] => format!("One run so far, of {}.", clock(only.duration_ms)),
        [first, .., last] => {
            let trend = match last.duration_ms.cmp(&first.duration_ms) {
                std::cmp::Ordering::Less => "getting shorter",
                std::cmp::Ordering::Greater => "getting longer",
                std::cmp::Ordering::Equal => "no change",
            };
            format!(
                "Run times for {} runs, oldest first: from {} to {}, {trend}.",
                log.len(),
                clock(first.duration_ms),
                clock(last.duration_ms)
            )
        }
    }
}

fn repaired(repairs: &Repairs, place: &str) -> String {
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

/// The words in a fact key ("description:1,200 staff" → "1,200 staff").
pub fn words_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, words)| words)
}

/// Drops the user's replacement of the fact now keyed `key`, if any, and returns the key of the
/// fact as it was found (what a new correction must name).
fn take_replacement(corrections: &mut Vec<Correction>, key: &str) -> String {
    let replaced =
        corrections.iter().position(|c| matches!(c, Correction::Replace { fact, .. } if fact.key() == key));
    match replaced.map(|i| corrections.remove(i)) {
        Some(Correction::Replace { key: original, .. }) => original,
        _ => key.to_string(),
    }
}

fn remove_fact(input: &mut ServiceInput, key: &str) {
    let corrections = &mut input.corrections;
    if let Some(i) =
        corrections.iter().position(|c| matches!(c, Correction::Add { fact } if fact.key() == key))
    {
        corrections.remove(i);
        return;
    }
    let original = take_replacement(corrections, key);
    if !corrections.iter().any(|c| matches!(c, Correction::Remove { key } if *key == original)) {
        corrections.push(Correction::Remove { key: original });
    }
}

fn correct_fact(input: &mut ServiceInput, key: &str, fact: &mut Fact) {
    let corrections = &mut input.corrections;
    if let Some(Correction::Add { fact: added }) =
        corrections.iter_mut().find(|c| matches!(c, Correction::Add { fact } if fact.key() == key))
    {
        *added = fact.clone();
        return;
    }
    let original = take_replacement(corrections, key);
    fact.field = original.split_once(':').map_or("description", |(field, _)| field).to_string();
    corrections.retain(|c| !matches!(c, Correction::Remove { key } if *key == original));
    corrections.push(Correction::Replace { key: original, fact: fact.clone() });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share_link;
    use crate::storage_format::CheckSettings;

    const MAIL: &str = "We run the mail service for 1,200 staff at 99.95% uptime.";

    fn with_mail() -> AppState {
        AppState::default().reduce(Action::Edit(Field::Description, MAIL.into()))
    }

    fn facts(state: &AppState) -> Vec<String> {
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
    fn editing_keeps_the_text_exactly_in_the_field_edited() {
        let text = "<script>alert(1)</script> {{x}} %s \u{202e}";
        let mut state = AppState::default();
        for field in [Field::Name, Field::Description, Field::WhoUsesIt, Field::Ask, Field::Risks] {
            state = state.reduce(Action::Edit(field, format!("{text}{}", field.key())));
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
        let state = AppState::default().reduce(Action::Edit(Field::Description, time.into()));
        let worth = |s: &AppState| {
            understand(&s.current().input).derived.iter().any(|d| d.text.contains("of staff time"))
        };
        assert!(!worth(&state), "no hourly cost, no money");
        let cost = AssumptionId::HourlyCost.read("£30", None).unwrap_or(Setting::Default);
        let state = state.reduce(Action::SetAssumption(AssumptionId::HourlyCost, cost));
        assert!(worth(&state));
        assert_eq!(
            state.announcement,
            "What an hour of staff time costs changed: the figures and the message follow."
        );
        let state =
            state.reduce(Action::SetAssumption(AssumptionId::WorkingDaysPerYear, Setting::Value(200.0)));
        let hours = understand(&state.current().input)
            .derived
            .iter()
            .any(|d| d.text == "20,000 hours a year given back");
        assert!(hours, "200 working days");
        let shared = share_link::encode(&state.current().input, "board", 0).unwrap_or_default();
        let back = share_link::decode(&shared).and_then(Result::ok).map(|s| s.input.assumptions);
        assert_eq!(back, Some(state.current().input.assumptions.clone()), "a link carries the assumptions");
        let state = state.reduce(Action::SetAssumption(AssumptionId::HourlyCost, Setting::Default));
        assert!(!worth(&state));
    }

    #[test]
    fn choosing_a_known_audience_switches_and_an_unknown_one_is_ignored() {
        let state = AppState::default().reduce(Action::ChooseAudience("peer".into()));
        assert_eq!(state.current().audience, "peer");
        assert_eq!(state.announcement, "Showing the message for a peer.");
        let state = state.reduce(Action::ChooseAudience("<img onerror>".into()));
        assert_eq!(state.current().audience, "peer");
    }

    #[test]
    fn opening_an_audience_from_compare_shows_its_message() {
        let state =
            AppState::default().reduce(Action::Show(View::Compare)).reduce(Action::OpenFor("manager".into()));
        assert_eq!((state.view, state.current().audience.as_str()), (View::Compose, "manager"));
        let state = state.reduce(Action::Show(View::Compare)).reduce(Action::OpenFor("nobody".into()));
        assert_eq!((state.view, state.current().audience.as_str()), (View::Compare, "manager"));
    }

    #[test]
    fn another_way_steps_the_seed_and_wraps() {
        let mut state = AppState::default().reduce(Action::AnotherWay);
        assert_eq!(state.current().seed, 1);
        state.library.services[0].seed = u64::MAX;
        assert_eq!(state.reduce(Action::AnotherWay).current().seed, 0);
    }

    #[test]
    fn views_switch_and_close_open_forms() {
        let state =
            with_mail().reduce(Action::OpenFactForm(FactTarget::Add)).reduce(Action::Show(View::Compare));
        assert_eq!(state.view, View::Compare);
        assert_eq!(state.fact_form, None);
        assert_eq!(
            View::ALL.map(View::label),
            ["Compose", "Compare", "Check my draft", "Rehearse", "Library"]
        );
    }

    #[test]
    fn the_example_fills_in_a_service_with_facts() {
        let state = AppState::default().reduce(Action::UseExample);
        assert_eq!(state.current().input.name, "Mail");
        assert!(facts(&state).len() >= 4, "{:?}", facts(&state));
    }

    #[test]
    fn a_fact_found_can_be_removed_and_restored() {
        let state = with_mail();
        assert_eq!(facts(&state), ["1,200 staff", "99.95% uptime"]);
        let state = state.reduce(Action::RemoveFact { key: "description:1,200 staff".into() });
        assert_eq!(facts(&state), ["99.95% uptime"]);
        assert_eq!(
            removed_facts(&state.current().input),
            [("description:1,200 staff".into(), "1,200 staff".into())]
        );
        let state = state.reduce(Action::RemoveFact { key: "description:1,200 staff".into() });
        assert_eq!(state.current().input.corrections.len(), 1, "removing twice files one correction");
        let state = state.reduce(Action::RestoreFact { key: "description:1,200 staff".into() });
        assert_eq!(facts(&state), ["1,200 staff", "99.95% uptime"]);
        assert!(state.current().input.corrections.is_empty());
    }

    #[test]
    fn a_fact_is_corrected_in_words_and_can_be_restored() {
        let key = "description:1,200 staff".to_string();
        let state = with_mail()
            .reduce(Action::OpenFactForm(FactTarget::Correct { key: key.clone() }))
            .reduce(Action::EditFactForm("1,500 staff".into()));
        assert_eq!(state.fact_form.as_ref().and_then(|f| f.preview(None)).map(|f| f.value), Some(1500.0));
        let state = state.reduce(Action::SubmitFactForm);
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
            .reduce(Action::OpenFactForm(FactTarget::Correct { key: corrected.key() }))
            .reduce(Action::EditFactForm("1,600 staff".into()))
            .reduce(Action::SubmitFactForm);
        assert_eq!(again.current().input.corrections.len(), 1);
        assert_eq!(understand(&again.current().input).facts[0].value, 1600.0);

        // Removing a corrected fact removes what was found; restoring brings the original back.
        let removed = again.reduce(Action::RemoveFact { key: "description:1,600 staff".into() });
        assert_eq!(facts(&removed), ["99.95% uptime"]);
        let restored = removed.reduce(Action::RestoreFact { key });
        assert_eq!(facts(&restored), ["1,200 staff", "99.95% uptime"]);
    }

    #[test]
    fn a_fact_is_added_in_words_corrected_and_removed() {
        let state = with_mail()
            .reduce(Action::OpenFactForm(FactTarget::Add))
            .reduce(Action::EditFactForm("20 minutes a day saved".into()))
            .reduce(Action::SubmitFactForm);
        assert_eq!(facts(&state).len(), 3);
        let added = understand(&state.current().input).facts[2].clone();
        assert_eq!(fact_status(&state.current().input, &added), FactStatus::Added);
        let state = state
            .reduce(Action::OpenFactForm(FactTarget::Correct { key: added.key() }))
            .reduce(Action::EditFactForm("25 minutes a day saved".into()))
            .reduce(Action::SubmitFactForm);
        let added = understand(&state.current().input).facts[2].clone();
        assert_eq!(added.value, 25.0);
        assert_eq!(state.current().input.corrections.len(), 1);
        let state = state.reduce(Action::RemoveFact { key: added.key() });
        assert_eq!(facts(&state).len(), 2);
        assert!(state.current().input.corrections.is_empty(), "an added fact removed leaves no trace");
    }

    #[test]
    fn words_with_no_figure_keep_the_form_open_and_say_so() {
        let state = with_mail()
            .reduce(Action::OpenFactForm(FactTarget::Add))
            .reduce(Action::EditFactForm("lots of happy people".into()))
            .reduce(Action::SubmitFactForm);
        let form = state.fact_form.clone().unwrap_or(FactForm {
            target: FactTarget::Add,
            text: String::new(),
            no_figure: false,
        });
        assert!(form.no_figure);
        assert_eq!(form.text, "lots of happy people", "what the user typed is kept");
        let state = state.reduce(Action::EditFactForm("lots of happy people: 300".into()));
        assert!(state.fact_form.is_some_and(|f| !f.no_figure));
    }

    #[test]
    fn check_settings_switch_rules_and_accept_terms() {
        let state = AppState::default()
            .reduce(Action::SetRule { id: "hedging".into(), on: false })
            .reduce(Action::SetRule { id: "no-such-rule".into(), on: false })
            .reduce(Action::AcceptTerm("  VPN ".into()))
            .reduce(Action::AcceptTerm("   ".into()));
        let check = &state.library.check;
        assert_eq!(check.disabled_rules.iter().collect::<Vec<_>>(), ["hedging"]);
        assert_eq!(check.accepted_terms.iter().collect::<Vec<_>>(), ["VPN"]);
        let state = state
            .reduce(Action::SetRule { id: "hedging".into(), on: true })
            .reduce(Action::UnacceptTerm("VPN".into()));
        assert_eq!(state.library.check, CheckSettings::default());
    }

    #[test]
    fn a_suggestion_replaces_its_words_only_while_they_are_still_there() {
        let state = AppState::default().reduce(Action::EditDraft("We use the VPN daily.".into()));
        let apply = Action::ApplySuggestion {
            start: 11,
            expected: "VPN".into(),
            replacement: "secure remote access".into(),
        };
        let state = state.reduce(apply.clone());
        assert_eq!(state.current().draft, "We use the secure remote access daily.");
        let state = state.reduce(apply);
        assert_eq!(state.current().draft, "We use the secure remote access daily.", "stale: ignored");
        let odd =
            Action::ApplySuggestion { start: usize::MAX, expected: "x".into(), replacement: "y".into() };
        assert_eq!(state.clone().reduce(odd).current().draft, state.current().draft);
    }

    #[test]
    fn the_library_creates_opens_renames_duplicates_deletes_and_undoes() {
        let state = with_mail().reduce(Action::Edit(Field::Name, "Mail".into())).reduce(Action::NewService);
        assert_eq!(state.library.services.len(), 2);
        assert_eq!(state.library.current, 2);
        assert_eq!(state.current().input, ServiceInput::default());

        let state = state.reduce(Action::Show(View::Library)).reduce(Action::Open(1));
        assert_eq!((state.library.current, state.view), (1, View::Compose));
        assert_eq!(state.announcement, "Opened “Mail”.");

        let state = state
            .reduce(Action::StartRename(1))
            .reduce(Action::EditRename("  Email for everyone ".into()))
            .reduce(Action::SaveRename);
        assert_eq!(state.current().input.name, "Email for everyone");
        assert_eq!(state.renaming, None);

        let state = state.reduce(Action::Duplicate(1));
        let titles: Vec<String> = state.library.services.iter().map(Entry::title).collect();
        assert_eq!(titles, ["Email for everyone", "Email for everyone (copy)", "Untitled service"]);
        assert_eq!(state.library.services[1].id, 3);
        assert_eq!(state.library.services[1].input.description, MAIL);

        let state = state.reduce(Action::Delete(1));
        assert_eq!(state.library.services.len(), 2);
        assert_eq!(state.library.current, 3, "the next service opens in place of the deleted one");
        assert_eq!(state.announcement, "Deleted “Email for everyone”.");
        let state = state.reduce(Action::NewService);
        assert_eq!(state.current().id, 4, "a deleted id is not reused while it can be restored");
        let state = state.reduce(Action::UndoDelete);
        assert_eq!(state.library.services[0].id, 1);
        assert_eq!(state.library.services.len(), 4);
        assert_eq!(state.deleted, None);
    }

    #[test]
    fn deleting_the_last_service_leaves_a_blank_one_and_undo_brings_it_back() {
        let state = with_mail().reduce(Action::Delete(1));
        assert_eq!(state.library.services.len(), 1);
        assert_eq!(state.current().input, ServiceInput::default());
        let state = state.reduce(Action::UndoDelete);
        assert_eq!(state.library.services.len(), 1);
        assert_eq!(state.current().input.description, MAIL);
        let state = state.reduce(Action::Delete(42)).reduce(Action::UndoDelete);
        assert_eq!(state.library.services.len(), 1, "unknown ids are ignored");
    }

    #[test]
    fn renaming_cancels_cleanly() {
        let state = with_mail().reduce(Action::StartRename(1)).reduce(Action::EditRename("X".into()));
        assert_eq!(state.renaming, Some((1, "X".to_string())));
        let state = state.reduce(Action::CancelRename);
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
        let again = state.reduce(Action::Open(1)).reduce(Action::OpenLink(link));
        assert_eq!(again.library.services.len(), 2, "the same service is not added twice");
        assert_eq!(again.library.current, 2);
        assert!(again.notices[1].text.contains("already in your library"));
    }

    #[test]
    fn a_bad_link_changes_nothing_and_says_why() {
        let before = with_mail();
        let after = before.clone().reduce(Action::OpenLink(Err(LinkProblem::Newer { version: 9 })));
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
    fn a_typed_dollar_figure_is_in_the_organisations_dollar() {
        let org = crate::embedding::read(r#"{"pack": {"currency": "AUD"}}"#).org;
        let state = AppState::default()
            .reduce(Action::UseOrg(org))
            .reduce(Action::OpenFactForm(FactTarget::Add))
            .reduce(Action::EditFactForm("$40k a year on licences".into()))
            .reduce(Action::SubmitFactForm);
        let facts = state.org.understand(&state.current().input).facts;
        assert_eq!((facts[0].value, facts[0].unit.as_str()), (40_000.0, "AUD"));
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
        let state = state.reduce(Action::Saved(Err(SaveError::Full)));
        assert_eq!(state.saving, Saving::Paused, "a paused save stays paused");
        let state = state.reduce(Action::ResumeSaving);
        assert_eq!(state.saving, Saving::On);
    }

    #[test]
    fn save_results_are_reported_until_a_save_works() {
        let state = AppState::default().reduce(Action::Saved(Err(SaveError::Full)));
        assert_eq!(state.saving, Saving::Full);
        assert!(state.saving.explain().is_some_and(|t| t.contains("full")));
        let state = state.reduce(Action::Saved(Err(SaveError::TooLarge(9))));
        assert!(state.saving.explain().is_some_and(|t| t.contains("too large")));
        let state = state.reduce(Action::Saved(Ok(())));
        assert_eq!((state.saving.clone(), state.saving.explain()), (Saving::On, None));
        let state = AppState::start(Loaded::StorageUnavailable, "");
        assert!(!state.saving.writes());
    }

    #[test]
    fn copying_announces_or_offers_the_text_to_copy_by_hand() {
        let state = AppState::default()
            .reduce(Action::CopyFailed { what: "the pitch".into(), text: "Pitch <b>".into() });
        assert_eq!(
            state.manual_copy,
            Some(ManualCopy { what: "the pitch".into(), text: "Pitch <b>".into() })
        );
        let state = state.reduce(Action::Copied { what: "the link".into() });
        assert_eq!(state.manual_copy, None);
        assert_eq!(state.announcement, "Copied the link.");
        assert_eq!(state.copied.as_deref(), Some("the link"));
        let state = state.reduce(Action::Saved(Ok(())));
        assert_eq!(state.copied.as_deref(), Some("the link"), "saving is not a change the user made");
        let state = state.reduce(Action::AnotherWay);
        assert_eq!(state.copied, None);
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

    #[test]
    fn explanations_hide_on_escape_until_the_user_moves_on() {
        let state = AppState::default().reduce(Action::HideTips);
        assert!(state.tips_hidden);
        assert!(!state.reduce(Action::ShowTips).tips_hidden);
    }

    #[test]
    fn notices_are_dismissed_by_id() {
        let state = AppState::start(Loaded::Nothing, "#service=1.x")
            .reduce(Action::OpenLink(Err(LinkProblem::TooLong { chars: 1 })));
        assert_eq!(state.notices.len(), 2);
        let first = state.notices[0].id;
        let state = state.reduce(Action::DismissNotice(first));
        assert_eq!(state.notices.len(), 1);
        assert_ne!(state.notices[0].id, first);
    }

    fn rehearse(state: AppState, action: Rehearse) -> AppState {
        state.reduce(Action::Rehearse(action))
    }

    fn next(state: AppState, now: u64) -> AppState {
        rehearse(state, Rehearse::Next { now, today: "2026-11-23".into() })
    }

    #[test]
    fn rehearsing_steps_through_the_message_of_the_open_service() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let run = &state.rehearsal.run;
        assert!(run.steps.len() >= 3, "{:?}", run.steps);
        assert_eq!(run.steps[0].label, "Sentence 1");
        assert_eq!(run.timer.target_ms, 30_000);
        let state = rehearse(state, Rehearse::Script(Script::TalkTrack));
        let labels: Vec<&str> = state.rehearsal.run.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Opening", "Value", "Evidence", "The ask"]);
        assert_eq!(state.rehearsal.target, Target::TwoMinutes, "the talk track brings its own length");
        assert_eq!(state.rehearsal.run.timer.target_ms, 120_000);
        let state = rehearse(state, Rehearse::Target(Target::Slot));
        assert_eq!(state.rehearsal.run.timer.target_ms, 900_000, "the board's slot");
        let state = state.reduce(Action::ChooseAudience("peer".into()));
        assert_ne!(state.rehearsal.run.steps[0].text, "", "a new audience, a new run");
        assert_eq!(
            state.rehearsal.run.timer.target_ms,
            u64::from(state.org.audience("peer").slot_seconds) * 1000
        );
        let state = rehearse(state, Rehearse::Script(Script::Pitch));
        assert_eq!(state.rehearsal.target, Target::Slot, "a target the user chose stays");
        assert_eq!(View::Rehearse.id(), "rehearse");
    }

    #[test]
    fn a_full_rehearsal_is_timed_summarised_and_logged_once() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let steps = state.rehearsal.run.steps.len() as u64;
        let state = rehearse(state, Rehearse::Toggle { now: 1_000 });
        assert!(state.rehearsal.run.timer.is_running());
        assert_eq!(state.announcement, "Timer started.");
        assert_eq!(state.rehearsal.summary(), None);
        let mut state = next(state, 9_000);
        assert_eq!(state.rehearsal.run.current, 1);
        assert!(state.rehearsal.run.wpm(9_000).is_some());
        for i in 1..steps {
            state = next(state, 9_000 + i * 8_000);
        }
        let r = &state.rehearsal;
        assert!(r.run.finished() && !r.run.timer.is_running());
        let summary = r.summary().map(|s| s.text).unwrap_or_default();
        assert!(summary.contains("over the target of 0:30"), "{summary}");
        assert_eq!(state.announcement, summary, "the summary is announced");
        let log = &state.current().practice.log;
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].date, "2026-11-23");
        assert_eq!(log[0].duration_ms, 8_000 + (steps - 1) * 8_000);
        assert_eq!(log[0].target_ms, 30_000);

        // Back a step and on again is the same run: logged once.
        let state = next(rehearse(state, Rehearse::Previous { now: 90_000 }), 95_000);
        assert_eq!(state.current().practice.log.len(), 1);
        let state = rehearse(state, Rehearse::Toggle { now: 96_000 });
        assert_eq!(state.announcement, "This run is over: choose Restart to go again.");
        let state = rehearse(state, Rehearse::Restart);
        assert_eq!(state.rehearsal.summary(), None);
        assert_eq!(state.rehearsal.run.timer.elapsed(99_000), 0);
        let mut state = rehearse(state, Rehearse::Toggle { now: 100_000 });
        for i in 1..=steps {
            state = next(state, 100_000 + i * 4_000);
        }
        assert_eq!(state.current().practice.log.len(), 2, "a run after a restart is a new entry");
    }

    #[test]
    fn going_over_the_target_is_announced_once_a_run() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let state = rehearse(state, Rehearse::Toggle { now: 0 });
        let state = rehearse(state, Rehearse::Tick { now: 29_999 });
        assert_eq!(state.announcement, "Timer started.");
        let state = rehearse(state, Rehearse::Tick { now: 31_000 });
        assert_eq!(state.announcement, "Over the target of 0:30.");
        let state = state.reduce(Action::Announce("Something else.".into()));
        let state = rehearse(state, Rehearse::Tick { now: 32_000 });
        assert_eq!(state.announcement, "Something else.", "said once");
        let state = rehearse(state, Rehearse::Toggle { now: 33_000 });
        assert_eq!(state.announcement, "Timer stopped at 0:33.");
        let summary = state.rehearsal.summary().map(|s| s.text).unwrap_or_default();
        assert!(summary.starts_with("0:33: 0:03 over the target of 0:30."), "{summary}");
        assert!(state.current().practice.log.is_empty(), "a stopped run is not a finished one");

        // A longer target takes the warning away; a shorter one brings it back, said again.
        let state = rehearse(state, Rehearse::Target(Target::TwoMinutes));
        assert_eq!(state.rehearsal.run.timer.read(33_000).over_ms, 0);
        let state = rehearse(state, Rehearse::Target(Target::HalfMinute));
        assert_eq!(state.announcement, "Over the target of 0:30.");
        let stopped_over = rehearse(
            rehearse(rehearse(state, Rehearse::Restart), Rehearse::Toggle { now: 40_000 }),
            Rehearse::Toggle { now: 75_000 },
        );
        assert_eq!(stopped_over.announcement, "Timer stopped at 0:35. Over the target of 0:30.");
    }

    #[test]
    fn custom_targets_are_read_as_minutes_and_seconds() {
        assert_eq!(parse_target("1:30"), Some(90_000));
        assert_eq!(parse_target(" 5 "), Some(300_000));
        assert_eq!(parse_target("0:10"), Some(10_000));
        assert_eq!(parse_target("60:00"), Some(3_600_000));
        for bad in
            ["", "abc", "0:09", "60:01", "1:60", "1:5", "-1", "1.5", "1:30:00", "99999", "０:30", ":30"]
        {
            assert_eq!(parse_target(bad), None, "{bad}");
        }
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let state = rehearse(state, Rehearse::Target(Target::Custom));
        assert_eq!(state.rehearsal.run.timer.target_ms, 300_000);
        assert_eq!(state.rehearsal.custom_problem(), None, "nothing typed yet");
        let state = rehearse(state, Rehearse::EditCustomTarget("1:30".into()));
        assert_eq!(state.rehearsal.run.timer.target_ms, 90_000);
        let state = rehearse(state, Rehearse::EditCustomTarget("1:3x <b>".into()));
        assert_eq!(state.rehearsal.custom, "1:3x <b>", "what was typed is kept");
        assert_eq!(state.rehearsal.run.timer.target_ms, 90_000, "the last good target stays");
        let problem = state.rehearsal.custom_problem().unwrap_or_default();
        assert!(problem.starts_with("“1:3x <b>” is not a time"), "{problem}");
        assert!(problem.ends_with("The target stays at 1:30 until then."), "{problem}");
        let state = rehearse(state, Rehearse::Target(Target::HalfMinute));
        assert_eq!(state.rehearsal.custom_problem(), None);
        assert_eq!(state.rehearsal.custom, "1:3x <b>");
    }

    #[test]
    fn drill_marks_and_ticks_are_kept_with_the_service() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let q = "What does it cost?".to_string();
        let state = rehearse(state, Rehearse::Mark { question: q.clone(), mark: Mark::NeedsWork });
        assert_eq!(state.announcement, "Marked as needing work: “What does it cost?”.");
        let state = rehearse(state, Rehearse::Mark { question: q.clone(), mark: Mark::Ready });
        let state = rehearse(state, Rehearse::Check { id: "listen".into(), on: true });
        let state = rehearse(state, Rehearse::Check { id: "<script>".into(), on: true });
        let practice = &state.current().practice;
        assert_eq!(practice.mark(&q), Mark::Ready);
        assert_eq!(practice.ticked.iter().collect::<Vec<_>>(), ["listen"]);
        let raw = crate::storage_format::encode(&state.library).unwrap_or_default();
        let (library, _) = crate::storage_format::decode(&raw).unwrap_or_default();
        assert_eq!(library, state.library, "kept in storage");

        let state = rehearse(state, Rehearse::Mark { question: q.clone(), mark: Mark::Unmarked });
        let state = rehearse(state, Rehearse::Check { id: "listen".into(), on: false });
        assert!(state.current().practice.is_empty());
        let other = state.reduce(Action::NewService);
        assert!(other.current().practice.is_empty(), "each service has its own");
    }

    #[test]
    fn the_prompter_text_size_and_full_screen() {
        let mut state = AppState::default();
        for _ in 0..9 {
            state = rehearse(state, Rehearse::TextSize(true));
        }
        assert_eq!(state.rehearsal.text_size, TEXT_SIZES);
        for _ in 0..9 {
            state = rehearse(state, Rehearse::TextSize(false));
        }
        assert_eq!(state.rehearsal.text_size, 1);
        let state = rehearse(state, Rehearse::FullScreen(FullScreen::Window));
        let state = rehearse(state, Rehearse::LeftFullScreen);
        assert_eq!(state.rehearsal.full_screen, FullScreen::Window, "the browser's event is not ours");
        let state = rehearse(state, Rehearse::FullScreen(FullScreen::Native));
        let state = rehearse(state, Rehearse::LeftFullScreen);
        assert_eq!(state.rehearsal.full_screen, FullScreen::Off);
    }

    #[test]
    fn a_blank_service_has_nothing_to_rehearse() {
        let state = AppState::default().reduce(Action::Show(View::Rehearse));
        let state = rehearse(state, Rehearse::Toggle { now: 5 });
        assert!(!state.rehearsal.run.timer.is_running());
        let state = next(state, 10);
        assert!(state.current().practice.log.is_empty());
        assert_eq!(state.rehearsal.summary(), None);
    }

    #[test]
    fn the_log_trend_is_told_in_words() {
        let run =
            |ms: u64| log::Entry { date: "2026-11-23".into(), duration_ms: ms, target_ms: 30_000, wpm: None };
        assert_eq!(log_trend(&[]), "No runs yet.");
        assert_eq!(log_trend(&[run(32_000)]), "One run so far, of 0:32.");
        assert_eq!(
            log_trend(&[run(45_000), run(50_000), run(32_000)]),
            "Run times for 3 runs, oldest first: from 0:45 to 0:32, getting shorter."
        );
        assert!(log_trend(&[run(1_000), run(9_000)]).ends_with("getting longer."));
        assert!(log_trend(&[run(1_000), run(1_000)]).ends_with("no change."));
    }
}
