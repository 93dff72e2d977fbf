//! An organisation's own words, from its pack: terms to explain, words it bans and words it
//! prefers. They become rules of the kinds the built-in rules are — a second glossary for the
//! jargon rule, an existence rule, a substitution rule — filled with the pack's words, so there is
//! no new matching code. How their findings read is data (`data/org_rules.json`).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::glossary::{Glossary, GlossaryEntry};
use super::rules::{Check, Group, Rule};
use super::severity::Severity;

const ORG_RULES_JSON: &str = data_file!("org_rules.json");

/// A term of the organisation's that listeners may not know ("ServiceNow").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlossaryTerm {
    /// Matched with its capitals when it has any ("CAB"), in any case when it has none.
    pub term: String,
    /// A short plain replacement ("the IT request system").
    pub plain: String,
    /// What the term means, when the plain words are not enough; the jargon finding says it.
    pub why: Option<String>,
}

/// A word the organisation asks its people not to use ("synergy").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BannedWord {
    pub word: String,
    /// The organisation's reason, said in the finding.
    pub why: Option<String>,
}

/// The organisation's own word for something ("colleagues" instead of "users").
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PreferredWord {
    /// The word to use.
    #[serde(rename = "use")]
    pub word: String,
    /// The words it replaces.
    pub instead_of: Vec<String>,
}

/// The words an organisation's pack gives the checks. The default, with none, means no pack.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrgWords {
    pub glossary: Vec<GlossaryTerm>,
    pub banned_words: Vec<BannedWord>,
    pub preferred_words: Vec<PreferredWord>,
}

impl OrgWords {
    /// The ids of the organisation's rules these words make (its glossary terms join the jargon
    /// rule): what a rule settings list offers to switch off.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        let Some(data) = data() else { return Vec::new() };
        let mut ids = Vec::new();
        if !self.banned_words.is_empty() {
            ids.push(data.banned.id.as_str());
        }
        if !self.preferred_words.is_empty() {
            ids.push(data.preferred.id.as_str());
        }
        ids
    }
}

/// How the organisation's rules read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgRules {
    banned: OrgRule,
    preferred: OrgRule,
    /// The category of the organisation's glossary terms.
    glossary_category: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrgRule {
    id: String,
    name: String,
    description: String,
    severity: Severity,
    /// Placeholders: match, and why (banned) or suggestion (preferred).
    message: String,
    /// For a banned word given without a reason. Placeholder: match.
    #[serde(default)]
    message_without_reason: String,
}

impl OrgRule {
    /// The rule, for every audience, checking for `check`.
    fn rule(&self, check: Check) -> Rule {
        Rule {
            id: self.id.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            severity: self.severity,
            severity_by_audience: BTreeMap::new(),
            audiences: Vec::new(),
            supersedes: Vec::new(),
            check,
        }
    }
}

fn parse(json: &str) -> Result<OrgRules, serde_json::Error> {
    serde_json::from_str(json)
}

/// The compiled-in wording, parsed once (`None` only if it did not parse; a test proves it does).
fn data() -> Option<&'static OrgRules> {
    static DATA: OnceLock<Option<OrgRules>> = OnceLock::new();
    DATA.get_or_init(|| parse(ORG_RULES_JSON).ok()).as_ref()
}

/// The ids of every rule an organisation's pack can add, whether or not this one does.
pub fn org_rule_ids() -> Vec<&'static str> {
    data().map(|d| vec![d.banned.id.as_str(), d.preferred.id.as_str()]).unwrap_or_default()
}

/// What the organisation's rule `id` is called on screen.
pub fn org_rule_name(id: &str) -> Option<&'static str> {
    let data = data()?;
    [&data.banned, &data.preferred].into_iter().find(|r| r.id == id).map(|r| r.name.as_str())
}

/// What the organisation's rule `id` looks for, in one line.
pub fn org_rule_description(id: &str) -> Option<&'static str> {
    let data = data()?;
    [&data.banned, &data.preferred].into_iter().find(|r| r.id == id).map(|r| r.description.as_str())
}

/// The organisation's rules for `words`: one group per banned word (each has its own reason), one
/// group of every preferred word. None without words.
pub(super) fn rules(words: &OrgWords) -> Vec<Rule> {
    let Some(data) = data() else { return Vec::new() };
    let mut rules = Vec::new();
    if !words.banned_words.is_empty() {
        let groups = words
            .banned_words
            .iter()
            .map(|banned| {
                let why = banned.why.as_deref().map(|w| w.trim().trim_end_matches('.').to_string());
                let message = match why {
                    Some(_) => &data.banned.message,
                    None => &data.banned.message_without_reason,
                };
                Group { message: message.clone(), tokens: vec![banned.word.clone()], why, ..Group::default() }
            })
            .collect();
        rules.push(data.banned.rule(Check::Existence { groups }));
    }
    if !words.preferred_words.is_empty() {
        let swap = words
            .preferred_words
            .iter()
            .flat_map(|p| p.instead_of.iter().map(|from| (from.clone(), p.word.clone())))
            .collect();
        let group = Group { message: data.preferred.message.clone(), swap, ..Group::default() };
        rules.push(data.preferred.rule(Check::Substitution { groups: vec![group] }));
    }
    rules
}

