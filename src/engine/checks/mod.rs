//! Language checks: finds what makes a draft hard for its audience (jargon, IT set apart from the
//! business, hedging, filler, long sentences, passive voice, raw metrics for the board) and says
//! why, with a replacement where there is one. Rules are data (`data/rules/*.json`, the glossary),
//! joined by an organisation's own words when it has a pack; this module runs them over text
//! tokenised once. Pure and total: any string is accepted.

mod finding;
mod glossary;
mod jargon;
mod message;
mod org;
mod passive_voice;
mod phrase_index;
mod phrases;
mod rules;
mod sentence_length;
mod severity;
mod tokens;

use std::collections::BTreeSet;

pub use finding::{CheckOptions, Finding};
pub use glossary::{find_jargon, find_jargon_with, glossary, lookup_term, Glossary, GlossaryEntry};
pub use org::{org_glossary, org_rule_ids, BannedWord, GlossaryTerm, OrgWords, PreferredWord};
/// The phrase matcher, for finding an organisation's goal keywords in a service's text.
pub(crate) use phrase_index::{Case, PhraseIndex};
pub use severity::Severity;

use phrase_index::fold;
use rules::{Check, Rule};
use tokens::{tokenize, Token};

/// What every rule sees of one check: the text, its tokens, the audience, the accepted terms, the
/// organisation's glossary.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    audience: &'a str,
    /// The user's accepted terms, folded (lower case, spacing normalised).
    accepted: BTreeSet<String>,
    /// The organisation's own terms, found beside the built-in glossary's.
    glossary: Glossary,
}

impl Context<'_> {
    /// Whether the user accepts the matched text or the term (or phrase) it matched.
    fn accepts(&self, matched: &str, term: &str) -> bool {
        !self.accepted.is_empty()
            && (self.accepted.contains(&fold(matched)) || self.accepted.contains(&fold(term)))
    }
}

/// Every built-in rule id, in the order the rules are offered. An organisation's pack may add
/// more (`OrgWords::rule_ids`).
pub fn rule_ids() -> Vec<&'static str> {
    rules::all().iter().map(|r| r.id.as_str()).collect()
}

/// What people call a rule, built-in or an organisation's ("Jargon"); the id stays for the JSON
/// and the command line.
pub fn rule_name(id: &str) -> Option<&'static str> {
    let builtin = rules::all().iter().find(|r| r.id == id).map(|r| r.name.as_str());
    builtin.or_else(|| org::org_rule_name(id))
}

/// What a rule, built-in or an organisation's, looks for, in one line (for toggles and help).
pub fn rule_description(id: &str) -> Option<&'static str> {
    let builtin = rules::all().iter().find(|r| r.id == id).map(|r| r.description.as_str());
    builtin.or_else(|| org::org_rule_description(id))
}

/// Every finding in `text` for `options.audience`, sorted by span, then rule id.
pub fn check(text: &str, options: &CheckOptions) -> Vec<Finding> {
    let tokens = tokenize(text);
    let ctx = Context {
        text,
        tokens: &tokens,
        audience: &options.audience,
        accepted: options.accepted_terms.iter().map(|t| fold(t)).filter(|t| !t.is_empty()).collect(),
        glossary: org_glossary(&options.org),
    };
    let org_rules = org::rules(&options.org);
    let mut findings = Vec::new();
    let mut ran: Vec<&Rule> = Vec::new();
    for (position, rule) in rules::all().iter().chain(&org_rules).enumerate() {
        if options.disabled_rules.contains(&rule.id) || !rule.applies_to(ctx.audience) {
            continue;
        }
        let severity = rule.severity_for(ctx.audience);
        let id = rule.id.as_str();
        findings.extend(match &rule.check {
            Check::Glossary { message } => jargon::run(id, message, severity, &ctx),
            Check::Existence { groups } | Check::Substitution { groups } => {
                phrases::run(position, id, groups, severity, &ctx)
            }
            Check::SentenceLength { message, max_words, max_words_by_audience } => {
                sentence_length::run(id, message, *max_words, max_words_by_audience, severity, &ctx)
            }
            Check::PassiveVoice(p) => passive_voice::run(id, p, severity, &ctx),
        });
        ran.push(rule);
    }
    drop_superseded(&mut findings, &ran);
    findings.retain(|f| f.span.start < f.span.end && text.get(f.span.clone()).is_some());
    findings.sort_by(|a, b| (a.span.start, a.span.end, &a.rule).cmp(&(b.span.start, b.span.end, &b.rule)));
    findings
}

