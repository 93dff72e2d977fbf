//! One rehearsal run: the message split into steps for the prompter, the timer, the user stepping
//! through, the pace (words covered ÷ time) against the 120–160 words-a-minute band, and a short
//! summary at the end: time, pace, over or under, which part ran long.

use serde::{Deserialize, Serialize};

use super::timer::{spoken, target_words, whole_seconds, Timer};
use crate::engine::brief::TrackPart;
use crate::engine::compose::Message;
use crate::engine::readability::{DEFAULT_SPEAKING_WPM, SPEAKING_WPM_RANGE};
use crate::engine::text::{sentences, word_count};

/// What is being rehearsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Script {
    /// The 30-second pitch, a sentence a step.
    Pitch,
    /// The 2-minute talk track, a part a step.
    TalkTrack,
    /// The board brief of the whole library, a part of its talk track a step (`brief_steps`).
    Brief,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    pub label: String,
    pub text: String,
    pub words: usize,
}

/// The prompter's steps for `script` of `message`.
pub fn steps(message: &Message, script: Script) -> Vec<Step> {
    let step = |label: String, text: &str| Step { label, text: text.to_string(), words: word_count(text) };
    match script {
        Script::Pitch => sentences(&message.pitch)
            .into_iter()
            .enumerate()
            .filter_map(|(i, s)| {
                message.pitch.get(s.span).map(|text| step(format!("Sentence {}", i + 1), text))
            })
            .collect(),
        Script::TalkTrack => message
            .talk_track
            .parts()
            .into_iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(label, text)| step(label.to_string(), text))
            .collect(),
        // One service's message holds no brief: its steps come from the brief's track.
        Script::Brief => Vec::new(),
    }
}

/// The steps of the board brief: each part of its talk track.
pub fn brief_steps(track: &[TrackPart]) -> Vec<Step> {
    track.iter().map(|p| Step { label: p.label.clone(), text: p.text.clone(), words: p.words }).collect()
}

/// How the pace compares with the speaking band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaceBand {
    Slow,
    Good,
    Fast,
}

pub fn band(wpm: u32) -> PaceBand {
    if wpm < SPEAKING_WPM_RANGE.0 {
        PaceBand::Slow
    } else if wpm > SPEAKING_WPM_RANGE.1 {
        PaceBand::Fast
    } else {
        PaceBand::Good
    }
}

/// A run in progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Run {
    pub steps: Vec<Step>,
    /// The step on screen; `steps.len()` once past the last.
    pub current: usize,
    pub timer: Timer,
    /// Timer time spent on each step so far.
    step_ms: Vec<u64>,
    /// Timer time when the current step came on screen.
    entered_at_ms: u64,
}

/// How a finished (or stopped) run went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub elapsed_ms: u64,
    pub target_ms: u64,
    /// Words covered a minute, once there is time and words to measure.
    pub wpm: Option<u32>,
    pub band: Option<PaceBand>,
    /// Positive when over the target.
    pub over_ms: i64,
    /// The step that ran longest past its share at 140 words a minute.
    pub long_part: Option<String>,
    /// The summary in a sentence or two.
    pub text: String,
}

impl Run {
    pub fn new(steps: Vec<Step>, target_ms: u64) -> Run {
        let n = steps.len();
        Run { steps, current: 0, timer: Timer::new(target_ms), step_ms: vec![0; n], entered_at_ms: 0 }
    }

    pub fn finished(&self) -> bool {
        self.current >= self.steps.len()
    }

    /// Space: start or stop the timer.
    pub fn toggle(&mut self, now: u64) {
        self.timer.toggle(now);
    }

    /// Right arrow: the next step (counting the time spent on this one); starts the timer if it
    /// was not running, and stops it after the last step.
    pub fn next(&mut self, now: u64) {
        if self.finished() {
            return;
        }
        self.timer.start(now);
        self.leave_step(now);
        self.current += 1;
        if self.finished() {
            self.timer.stop(now);
        }
    }

    /// Left arrow: back a step, to say it again.
    pub fn previous(&mut self, now: u64) {
        if self.current == 0 {
            return;
        }
        if !self.finished() {
            self.leave_step(now);
        } else {
            self.entered_at_ms = self.timer.elapsed(now);
        }
        self.current -= 1;
    }

    fn leave_step(&mut self, now: u64) {
        let elapsed = self.timer.elapsed(now);
        if let Some(ms) = self.step_ms.get_mut(self.current) {
            *ms = ms.saturating_add(elapsed.saturating_sub(self.entered_at_ms));
        }
        self.entered_at_ms = elapsed;
    }

    /// Back to the first step, timer at zero.
    pub fn restart(&mut self) {
        self.current = 0;
        self.timer.reset();
        self.step_ms.iter_mut().for_each(|ms| *ms = 0);
        self.entered_at_ms = 0;
    }

    /// Words in the steps already passed.
    pub fn words_covered(&self) -> usize {
        self.steps.iter().take(self.current).map(|s| s.words).sum()
    }

    /// The pace so far, once a step is done and time has passed.
    pub fn wpm(&self, now: u64) -> Option<u32> {
        let ms = self.timer.elapsed(now);
        let covered = self.words_covered();
        (ms >= 1_000 && covered > 0).then(|| ((covered as f64) * 60_000.0 / ms as f64).round() as u32)
    }

