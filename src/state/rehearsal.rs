//! Rehearsing the open service's message: the script and its target, the run and its timer
//! (times come from the browser's clock in each action), the prompter's size and full screen,
//! question marks and the checklist, and the practice log.

use super::service::is_blank;
use super::AppState;
use crate::engine::rehearsal::drill::Mark;
use crate::engine::rehearsal::run::{brief_steps, steps, Run, Script, Summary};
use crate::engine::rehearsal::timer::clock;
use crate::engine::rehearsal::{checklist, log};

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
    /// The target in milliseconds, `slot_seconds` being the slot of whoever it is for.
    pub fn target_ms(&self, slot_seconds: u32) -> u64 {
        match self.target {
            Target::HalfMinute => 30_000,
            Target::TwoMinutes => 120_000,
            Target::Slot => u64::from(slot_seconds) * 1000,
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
pub enum RehearseAction {
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

impl AppState {
    /// Keeps the run on the steps of the open service's message (a new run when they change) and
    /// on the chosen target.
    pub(super) fn sync_run(&mut self) {
        let entry = self.current();
        let audience = self.org.audience(&entry.audience);
        let script = self.rehearsal.script;
        let (steps, slot) = if script == Script::Brief {
            let brief = self.brief();
            (brief_steps(&brief.track), brief.slot_seconds)
        } else if is_blank(&entry.input) {
            (Vec::new(), audience.slot_seconds)
        } else {
            let message =
                self.org.compose(&entry.input, &self.org.understand(&entry.input), audience, entry.seed);
            (steps(&message, script), audience.slot_seconds)
        };
        let r = &mut self.rehearsal;
        let target = r.target_ms(slot);
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

    pub(super) fn rehearse(&mut self, action: RehearseAction) {
        let r = &mut self.rehearsal;
        match action {
            RehearseAction::Script(script) => {
                // The pitch and the talk track each bring their own length, unless the user chose one.
                r.target = match (script, r.target) {
                    (Script::TalkTrack, Target::HalfMinute) => Target::TwoMinutes,
                    (Script::Pitch, Target::TwoMinutes) => Target::HalfMinute,
                    // The brief is budgeted to the slot.
                    (Script::Brief, Target::HalfMinute | Target::TwoMinutes) => Target::Slot,
                    (Script::Pitch, Target::Slot) if r.script == Script::Brief => Target::HalfMinute,
                    (Script::TalkTrack, Target::Slot) if r.script == Script::Brief => Target::TwoMinutes,
                    (_, target) => target,
                };
                r.script = script;
            }
            RehearseAction::Target(target) => {
                r.target = target;
            }
            RehearseAction::EditCustomTarget(text) => {
                if let Some(ms) = parse_target(&text) {
                    r.custom_ms = ms;
                }
                r.custom = text;
            }
            RehearseAction::Toggle { now } => {
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
            RehearseAction::Next { now, today } => {
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
            RehearseAction::Previous { now } => {
                r.now = now;
                r.run.previous(now);
            }
            RehearseAction::Restart => {
                r.run.restart();
                r.logged = false;
                self.announce("Back to the start, timer at zero.");
            }
            RehearseAction::Tick { now } => {
                r.now = now;
                self.tell_if_over();
            }
            RehearseAction::TextSize(larger) => {
                r.text_size =
                    if larger { r.text_size.saturating_add(1) } else { r.text_size.saturating_sub(1) }
                        .clamp(1, TEXT_SIZES)
            }
            RehearseAction::FullScreen(mode) => r.full_screen = mode,
            RehearseAction::LeftFullScreen => {
                if r.full_screen == FullScreen::Native {
                    r.full_screen = FullScreen::Off;
                }
            }
            RehearseAction::Mark { question, mark } => {
                let text = match mark {
                    Mark::Ready => format!("Marked ready: “{question}”."),
                    Mark::NeedsWork => format!("Marked as needing work: “{question}”."),
                    Mark::Unmarked => format!("Mark taken off: “{question}”."),
                };
                self.current_mut().practice.set_mark(question, mark);
                self.announce(text);
            }
            RehearseAction::Check { id, on } => {
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

#[cfg(test)]
mod tests {
    use super::super::tests::with_mail;
    use super::*;
    use crate::state::*;

    fn rehearse(state: AppState, action: RehearseAction) -> AppState {
        state.reduce(Action::Rehearse(action))
    }

    fn next(state: AppState, now: u64) -> AppState {
        rehearse(state, RehearseAction::Next { now, today: "2026-11-23".into() })
    }

    #[test]
    fn rehearsing_steps_through_the_message_of_the_open_service() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let run = &state.rehearsal.run;
        assert!(run.steps.len() >= 3, "{:?}", run.steps);
        assert_eq!(run.steps[0].label, "Sentence 1");
        assert_eq!(run.timer.target_ms, 30_000);
        let state = rehearse(state, RehearseAction::Script(Script::TalkTrack));
        let labels: Vec<&str> = state.rehearsal.run.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Opening", "Value", "Evidence", "The ask"]);
        assert_eq!(state.rehearsal.target, Target::TwoMinutes, "the talk track brings its own length");
        assert_eq!(state.rehearsal.run.timer.target_ms, 120_000);
        let state = rehearse(state, RehearseAction::Target(Target::Slot));
        assert_eq!(state.rehearsal.run.timer.target_ms, 900_000, "the board's slot");
        let state = state.reduce(Action::Service(ServiceAction::ChooseAudience("peer".into())));
        assert_ne!(state.rehearsal.run.steps[0].text, "", "a new audience, a new run");
        assert_eq!(
            state.rehearsal.run.timer.target_ms,
            u64::from(state.org.audience("peer").slot_seconds) * 1000
        );
        let state = rehearse(state, RehearseAction::Script(Script::Pitch));
        assert_eq!(state.rehearsal.target, Target::Slot, "a target the user chose stays");
        assert_eq!(View::Rehearse.id(), "rehearse");
    }

    #[test]
    fn a_full_rehearsal_is_timed_summarised_and_logged_once() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let steps = state.rehearsal.run.steps.len() as u64;
        let state = rehearse(state, RehearseAction::Toggle { now: 1_000 });
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
        assert!(summary.contains("over the 30-second target"), "{summary}");
        assert_eq!(state.announcement, summary, "the summary is announced");
        let log = &state.current().practice.log;
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].date, "2026-11-23");
        assert_eq!(log[0].duration_ms, 8_000 + (steps - 1) * 8_000);
        assert_eq!(log[0].target_ms, 30_000);

        // Back a step and on again is the same run: logged once.
        let state = next(rehearse(state, RehearseAction::Previous { now: 90_000 }), 95_000);
        assert_eq!(state.current().practice.log.len(), 1);
        let state = rehearse(state, RehearseAction::Toggle { now: 96_000 });
        assert_eq!(state.announcement, "This run is over: choose Restart to go again.");
        let state = rehearse(state, RehearseAction::Restart);
        assert_eq!(state.rehearsal.summary(), None);
        assert_eq!(state.rehearsal.run.timer.elapsed(99_000), 0);
        let mut state = rehearse(state, RehearseAction::Toggle { now: 100_000 });
        for i in 1..=steps {
            state = next(state, 100_000 + i * 4_000);
        }
        assert_eq!(state.current().practice.log.len(), 2, "a run after a restart is a new entry");
    }

    #[test]
    fn going_over_the_target_is_announced_once_a_run() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let state = rehearse(state, RehearseAction::Toggle { now: 0 });
        let state = rehearse(state, RehearseAction::Tick { now: 29_999 });
        assert_eq!(state.announcement, "Timer started.");
        let state = rehearse(state, RehearseAction::Tick { now: 31_000 });
        assert_eq!(state.announcement, "Over the target of 0:30.");
        let state = state.reduce(Action::Notice(NoticeAction::Announce("Something else.".into())));
        let state = rehearse(state, RehearseAction::Tick { now: 32_000 });
        assert_eq!(state.announcement, "Something else.", "said once");
        let state = rehearse(state, RehearseAction::Toggle { now: 33_000 });
        assert_eq!(state.announcement, "Timer stopped at 0:33.");
        let summary = state.rehearsal.summary().map(|s| s.text).unwrap_or_default();
        assert!(summary.starts_with("33 seconds, 3 seconds over the 30-second target."), "{summary}");
        assert!(state.current().practice.log.is_empty(), "a stopped run is not a finished one");

        // A longer target takes the warning away; a shorter one brings it back, said again.
        let state = rehearse(state, RehearseAction::Target(Target::TwoMinutes));
        assert_eq!(state.rehearsal.run.timer.read(33_000).over_ms, 0);
        let state = rehearse(state, RehearseAction::Target(Target::HalfMinute));
        assert_eq!(state.announcement, "Over the target of 0:30.");
        let stopped_over = rehearse(
            rehearse(rehearse(state, RehearseAction::Restart), RehearseAction::Toggle { now: 40_000 }),
            RehearseAction::Toggle { now: 75_000 },
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
        let state = rehearse(state, RehearseAction::Target(Target::Custom));
        assert_eq!(state.rehearsal.run.timer.target_ms, 300_000);
        assert_eq!(state.rehearsal.custom_problem(), None, "nothing typed yet");
        let state = rehearse(state, RehearseAction::EditCustomTarget("1:30".into()));
        assert_eq!(state.rehearsal.run.timer.target_ms, 90_000);
        let state = rehearse(state, RehearseAction::EditCustomTarget("1:3x <b>".into()));
        assert_eq!(state.rehearsal.custom, "1:3x <b>", "what was typed is kept");
        assert_eq!(state.rehearsal.run.timer.target_ms, 90_000, "the last good target stays");
        let problem = state.rehearsal.custom_problem().unwrap_or_default();
        assert!(problem.starts_with("“1:3x <b>” is not a time"), "{problem}");
        assert!(problem.ends_with("The target stays at 1:30 until then."), "{problem}");
        let state = rehearse(state, RehearseAction::Target(Target::HalfMinute));
        assert_eq!(state.rehearsal.custom_problem(), None);
        assert_eq!(state.rehearsal.custom, "1:3x <b>");
    }

    #[test]
    fn drill_marks_and_ticks_are_kept_with_the_service() {
        let state = with_mail().reduce(Action::Show(View::Rehearse));
        let q = "What does it cost?".to_string();
        let state = rehearse(state, RehearseAction::Mark { question: q.clone(), mark: Mark::NeedsWork });
        assert_eq!(state.announcement, "Marked as needing work: “What does it cost?”.");
        let state = rehearse(state, RehearseAction::Mark { question: q.clone(), mark: Mark::Ready });
        let state = rehearse(state, RehearseAction::Check { id: "listen".into(), on: true });
        let state = rehearse(state, RehearseAction::Check { id: "<script>".into(), on: true });
        let practice = &state.current().practice;
        assert_eq!(practice.mark(&q), Mark::Ready);
        assert_eq!(practice.ticked.iter().collect::<Vec<_>>(), ["listen"]);
        let raw = crate::storage_format::encode(&state.library).unwrap_or_default();
        let (library, _) = crate::storage_format::decode(&raw).unwrap_or_default();
        assert_eq!(library, state.library, "kept in storage");

        let state = rehearse(state, RehearseAction::Mark { question: q.clone(), mark: Mark::Unmarked });
        let state = rehearse(state, RehearseAction::Check { id: "listen".into(), on: false });
        assert!(state.current().practice.is_empty());
        let other = state.reduce(Action::Library(LibraryAction::New));
        assert!(other.current().practice.is_empty(), "each service has its own");
    }

    #[test]
    fn the_prompter_text_size_and_full_screen() {
        let mut state = AppState::default();
        for _ in 0..9 {
            state = rehearse(state, RehearseAction::TextSize(true));
        }
        assert_eq!(state.rehearsal.text_size, TEXT_SIZES);
        for _ in 0..9 {
            state = rehearse(state, RehearseAction::TextSize(false));
        }
        assert_eq!(state.rehearsal.text_size, 1);
        let state = rehearse(state, RehearseAction::FullScreen(FullScreen::Window));
        let state = rehearse(state, RehearseAction::LeftFullScreen);
        assert_eq!(state.rehearsal.full_screen, FullScreen::Window, "the browser's event is not ours");
        let state = rehearse(state, RehearseAction::FullScreen(FullScreen::Native));
        let state = rehearse(state, RehearseAction::LeftFullScreen);
        assert_eq!(state.rehearsal.full_screen, FullScreen::Off);
    }

    #[test]
    fn a_blank_service_has_nothing_to_rehearse() {
        let state = AppState::default().reduce(Action::Show(View::Rehearse));
        let state = rehearse(state, RehearseAction::Toggle { now: 5 });
        assert!(!state.rehearsal.run.timer.is_running());
        let state = next(state, 10);
        assert!(state.current().practice.log.is_empty());
        assert_eq!(state.rehearsal.summary(), None);
    }

    #[test]
    fn the_brief_of_the_library_is_rehearsed_part_by_part_against_its_slot() {
        let state = with_mail()
            .reduce(Action::Show(View::Rehearse))
            .reduce(Action::Brief(BriefAction::EditSlot("5".into())));
        let state = rehearse(state, RehearseAction::Script(Script::Brief));
        let r = &state.rehearsal;
        assert_eq!(r.target, Target::Slot);
        assert_eq!(r.run.timer.target_ms, 300_000, "the brief's own slot");
        let labels: Vec<&str> = r.run.steps.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels.first(), Some(&"Opening"));
        assert_eq!(labels.last(), Some(&"Close"));
        assert_eq!(r.run.steps, brief_steps(&state.brief().track));
        let back = rehearse(state, RehearseAction::Script(Script::Pitch));
        assert_eq!(back.rehearsal.target, Target::HalfMinute);
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
