//! What kind of service the user describes (mail, network, service desk…), read from its words
//! against `data/service_kinds.json`, which also says in plain words what such a service does and
//! protects, and which analogies fit it.

use std::collections::BTreeMap;

use crate::engine::service::ServiceInput;
use crate::engine::tables::Words;
use crate::engine::text::words;

/// Keywords that point to a kind only weakly ("calls", "customers", "appointments"): many
/// services speak of them. They weigh less, and alone never decide the kind. Compiled in from
/// `data/kind_weak_words.json` by `build.rs`.
static WEAK_WORDS: Words = include!(concat!(env!("OUT_DIR"), "/data/kind_weak_words.rs"));

fn weak_words() -> &'static Words {
    &WEAK_WORDS
}

/// How much a keyword that names a kind outweighs one that only hints at it.
const STRONG_WEIGHT: usize = 3;

/// How many words of the input are read to tell the kind: enough for any description, and a
/// bound on the work for a huge paste.
const WORDS_READ: usize = 5_000;

#[derive(Debug)]
pub struct ServiceKind {
    /// Its id ("mail"): names the kind in the data file and in tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub kind: &'static str,
    /// Lower-case words and phrases that point to this kind.
    pub keywords: Words,
    /// What to call it when the user gave no name ("the mail service").
    pub name: &'static str,
    /// What it does, to follow the name ("keeps everyone's email flowing").
    pub does: &'static str,
    /// What it keeps going, to follow "keeps" ("staff talking to each other…").
    pub protects: &'static str,
    /// What would happen if it failed, as a clause ("staff could not reach each other…").
    pub at_risk: &'static str,
    /// Ids in `data/analogies.json`, in the order they are tried.
    pub analogies: &'static [&'static str],
}

/// Compiled in from `data/service_kinds.json` by `build.rs`, in the file's order.
static KINDS: &[ServiceKind] = include!(concat!(env!("OUT_DIR"), "/data/service_kinds.rs"));

pub fn kinds() -> &'static [ServiceKind] {
    KINDS
}

/// The kind whose keywords the input uses most (the earlier kind on a tie), else the general
/// kind (the one with no keywords), so every message can say what a service does.
pub fn detect(input: &ServiceInput) -> Option<&'static ServiceKind> {
    detect_specific(input).or_else(|| kinds().iter().find(|k| k.keywords.is_empty()))
}

fn detect_specific(input: &ServiceInput) -> Option<&'static ServiceKind> {
    // The service's own name says most ("our service desk"); the rest of the text decides
    // only when the name does not.
    let name = if input.name.trim().is_empty() {
        system_named(input).unwrap_or_default()
    } else {
        input.name.clone()
    };
    // Then what the user says they did something to ("rolled out encryption"), then all of it:
    // each tier outweighs all below it, and the ones below break its ties ("the ticketing
    // system" of a theatre that sells tickets is its box office, not a help desk's queue).
    let object = crate::engine::story::action(&input.description).map(|a| a.object).unwrap_or_default();
    let all = [&input.name, &input.what_it_does, &input.description, &input.outcomes];
    let tiers = [counts_in(&[&name]), counts_in(&[&object]), counts_in(&all)];
    let weak = weak_words();
    // A keyword of two words ("teams rooms") says more than one of its words ("teams").
    let weight = |w: &str| if weak.contains(w) { 1 } else { STRONG_WEIGHT + usize::from(w.contains(' ')) };
    let hits = |k: &ServiceKind, counts: &BTreeMap<String, usize>| -> usize {
        k.keywords.iter().map(|w| counts.get(w).copied().unwrap_or(0) * weight(w)).sum()
    };
    let score = |k: &ServiceKind| {
        tiers.iter().fold(0usize, |total, counts| total * TIER + hits(k, counts).min(TIER - 1))
    };
    // A kind is said only when a word that names it names the service or what was done to it,
    // or the text uses two such words (or is hardly more than a name, "Helpdesk"): a word many
    // services speak of ("calls", "appointments"), or one word in passing ("the print edition"
    // of a newsroom's publishing system), would put false lines in the message.
    // With no name of its own, one such word in the opening sentence is what the story is about
    // ("Nightly backups protect…", "Payroll for 5,000 employees…").
    let opening = crate::engine::story::first_sentence(&input.description).to_string();
    let first = counts_in(&[&opening]);
    let unnamed = name.trim().is_empty();
    let named = |k: &ServiceKind| {
        let strong: Vec<&str> = k.keywords.iter().filter(|w| !weak.contains(w)).collect();
        let in_text = strong.iter().filter(|w| tiers[2].contains_key(**w)).count();
        strong.iter().any(|w| tiers[0].contains_key(*w) || tiers[1].contains_key(*w))
            || in_text >= 2
            || (unnamed && strong.iter().any(|w| first.contains_key(*w)))
    };
    let mut best: Option<(&ServiceKind, usize)> = None;
    for kind in kinds().iter().filter(|k| named(k)) {
        let s = score(kind);
        if s > 0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((kind, s));
        }
    }
    best.map(|(k, _)| k)
}

/// Whether the service's own name says `kind` ("our backup service", "the Wi-Fi"), by a word that
/// names the kind, not one many services share ("portal", "ticketing"); `None` when the service
/// has no name of its own. Only a name that says it lets what such a service protects be said
/// beside the user's own words.
pub fn kind_of_name(input: &ServiceInput, kind: &ServiceKind) -> Option<bool> {
    let name = if input.name.trim().is_empty() { system_named(input)? } else { input.name.clone() };
    let counts = counts_in(&[&name]);
    let weak = weak_words();
    Some(kind.keywords.iter().any(|w| !weak.contains(w) && counts.contains_key(w)))
}

/// How many keyword hits one tier of the kind's evidence counts up to.
const TIER: usize = 1000;

