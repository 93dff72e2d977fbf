//! How much a finding matters: the one type every rule, the organisation's words and what a
//! check reports all share, kept below them so none imports another back.

use serde::{Deserialize, Serialize};

/// How much a finding matters, least first, so findings can be sorted and filtered by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Suggestion,
    Warning,
    Error,
}
