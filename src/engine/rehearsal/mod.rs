//! Rehearsing before a meeting, offline and without a microphone: a prompter that steps through
//! the message, a timer against a target, the pace, a question drill, a checklist and a practice
//! log. Pure: the caller supplies every time and date.

pub mod checklist;
pub mod drill;
pub mod log;
pub mod run;
pub mod timer;
