//! What a check reports and how it is asked: the types other code (UI, CLI, message composition)
//! sees, kept apart from how each rule finds things.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use super::org::OrgWords;
use super::severity::Severity;

/// One thing a rule noticed in the user's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The rule's id ("jargon", "hedging"…), as listed by `rule_ids()`.
    pub rule: String,
    pub severity: Severity,
    /// Why this matters, in plain words, naming the matched text.
    pub message: String,
    /// Byte offsets into the checked text, on char boundaries, `start < end <= text.len()`.
    pub span: Range<usize>,
    /// Replacement text, where one exists.
    pub suggestion: Option<String>,
}

/// Who the text is for, which rules and terms the user has switched off, and the organisation's
/// own words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CheckOptions {
    /// Audience id ("board", "team-lead", "peer", "manager"); any other value gets no
    /// audience-specific rules.
    pub audience: String,
    /// Rule ids switched off.
    pub disabled_rules: BTreeSet<String>,
    /// Terms the user accepts, compared case-insensitively.
    pub accepted_terms: BTreeSet<String>,
    /// The organisation's glossary terms, banned and preferred words, from its pack; none by
    /// default.
    pub org: OrgWords,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_sort_from_least_to_most_serious() {
        let mut all = vec![Severity::Error, Severity::Suggestion, Severity::Warning];
        all.sort();
        assert_eq!(all, [Severity::Suggestion, Severity::Warning, Severity::Error]);
    }

    #[test]
    fn severities_read_and_write_as_lowercase_words() {
        assert_eq!(serde_json::to_string(&Severity::Warning).ok().as_deref(), Some("\"warning\""));
        let parsed: Result<Severity, _> = serde_json::from_str("\"suggestion\"");
        assert_eq!(parsed.ok(), Some(Severity::Suggestion));
        assert!(serde_json::from_str::<Severity>("\"Warning\"").is_err());
    }
}
