//! Everyday analogies (`data/analogies.json`) for when jargon would draw blank looks: a car's
//! cost of ownership, insurance, the post room. Each fits some kinds of service and audiences.

use crate::engine::tables::Words;

#[derive(Debug)]
pub struct Analogy {
    pub id: &'static str,
    /// Audience ids it suits; empty means every audience.
    pub audiences: Words,
    /// The analogy, with `{service}`.
    pub text: &'static str,
}

/// Compiled in from `data/analogies.json` by `build.rs`.
static ANALOGIES: &[Analogy] = include!(concat!(env!("OUT_DIR"), "/data/analogies.rs"));

pub fn analogies() -> &'static [Analogy] {
    ANALOGIES
}

/// The analogies that fit `ids` (a service kind's list, else the general "utilities") and the
/// audience, in the kind's order.
pub fn fitting(ids: &[&str], audience: &str) -> Vec<&'static Analogy> {
    let ids = if ids.is_empty() { &["utilities"][..] } else { ids };
    let suits = |a: &Analogy| a.audiences.is_empty() || a.audiences.contains(audience);
    let mut found: Vec<&Analogy> =
        ids.iter().filter_map(|id| analogies().iter().find(|a| a.id == *id)).filter(|a| suits(a)).collect();
    if found.is_empty() {
        found.extend(analogies().iter().filter(|a| a.id == "utilities"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analogies_are_compiled_in_and_complete() {
        for a in analogies() {
            assert!(a.text.contains("{service}"), "{}", a.id);
            assert!(!a.text.chars().any(|c| c.is_ascii_digit()), "{}: no figures", a.id);
        }
        assert!(analogies().iter().any(|a| a.id == "car-ownership"));
    }

    #[test]
    fn analogies_follow_the_kind_and_the_audience() {
        let ids = ["spare-keys", "insurance"];
        let for_board: Vec<&str> = fitting(&ids, "board").iter().map(|a| a.id).collect();
        assert_eq!(for_board, ["spare-keys", "insurance"]);
        let for_peer: Vec<&str> = fitting(&ids, "peer").iter().map(|a| a.id).collect();
        assert_eq!(for_peer, ["spare-keys"]);
        assert_eq!(fitting(&[], "peer")[0].id, "utilities");
    }
}
