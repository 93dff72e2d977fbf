//! The service as every audience's message says it, read once: its kind, name, what it does and
//! protects, what was done, the user's own sentences and ask, the goal it serves, and its claims.

use std::collections::BTreeMap;

use super::claims::{self, Claim};
use super::translate::Translator;
use super::{goals, service_kind};
use crate::engine::checks::org_glossary;
use crate::engine::english;
use crate::engine::org_pack::{Goal, OrgPack};
use crate::engine::service::{ServiceInput, Understanding};
use crate::engine::template::tidy;
use crate::engine::text::word_count;

/// The reading grade of the plainest audience: the user's words for what a service does are
/// said when they read at most this hard, or when nothing plainer is known to be true of it.
const PLAIN_GRADE: f64 = 9.0;

/// What every audience's message says of the service: its kind, name and the like, and its claims.
pub(super) struct Service {
    pub(super) kind: Option<&'static service_kind::ServiceKind>,
    pub(super) globals: BTreeMap<&'static str, String>,
    pub(super) claims: Vec<Claim>,
}

impl Service {
    /// The service as read once for every message, and the translator that put it in plain words
    /// (and will put the claims in them as they are said), knowing the pack's terms.
    pub(super) fn read(
        input: &ServiceInput,
        understanding: &Understanding,
        pack: &OrgPack,
    ) -> (Service, std::cell::RefCell<Translator>) {
        let mut translator = Translator::with_glossary(org_glossary(&pack.words));
        let service = Service::new(input, understanding, &pack.goals, &mut translator);
        (service, std::cell::RefCell::new(translator))
    }

    fn new(
        input: &ServiceInput,
        understanding: &Understanding,
        goals: &[Goal],
        translator: &mut Translator,
    ) -> Service {
        let kind = service_kind::detect(input);
        let mut globals: BTreeMap<&'static str, String> = BTreeMap::new();
        let name = service_name(input, kind, translator);
        // The service said again: "it", or "them" for "our tills".
        globals.insert("pronoun", if english::is_plural(&name) { "them" } else { "it" }.to_string());
        globals.insert("service", name);
        // What was done ("introduced a self-service portal"), for the story.
        if let Some(action) = crate::engine::story::action(&input.description) {
            globals.insert("did", translator.plain(&action.said));
        }
        if let Some(people) = claims::people(understanding, translator) {
            globals.insert("people", people);
        }
        // The ask: the user's own field, else the sentence in which they asked for money
        // ("Please approve £45k a year to extend…").
        let ask = if input.ask.trim().is_empty() {
            claims::ask_sentence(input, understanding)
        } else {
            Some(&*input.ask)
        };
        if let Some(ask) = ask {
            globals.insert("ask", sentence(&translator.plain(crate::engine::story::request(ask))));
        }
        // What the user says it gives people, in their words, for a service with no figure to say.
        // Not a clause a figure was read from ("now it takes them half a day"): its claim says it.
        let a_figure = |t: &str| {
            let t = t.trim().trim_end_matches(['.', '!', '?']);
            understanding.facts.iter().any(|f| f.text.contains(t) || t.contains(f.text.as_str()))
        };
        let mut told: Vec<String> = crate::engine::story::told(&input.description)
            .into_iter()
            .filter(|t| !a_figure(t))
            .map(|t| tidy(&sentence(&translator.plain(t))))
            .filter(|t| globals.get("ask").is_none_or(|ask| !english::shares_run(ask, t, 6)))
            .collect();
        // Nothing read from the text at all: its opening sentence, in the user's words, rather
        // than an empty message.
        let opening = crate::engine::story::first_sentence(&input.description).trim();
        if told.is_empty() && understanding.facts.is_empty() && (4..=30).contains(&word_count(opening)) {
            told.push(tidy(&sentence(&translator.plain(opening))));
        }
        // What it does: the user's own field, else what their text says it does ("Our mobilising
        // system sends crews to 999 calls").
        let own = if input.what_it_does.trim().is_empty() {
            crate::engine::story::does(&input.description).map(|d| translator.plain(&d))
        } else {
            Some(translator.plain(&input.what_it_does))
        };
        // What such a service does and protects, and what would be at risk without it, only when
        // the user's own words say nothing of what it does or what was done: a kind read from
        // keywords is said of the kind, and may be false of their case ("ticketing" of a ferry).
        // A kind known only as "some service" says nothing of its own.
        // A kind the service's own name says ("our backup service") is said beside them.
        let own_words = !told.is_empty() || own.is_some() || globals.contains_key("did");
        // A service whose name says another thing ("our student union's IT team" beside a room
        // booking system) is not said to be what the kind is.
        let stock = kind.filter(|k| {
            let named = service_kind::kind_of_name(input, k);
            !k.keywords.is_empty() && named != Some(false) && (!own_words || named == Some(true))
        });
        // Their words read harder than a plain listener can follow ("connects the patient
        // administration system with pathology…") give way to such a service's plain ones.
        let plain_enough = |d: &String| {
            // The Flesch–Kincaid grade of the clause as one sentence (too short to score the
            // usual way).
            let r = crate::engine::readability::measure(d, 140);
            let per_word = r.syllables as f64 / r.words.max(1) as f64;
            0.39 * r.words as f64 + 11.8 * per_word - 15.59 <= PLAIN_GRADE
        };
        let own = match (own, stock) {
            (Some(own), Some(_)) if !plain_enough(&own) => None,
            (own, _) => own,
        };
        if let Some(own) = &own {
            globals.insert("own_does", strip_end(own));
        }
        if let Some(does) = own.or_else(|| stock.map(|k| k.does.to_string())) {
            globals.insert("does", strip_end(&does));
        }
        if let Some(k) = stock {
            globals.insert("protects", k.protects.to_string());
            globals.insert("at_risk", k.at_risk.to_string());
        }
        for (slot, text) in ["told", "told_also"].into_iter().zip(told) {
            globals.insert(slot, text);
        }
        if let Some(goal) = goals::linked(goals, input) {
            globals.insert("goal", goal_phrase(&goal.goal, translator));
        }
        Service { kind, globals, claims: claims::claims(input, understanding) }
    }
}

