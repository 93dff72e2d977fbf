//! The ValueLens engine: pure Rust that understands a service description and checks text for an
//! audience. No browser crates, no clock, no randomness; it never fails on user text.

pub mod audience;
pub mod checks;
pub mod compose;
pub mod derived;
pub mod english;
pub mod facts;
pub mod readability;
pub mod rehearsal;
pub mod service;
pub mod template;
pub mod text;
