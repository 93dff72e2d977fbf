//! The jargon rule: every glossary term in the text (the organisation's own terms too), explained
//! in plain words, with the entry's plain wording offered as the replacement — unless the writer
//! explained it: a term followed by words in brackets is defined there, and fine from then on.

use super::finding::Finding;
use super::glossary::find_jargon_in;
use super::message::{fill, fit_to_sentence};
use super::severity::Severity;
use super::Context;

pub(super) fn run(id: &str, message: &str, severity: Severity, ctx: &Context) -> Vec<Finding> {
    let mut defined: Vec<&str> = Vec::new();
    find_jargon_in(ctx.text, ctx.tokens, &ctx.glossary)
        .into_iter()
        .filter_map(|(span, entry)| {
            let matched = ctx.text.get(span.clone())?;
            let explained_here = ctx.text[span.end..].trim_start().starts_with('(');
            if explained_here {
                defined.push(&entry.term);
            }
            if ctx.accepts(matched, &entry.term) || defined.contains(&entry.term.as_str()) {
                return None;
            }
            let meaning = entry.meaning.trim().trim_end_matches('.');
            Some(Finding {
                rule: id.to_string(),
                severity,
                message: fill(
                    message,
                    &[
                        ("match", matched),
                        ("term", &entry.term),
                        ("meaning", meaning),
                        ("plain", &entry.plain),
                    ],
                ),
                suggestion: Some(fit_to_sentence(&entry.plain, ctx.text, span.start)),
                span,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{check, CheckOptions, Severity};

    fn jargon(text: &str, accepted: &[&str]) -> Vec<(String, Option<String>, String)> {
        let options = CheckOptions {
            audience: "peer".into(),
            accepted_terms: accepted.iter().map(|t| t.to_string()).collect(),
            ..CheckOptions::default()
        };
        check(text, &options)
            .into_iter()
            .filter(|f| f.rule == "jargon")
            .inspect(|f| assert_eq!(f.severity, Severity::Warning))
            .map(|f| (text[f.span.clone()].to_string(), f.suggestion, f.message))
            .collect()
    }

    #[test]
    fn explains_the_term_and_offers_its_plain_wording() {
        let found = jargon("Bill looks after the middleware.", &[]);
        assert_eq!(found.len(), 1);
        let (matched, suggestion, message) = &found[0];
        assert_eq!(matched, "middleware");
        let entry = super::super::lookup_term("middleware");
        assert_eq!(suggestion.as_deref(), entry.map(|e| e.plain.as_str()));
        assert!(message.starts_with("“middleware” is jargon to most listeners: it means "), "{message}");
        assert!(entry.is_some_and(|e| message.contains(e.meaning.trim_end_matches('.'))), "{message}");
        assert!(message.ends_with('.') && !message.ends_with(".."), "{message}");
    }

    #[test]
    fn a_term_explained_in_brackets_is_fine_there_and_after() {
        let found = jargon(
            "Bill looks after the middleware (the software linking our systems). The middleware is new.",
            &[],
        );
        assert!(found.is_empty(), "{found:?}");
        let before =
            jargon("The middleware is new. Bill looks after the middleware (the linking software).", &[]);
        assert_eq!(before.len(), 1, "a use before the explanation is still jargon");
    }

    #[test]
    fn suggestion_starts_with_a_capital_at_the_start_of_a_sentence() {
        let found = jargon("Middleware links our systems.", &[]);
        let suggestion = found.first().and_then(|f| f.1.clone()).unwrap_or_default();
        assert!(suggestion.chars().next().is_some_and(char::is_uppercase), "{suggestion}");
    }

    #[test]
    fn accepted_terms_are_not_reported_whatever_their_case_or_spelling() {
        let text = "The SAN and the VPNs and the firewall.";
        let all: Vec<String> = jargon(text, &[]).into_iter().map(|f| f.0).collect();
        assert_eq!(all, ["SAN", "VPNs", "firewall"]);
        // Accepting the glossary term covers its aliases ("VPN" covers "VPNs"); case does not matter.
        let left: Vec<String> = jargon(text, &["vpn", "  FIREWALL "]).into_iter().map(|f| f.0).collect();
        assert_eq!(left, ["SAN"]);
    }

    #[test]
    fn no_jargon_in_plain_text_or_near_misses() {
        assert!(jargon("We flew to San Diego with Sandy; our teams sang.", &[]).is_empty());
    }
}