/// The service's name: the user's own name exactly as they wrote it (never put in other words:
/// it is what their listeners call it), else as found, in plain words.
fn service_name(
    input: &ServiceInput,
    kind: Option<&service_kind::ServiceKind>,
    t: &mut Translator,
) -> String {
    let name = service_kind::service_name(input, kind);
    if input.name.trim().is_empty() {
        t.plain(&name)
    } else {
        name
    }
}

/// An organisation's goal as it follows "our goal to": in plain words, mid-sentence, without a
/// "to" of its own or closing punctuation ("To open two new regions." → "open two new regions").
fn goal_phrase(goal: &str, translator: &mut Translator) -> String {
    let plain = strip_end(&translator.plain(goal));
    let without_to = match plain.get(..3) {
        Some(to) if to.eq_ignore_ascii_case("to ") => &plain[3..],
        _ => &plain,
    };
    without_to.trim().to_string()
}

/// Text without its closing punctuation, to sit inside a template's sentence.
fn strip_end(text: &str) -> String {
    text.trim().trim_end_matches(['.', '!', '?', ';', ',']).to_string()
}

/// The user's words as a sentence: trimmed, with a closing full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_goal_reads_mid_sentence_whatever_its_capitals_and_stops() {
        let mut t = Translator::default();
        assert_eq!(goal_phrase("To open two new regions by 2027.", &mut t), "open two new regions by 2027");
        assert_eq!(goal_phrase("Cut carbon", &mut t), "cut carbon");
        assert_eq!(goal_phrase("to", &mut t), "to");
        assert_eq!(goal_phrase("é", &mut t), "é");
    }
}
