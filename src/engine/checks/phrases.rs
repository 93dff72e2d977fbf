//! Runs the phrase rules (existence and substitution kinds): each built-in rule's phrases are
//! indexed once, an organisation's per check, matched over the shared tokens, and reported with the
//! group's message and conditions.

use std::sync::OnceLock;

use super::finding::Finding;
use super::message::{fill, fit_to_sentence};
use super::phrase_index::{Case, Match, PhraseIndex};
use super::rules::{self, Check, Group};
use super::severity::Severity;
use super::tokens::{joined_by_space, starts_sentence, Token};
use super::Context;

/// A phrase as indexed: which group it belongs to, as written in the data, and its replacement.
#[derive(Debug, Clone)]
struct Phrase {
    group: usize,
    phrase: String,
    suggestion: Option<String>,
}

/// Each rule's phrase index, by the rule's position in `rules::all()` (`None` for other kinds).
fn indexes() -> &'static [Option<PhraseIndex<Phrase>>] {
    static INDEXES: OnceLock<Vec<Option<PhraseIndex<Phrase>>>> = OnceLock::new();
    INDEXES.get_or_init(|| {
        rules::all()
            .iter()
            .map(|rule| match &rule.check {
                Check::Existence { groups } | Check::Substitution { groups } => Some(build(groups)),
                _ => None,
            })
            .collect()
    })
}

fn build(groups: &[Group]) -> PhraseIndex<Phrase> {
    let mut index = PhraseIndex::default();
    for (n, group) in groups.iter().enumerate() {
        for (phrase, suggestion) in group.phrases() {
            let entry =
                Phrase { group: n, phrase: phrase.to_string(), suggestion: suggestion.map(str::to_string) };
            index.insert(phrase, Case::Insensitive, entry);
        }
    }
    index
}

/// The findings of the phrase rule at `position` in `rules::all()`, or of an organisation's rule
/// (a position past the built-in rules), whose phrases are indexed here, as each check has its own.
pub(super) fn run(
    position: usize,
    id: &str,
    groups: &[Group],
    severity: Severity,
    ctx: &Context,
) -> Vec<Finding> {
    let built;
    let index = match indexes().get(position) {
        Some(Some(index)) => index,
        _ => {
            built = build(groups);
            &built
        }
    };
    index
        .find_all(ctx.text, ctx.tokens)
        .into_iter()
        .filter_map(|m| {
            let group = groups.get(m.payload.group)?;
            let matched = ctx.text.get(m.span.clone())?;
            if ctx.accepts(matched, &m.payload.phrase) || !conditions_hold(group, &m, ctx) {
                return None;
            }
            let suggestion =
                m.payload.suggestion.as_deref().map(|s| fit_to_sentence(s, ctx.text, m.span.start));
            let message = fill(
                &group.message,
                &[
                    ("match", matched),
                    ("suggestion", suggestion.as_deref().unwrap_or("")),
                    ("why", group.why.as_deref().unwrap_or("")),
                ],
            );
            Some(Finding { rule: id.to_string(), severity, message, span: m.span, suggestion })
        })
        .collect()
}

/// The group's extra conditions: the words around the match, and a percentage nearby.
fn conditions_hold(group: &Group, m: &Match<'_, Phrase>, ctx: &Context) -> bool {
    let (text, tokens) = (ctx.text, ctx.tokens);
    let before = m
        .first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .filter(|_| !starts_sentence(text, tokens, m.first));
    if before.is_some_and(|t| group.not_after.contains(&t.lower)) {
        return false;
    }
    let after = tokens.get(m.last + 1).filter(|_| joined_by_space(text, tokens, m.last + 1));
    if group.needs_word_after && after.is_none() {
        return false;
    }
    if after.is_some_and(|t| group.not_before.contains(&t.lower)) {
        return false;
    }
    match group.near_percent {
        Some(n) => {
            let from = m.first.saturating_sub(n);
            let to = m.last.saturating_add(n).min(tokens.len().saturating_sub(1));
            (from..=to).any(|i| is_percentage(text, tokens, i))
        }
        None => true,
    }
}

/// Whether token `i` is a percentage: a number before "%", or the word "percent" / "per cent".
fn is_percentage(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(token) = tokens.get(i) else { return false };
    let follows = text.get(token.span.end..).unwrap_or("");
    let per_cent = (token.lower == "per" && tokens.get(i + 1).is_some_and(|n| n.lower == "cent"))
        || (token.lower == "cent"
            && i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|p| p.lower == "per"));
    follows.trim_start_matches(' ').starts_with('%') || token.lower == "percent" || per_cent
}

#[cfg(test)]
mod tests {
    use super::super::{check, CheckOptions};

    /// (matched text, suggestion) for one rule's findings.
    fn found(rule: &str, audience: &str, text: &str) -> Vec<(String, Option<String>)> {
        let options = CheckOptions { audience: audience.into(), ..CheckOptions::default() };
        check(text, &options)
            .into_iter()
            .filter(|f| f.rule == rule)
            .map(|f| (text[f.span].to_string(), f.suggestion))
            .collect()
    }

    fn matched(rule: &str, audience: &str, text: &str) -> Vec<String> {
        found(rule, audience, text).into_iter().map(|f| f.0).collect()
    }

    fn pair(m: &str, s: &str) -> (String, Option<String>) {
        (m.to_string(), Some(s.to_string()))
    }

