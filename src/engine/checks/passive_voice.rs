//! The passive-voice rule: "was built", "is being quickly rolled out". A tight heuristic, its word
//! lists in the rule's data: a form of "be", at most one "-ly" adverb, then a past participle.

use super::finding::Finding;
use super::message::fill;
use super::rules::PassiveVoice;
use super::severity::Severity;
use super::tokens::{joined_by_space, word, Token};
use super::Context;

pub(super) fn run(id: &str, p: &PassiveVoice, severity: Severity, ctx: &Context) -> Vec<Finding> {
    let (text, tokens) = (ctx.text, ctx.tokens);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(end) = passive_at(p, text, tokens, i) else {
            i += 1;
            continue;
        };
        let span = tokens.get(i).map(|t| t.span.start).zip(tokens.get(end).map(|t| t.span.end));
        if let Some(matched) = span.and_then(|(s, e)| text.get(s..e).map(|m| (s..e, m))) {
            let (span, matched) = matched;
            found.push(Finding {
                rule: id.to_string(),
                severity,
                message: fill(&p.message, &[("match", matched)]),
                span,
                suggestion: None,
            });
        }
        i = end + 1;
    }
    found
}

/// If a passive starts at token `i`, the index of its participle.
fn passive_at(p: &PassiveVoice, text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    if !p.be_forms.contains(&tokens.get(i)?.lower) {
        return None;
    }
    let next = i + 1;
    if !joined_by_space(text, tokens, next) {
        return None;
    }
    if is_participle(p, text, tokens.get(next)?) {
        return Some(next);
    }
    let after = next + 1;
    (is_adverb(p, text, tokens.get(next)?)
        && joined_by_space(text, tokens, after)
        && is_participle(p, text, tokens.get(after)?))
    .then_some(after)
}

/// Written in lower case (so not a name like "Fred" or an acronym) and only letters.
fn plain_lower_word<'a>(text: &'a str, token: &Token) -> Option<&'a str> {
    let written = word(text, token);
    (written == token.lower && written.chars().all(char::is_alphabetic)).then_some(written)
}

fn is_participle(p: &PassiveVoice, text: &str, token: &Token) -> bool {
    let Some(w) = plain_lower_word(text, token) else { return false };
    if p.irregular_participles.iter().any(|x| x == w) {
        return true;
    }
    !p.participle_suffix.is_empty()
        && w.ends_with(p.participle_suffix.as_str())
        && w.chars().count() >= p.min_participle_letters
        && !p.not_participles.iter().any(|x| x == w)
        && !p.not_participle_suffixes.iter().any(|s| w.ends_with(s.as_str()))
}

fn is_adverb(p: &PassiveVoice, text: &str, token: &Token) -> bool {
    plain_lower_word(text, token).is_some_and(|w| {
        !p.adverb_suffix.is_empty()
            && w.ends_with(p.adverb_suffix.as_str())
            && w.chars().count() > p.adverb_suffix.chars().count() + 2
    })
}

#[cfg(test)]
mod tests {
    use super::super::{check, CheckOptions, Severity};

    fn passive(text: &str) -> Vec<&str> {
        check(text, &CheckOptions::default())
            .into_iter()
            .filter(|f| f.rule == "passive-voice")
            .inspect(|f| assert_eq!(f.severity, Severity::Suggestion))
            .map(|f| &text[f.span])
            .collect()
    }

    #[test]
    fn finds_be_plus_participle_with_an_optional_adverb() {
        assert_eq!(
            passive("The portal was built in May. Laptops are quickly replaced. It has been done. Data is being moved."),
            ["was built", "are quickly replaced", "been done", "being moved"]
        );
    }

    #[test]
    fn message_names_the_passive_and_says_why() {
        let findings = check("The fix was deployed.", &CheckOptions::default());
        let f = findings.iter().find(|f| f.rule == "passive-voice");
        assert!(f.is_some_and(|f| f.message.starts_with("“was deployed” is passive") && f.message.contains("who")));
    }

    #[test]
    fn leaves_active_verbs_adjectives_and_names_alone() {
        let text = "We built the portal. The need is real. There is need for speed. It is indeed fast. The light is red. \
                    This is Fred. We are interested. It is hundred percent. Who is IT? It is, based on data, fine. \
                    The team is really good. Prices are set to rise. It is only money. The office is located here. \
                    What is needed";
        assert_eq!(passive(text), ["is needed"]);
    }

    #[test]
    fn the_participle_must_follow_in_the_same_clause() {
        assert!(passive("The question is: fixed or not? It was\nused. It was. Used again").is_empty());
        assert_eq!(passive("It was   used"), ["was   used"]);
    }

    #[test]
    fn irregular_and_eed_participles_come_from_the_data() {
        assert_eq!(
            passive("Terms were agreed. Speed is guaranteed. Staff were freed."),
            ["were agreed", "is guaranteed", "were freed"]
        );
    }
}
