//! The question drill: the audience's likely questions as flashcards, the suggested answer on the
//! back, each marked "ready" or "needs work"; a question with no supporting fact is flagged with
//! what to prepare.

use serde::{Deserialize, Serialize};

use crate::engine::compose::Message;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    #[default]
    Unmarked,
    Ready,
    NeedsWork,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Card {
    pub question: String,
    /// The back of the card: the suggested answer, or what to prepare.
    pub back: String,
    /// No fact supports an answer yet.
    pub flagged: bool,
}

/// The cards for a message's questions, in order.
pub fn cards(message: &Message) -> Vec<Card> {
    message
        .questions
        .iter()
        .map(|q| Card {
            question: q.question.clone(),
            back: q.answer.clone().or_else(|| q.prepare.clone()).unwrap_or_default(),
            flagged: q.answer.is_none(),
        })
        .collect()
}

/// "2 of 4 ready", counting marks for the cards that exist.
pub fn progress(marks: &[Mark], cards: usize) -> String {
    let ready = marks.iter().take(cards).filter(|m| **m == Mark::Ready).count();
    format!("{ready} of {cards} ready")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::builtin;
    use crate::engine::compose::compose;
    use crate::engine::service::{understand, ServiceInput};

    #[test]
    fn questions_without_facts_are_flagged_with_what_to_prepare() {
        let input =
            ServiceInput::from_description("We run the mail service for 1,200 staff at 99.95% uptime.");
        let board = &builtin()[0];
        let m = compose(&input, &understand(&input), board, 0);
        let c = cards(&m);
        assert_eq!(c.len(), m.questions.len());
        let flagged: Vec<&Card> = c.iter().filter(|c| c.flagged).collect();
        assert!(flagged.iter().any(|c| c.back.starts_with("Prepare this: a cost figure")), "{c:?}");
        assert!(c.iter().any(|c| !c.flagged && c.back.contains("4.4 hours")));
    }

    #[test]
    fn progress_counts_ready_cards() {
        assert_eq!(progress(&[Mark::Ready, Mark::NeedsWork, Mark::Ready], 4), "2 of 4 ready");
        assert_eq!(
            progress(&[Mark::Ready; 9], 2),
            "2 of 2 ready",
            "stale marks beyond the cards do not count"
        );
    }
}
