//! The audiences ValueLens writes for, each defined as data (`data/audiences/*.json`): what it
//! listens for and avoids, its targets, and the phrase templates, questions and gaps of its
//! messages — so wording changes by editing data, and an organisation can add an audience.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The built-in audiences, in the order they are offered.
const AUDIENCE_FILES: [&str; 4] = [
    data_file!("audiences/board.json"),
    data_file!("audiences/team-lead.json"),
    data_file!("audiences/peer.json"),
    data_file!("audiences/manager.json"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Audience {
    /// Stable identifier used on the command line, in links and in storage ("board").
    pub id: String,
    /// How the audience is named to the user ("The board").
    pub label: String,
    pub summary: String,
    pub listens_for: Vec<String>,
    pub avoid: Vec<String>,
    pub tone: String,
    /// Highest Flesch–Kincaid grade a text for this audience should have.
    pub max_grade: f64,
    /// The usual time this audience gives you, in seconds.
    pub slot_seconds: u32,
    /// The 30-second pitch's length in words: at least, at most.
    pub pitch_words: [usize; 2],
    /// Kinds of claim this audience hears first (see `compose::claims::CLAIM_KINDS`).
    pub claim_order: Vec<String>,
    /// Whether it hears the business figure first (money gained, then time, then risk), and is
    /// asked for the one figure that would turn a result into money.
    #[serde(default)]
    pub value_first: bool,
    /// Where its 30-second pitch puts the everyday comparison, room allowing: a peer follows by
    /// analogy (`first`), a board may hear one at the end (`last`), a team lead or a manager wants
    /// the practical point (`none`).
    #[serde(default)]
    pub pitch_analogy: PitchAnalogy,
    /// The concern each kind of claim serves for this audience ("saving" → "cost").
    pub concerns: BTreeMap<String, String>,
    /// Headline templates by claim kind, and "default" for a service with no usable claim.
    pub headlines: BTreeMap<String, Vec<String>>,
    /// Key-point templates by claim kind ("always" needs no fact).
    pub points: BTreeMap<String, Vec<String>>,
    pub opening: Vec<String>,
    pub value: Vec<String>,
    /// Value lines that link the service to an organisation's goal (`{goal}`), said instead of
    /// `value` when the service's text names one of the goal's keywords.
    #[serde(default)]
    pub goal: Vec<String>,
    /// Closing lines that carry the user's ask (`{ask}`).
    pub ask: Vec<String>,
    /// Closing lines when the user gave no ask (or one this audience cannot grant): the first
    /// set made for what the message led with.
    #[serde(deserialize_with = "next_steps")]
    pub next_step: Vec<NextStep>,
    /// Whether this audience can grant an ask for money (a team lead or a peer holds no budget,
    /// so they hear a next step of their own instead).
    #[serde(default = "yes")]
    pub grants_budget: bool,
    pub questions: Vec<QuestionTemplate>,
    pub gaps: Vec<GapTemplate>,
    /// What to add when the talk track has no evidence the opening and value line have not said:
    /// a gap for the user to fill, never a placeholder said aloud.
    #[serde(default)]
    pub evidence_wanted: String,
    /// What to add when nothing says what the service does: a gap for the user to fill.
    #[serde(default)]
    pub value_wanted: String,
}

/// A question this audience is likely to ask, and how to answer it from each kind of claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionTemplate {
    pub question: String,
    /// Claim kind → answer wordings (one, or a list); the first kind (in this order) the facts
    /// support is used, in the wording that says the most of what the user gave.
    pub answers: BTreeMap<String, Wordings>,
    /// What to prepare when no claim supports an answer.
    pub prepare: String,
}

/// One wording, or several to choose among: `"It saves {amount}."` or a list of them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Wordings {
    One(String),
    Many(Vec<String>),
}

impl Wordings {
    pub fn as_slice(&self) -> &[String] {
        match self {
            Wordings::One(one) => std::slice::from_ref(one),
            Wordings::Many(many) => many,
        }
    }
}

