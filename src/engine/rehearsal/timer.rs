//! The rehearsal timer as plain arithmetic over times the caller supplies (milliseconds from any
//! fixed point): start, stop, reset, elapsed, remaining, over time. The browser supplies the
//! clock; tests supply a fake one.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// The time to aim for, in milliseconds.
    pub target_ms: u64,
    /// When the current run started, while running.
    started_at: Option<u64>,
    /// Time counted in earlier runs since the last reset.
    banked_ms: u64,
}

/// What the timer shows at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reading {
    pub elapsed_ms: u64,
    /// Time left to the target; zero once over.
    pub remaining_ms: u64,
    /// How far past the target, once over.
    pub over_ms: u64,
    pub running: bool,
}

impl Timer {
    pub fn new(target_ms: u64) -> Timer {
        Timer { target_ms, started_at: None, banked_ms: 0 }
    }

    pub fn is_running(&self) -> bool {
        self.started_at.is_some()
    }

    /// Starts counting from `now` (no effect while running).
    pub fn start(&mut self, now: u64) {
        if self.started_at.is_none() {
            self.started_at = Some(now);
        }
    }

    /// Stops counting at `now`, keeping the time so far (no effect while stopped).
    pub fn stop(&mut self, now: u64) {
        if let Some(started) = self.started_at.take() {
            self.banked_ms = self.banked_ms.saturating_add(now.saturating_sub(started));
        }
    }

    /// Starts when stopped, stops when running (the space bar).
    pub fn toggle(&mut self, now: u64) {
        if self.is_running() {
            self.stop(now);
        } else {
            self.start(now);
        }
    }

    /// Back to zero, stopped, same target.
    pub fn reset(&mut self) {
        self.started_at = None;
        self.banked_ms = 0;
    }

    /// A new target; the time so far stays.
    pub fn set_target(&mut self, target_ms: u64) {
        self.target_ms = target_ms;
    }

    pub fn elapsed(&self, now: u64) -> u64 {
        let running = self.started_at.map_or(0, |started| now.saturating_sub(started));
        self.banked_ms.saturating_add(running)
    }

    pub fn read(&self, now: u64) -> Reading {
        let elapsed_ms = self.elapsed(now);
        Reading {
            elapsed_ms,
            // One clock: remaining and over count from the whole seconds shown as elapsed, so
            // elapsed and remaining always add up to the target.
            remaining_ms: self.target_ms.saturating_sub(whole_seconds(elapsed_ms)),
            over_ms: whole_seconds(elapsed_ms).saturating_sub(self.target_ms),
            running: self.is_running(),
        }
    }
}

/// `ms` to the whole second below, as a clock shows it.
pub fn whole_seconds(ms: u64) -> u64 {
    ms / 1000 * 1000
}

/// A time as said aloud: "12 seconds", "1 minute", "2 minutes 5 seconds", "15 minutes".
pub fn spoken(ms: u64) -> String {
    let seconds = ms / 1000;
    let unit = |n: u64, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match (seconds / 60, seconds % 60) {
        (0, s) => unit(s, "second"),
        (m, 0) => unit(m, "minute"),
        (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
    }
}

/// A target as it qualifies a noun: "the 30-second target", "the 2-minute target", "the 1:30
/// target".
pub fn target_words(ms: u64) -> String {
    match (ms / 1000 / 60, ms / 1000 % 60) {
        (0, s) => format!("{s}-second"),
        (m, 0) => format!("{m}-minute"),
        _ => clock(ms),
    }
}

/// "1:05", "0:30", "12:00": minutes and seconds, as a timer shows them.
pub fn clock(ms: u64) -> String {
    let seconds = ms / 1000;
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elapsed_and_remaining_always_add_up_to_the_target() {
        let mut t = Timer::new(30_000);
        t.start(0);
        for now in [0, 999, 3_600, 12_400, 29_999, 30_000, 31_500] {
            let r = t.read(now);
            let shown = whole_seconds(r.elapsed_ms);
            assert_eq!(shown + r.remaining_ms - r.over_ms, 30_000, "at {now}");
        }
        assert_eq!(t.read(3_600).remaining_ms, 27_000, "0:03 elapsed, 0:27 to go");
    }

    #[test]
    fn times_are_said_as_people_say_them() {
        assert_eq!(
            [spoken(12_400), spoken(1_000), spoken(60_000), spoken(125_000)],
            ["12 seconds", "1 second", "1 minute", "2 minutes 5 seconds"]
        );
        assert_eq!(
            [target_words(30_000), target_words(900_000), target_words(90_000)],
            ["30-second", "15-minute", "1:30"]
        );
    }

    #[test]
    fn counts_only_while_running_and_keeps_time_across_stops() {
        let mut t = Timer::new(30_000);
        assert_eq!(t.elapsed(5_000), 0);
        t.start(1_000);
        assert_eq!(t.elapsed(11_000), 10_000);
        t.stop(11_000);
        assert_eq!(t.elapsed(50_000), 10_000, "stopped: the clock moves, the timer does not");
        t.toggle(60_000);
        assert!(t.is_running());
        assert_eq!(t.elapsed(65_000), 15_000);
        t.start(70_000);
        assert_eq!(t.elapsed(70_000), 20_000, "starting again while running changes nothing");
    }

    #[test]
    fn remaining_then_over_the_target() {
        let mut t = Timer::new(30_000);
        t.start(0);
        assert_eq!(
            t.read(20_000),
            Reading { elapsed_ms: 20_000, remaining_ms: 10_000, over_ms: 0, running: true }
        );
        assert_eq!(
            t.read(35_000),
            Reading { elapsed_ms: 35_000, remaining_ms: 0, over_ms: 5_000, running: true }
        );
    }

    #[test]
    fn reset_and_new_targets() {
        let mut t = Timer::new(120_000);
        t.start(0);
        t.stop(90_000);
        t.set_target(60_000);
        assert_eq!(t.read(90_000).over_ms, 30_000);
        t.reset();
        assert_eq!(
            t.read(99_000),
            Reading { elapsed_ms: 0, remaining_ms: 60_000, over_ms: 0, running: false }
        );
    }

    #[test]
    fn a_clock_that_goes_backwards_never_underflows() {
        let mut t = Timer::new(1_000);
        t.start(10_000);
        assert_eq!(t.elapsed(5_000), 0);
        t.stop(5_000);
        assert_eq!(t.elapsed(u64::MAX), 0);
    }

    #[test]
    fn clock_shows_minutes_and_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(30_000), "0:30");
        assert_eq!(clock(65_999), "1:05");
        assert_eq!(clock(900_000), "15:00");
    }
}
