//! The "before the meeting" checklist, from the advice on talking to managers and boards: no
//! surprises, their time, facts and examples, listening, follow-up. Items are data
//! (`data/checklist.json`); which are ticked is the user's, kept with the draft.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

const CHECKLIST_JSON: &str = data_file!("checklist.json");

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id, stored with the draft when ticked.
    pub id: String,
    /// The piece of advice it comes from ("No surprises").
    pub area: String,
    pub text: String,
}

pub fn items() -> &'static [Item] {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    // Compiled in; the parse is proven by `the_checklist_parses_and_covers_the_advice`.
    ITEMS.get_or_init(|| serde_json::from_str(CHECKLIST_JSON).unwrap_or_default())
}

/// How many of the items are ticked (ids not on the list, from old or hostile storage, are not
/// counted).
pub fn ticked_count(ticked: &BTreeSet<String>) -> usize {
    items().iter().filter(|i| ticked.contains(&i.id)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_parses_and_covers_the_advice() {
        let parsed: Result<Vec<Item>, _> = serde_json::from_str(CHECKLIST_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        let areas: BTreeSet<&str> = items().iter().map(|i| i.area.as_str()).collect();
        for area in ["No surprises", "Their time", "Facts and examples", "Listening", "Follow-up"] {
            assert!(areas.contains(area), "{area}");
        }
        let ids: BTreeSet<&str> = items().iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), items().len(), "ids are unique");
    }

    #[test]
    fn only_known_items_count() {
        let ticked: BTreeSet<String> =
            ["no-surprises", "listen", "<script>"].iter().map(|s| s.to_string()).collect();
        assert_eq!(ticked_count(&ticked), 2);
    }
}
