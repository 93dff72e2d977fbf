//! The audiences ValueLens writes for, defined as data (`data/audiences.json`) so that wording and
//! targets change by editing data, and an organisation can add an audience of its own.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const AUDIENCES_JSON: &str = include_str!("data/audiences.json");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Stable identifier used on the command line, in links and in storage ("board").
    pub id: String,
    /// How the audience is named to the user ("The board").
    pub label: String,
    pub summary: String,
    pub listens_for: Vec<String>,
    pub avoid: Vec<String>,
    /// Highest Flesch–Kincaid grade a text for this audience should have.
    pub max_grade: f64,
    /// The usual time this audience gives you, in seconds.
    pub slot_seconds: u32,
}

/// The built-in audiences, in the order they are offered.
pub fn builtin() -> &'static [Audience] {
    static AUDIENCES: OnceLock<Vec<Audience>> = OnceLock::new();
    // The data file is compiled in and its parse is proven by `builtin_audiences_parse`.
    AUDIENCES.get_or_init(|| serde_json::from_str(AUDIENCES_JSON).unwrap_or_default())
}

/// The built-in audience with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Audience> {
    builtin().iter().find(|a| a.id == id)
}

/// The ids of the built-in audiences, for usage messages ("board|team-lead|peer|manager").
pub fn ids() -> Vec<&'static str> {
    builtin().iter().map(|a| a.id.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_audiences_parse() {
        let parsed: Result<Vec<Audience>, _> = serde_json::from_str(AUDIENCES_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
    }

    #[test]
    fn the_four_audiences_are_offered_in_order() {
        assert_eq!(ids(), ["board", "team-lead", "peer", "manager"]);
    }

    #[test]
    fn every_audience_is_complete() {
        for a in builtin() {
            assert!(!a.label.is_empty() && !a.summary.is_empty(), "{}", a.id);
            assert!(!a.listens_for.is_empty() && !a.avoid.is_empty(), "{}", a.id);
            assert!((6.0..=14.0).contains(&a.max_grade), "{}", a.id);
            assert!(a.slot_seconds >= 30, "{}", a.id);
            assert!(a.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", a.id);
        }
    }

    #[test]
    fn board_may_read_harder_text_than_the_others() {
        assert_eq!(find("board").map(|a| a.max_grade), Some(12.0));
        assert_eq!(find("peer").map(|a| a.max_grade), Some(9.0));
        assert!(find("nobody").is_none());
    }
}
