//! Everyday analogies (`data/analogies.json`) for when jargon would draw blank looks: a car's
//! cost of ownership, insurance, the post room. Each fits some kinds of service and audiences.

use std::sync::OnceLock;

use serde::Deserialize;

const ANALOGIES_JSON: &str = data_file!("analogies.json");

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analogy {
    pub id: String,
    /// Audience ids it suits; empty means every audience.
    pub audiences: Vec<String>,
    /// The analogy, with `{service}`.
    pub text: String,
}

pub fn analogies() -> &'static [Analogy] {
    static ANALOGIES: OnceLock<Vec<Analogy>> = OnceLock::new();
    // Compiled in; the parse is proven by `analogies_parse_and_are_complete`.
    ANALOGIES.get_or_init(|| serde_json::from_str(ANALOGIES_JSON).unwrap_or_default())
}

/// The analogies that fit `ids` (a service kind's list, else the general "utilities") and the
/// audience, in the kind's order.
pub fn fitting(ids: &[String], audience: &str) -> Vec<&'static Analogy> {
    let general = ["utilities".to_string()];
    let ids = if ids.is_empty() { &general[..] } else { ids };
    let suits = |a: &Analogy| a.audiences.is_empty() || a.audiences.iter().any(|x| x == audience);
    let mut found: Vec<&Analogy> =
        ids.iter().filter_map(|id| analogies().iter().find(|a| &a.id == id)).filter(|a| suits(a)).collect();
    if found.is_empty() {
        found.extend(analogies().iter().filter(|a| a.id == "utilities"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analogies_parse_and_are_complete() {
        let parsed: Result<Vec<Analogy>, _> = serde_json::from_str(ANALOGIES_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        for a in analogies() {
            assert!(a.text.contains("{service}"), "{}", a.id);
            assert!(!a.text.chars().any(|c| c.is_ascii_digit()), "{}: no figures", a.id);
        }
        assert!(analogies().iter().any(|a| a.id == "car-ownership"));
    }

    #[test]
    fn analogies_follow_the_kind_and_the_audience() {
        let ids = ["spare-keys".to_string(), "insurance".to_string()];
        let for_board: Vec<&str> = fitting(&ids, "board").iter().map(|a| a.id.as_str()).collect();
        assert_eq!(for_board, ["spare-keys", "insurance"]);
        let for_peer: Vec<&str> = fitting(&ids, "peer").iter().map(|a| a.id.as_str()).collect();
        assert_eq!(for_peer, ["spare-keys"]);
        assert_eq!(fitting(&[], "peer")[0].id, "utilities");
    }
}
