//! "Say it another way": the distinct wordings a message can take. Wording variants are chosen by
//! a hash of the seed, so nearby seeds may give the same message; this finds, among the first
//! `SEEDS_TRIED` seeds, one seed for each different message, so the user steps through every
//! wording once and is told when they are back at the first.

use super::Message;

/// How many seeds are tried for different wordings.
pub const SEEDS_TRIED: u64 = 48;

/// Where "Say it another way" goes from the message at `seed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextWording {
    /// The seed of the next different wording.
    pub seed: u64,
    /// Which wording that is (1 is the first) and how many there are.
    pub number: usize,
    pub of: usize,
}

/// The next different wording after the message `compose(seed)`, cycling back to the first after
/// the last. `compose` gives the message for a seed.
pub fn next_wording(seed: u64, compose: impl Fn(u64) -> Message) -> NextWording {
    let mut seeds: Vec<u64> = Vec::new();
    let mut messages: Vec<Message> = Vec::new();
    for s in 0..SEEDS_TRIED {
        let message = compose(s);
        if !messages.contains(&message) {
            seeds.push(s);
            messages.push(message);
        }
    }
    let now = compose(seed);
    let at = messages.iter().position(|m| *m == now);
    let next = at.map_or(0, |i| (i + 1) % seeds.len().max(1));
    NextWording { seed: seeds.get(next).copied().unwrap_or(0), number: next + 1, of: seeds.len().max(1) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::find;
    use crate::engine::compose::compose;
    use crate::engine::service::{understand, ServiceInput};

    #[test]
    fn every_wording_is_reached_once_then_the_first_again() {
        let input = ServiceInput::from_description(
            "We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.",
        );
        let understanding = understand(&input);
        let board = find("board").expect("the board");
        let say = |seed: u64| compose(&input, &understanding, board, seed);
        let first = next_wording(0, say);
        assert!(first.of >= 2, "the mail service has more than one wording");
        let mut seen = vec![say(0)];
        let mut at = first;
        while at.number != 1 {
            let message = say(at.seed);
            assert!(!seen.contains(&message), "wording {} is new", at.number);
            seen.push(message);
            at = next_wording(at.seed, say);
        }
        assert_eq!(seen.len(), first.of, "each wording once, then back to the first");
        assert_eq!(at.seed, 0);
    }
}