/// Something this audience will want; said when no claim of these kinds exists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapTemplate {
    pub needs: Vec<String>,
    pub message: String,
}

/// Closing lines for a message that led with one of `after` (any message, when empty); a plain
/// line (as packs wrote them before leads were told apart) closes any message.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum NextStep {
    Any(String),
    After {
        #[serde(default)]
        after: Vec<String>,
        lines: Vec<String>,
    },
}

/// Reads `next_step`: each entry a line, or `{"after": [...], "lines": [...]}`. Read through
/// JSON values rather than an untagged enum, whose generated code is large in the wasm.
fn next_steps<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<NextStep>, D::Error> {
    use serde::de::Error;
    let strings = |v: Option<&serde_json::Value>| -> Result<Vec<String>, D::Error> {
        v.and_then(serde_json::Value::as_array)
            .map(|a| {
                a.iter()
                    .map(|s| s.as_str().map(str::to_string).ok_or_else(|| D::Error::custom("expected text")))
                    .collect()
            })
            .unwrap_or_else(|| Ok(Vec::new()))
    };
    let values: Vec<serde_json::Value> = Deserialize::deserialize(d)?;
    values
        .into_iter()
        .map(|v| match v {
            serde_json::Value::String(line) => Ok(NextStep::Any(line)),
            serde_json::Value::Object(map) => {
                if let Some(unknown) = map.keys().find(|k| !matches!(k.as_str(), "after" | "lines")) {
                    return Err(D::Error::custom(format!(
                        "unknown field `{unknown}`, expected `after` or `lines`"
                    )));
                }
                let lines = map.get("lines").ok_or_else(|| D::Error::missing_field("lines"))?;
                Ok(NextStep::After { after: strings(map.get("after"))?, lines: strings(Some(lines))? })
            }
            _ => Err(D::Error::custom("expected a line, or an object with `after` and `lines`")),
        })
        .collect()
}

fn yes() -> bool {
    true
}

impl Audience {
    /// The closing lines for a message that led with a claim of kind `lead` (`None` with no
    /// figure to lead with).
    pub fn next_step_after(&self, lead: Option<&str>) -> Vec<String> {
        let made_for = self.next_step.iter().find_map(|n| match n {
            NextStep::After { after, lines } if lead.is_some_and(|k| after.iter().any(|a| a == k)) => {
                Some(lines.clone())
            }
            _ => None,
        });
        made_for.unwrap_or_else(|| {
            self.next_step
                .iter()
                .flat_map(|n| match n {
                    NextStep::Any(line) => vec![line.clone()],
                    NextStep::After { after, lines } if after.is_empty() => lines.clone(),
                    NextStep::After { .. } => Vec::new(),
                })
                .collect()
        })
    }

    /// Every closing line, whatever the message led with (for the data tests).
    #[cfg(test)]
    pub fn next_step_lines(&self) -> Vec<&String> {
        self.next_step
            .iter()
            .flat_map(|n| match n {
                NextStep::Any(line) => vec![line],
                NextStep::After { lines, .. } => lines.iter().collect(),
            })
            .collect()
    }
}

/// Where a pitch puts the analogy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PitchAnalogy {
    First,
    #[default]
    Last,
    None,
}

/// Parses one audience definition, as a built-in file or an organisation's pack supplies it.
pub fn parse(json: &str) -> Result<Audience, serde_json::Error> {
    serde_json::from_str(json)
}

/// The built-in audiences, in the order they are offered.
pub fn builtin() -> &'static [Audience] {
    static AUDIENCES: OnceLock<Vec<Audience>> = OnceLock::new();
    // Every file is compiled in and its parse is proven by `builtin_audiences_parse`.
    AUDIENCES.get_or_init(|| AUDIENCE_FILES.iter().filter_map(|json| parse(json).ok()).collect())
}

/// The built-in audience with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Audience> {
    builtin().iter().find(|a| a.id == id)
}

