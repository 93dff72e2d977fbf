//! The user's own sentences on what a service gives people, said for a service with no figure:
//! short, plain, standing on their own, split at a clause with a subject of its own.

use super::words::{story_words, StoryWords};
use super::{opening, request};
use crate::engine::text::words;

/// How many words a sentence of the user's may have to be said as it is.
const TOLD_WORDS: usize = 24;

/// The sentences of `text`, or clauses of them, that say most plainly what the service gives
/// people: short ones after any that only says what was done ("We rolled out a procurement
/// system…" then "Field teams can now raise orders from their phones", "donors' auditors can
/// follow every purchase"), up to `TOLD_MOST`, in the user's words.
pub fn told(text: &str) -> Vec<&str> {
    let w = story_words();
    let all = opening(text);
    let clauses = |s: &crate::engine::text::Sentence| clauses(&text[s.span.clone()], w);
    // Short enough to say as it is, and about what it gives people, not how the machine ran.
    // A sentence with a figure is said through that figure's claim, not again as it is.
    let sayable = |c: &&str| {
        let n = words(c).len();
        // "That has been fixed." needs the sentence before it.
        let first = words(c).first().map(|w| w.text.to_lowercase()).unwrap_or_default();
        // "That has been fixed, and…" leans on what came before at any length; so does "If one is
        // lost…".
        let pointing = matches!(first.as_str(), "that" | "this" | "these" | "those");
        let second = words(c).get(1).map(|w| w.text.to_lowercase()).unwrap_or_default();
        let opener =
            matches!(first.as_str(), "if" | "when" | "once" | "since" | "so" | "and" | "before" | "after");
        let one = |w: &str| matches!(w, "one" | "ones" | "both" | "either" | "neither");
        let leans_back = ((n <= LEANS_BACK || pointing) && w.pronouns.contains(&first))
            || one(&first)
            || (opener
                && (one(&second) || matches!(second.as_str(), "that" | "this" | "these" | "those" | "then")));
        let lower = c.to_lowercase();
        let casual = w.casual.iter().any(|word| {
            lower.starts_with(&format!("{word} "))
                || lower.contains(&format!(" {word} "))
                || lower.contains(&format!(" {word},"))
        });
        // A figure in words that stands for things said before ("there have been two, both…")
        // needs them; "two old servers" says what it counts.
        let all = words(c);
        let spelled = all.iter().enumerate().any(|(k, t)| {
            let next = all.get(k + 1).filter(|n| c[t.span.end..n.span.start].trim().is_empty());
            w.number_words.contains(&t.text.to_lowercase())
                && next.is_none_or(|n| matches!(n.text.to_lowercase().as_str(), "of" | "both" | "and"))
        });
        let meta = w.meta.iter().any(|m| lower.contains(m));
        let leans_back = leans_back || w.leaning_phrases.iter().any(|p| lower.contains(&format!("{p} ")));
        (4..=TOLD_WORDS).contains(&n)
            && !c.chars().any(|ch| ch.is_ascii_digit())
            && !leans_back
            && !spelled
            && !meta
            && !casual
    };
    let after_action = all.iter().skip(1).flat_map(clauses);
    let first = all.iter().take(1).flat_map(clauses);
    let mut said: Vec<&str> = after_action.chain(first).filter(sayable).collect();
    // What it gives now before how things were ("Saturdays were the worst for missed calls").
    let past = |c: &&str| {
        words(c)
            .iter()
            .any(|t| matches!(t.text.to_lowercase().as_str(), "was" | "were" | "used" | "before" | "had"))
    };
    said.sort_by_key(|c| past(c));
    said.truncate(TOLD_MOST);
    said
}

/// How short a sentence that starts with "that" or "it" must be to need the one before it.
const LEANS_BACK: usize = 8;

/// How many of the user's own sentences a message may say for a service with no figure.
const TOLD_MOST: usize = 2;