    pub fn summary(&self, now: u64) -> Summary {
        let elapsed_ms = self.timer.elapsed(now);
        let target_ms = self.timer.target_ms;
        let wpm = self.wpm(now);
        let over_ms = elapsed_ms as i64 - target_ms as i64;
        let ms_per_word = 60_000.0 / f64::from(DEFAULT_SPEAKING_WPM);
        let long_part = self
            .steps
            .iter()
            .zip(&self.step_ms)
            .map(|(step, ms)| (step, *ms as f64 - step.words as f64 * ms_per_word))
            .filter(|(_, excess)| *excess > 2_000.0)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(step, _)| step.label.clone());
        // Said from the same whole seconds the timer shows, so the figures add up.
        let shown_ms = whole_seconds(elapsed_ms);
        let target = target_words(target_ms);
        let timing = match shown_ms as i64 - target_ms as i64 {
            o if o > 0 => format!("{} over the {target} target", spoken(o.unsigned_abs())),
            o if o < 0 => format!("{} under the {target} target", spoken(o.unsigned_abs())),
            _ => format!("exactly on the {target} target"),
        };
        let pace = match wpm {
            Some(w) => match band(w) {
                PaceBand::Slow => format!(
                    " At {w} words a minute you were slower than the 120–160 most listeners follow best."
                ),
                PaceBand::Fast => format!(
                    " At {w} words a minute you were faster than the 120–160 most listeners follow best."
                ),
                PaceBand::Good => format!(" At {w} words a minute your pace was comfortable."),
            },
            None => String::new(),
        };
        let long = long_part.as_ref().map(|p| format!(" {p} ran long.")).unwrap_or_default();
        Summary {
            elapsed_ms,
            target_ms,
            wpm,
            band: wpm.map(band),
            over_ms,
            long_part,
            text: format!("{}, {timing}.{pace}{long}", spoken(shown_ms)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::find;
    use crate::engine::compose::compose;
    use crate::engine::service::{understand, ServiceInput};

    fn message() -> Message {
        let input = ServiceInput::from_description("We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.");
        let u = understand(&input);
        let board = find("board").cloned().unwrap_or_else(|| crate::engine::audience::builtin()[0].clone());
        compose(&input, &u, &board, 0)
    }

    fn steps_of(words: &[usize]) -> Vec<Step> {
        words
            .iter()
            .enumerate()
            .map(|(i, n)| Step { label: format!("Part {}", i + 1), text: "word ".repeat(*n), words: *n })
            .collect()
    }

    #[test]
    fn the_pitch_steps_by_sentence_and_the_talk_track_by_part() {
        let m = message();
        let pitch = steps(&m, Script::Pitch);
        assert!(pitch.len() >= 3);
        assert_eq!(pitch.iter().map(|s| s.words).sum::<usize>(), word_count(&m.pitch));
        let track = steps(&m, Script::TalkTrack);
        let labels: Vec<&str> = track.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["Opening", "Value", "Evidence", "The ask"]);
    }

    #[test]
    fn pace_is_words_covered_over_time() {
        let mut run = Run::new(steps_of(&[35, 35]), 30_000);
        assert_eq!(run.wpm(0), None);
        run.toggle(0); // space: the timer starts on the first step
        run.next(15_000); // the first 35 words took 15 s
        assert_eq!(run.words_covered(), 35);
        assert_eq!(run.wpm(15_000), Some(140));
        assert_eq!(band(140), PaceBand::Good);
    }

    #[test]
    fn a_full_run_is_summarised_with_the_part_that_ran_long() {
        let mut run = Run::new(steps_of(&[20, 20, 20]), 30_000);
        run.toggle(0);
        run.next(9_000); // 20 words in 9 s: about right
        run.next(30_000); // 20 words in 21 s: long
        run.next(38_000);
        assert!(run.finished());
        assert!(!run.timer.is_running(), "the timer stops after the last step");
        let s = run.summary(99_000);
        assert_eq!(s.elapsed_ms, 38_000);
        assert_eq!(s.over_ms, 8_000);
        assert_eq!(s.wpm, Some(95));
        assert_eq!(s.band, Some(PaceBand::Slow));
        assert_eq!(s.long_part.as_deref(), Some("Part 2"));
        assert_eq!(
            s.text,
            "38 seconds, 8 seconds over the 30-second target. At 95 words a minute you were slower than the 120–160 most listeners follow best. Part 2 ran long."
        );
    }

    #[test]
    fn the_first_arrow_starts_the_timer() {
        let mut run = Run::new(steps_of(&[10, 10]), 60_000);
        run.next(1_000);
        assert!(run.timer.is_running());
        assert_eq!(run.current, 1);
    }

    #[test]
    fn stepping_back_and_restarting() {
        let mut run = Run::new(steps_of(&[10, 10]), 60_000);
        run.next(0);
        run.next(4_000);
        run.previous(5_000);
        assert_eq!(run.current, 1);
        assert!(!run.finished());
        run.restart();
        assert_eq!((run.current, run.timer.elapsed(10_000), run.words_covered()), (0, 0, 0));
        let mut empty = Run::new(Vec::new(), 1_000);
        empty.next(0);
        empty.previous(0);
        assert!(empty.finished());
        assert_eq!(empty.summary(0).wpm, None);
    }

    #[test]
    fn under_the_target_says_so() {
        let mut run = Run::new(steps_of(&[30]), 30_000);
        run.next(0);
        let mut r = run.clone();
        r.restart();
        r.toggle(0);
        r.next(12_000);
        assert_eq!(
            r.summary(12_000).text,
            "12 seconds, 18 seconds under the 30-second target. At 150 words a minute your pace was comfortable."
        );
    }
}
