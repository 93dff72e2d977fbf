//! What ValueLens says to one audience about one service: the headline, key points, pitch, talk
//! track, analogy, likely questions, gaps — and the workings of every derived figure it uses.

use serde::Serialize;

/// The whole message for one audience.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Message {
    /// The audience id ("board").
    pub audience: String,
    /// How the audience is named ("The board", "The executive committee"), for titles.
    pub audience_label: String,
    /// What the message calls the service ("the mail service").
    pub service: String,
    /// One sentence of value in the audience's terms.
    pub headline: String,
    /// Up to three key points, strongest first.
    pub points: Vec<Point>,
    /// About 60–80 words, to say in 30 seconds.
    pub pitch: String,
    /// About two minutes: opening, value, evidence, the ask or next step.
    pub talk_track: TalkTrack,
    /// One everyday comparison that fits this kind of service.
    pub analogy: String,
    /// 3–5 questions this audience is likely to ask, with answers from the facts.
    pub questions: Vec<Question>,
    /// Facts this audience will want that the input lacks.
    pub gaps: Vec<String>,
    /// How every derived figure in the message was worked out.
    pub workings: Vec<Working>,
    /// Jargon from the input, and the plain words used for it.
    pub translations: Vec<Translation>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub text: String,
    /// The audience concern it serves ("cost", "risk", "time given back"…).
    pub concern: String,
    /// Ids of the facts ("f1") and derived figures ("d2") it uses.
    pub facts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TalkTrack {
    pub opening: String,
    pub value: String,
    pub evidence: String,
    pub ask: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub question: String,
    /// A suggested answer drawn from the facts, when they support one.
    pub answer: Option<String>,
    /// What to prepare when they do not ("a cost figure").
    pub prepare: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Working {
    /// The derived figure's id ("d1").
    pub id: String,
    /// The figure as said ("4.4 hours a year").
    pub figure: String,
    /// How it was worked out.
    pub working: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assumption: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Translation {
    pub term: String,
    pub plain: String,
    pub meaning: String,
}

impl TalkTrack {
    /// The parts in speaking order, leaving out a part the message has nothing for.
    pub fn parts(&self) -> Vec<(&'static str, &str)> {
        [
            ("Opening", &self.opening),
            ("Value", &self.value),
            ("Evidence", &self.evidence),
            ("The ask", &self.ask),
        ]
        .into_iter()
        .filter(|(_, text)| !text.is_empty())
        .map(|(name, text)| (name, text.as_str()))
        .collect()
    }
}