/// The organisation's glossary terms as a glossary for the jargon rule and for translation: a
/// term with capitals is matched with them, as the built-in glossary matches acronyms and
/// product names.
pub fn org_glossary(words: &OrgWords) -> Glossary {
    let category = data().map(|d| d.glossary_category.clone()).unwrap_or_default();
    Glossary::new(
        words
            .glossary
            .iter()
            .map(|t| GlossaryEntry {
                term: t.term.clone(),
                aliases: Vec::new(),
                case_sensitive: t.term.chars().any(char::is_uppercase),
                category: category.clone(),
                meaning: t.why.clone().unwrap_or_else(|| t.plain.clone()),
                plain: t.plain.clone(),
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::message::placeholders;
    use super::super::{check, rule_description, rule_ids, rule_name, CheckOptions, Finding, Severity};
    use super::*;

    fn words() -> OrgWords {
        OrgWords {
            glossary: vec![
                GlossaryTerm {
                    term: "ServiceNow".into(),
                    plain: "the IT request system".into(),
                    why: Some("the system where staff ask IT for help".into()),
                },
                GlossaryTerm { term: "change freeze".into(), plain: "a pause on changes".into(), why: None },
            ],
            banned_words: vec![
                BannedWord { word: "synergy".into(), why: Some("it tells the listener nothing.".into()) },
                BannedWord { word: "PMO".into(), why: None },
            ],
            preferred_words: vec![PreferredWord {
                word: "colleagues".into(),
                instead_of: vec!["users".into(), "end users".into()],
            }],
        }
    }

    fn with_words(audience: &str) -> CheckOptions {
        CheckOptions { audience: audience.into(), org: words(), ..CheckOptions::default() }
    }

    /// (matched text, rule, suggestion) of every finding.
    fn found<'t>(text: &'t str, options: &CheckOptions) -> Vec<(&'t str, String, Option<String>)> {
        check(text, options).into_iter().map(|f| (&text[f.span], f.rule, f.suggestion)).collect()
    }

    #[test]
    fn the_wording_parses_and_keeps_its_placeholders() {
        let parsed = parse(ORG_RULES_JSON);
        assert!(parsed.is_ok(), "{parsed:?}");
        let Some(data) = data() else { return };
        let expect = [
            (&data.banned.message, &["match", "why"][..]),
            (&data.banned.message_without_reason, &["match"][..]),
            (&data.preferred.message, &["match", "suggestion"][..]),
        ];
        for (message, wanted) in expect {
            let mut used = placeholders(message);
            used.sort_unstable();
            assert_eq!(used, wanted, "{message}");
        }
        assert!(data.preferred.message_without_reason.is_empty(), "a preferred word needs no reason");
        assert!(!data.glossary_category.is_empty());
        for id in org_rule_ids() {
            assert!(!rule_ids().contains(&id), "{id} is also a built-in rule");
            assert!(rule_description(id).is_some_and(|d| d.len() > 20), "{id}");
            assert!(rule_name(id).is_some_and(|n| !n.is_empty() && n != id), "{id}");
        }
        assert_eq!(org_rule_ids(), ["org-banned", "org-preferred"]);
    }

    #[test]
    fn banned_words_are_errors_that_give_the_organisations_reason() {
        let text = "Our synergy with Finance grew. Synergy again; the PMO agreed.";
        let findings = check(text, &with_words("peer"));
        let banned: Vec<(&str, Severity, &str)> = findings
            .iter()
            .filter(|f| f.rule == "org-banned")
            .map(|f| (&text[f.span.clone()], f.severity, f.message.as_str()))
            .collect();
        assert_eq!(
            banned,
            [
                (
                    "synergy",
                    Severity::Error,
                    "“synergy” is on your organisation's list of words not to use: it tells the listener nothing."
                ),
                (
                    "Synergy",
                    Severity::Error,
                    "“Synergy” is on your organisation's list of words not to use: it tells the listener nothing."
                ),
                ("PMO", Severity::Error, "“PMO” is on your organisation's list of words not to use."),
            ]
        );
        assert!(findings.iter().filter(|f| f.rule == "org-banned").all(|f| f.suggestion.is_none()));
    }

    #[test]
    fn preferred_words_are_warnings_offering_the_organisations_word() {
        let text = "End users love it, and users ask for more.";
        let findings = check(text, &with_words("team-lead"));
        let preferred: Vec<&Finding> = findings.iter().filter(|f| f.rule == "org-preferred").collect();
        assert!(!preferred.is_empty(), "no org-preferred finding in {findings:?}");
        for f in preferred.into_iter().take(1) {
            assert_eq!((&text[f.span.clone()], f.severity), ("End users", Severity::Warning));
            assert_eq!(f.suggestion.as_deref(), Some("Colleagues"), "a capital where the sentence starts");
            assert_eq!(f.message, "Your organisation says “Colleagues” rather than “End users”.");
        }
        let preferred: Vec<_> =
            found(text, &with_words("peer")).into_iter().filter(|f| f.1 == "org-preferred").collect();
        assert_eq!(
            preferred,
            [
                ("End users", "org-preferred".to_string(), Some("Colleagues".to_string())),
                ("users", "org-preferred".to_string(), Some("colleagues".to_string()))
            ]
        );
    }

    #[test]
    fn the_organisations_terms_are_jargon_with_their_plain_words() {
        let text = "Raise it in ServiceNow before the Change Freeze. Servicenow is not the name.";
        let findings = check(text, &with_words("board"));
        let jargon: Vec<(&str, Option<&str>, &str)> = findings
            .iter()
            .filter(|f| f.rule == "jargon")
            .map(|f| (&text[f.span.clone()], f.suggestion.as_deref(), f.message.as_str()))
            .collect();
        assert_eq!(
            jargon,
            [
                (
                    "ServiceNow",
                    Some("the IT request system"),
                    "“ServiceNow” is jargon to most listeners: it means the system where staff ask IT for help."
                ),
                (
                    "Change Freeze",
                    Some("a pause on changes"),
                    "“Change Freeze” is jargon to most listeners: it means a pause on changes."
                ),
            ]
        );
    }

    #[test]
    fn an_organisations_term_wins_over_a_built_in_term_it_overlaps() {
        let mut words = OrgWords::default();
        words.glossary.push(GlossaryTerm { term: "SAN".into(), plain: "the file store".into(), why: None });
        let options = CheckOptions { audience: "peer".into(), org: words, ..CheckOptions::default() };
        assert_eq!(
            found("Files live on the SAN and the VPN.", &options),
            [
                ("SAN", "jargon".to_string(), Some("the file store".to_string())),
                ("VPN", "jargon".to_string(), super::super::lookup_term("VPN").map(|e| e.plain.clone()))
            ]
        );
    }

    #[test]
    fn the_organisations_rules_switch_off_and_accept_terms_like_the_others() {
        let text = "Our PMO helps users of ServiceNow.";
        let mut options = with_words("peer");
        assert_eq!(words().rule_ids(), ["org-banned", "org-preferred"]);
        options.disabled_rules = words().rule_ids().into_iter().map(str::to_string).collect();
        assert_eq!(
            found(text, &options),
            [("ServiceNow", "jargon".to_string(), Some("the IT request system".to_string()))]
        );
        options.disabled_rules.clear();
        options.accepted_terms = ["servicenow", "pmo"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            found(text, &options),
            [("users", "org-preferred".to_string(), Some("colleagues".into()))]
        );
    }

    #[test]
    fn no_words_means_no_organisation_rules() {
        assert!(OrgWords::default().rule_ids().is_empty());
        assert!(rules(&OrgWords::default()).is_empty());
        let text = "Our synergy helps users of ServiceNow.";
        let plain = CheckOptions { audience: "peer".into(), ..CheckOptions::default() };
        assert!(check(text, &plain).iter().all(|f| !f.rule.starts_with("org-")));
        let only_banned = OrgWords { banned_words: words().banned_words, ..OrgWords::default() };
        assert_eq!(only_banned.rule_ids(), ["org-banned"]);
    }

    #[test]
    fn hostile_words_never_panic_and_keep_the_span_contract() {
        let hostile = [
            "",
            " ",
            "\u{0}",
            "<script>alert(1)</script>",
            "\u{202e}RTL\u{202c}",
            "{match}",
            "{why}",
            "👩‍💻",
            "e\u{301}",
            "--",
        ];
        let big = "x".repeat(1 << 20);
        let mut words = OrgWords::default();
        for w in hostile.iter().copied().chain([big.as_str()]) {
            words.glossary.push(GlossaryTerm { term: w.into(), plain: w.into(), why: Some(w.into()) });
            words.banned_words.push(BannedWord { word: w.into(), why: Some(w.into()) });
            words.preferred_words.push(PreferredWord { word: w.into(), instead_of: vec![w.into()] });
        }
        let options = CheckOptions { audience: "peer".into(), org: words, ..CheckOptions::default() };
        let text = format!(
            "{} <script>alert(1)</script> RTL {{match}} {{why}} 👩‍💻 e\u{301} -- {big}",
            hostile.join(" ")
        );
        for f in check(&text, &options) {
            assert!(f.span.start < f.span.end && text.is_char_boundary(f.span.start), "{f:?}");
            assert!(text.is_char_boundary(f.span.end) && f.span.end <= text.len(), "{f:?}");
        }
        let why = check("{why}", &options);
        assert!(
            why.iter().all(|f| f.message.matches("{why}").count() <= 2),
            "the user's braces are text, never a placeholder: {why:?}"
        );
    }
}
