//! The "before the meeting" checklist, from the advice on talking to managers and boards: no
//! surprises, their time, facts and examples, listening, follow-up. Items are data
//! (`data/checklist.json`); which are ticked is the user's, kept with the draft.

use std::collections::BTreeSet;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Stable id, stored with the draft when ticked.
    pub id: &'static str,
    /// The piece of advice it comes from ("No surprises").
    pub area: &'static str,
    pub text: &'static str,
}

/// Compiled in from `data/checklist.json` by `build.rs`, in the file's order.
static ITEMS: &[Item] = include!(concat!(env!("OUT_DIR"), "/data/checklist.rs"));

pub fn items() -> &'static [Item] {
    ITEMS
}

/// How many of the items are ticked (ids not on the list, from old or hostile storage, are not
/// counted).
pub fn ticked_count(ticked: &BTreeSet<String>) -> usize {
    items().iter().filter(|i| ticked.contains(i.id)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_is_compiled_in_and_covers_the_advice() {
        let areas: BTreeSet<&str> = items().iter().map(|i| i.area).collect();
        for area in ["No surprises", "Their time", "Facts and examples", "Listening", "Follow-up"] {
            assert!(areas.contains(area), "{area}");
        }
        let ids: BTreeSet<&str> = items().iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), items().len(), "ids are unique");
    }

    #[test]
    fn only_known_items_count() {
        let ticked: BTreeSet<String> =
            ["no-surprises", "listen", "<script>"].iter().map(|s| s.to_string()).collect();
        assert_eq!(ticked_count(&ticked), 2);
    }
}