/// Drops findings of a superseded rule that overlap a finding of the rule superseding it.
///
/// Choice: for the board, "MTTR" is both jargon and a raw metric. Reporting both would underline
/// the same word twice, and translating a metric the board should not hear at all is beside the
/// point, so `board-raw-metric` supersedes `jargon` (in its data file). With `board-raw-metric`
/// switched off, or for other audiences, the jargon finding stands.
fn drop_superseded(findings: &mut Vec<Finding>, ran: &[&Rule]) {
    for rule in ran.iter().filter(|r| !r.supersedes.is_empty()) {
        // A rule's own findings never overlap, so sorted by start they are sorted by end too.
        let mut covering: Vec<std::ops::Range<usize>> =
            findings.iter().filter(|f| f.rule == rule.id).map(|f| f.span.clone()).collect();
        if covering.is_empty() {
            continue;
        }
        covering.sort_by_key(|s| (s.start, s.end));
        findings.retain(|f| {
            if !rule.supersedes.contains(&f.rule) {
                return true;
            }
            let first_ending_after = covering.partition_point(|s| s.end <= f.span.start);
            covering.get(first_ending_after).is_none_or(|s| s.start >= f.span.end)
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(audience: &str) -> CheckOptions {
        CheckOptions { audience: audience.into(), ..CheckOptions::default() }
    }

    fn rules_at<'t>(text: &'t str, findings: &[Finding]) -> Vec<(&'t str, String)> {
        findings.iter().map(|f| (&text[f.span.clone()], f.rule.clone())).collect()
    }

    fn assert_spans_valid(text: &str, findings: &[Finding]) {
        for f in findings {
            assert!(f.span.start < f.span.end && f.span.end <= text.len(), "{f:?}");
            assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end), "{f:?}");
            assert!(!f.message.is_empty() && !f.message.contains('{'), "{f:?}");
        }
    }

    #[test]
    fn every_rule_is_listed_once_with_a_description() {
        let ids = rule_ids();
        assert_eq!(
            ids,
            [
                "jargon",
                "it-versus-business",
                "hedging",
                "filler",
                "long-sentence",
                "passive-voice",
                "board-raw-metric"
            ]
        );
        assert!(ids.iter().all(|id| rule_description(id).is_some_and(|d| !d.is_empty())));
        assert_eq!(rule_description("nope"), None);
    }

    #[test]
    fn a_realistic_draft_gets_findings_from_several_rules_in_text_order() {
        let text = "IT supports the business. We think the SAN was upgraded in order to cut latency.";
        let found = check(text, &options("peer"));
        assert_eq!(
            rules_at(text, &found),
            [
                ("IT supports the business", "it-versus-business".to_string()),
                ("We think", "hedging".to_string()),
                ("SAN", "jargon".to_string()),
                ("was upgraded", "passive-voice".to_string()),
                ("in order to", "filler".to_string()),
                ("latency", "jargon".to_string()),
            ]
        );
        assert_spans_valid(text, &found);
    }

    #[test]
    fn findings_are_sorted_by_start_then_end_then_rule() {
        let text = "Hopefully our synergy plan, which was drafted by a very large number of various consultants over many long weeks, \
                    helps every team in the company see value.";
        let found = check(text, &options("peer"));
        assert!(found.len() >= 5);
        assert!(found
            .windows(2)
            .all(|w| (w[0].span.start, w[0].span.end, &w[0].rule)
                <= (w[1].span.start, w[1].span.end, &w[1].rule)));
        let first_two: Vec<(&str, &str)> =
            found.iter().take(2).map(|f| (&text[f.span.clone()], f.rule.as_str())).collect();
        let sentence = text.trim_end();
        assert_eq!(
            first_two,
            [("Hopefully", "hedging"), (sentence, "long-sentence")],
            "same start: the shorter span first"
        );
    }

    #[test]
    fn disabled_rules_are_not_run() {
        let text = "We think the SAN was upgraded.";
        let mut opts = options("peer");
        opts.disabled_rules = ["jargon", "passive-voice"].iter().map(|s| s.to_string()).collect();
        assert_eq!(rules_at(text, &check(text, &opts)), [("We think", "hedging".to_string())]);
        opts.disabled_rules = rule_ids().into_iter().map(str::to_string).collect();
        assert!(check(text, &opts).is_empty());
    }

    #[test]
    fn accepted_terms_silence_jargon_and_phrases_but_not_other_words() {
        let text = "Business users rely on the SAN and the firewall.";
        let mut opts = options("peer");
        opts.accepted_terms = ["business USERS", "san"].iter().map(|s| s.to_string()).collect();
        assert_eq!(rules_at(text, &check(text, &opts)), [("firewall", "jargon".to_string())]);
    }

    #[test]
    fn board_raw_metric_replaces_jargon_for_the_board_only() {
        let text = "MTTR fell and latency halved.";
        assert_eq!(
            rules_at(text, &check(text, &options("board"))),
            [("MTTR", "board-raw-metric".to_string()), ("latency", "board-raw-metric".to_string())]
        );
        assert_eq!(
            rules_at(text, &check(text, &options("peer"))),
            [("MTTR", "jargon".to_string()), ("latency", "jargon".to_string())]
        );
        let mut opts = options("board");
        opts.disabled_rules.insert("board-raw-metric".into());
        assert_eq!(
            rules_at(text, &check(text, &opts)),
            [("MTTR", "jargon".to_string()), ("latency", "jargon".to_string())]
        );
    }

    #[test]
    fn unknown_audience_gets_no_audience_specific_rules() {
        let text = "Uptime was 99.9% and the SLA held.";
        let found = check(text, &options("shareholders"));
        assert!(found.iter().all(|f| f.rule != "board-raw-metric"));
        assert!(found.iter().any(|f| f.rule == "jargon" && &text[f.span.clone()] == "SLA"));
    }

    #[test]
    fn plain_text_has_no_findings() {
        let text = "Bill looks after the mail service. If your email stops, call him on 2040 and he will fix it the same day.";
        for audience in ["board", "team-lead", "peer", "manager"] {
            assert_eq!(check(text, &options(audience)), Vec::<Finding>::new(), "{audience}");
        }
    }

    #[test]
    fn hostile_strings_never_panic_and_spans_stay_on_char_boundaries() {
        let repeated =
            "IT and the business 👩‍💻 e\u{301} SAN <script>alert(1)</script> we think it was built. "
                .repeat(1_200);
        let samples = [
            "",
            " ",
            "\u{0}",
            "<script>alert('x')</script>",
            "👩‍💻",
            "\u{202e}IT and the business\u{202c}",
            "e\u{301}",
            "\u{301}SAN\u{301}",
            "שלום IT and the business مرحبا",
            "SAN",
            "in order",
            "is",
            "was\u{0}built",
            "99.999",
            "%%%% per",
            "availability",
            repeated.as_str(),
        ];
        assert!(repeated.len() > 100_000);
        for text in samples {
            for audience in ["board", "team-lead", "peer", "manager", "", "\u{0}"] {
                let found = check(text, &options(audience));
                assert_spans_valid(text, &found);
            }
        }
        let rtl = "\u{202e}IT and the business\u{202c}";
        assert_eq!(
            rules_at(rtl, &check(rtl, &options("peer"))),
            [("IT and the business", "it-versus-business".to_string())]
        );
    }

    #[test]
    fn a_megabyte_is_checked_whole() {
        let paragraph = "We think IT supports the business, and the SAN was upgraded in order to cut latency for many staff. \
                         Uptime was 99.95% and business users got the VPN.\n";
        let small: String = paragraph.repeat(1_000);
        let big: String = paragraph.repeat(1 << 20 >> 7);
        assert!(big.len() >= 1 << 20);
        let found = check(&big, &options("board"));
        let per_paragraph = check(&small, &options("board")).len() / 1_000;
        assert_eq!(found.len(), per_paragraph * (1 << 20 >> 7), "findings scale with the text");
    }

    /// Random text, and random mixes of the words the rules look for, never break the span
    /// contract.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use proptest::prelude::*;

        use super::*;

        /// Words the rules look for, near misses and awkward characters, separated by `|`.
        const PIECES: &str = "IT|it|and|the|business|SAN|San|was|is|quickly|built|in|order|to|very|kind|of|what|99|.|\
                              999|%|per|cent|availability|MTTR|Teams|REST|API|two|-|factor|authentication|,|\n| |  |\
                              é|\u{301}|👩\u{200d}💻|\u{202e}|\u{0}|<b>|’|‑";

        fn assert_contract(text: &str, audience: &str) -> Result<(), TestCaseError> {
            let found = check(text, &options(audience));
            for f in &found {
                prop_assert!(f.span.start < f.span.end && f.span.end <= text.len(), "{:?}", f);
                prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
                prop_assert!(rule_ids().contains(&f.rule.as_str()));
            }
            let keys: Vec<_> = found.iter().map(|f| (f.span.start, f.span.end, f.rule.clone())).collect();
            prop_assert!(keys.windows(2).all(|w| w[0] <= w[1]), "not sorted");
            Ok(())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]

            #[test]
            fn any_text_keeps_the_span_contract(text in "\\PC{0,120}", audience in prop::sample::select(vec!["board", "peer", "x"])) {
                assert_contract(&text, audience)?;
            }

            #[test]
            fn mixes_of_rule_words_keep_the_span_contract(
                pieces in prop::collection::vec(prop::sample::select(PIECES.split('|').collect::<Vec<_>>()), 0..40),
                glue in prop::collection::vec(prop::sample::select(vec!["", " ", "\n", ". "]), 40),
            ) {
                let text: String = pieces.iter().zip(&glue).flat_map(|(p, g)| [*p, *g]).collect();
                assert_contract(&text, "board")?;
                assert_contract(&text, "peer")?;
            }
        }
    }
}
