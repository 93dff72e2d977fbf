//! Links a service to an organisation's goal: the first goal, in the pack's order, one of whose
//! keywords the service's own text names. A goal without keywords, or whose keywords the text does
//! not name, is never linked: a message claims a link only where the user's words show one.

use crate::engine::checks::{Case, PhraseIndex};
use crate::engine::org_pack::Goal;
use crate::engine::service::ServiceInput;

/// The goal `input` serves: a keyword (or its plural with an "s") appears in any of its text, as
/// whole words in any case.
pub fn linked<'g>(goals: &'g [Goal], input: &ServiceInput) -> Option<&'g Goal> {
    if goals.iter().all(|g| g.keywords.is_empty()) {
        return None;
    }
    let mut index = PhraseIndex::default();
    for (n, goal) in goals.iter().enumerate() {
        for keyword in &goal.keywords {
            // Lower case, so acronyms in a keyword match in any case too.
            let keyword = keyword.to_lowercase();
            index.insert(&keyword, Case::Insensitive, n);
            if !keyword.ends_with('s') {
                index.insert(&format!("{keyword}s"), Case::Insensitive, n);
            }
        }
    }
    let texts = std::iter::once(input.name.as_str()).chain(input.fields().into_iter().map(|(_, text)| text));
    let first = texts.flat_map(|text| index.found_in(text)).min().copied()?;
    goals.get(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goals() -> Vec<Goal> {
        let goal = |text: &str, keywords: &[&str]| Goal {
            goal: text.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        };
        vec![
            goal("cut our carbon footprint", &[]),
            goal("open two new regions by 2027", &["region", "expansion", "new offices"]),
            goal("be a great place to work", &["staff wellbeing", "HR"]),
        ]
    }

    fn linked_to(input: &ServiceInput) -> Option<String> {
        linked(&goals(), input).map(|g| g.goal.clone())
    }

    #[test]
    fn a_keyword_in_any_field_links_its_goal() {
        let region = Some("open two new regions by 2027".to_string());
        assert_eq!(linked_to(&ServiceInput::from_description("Mail for every Region.")), region);
        assert_eq!(linked_to(&ServiceInput::from_description("Laptops for the new regions.")), region);
        let ask = ServiceInput { ask: "Fund the NEW OFFICES network.".into(), ..ServiceInput::default() };
        assert_eq!(linked_to(&ask), region);
        let name = ServiceInput { name: "Expansion wifi".into(), ..ServiceInput::default() };
        assert_eq!(linked_to(&name), region);
        let hr = ServiceInput { who_uses_it: "the hr team".into(), ..ServiceInput::default() };
        assert_eq!(linked_to(&hr).as_deref(), Some("be a great place to work"));
    }

    #[test]
    fn the_first_goal_in_the_packs_order_wins() {
        let both = ServiceInput::from_description("Staff wellbeing in every region.");
        assert_eq!(linked_to(&both).as_deref(), Some("open two new regions by 2027"));
    }

    #[test]
    fn no_keyword_no_link() {
        for text in ["", "Regional mail for offices.", "Carbon footprint reporting.", "Threshold checks."] {
            assert_eq!(linked_to(&ServiceInput::from_description(text)), None, "{text}");
        }
        assert_eq!(linked(&[], &ServiceInput::from_description("region")), None);
    }
}