/// The data file of the built-in audience with this id, as JSON text (an organisation's audience
/// is built over it).
pub fn source(id: &str) -> Option<&'static str> {
    // `builtin()` holds the files in order, each proven to parse by `builtin_audiences_parse`.
    builtin().iter().position(|a| a.id == id).and_then(|i| AUDIENCE_FILES.get(i).copied())
}

/// The ids of the built-in audiences, for usage messages ("board|team-lead|peer|manager").
pub fn ids() -> Vec<&'static str> {
    builtin().iter().map(|a| a.id.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_audiences_parse() {
        for json in AUDIENCE_FILES {
            let parsed = parse(json);
            assert!(parsed.is_ok(), "{parsed:?}");
        }
    }

    #[test]
    fn the_four_audiences_are_offered_in_order() {
        assert_eq!(ids(), ["board", "team-lead", "peer", "manager"]);
    }

    #[test]
    fn every_audience_is_complete() {
        for a in builtin() {
            assert!(!a.label.is_empty() && !a.summary.is_empty() && !a.tone.is_empty(), "{}", a.id);
            assert!(!a.listens_for.is_empty() && !a.avoid.is_empty(), "{}", a.id);
            assert!((6.0..=14.0).contains(&a.max_grade), "{}", a.id);
            assert!(a.slot_seconds >= 30, "{}", a.id);
            assert!(a.pitch_words[0] < a.pitch_words[1], "{}", a.id);
            assert!(a.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", a.id);
            assert!(a.headlines.contains_key("default"), "{} needs a default headline", a.id);
            assert!(a.points.contains_key("always"), "{} needs an 'always' point", a.id);
            for list in [&a.opening, &a.value, &a.goal, &a.ask] {
                assert!(!list.is_empty(), "{}", a.id);
            }
            assert!(
                a.next_step.iter().all(|n| !matches!(n, NextStep::After { lines, .. } if lines.is_empty())),
                "{}: a next step without lines",
                a.id
            );
            assert!(!a.next_step_after(None).is_empty(), "{}: needs a next step for any message", a.id);
            assert!((3..=6).contains(&a.questions.len()), "{}: 3–6 questions", a.id);
            assert!(!a.gaps.is_empty(), "{}", a.id);
            for wanted in [&a.evidence_wanted, &a.value_wanted] {
                assert!(
                    !wanted.starts_with('[') && wanted.ends_with('.'),
                    "{}: a gap to fill, said plainly",
                    a.id
                );
            }
        }
    }

    #[test]
    fn a_closing_fits_what_the_message_led_with() {
        let board = find("board").cloned().unwrap_or_else(|| builtin()[0].clone());
        let after_saving = board.next_step_after(Some("saving"));
        let any = board.next_step_after(None);
        assert!(after_saving.iter().any(|l| l.contains("saving")), "{after_saving:?}");
        assert!(!any.is_empty() && any != after_saving);
        // A pack's plain list of lines closes any message.
        let mut json: serde_json::Value =
            serde_json::from_str(source("peer").unwrap_or_default()).unwrap_or_default();
        if let Some(list) = json.get_mut("next_step").and_then(|n| n.as_array_mut()) {
            list.push("Shout if it bothers you.".into());
        }
        let peer = parse(&json.to_string());
        assert!(peer.is_ok(), "a plain line still parses: {peer:?}");
        let mut bad = json.clone();
        if let Some(list) = bad.get_mut("next_step").and_then(|n| n.as_array_mut()) {
            list.push(serde_json::json!({"lines": ["x"], "colour": 1}));
            list.push(serde_json::json!(5));
        }
        let error = parse(&bad.to_string()).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(error.contains("unknown field `colour`"), "{error}");
        let lines = peer.map(|p| p.next_step_after(Some("saving"))).unwrap_or_default();
        assert!(lines.contains(&"Shout if it bothers you.".to_string()), "{lines:?}");
    }

    #[test]
    fn board_may_read_harder_text_than_the_others() {
        assert_eq!(find("board").map(|a| a.max_grade), Some(12.0));
        assert_eq!(find("peer").map(|a| a.max_grade), Some(9.0));
        assert!(find("nobody").is_none());
    }
}
