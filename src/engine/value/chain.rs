//! The chains of working among derived figures: what a figure was worked out from, all the way
//! down, and which figures are the tops of their chains — for a message's workings and the app's
//! list of figures worked out.

use std::collections::BTreeSet;

use super::figure::DerivedFigure;

/// `id` and the ids of every fact and figure it was worked out from, nearest first.
pub fn tree(derived: &[DerivedFigure], id: &str) -> Vec<String> {
    let mut out = vec![id.to_string()];
    let mut i = 0;
    while i < out.len() {
        if let Some(d) = derived.iter().find(|d| d.id == out[i]) {
            for from in &d.from {
                if !out.contains(from) {
                    out.push(from.clone());
                }
            }
        }
        i += 1;
    }
    out
}

/// The derived figures among `ids` and every derived figure they came from.
pub fn closure(derived: &[DerivedFigure], ids: impl IntoIterator<Item = String>) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for id in ids {
        all.extend(tree(derived, &id).into_iter().filter(|t| derived.iter().any(|d| &d.id == t)));
    }
    all
}

/// Each figure no other was worked out from, with the steps of its working in order (its own
/// last).
pub fn chains(derived: &[DerivedFigure]) -> Vec<Vec<&DerivedFigure>> {
    let used: BTreeSet<&str> = derived.iter().flat_map(|d| d.from.iter().map(String::as_str)).collect();
    derived
        .iter()
        .filter(|d| !used.contains(d.id.as_str()))
        .map(|top| {
            let ids = tree(derived, &top.id);
            derived.iter().filter(|d| ids.contains(&d.id)).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::service::{understand, ServiceInput};

    #[test]
    fn a_chain_runs_from_the_facts_to_its_top() {
        let text =
            "Password resets used to take 10 minutes each and now take 1 minute; we do 1,800 resets a month.";
        let u = understand(&ServiceInput::from_description(text));
        let chains = chains(&u.derived);
        let longest = chains
            .iter()
            .max_by_key(|c| c.len())
            .map(|c| c.iter().map(|d| d.text.as_str()).collect::<Vec<_>>());
        assert_eq!(
            longest,
            Some(vec![
                "9 minutes per reset given back",
                "270 hours a month given back",
                "3,240 hours a year given back",
                "the time of 2 full-time people",
            ])
        );
        let top = chains.iter().flat_map(|c| c.last()).find(|d| d.text.starts_with("the time of"));
        let ids = top.map(|t| tree(&u.derived, &t.id)).unwrap_or_default();
        assert!(ids.contains(&"f1".to_string()) && ids.contains(&"f2".to_string()), "{ids:?}");
        assert_eq!(closure(&u.derived, top.map(|t| t.id.clone())).len(), 4);
    }
}
