//! The rules as data: each file in `data/rules/` is one rule of a generic kind (in the spirit of
//! Vale: existence, substitution…), compiled in, so wording and word lists change by editing
//! data and a test proves every file parses and is complete.
//!
//! A rule file is `{"id", "name", "description", "severity", "severity_by_audience"?, "audiences"?,
//! "supersedes"?, "check": {KIND: …}}`. Kinds: `glossary` (the jargon rule), `existence`
//! (`groups` of `tokens`, with an optional group `suggestion`), `substitution` (`groups` of
//! `swap`: phrase → replacement), `sentence-length` and `passive-voice`. A group may also carry
//! `not_after`, `not_before`, `needs_word_after` and `near_percent` to keep false alarms down.
//! Phrases match whole words, case-insensitively except acronyms written in capitals ("IT").
//! Adding a rule of an existing kind is a new file plus one line in `RULE_FILES`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::severity::Severity;

/// The rule files, in the order rules are listed to the user.
const RULE_FILES: &[(&str, &str)] = &[
    ("jargon.json", data_file!("rules/jargon.json")),
    ("it-versus-business.json", data_file!("rules/it-versus-business.json")),
    ("hedging.json", data_file!("rules/hedging.json")),
    ("filler.json", data_file!("rules/filler.json")),
    ("long-sentence.json", data_file!("rules/long-sentence.json")),
    ("passive-voice.json", data_file!("rules/passive-voice.json")),
    ("board-raw-metric.json", data_file!("rules/board-raw-metric.json")),
];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, used to switch the rule off ("hedging").
    pub id: String,
    /// What people call it, on screen ("Jargon", "Raw technical figures").
    pub name: String,
    /// One line for toggles and help: what the rule looks for.
    pub description: String,
    pub severity: Severity,
    /// A different severity for some audiences.
    #[serde(default)]
    pub severity_by_audience: BTreeMap<String, Severity>,
    /// The audiences the rule is for; empty means every audience.
    #[serde(default)]
    pub audiences: Vec<String>,
    /// Rules whose findings inside this rule's findings are dropped, so the same words are not
    /// flagged twice for one reason ("board-raw-metric" over "jargon" for "MTTR").
    #[serde(default)]
    pub supersedes: Vec<String>,
    pub check: Check,
}

impl Rule {
    pub fn applies_to(&self, audience: &str) -> bool {
        self.audiences.is_empty() || self.audiences.iter().any(|a| a == audience)
    }

    pub fn severity_for(&self, audience: &str) -> Severity {
        self.severity_by_audience.get(audience).copied().unwrap_or(self.severity)
    }
}

/// What a rule looks for: a generic kind, filled with data.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub enum Check {
    /// Every glossary term or alias. Message placeholders: match, term, meaning, plain.
    Glossary { message: String },
    /// Phrases that should not be there. Placeholders: match (and suggestion where the group has
    /// one).
    Existence { groups: Vec<Group> },
    /// Phrases with a better wording. Placeholders: match, suggestion.
    Substitution { groups: Vec<Group> },
    /// Sentences over a number of words. Placeholders: start, words, max.
    SentenceLength {
        message: String,
        max_words: usize,
        #[serde(default)]
        max_words_by_audience: BTreeMap<String, usize>,
    },
    /// A form of "be", an optional adverb, then a past participle. Placeholder: match.
    PassiveVoice(PassiveVoice),
}

/// Phrases that share a message and the conditions they are reported under.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub message: String,
    /// Existence: the phrases.
    #[serde(default)]
    pub tokens: Vec<String>,
    /// Existence: one replacement for every phrase in the group, if there is one.
    #[serde(default)]
    pub suggestion: Option<String>,
    /// Substitution: phrase → replacement.
    #[serde(default)]
    pub swap: BTreeMap<String, String>,
    /// Not reported right after one of these words ("what kind of").
    #[serde(default)]
    pub not_after: Vec<String>,
    /// Not reported right before one of these words ("treated fairly and…").
    #[serde(default)]
    pub not_before: Vec<String>,
    /// Reported only when another word follows in the same clause ("fairly quick", not "paid
    /// fairly.").
    #[serde(default)]
    pub needs_word_after: bool,
    /// Reported only with a percentage within this many words ("availability of 99.9%").
    #[serde(default)]
    pub near_percent: Option<usize>,
    /// Why the phrases are flagged, for the message's `{why}`: an organisation's own reason for
    /// banning a word. Set by code for an organisation's rules, never read from rule data.
    #[serde(skip)]
    pub why: Option<String>,
}