    #[test]
    fn it_versus_business_offers_the_rest_of_the_business() {
        let text = "IT supports the business well. The gap between IT and the business is closing. Ask business users.";
        assert_eq!(
            found("it-versus-business", "peer", text),
            [
                pair("IT supports the business", "IT works with the rest of the business"),
                pair("IT and the business", "IT and the rest of the business"),
                pair("business users", "colleagues"),
            ]
        );
        let message = check(text, &CheckOptions::default())
            .into_iter()
            .find(|f| f.rule == "it-versus-business")
            .map(|f| f.message);
        assert!(message
            .is_some_and(|m| m.contains("“IT supports the business”") && m.contains("part of the business")));
    }

    #[test]
    fn it_versus_business_catches_us_and_them_and_internal_customers() {
        assert_eq!(
            found(
                "it-versus-business",
                "peer",
                "It stops the us and them feeling. Internal customers like it. On the business side, fine."
            ),
            [
                pair("us and them", "all of us"),
                pair("Internal customers", "Colleagues"),
                pair("the business side", "the rest of the business")
            ]
        );
    }

    #[test]
    fn it_versus_business_ignores_the_pronoun_it_and_plain_business_talk() {
        assert!(matched(
            "it-versus-business",
            "peer",
            "Do it and the business will thank you. The business grew. Our users and their business side-projects."
        )
        .is_empty());
    }

    #[test]
    fn hedging_flags_hedges_intensifiers_and_vague_amounts() {
        let text = "We think it will hopefully cut costs significantly, and it is very quick for many staff.";
        assert_eq!(
            matched("hedging", "manager", text),
            ["We think", "hopefully", "significantly", "very", "many"]
        );
        let vague = check(text, &CheckOptions::default())
            .into_iter()
            .find(|f| &text[f.span.clone()] == "significantly");
        assert!(vague.is_some_and(
            |f| f.message.contains("say how much, with a figure you have") && f.suggestion.is_none()
        ));
    }

    #[test]
    fn hedging_leaves_near_misses_alone() {
        let text = "In May we may move. What kind of service is it? This sort of outage. How many users? We paid fairly. \
                    Staff are treated fairly and quickly. Everything went very well";
        assert_eq!(matched("hedging", "peer", text), ["very"]);
        assert_eq!(
            matched("hedging", "peer", "It was kind of slow and fairly quick."),
            ["kind of", "fairly"]
        );
    }

    #[test]
    fn filler_offers_the_short_form_with_a_capital_where_the_sentence_starts() {
        let text = "In order to save money we will leverage the cloud going forward, due to the fact that it is cheap.";
        assert_eq!(
            found("filler", "team-lead", text),
            [
                pair("In order to", "To"),
                pair("leverage", "use"),
                pair("going forward", "from now on"),
                pair("due to the fact that", "because")
            ]
        );
    }

    #[test]
    fn filler_knows_buzzwords_and_leaves_financial_leverage_alone() {
        assert_eq!(
            found(
                "filler",
                "peer",
                "Low-hanging fruit and best-of-breed synergy. The bank's financial leverage fell."
            ),
            [
                pair("Low-hanging fruit", "Quick wins"),
                pair("best-of-breed", "best available"),
                pair("synergy", "working together")
            ]
        );
        assert!(matched("filler", "peer", "To save money we use the cloud from now on.").is_empty());
    }

    #[test]
    fn board_raw_metric_is_for_the_board_only() {
        let text = "Uptime was 99.95% and MTTR fell; we closed P1s faster.";
        let suggestions: Vec<Option<String>> =
            found("board-raw-metric", "board", text).into_iter().map(|f| f.1).collect();
        assert_eq!(
            suggestions,
            [None, Some("time to get people working again".into()), Some("work-stopping incidents".into())]
        );
        assert_eq!(matched("board-raw-metric", "board", text), ["Uptime", "MTTR", "P1s"]);
        for audience in ["peer", "team-lead", "manager", "", "someone-else"] {
            assert!(matched("board-raw-metric", audience, text).is_empty(), "{audience}");
        }
    }

    #[test]
    fn board_raw_metric_explains_what_the_board_hears_and_suggests_where_it_can() {
        let text = "Our SLA was met and tickets closed rose.";
        assert_eq!(
            found("board-raw-metric", "board", text),
            [pair("SLA", "service promise"), pair("tickets closed", "problems solved")]
        );
        let first = check(text, &CheckOptions { audience: "board".into(), ..CheckOptions::default() });
        assert!(first.iter().any(|f| f.rule == "board-raw-metric"
            && f.message.starts_with("“SLA” ")
            && f.message.contains("promise")));
    }

    #[test]
    fn availability_counts_as_a_raw_metric_only_next_to_a_percentage() {
        assert_eq!(
            matched("board-raw-metric", "board", "Availability hit 99.9% this year."),
            ["Availability"]
        );
        assert_eq!(matched("board-raw-metric", "board", "It was 99.95 % available."), ["available"]);
        assert_eq!(matched("board-raw-metric", "board", "Availability was 99 per cent."), ["Availability"]);
        assert!(matched(
            "board-raw-metric",
            "board",
            "The availability of skilled staff is a risk. Staff are available 24 hours."
        )
        .is_empty());
    }

    #[test]
    fn board_raw_metric_needs_acronyms_in_capitals() {
        assert!(matched("board-raw-metric", "board", "The sla and the cpu and p1 and a sla.").is_empty());
    }
}