/// A sentence's clauses that stand as sentences of their own: split at ", and" or ";" where a
/// new subject follows ("…from their phones, and donors' auditors can follow…").
fn clauses<'t>(sentence: &'t str, w: &StoryWords) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut rest = sentence.trim();
    // What a sentence with a figure says it leads to ("…, so we know…") goes with that figure,
    // unless it is a request ("…, so we are asking the board for £18,000"): the reason stands.
    let figure = sentence.chars().any(|c| c.is_ascii_digit());
    let splits = |rest: &str, sep: &str, i: usize| {
        let tail = &rest[i + sep.len()..];
        !figure || sep != ", so " || request(tail) != tail.trim()
    };
    let marks = [", and ", "; ", ", so ", ", but "];
    while let Some((at, len)) = marks
        .iter()
        .filter_map(|sep| rest.find(sep).filter(|&i| splits(rest, sep, i)).map(|i| (i, sep.len())))
        .min()
    {
        let (head, tail) = (&rest[..at], &rest[at + len..]);
        let next: Vec<String> = words(tail).iter().take(3).map(|t| t.text.to_lowercase()).collect();
        let new_subject = next
            .iter()
            .enumerate()
            .any(|(i, t)| (i == 0 && w.subjects.contains(t)) || (i > 0 && w.subject_verbs.contains(t)));
        // A sentence too long to say as it is splits at ", and" even with no new subject
        // ("…before they come down to the basement, and hiring costumes out… is easier").
        let long =
            words(sentence).len() > TOLD_WORDS && rest[at..].starts_with(", and ") && words(head).len() >= 8;
        if !(new_subject || long) || words(head).len() < 4 || words(tail).len() < 4 {
            break;
        }
        out.push(head.trim());
        rest = tail.trim();
    }
    out.push(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::story::action;

    #[test]
    fn what_it_gives_people_in_the_users_words() {
        let text =
            "We rolled out one procurement system. Field teams can now raise orders from their phones.";
        assert_eq!(
            told(text),
            ["Field teams can now raise orders from their phones.", "We rolled out one procurement system."]
        );
        assert_eq!(told("Backups run nightly for every office."), ["Backups run nightly for every office."]);
        assert!(told("Helpdesk").is_empty());
        assert_eq!(
            told("A fault double-booked visits. That has been fixed."),
            ["A fault double-booked visits."]
        );
        assert!(
            told("The mail service had 3 hours of downtime in May.").is_empty(),
            "a figure is a claim's to say"
        );
    }

    #[test]
    fn a_clause_with_its_own_subject_is_told_on_its_own() {
        let text = "We replaced the tills. Staff can now take card payments anywhere in the shop, and \
                    customers no longer queue at a single counter.";
        assert_eq!(
            told(text),
            [
                "Staff can now take card payments anywhere in the shop",
                "customers no longer queue at a single counter."
            ]
        );
        // ", and" before a verb with no subject of its own stays in its sentence.
        let joined = "We moved the file shares to the cloud, and retired two old servers in the basement.";
        assert_eq!(told(joined), [joined]);
    }

    #[test]
    fn a_note_to_the_tool_is_never_told() {
        let text = "We moved our care team onto secure messaging. Nurses say handovers feel calmer. \
                    I want to present this to the directors without the technical detail.";
        let said = told(text);
        assert!(said.iter().any(|t| t.starts_with("Nurses say")), "{said:?}");
        assert!(said.iter().all(|t| !t.contains("directors")), "{said:?}");
        // The people moved are not the service; what they moved onto is.
        assert_eq!(action(text).and_then(|a| a.system()).as_deref(), Some("our secure messaging"));
    }

    #[test]
    fn the_reason_for_a_request_is_told_without_it() {
        let text =
            "Our portal shows each member their dividend. It runs on a volunteer-built system that is now \
                    five years old, so we are asking the board for £18,000 to rebuild it.";
        let said = told(text);
        assert!(said.contains(&"It runs on a volunteer-built system that is now five years old"), "{said:?}");
        assert!(said.iter().all(|t| !t.contains("18,000")), "{said:?}");
        let leaning = told("We launched online booking. It went badly at first. That has been fixed, and most visits are booked online now.");
        assert!(leaning.iter().all(|t| !t.starts_with("That")), "{leaning:?}");
    }
}