impl Group {
    /// Every phrase of the group with its replacement, if any.
    pub fn phrases(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        let suggestion = self.suggestion.as_deref();
        self.tokens
            .iter()
            .map(move |t| (t.as_str(), suggestion))
            .chain(self.swap.iter().map(|(from, to)| (from.as_str(), Some(to.as_str()))))
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PassiveVoice {
    pub message: String,
    /// Forms of "be" that start a passive ("was").
    pub be_forms: Vec<String>,
    /// Ending of the one adverb allowed in between ("ly": "was quickly built").
    pub adverb_suffix: String,
    /// Ending of regular past participles ("ed").
    pub participle_suffix: String,
    /// Regular participles have at least this many letters ("red" and "bed" are not verbs).
    pub min_participle_letters: usize,
    /// Words with the regular ending that are not participles unless listed as irregular
    /// ("need", "speed", "indeed" end in "eed").
    pub not_participle_suffixes: Vec<String>,
    pub irregular_participles: Vec<String>,
    /// Words that look like participles but read as adjectives after "be" ("is interested").
    pub not_participles: Vec<String>,
}

fn parse(json: &str) -> Result<Rule, serde_json::Error> {
    serde_json::from_str(json)
}

/// Every rule, parsed once. A file that fails to parse is left out (a test proves none does).
pub fn all() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| RULE_FILES.iter().filter_map(|(_, json)| parse(json).ok()).collect())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::message::placeholders;
    use super::super::phrase_index::fold;
    use super::*;
    use crate::engine::audience;

    #[test]
    fn every_rule_file_parses() {
        for (name, json) in RULE_FILES {
            let parsed = parse(json);
            assert!(parsed.is_ok(), "{name}: {parsed:?}");
        }
        assert_eq!(all().len(), RULE_FILES.len());
    }

    #[test]
    fn each_file_is_named_after_its_rule_and_ids_are_unique() {
        let mut ids = BTreeSet::new();
        for ((name, _), rule) in RULE_FILES.iter().zip(all()) {
            assert_eq!(*name, format!("{}.json", rule.id));
            assert!(ids.insert(rule.id.as_str()), "{} twice", rule.id);
            assert!(rule.id.chars().all(|c| c.is_ascii_lowercase() || c == '-') && !rule.id.is_empty());
        }
    }

    #[test]
    fn every_rule_is_complete() {
        let audiences = audience::ids();
        let ids: Vec<&str> = all().iter().map(|r| r.id.as_str()).collect();
        for rule in all() {
            assert!(rule.description.trim().len() > 10, "{}", rule.id);
            assert!(
                !rule.name.trim().is_empty() && rule.name != rule.id,
                "{} needs a name people say",
                rule.id
            );
            for a in rule.audiences.iter().chain(rule.severity_by_audience.keys()) {
                assert!(audiences.contains(&a.as_str()), "{}: unknown audience {a}", rule.id);
            }
            for s in &rule.supersedes {
                assert!(ids.contains(&s.as_str()) && s != &rule.id, "{}: supersedes {s}", rule.id);
            }
            let (messages, allowed): (Vec<&str>, &[&str]) = match &rule.check {
                Check::Glossary { message } => (vec![message], &["match", "term", "meaning", "plain"]),
                Check::SentenceLength { message, max_words, max_words_by_audience } => {
                    assert!(*max_words >= 10, "{}", rule.id);
                    for (a, max) in max_words_by_audience {
                        assert!(audiences.contains(&a.as_str()) && *max >= 10, "{}: {a}", rule.id);
                    }
                    (vec![message], &["start", "words", "max"])
                }
                Check::PassiveVoice(p) => (vec![&p.message], &["match"]),
                Check::Existence { groups } | Check::Substitution { groups } => {
                    assert!(!groups.is_empty(), "{}", rule.id);
                    (groups.iter().map(|g| g.message.as_str()).collect(), &["match", "suggestion"])
                }
            };
            for message in messages {
                assert!(message.contains("{match}") || message.contains("{start}"), "{}: {message}", rule.id);
                assert!(message.trim().len() > 20, "{}: {message}", rule.id);
                for name in placeholders(message) {
                    assert!(allowed.contains(&name), "{}: unknown placeholder {{{name}}}", rule.id);
                }
            }
        }
    }