/// How often each word and pair of words occurs in `texts` (lower-cased).
fn counts_in(texts: &[&String]) -> BTreeMap<String, usize> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for text in texts {
        let text = prefix(text);
        let lower: Vec<String> =
            words(text).into_iter().take(WORDS_READ).map(|w| w.text.to_lowercase()).collect();
        for (i, word) in lower.iter().enumerate() {
            *counts.entry(word.clone()).or_default() += 1;
            if let Some(next) = lower.get(i + 1) {
                *counts.entry(format!("{word} {next}")).or_default() += 1;
            }
        }
    }
    counts
}

/// What to call the service: the user's name for it, else "the X service" (or desk, system…)
/// as the description says it, else the kind's usual name.
pub fn service_name(input: &ServiceInput, kind: Option<&ServiceKind>) -> String {
    let name = input.name.trim();
    if !name.is_empty() {
        return name.chars().take(80).collect();
    }
    // With no system named or known, what was done ("automating proof-of-delivery matching").
    let doing = || crate::engine::story::action(&input.description).and_then(|a| a.doing());
    system_named(input)
        .or_else(|| kind.filter(|k| !k.keywords.is_empty()).map(|k| k.name.to_string()))
        .or_else(doing)
        .unwrap_or_else(|| "this service".to_string())
}

/// The system the text names: what the user says they did something to ("we introduced a
/// self-service portal" → "the self-service portal"), else the service it speaks of ("our service
/// desk").
fn system_named(input: &ServiceInput) -> Option<String> {
    let action = crate::engine::story::action(&input.description);
    let system = action.as_ref().and_then(|a| a.system());
    let brought_in = || action.as_ref().and_then(|a| a.brought_in());
    // Not what the user ended ("We ended our contract with an external answering service").
    let ended = |name: &String| {
        action.as_ref().is_some_and(|a| {
            let sentence = input.description.get(a.sentence.clone()).unwrap_or_default().to_lowercase();
            a.ended() && sentence.contains(&name.to_lowercase().replace("our ", "").replace("the ", ""))
        })
    };
    system
        .or_else(brought_in)
        .or_else(|| crate::engine::story::new_name(&input.description))
        .or_else(|| crate::engine::story::names(&input.description).into_iter().find(|n| !ended(n)))
        .or_else(|| crate::engine::story::acting_subject(&input.description))
        .map(|name| crate::engine::story::without_fillers(&name))
}

/// The start of `text` that is read to tell the kind and the name: room for `WORDS_READ` words of
/// ordinary prose, cut on a character boundary, so a huge paste costs no more than a long one.
fn prefix(text: &str) -> &str {
    let mut end = text.len().min(WORDS_READ * 8);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn described(text: &str) -> ServiceInput {
        ServiceInput::from_description(text)
    }

    #[test]
    fn service_kinds_are_compiled_in_and_complete() {
        assert!(
            weak_words().iter().all(|w| kinds().iter().any(|k| k.keywords.contains(w))),
            "every weak word is a kind's keyword"
        );
        let general: Vec<&str> = kinds().iter().filter(|k| k.keywords.is_empty()).map(|k| k.kind).collect();
        assert_eq!(general, ["general"], "exactly one general kind, the fallback");
        let analogy_ids: Vec<&str> = super::super::analogy::analogies().iter().map(|a| a.id).collect();
        for k in kinds() {
            assert!(!k.does.is_empty() && !k.protects.is_empty(), "{}", k.kind);
            assert!(!k.at_risk.is_empty(), "{}", k.kind);
            assert!(k.keywords.iter().all(|w| w.to_lowercase() == *w), "{}: keywords are lower case", k.kind);
            assert!(k.analogies.iter().all(|a| analogy_ids.contains(a)), "{}: unknown analogy", k.kind);
            assert!(!k.does.chars().any(|c| c.is_ascii_digit()), "{}: no figures in wording", k.kind);
        }
    }

    #[test]
    fn the_kind_follows_the_words_used() {
        let kind = |text: &str| detect(&described(text)).map(|k| k.kind);
        assert_eq!(kind("Licence spend went from $1.1M to $780k."), Some("licensing"));
        assert_eq!(kind("We run the mail service and blocked phishing emails."), Some("mail"));
        assert_eq!(kind("The service desk closed 900 tickets."), Some("helpdesk"));
        assert_eq!(kind("Month-end close went from 6 days to 3 after the ERP move."), Some("finance-system"));
        assert_eq!(kind("Helpdesk"), Some("helpdesk"));
        assert_eq!(kind("It is good."), Some("general"));
        assert_eq!(
            kind("Phishing attacks grew. The service desk wait rose."),
            Some("helpdesk"),
            "the name decides"
        );
    }

    #[test]
    fn the_name_is_the_users_own_when_given() {
        let mut input = described("We run the mail service for 1,200 staff.");
        assert_eq!(service_name(&input, detect(&input)), "the mail service");
        let desk = described("Our service desk supports 3,500 employees.");
        assert_eq!(service_name(&desk, detect(&desk)), "our service desk");
        let team = described("The clinical systems team keeps records available.");
        assert_eq!(service_name(&team, detect(&team)), "the clinical systems team");
        let bare = described("The team resolved 95% of help desk tickets.");
        assert_eq!(service_name(&bare, detect(&bare)), "the IT help team", "“the team” names nothing");
        input.name = "  Mail  ".into();
        assert_eq!(service_name(&input, detect(&input)), "Mail");
        let thin = described("Helpdesk");
        assert_eq!(service_name(&thin, detect(&thin)), "the IT help team");
        let nothing = described("");
        assert_eq!(service_name(&nothing, detect(&nothing)), "this service");
        assert_eq!(service_name(&nothing, None), "this service");
    }
}
