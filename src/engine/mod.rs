//! The ValueLens engine: pure Rust that understands a service description and checks text for an
//! audience. No browser crates, no clock, no randomness; it never fails on user text.

/// A data file from `src/engine/data/`, minified into OUT_DIR by build.rs.
macro_rules! data_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/data/", $path))
    };
}

pub mod audience;
pub mod brief;
pub mod checks;
pub mod compose;
pub mod corrections;
pub mod english;
pub mod facts;
pub mod lenient;
pub mod org_pack;
pub mod readability;
pub mod rehearsal;
pub mod service;
pub mod story;
pub mod tables;
pub mod template;
pub mod text;
pub mod value;
