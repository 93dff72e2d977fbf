//! How each kind of fact is named on screen, in the fact list and the fact form's preview.

use crate::engine::facts::FactKind;

/// How a kind of fact is named on screen.
pub fn kind_label(kind: FactKind) -> &'static str {
    match kind {
        FactKind::People => "people",
        FactKind::Percentage => "percentage",
        FactKind::Money => "money",
        FactKind::Duration => "time",
        FactKind::Change => "before and after",
        FactKind::Count => "count",
        FactKind::Multiple => "multiple",
        FactKind::Frequency => "how often",
    }
}