    #[test]
    fn phrase_groups_fit_their_kind_and_list_each_phrase_once() {
        for rule in all() {
            let (groups, substitution) = match &rule.check {
                Check::Existence { groups } => (groups, false),
                Check::Substitution { groups } => (groups, true),
                _ => continue,
            };
            let mut seen = BTreeSet::new();
            for group in groups {
                if substitution {
                    assert!(!group.swap.is_empty() && group.tokens.is_empty(), "{}", rule.id);
                    assert!(group.suggestion.is_none(), "{}", rule.id);
                } else {
                    assert!(!group.tokens.is_empty() && group.swap.is_empty(), "{}", rule.id);
                }
                let needs_suggestion = group.message.contains("{suggestion}");
                for (phrase, suggestion) in group.phrases() {
                    assert!(seen.insert(fold(phrase)), "{}: “{phrase}” listed twice", rule.id);
                    assert!(phrase.chars().any(char::is_alphanumeric), "{}: “{phrase}”", rule.id);
                    if let Some(s) = suggestion {
                        assert!(!s.trim().is_empty() && fold(s) != fold(phrase), "{}: “{phrase}”", rule.id);
                    }
                    assert!(
                        !needs_suggestion || suggestion.is_some(),
                        "{}: “{phrase}” has no suggestion",
                        rule.id
                    );
                }
                assert!(group.near_percent.is_none_or(|n| (1..=10).contains(&n)), "{}", rule.id);
            }
        }
    }

    #[test]
    fn context_word_lists_are_lower_case_single_words() {
        for rule in all() {
            let (Check::Existence { groups } | Check::Substitution { groups }) = &rule.check else {
                continue;
            };
            for word in groups.iter().flat_map(|g| g.not_after.iter().chain(&g.not_before)) {
                let single = !word.is_empty() && word.chars().all(|c| c.is_lowercase() || c.is_ascii_digit());
                assert!(single, "{}: “{word}” must be one lower-case word, as tokens are compared", rule.id);
            }
        }
    }

    #[test]
    fn passive_voice_word_lists_are_complete_and_consistent() {
        let passive = all().iter().find_map(|r| match &r.check {
            Check::PassiveVoice(p) => Some(p),
            _ => None,
        });
        assert!(passive.is_some(), "no passive-voice rule");
        let Some(p) = passive else { return };
        assert!(
            p.be_forms.len() >= 7 && p.irregular_participles.len() >= 30 && !p.not_participles.is_empty()
        );
        assert!(
            !p.adverb_suffix.is_empty() && !p.participle_suffix.is_empty() && p.min_participle_letters >= 3
        );
        let lists = [&p.be_forms, &p.irregular_participles, &p.not_participles, &p.not_participle_suffixes];
        for word in lists.iter().flat_map(|l| l.iter()) {
            assert!(!word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase()), "“{word}”");
        }
        for word in &p.not_participles {
            assert!(!p.irregular_participles.contains(word), "“{word}” is both a participle and not");
        }
    }

    #[test]
    fn audience_specific_severity_and_scope() {
        let board_only = all().iter().find(|r| r.id == "board-raw-metric");
        assert!(
            board_only.is_some_and(|r| r.applies_to("board") && !r.applies_to("peer") && !r.applies_to(""))
        );
        let long = all().iter().find(|r| r.id == "long-sentence");
        assert_eq!(long.map(|r| r.severity_for("board")), Some(Severity::Suggestion));
        assert_eq!(long.map(|r| r.severity_for("peer")), Some(Severity::Warning));
        assert_eq!(long.map(|r| r.severity_for("someone-else")), Some(Severity::Warning));
    }

    #[test]
    fn unknown_fields_in_rule_data_are_refused() {
        let typo = r#"{"id":"x","name":"n","description":"d","severity":"warning","check":{"glossary":{"mesage":"m"}}}"#;
        assert!(parse(typo).is_err());
        let stray = r#"{"id":"x","name":"n","description":"d","severity":"warning","colour":1,"check":{"glossary":{"message":"m"}}}"#;
        assert!(parse(stray).is_err());
        let passive = r#"{"id":"x","name":"n","description":"d","severity":"warning","check":{"passive-voice":{"message":"m",
            "be_forms":[],"adverb_suffix":"","participle_suffix":"","min_participle_letters":1,"not_participle_suffixes":[],
            "irregular_participles":[],"not_participles":[],"extra":true}}}"#;
        assert!(parse(passive).is_err());
        assert!(parse(&passive.replace(r#","extra":true"#, "")).is_ok());
        let group = r#"{"id":"x","name":"n","description":"d","severity":"warning","check":{"existence":{"groups":[{"message":"m","tokns":[]}]}}}"#;
        assert!(parse(group).is_err());
        let unknown_kind = r#"{"id":"x","name":"n","description":"d","severity":"warning","check":{"spelling":{"message":"m"}}}"#;
        assert!(parse(unknown_kind).is_err());
        let good = r#"{"id":"x","name":"n","description":"d","severity":"warning","check":{"glossary":{"message":"m"}}}"#;
        assert!(parse(good).is_ok());
    }
}
