//! The story behind a service's figures: what was done, to what — "we introduced a self-service
//! portal", "moving backups to the cloud", "we merged the two offices' phone systems" — read from
//! the user's own words (the verbs are data, `data/story.json`), so that a message can say what
//! was done and name the service by what it was done to.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::engine::text::{sentences, words};

const STORY_JSON: &str = data_file!("story.json");

/// How many sentences are read for the story: it is told at the start.
const SENTENCES_READ: usize = 12;
/// How much of the text those sentences are looked for in, so a huge paste costs no more than a
/// long description.
const OPENING_BYTES: usize = 8_000;

/// The sentence the story opens with.
pub fn first_sentence(text: &str) -> &str {
    opening(text).first().and_then(|s| text.get(s.span.clone())).unwrap_or_default()
}

/// The first `SENTENCES_READ` sentences of `text`, found in its opening bytes only.
fn opening(text: &str) -> Vec<crate::engine::text::Sentence> {
    let mut end = text.len().min(OPENING_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    sentences(&text[..end]).into_iter().take(SENTENCES_READ).collect()
}
/// How many words an action's object runs to at most.
const OBJECT_WORDS: usize = 6;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoryWords {
    /// An action as written ("introduced", "rolled out", "moving") → in the past tense.
    actions: BTreeMap<String, String>,
    /// Words before an action that say someone did it ("we", "have", "recently").
    doers: Vec<String>,
    /// Words that end what an action was done to ("to", "for", "across", "and", "so").
    ends: Vec<String>,
    /// Actions whose destination belongs with them ("moved … to the cloud").
    with_destination: Vec<String>,
    /// Last words of what names a system, so the object may name the service ("portal").
    system_words: Vec<String>,
    /// Words between a system's name and its verb ("now", "also").
    adverbs: Vec<String>,
    /// Words ending in "s" after a name that are not what it does ("is", "has", "was").
    not_verbs: Vec<String>,
    /// What ends a clause of what a service does (", so", ";").
    clause_ends: Vec<String>,
    /// Words that name a system only with others before them: "the team" names nothing.
    generic_heads: Vec<String>,
    /// Actions (past tense) whose object is a service that now runs ("introduced", "set up").
    brings_in: Vec<String>,
    /// Actions (past tense) after which their object is no longer the service that runs:
    /// "replaced the old intranet", "merged the two phone systems".
    ends_what_it_names: Vec<String>,
    /// Words that refer back to an earlier sentence ("that", "it").
    pronouns: Vec<String>,
    /// Words that make a sentence chat, not something to say to an audience ("honestly").
    casual: Vec<String>,
    /// Words of a note to the tool about the audience ("the board keeps asking…", "want to
    /// present this"): never said to that audience.
    meta: Vec<String>,
    /// Phrases that point back to what was said before ("for that to happen"): a sentence with
    /// one cannot be said on its own.
    leaning_phrases: Vec<String>,
    /// Words before "team" that make it a service ("the IT team", "the clinical systems team"),
    /// not a group of staff ("our care team").
    team_kinds: Vec<String>,
    /// Words that mark what a system was ("old", "legacy"): it is not the service now.
    former: Vec<String>,
    /// Words that hedge a figure ("around", "just"): an object starting with one is a figure.
    hedges: Vec<String>,
    /// Numbers in words ("two", "dozen"): a sentence with one says a figure.
    number_words: Vec<String>,
    /// How a request opens before what is asked for ("we are asking the board for"), lower case.
    ask_openers: Vec<String>,
    /// Actions that end what they are done to ("ended our contract with…", "retired the old
    /// intranet"), unlike "replaced the network", which renews it.
    ending: Vec<String>,
    /// Actions after which "with" names what now runs ("replaced the paper logs with tablets"),
    /// unlike "ended our contract with an answering service".
    replaced_with: Vec<String>,
    /// Words that praise a system rather than name it ("a proper club website", "a simple app").
    name_fillers: Vec<String>,
    /// Words that start a clause with a subject of its own ("we", "staff", "donors'").
    subjects: Vec<String>,
    /// Words that, second or third in a clause, show it has a subject and verb ("can", "now").
    subject_verbs: Vec<String>,
}

fn story_words() -> &'static StoryWords {
    static WORDS: OnceLock<StoryWords> = OnceLock::new();
    // Compiled in; the parse is proven by `the_story_words_parse`.
    WORDS.get_or_init(|| serde_json::from_str(STORY_JSON).unwrap_or_default())
}

/// Something the user says was done.
#[derive(Debug, Clone, PartialEq)]
pub struct Action {
    /// In the past tense, with what it was done to: "introduced a self-service portal", "moved
    /// backups to the cloud".
    pub said: String,
    /// What it was done to, as written: "a self-service portal", "backups".
    pub object: String,
    /// The action, in the past tense ("introduced", "merged").
    pub verb: String,
    /// Whether what was done put it online ("moved permit applications online").
    pub online: bool,
    /// What replaced the object ("replaced the paper logs with tablets" → "tablets").
    pub replacement: Option<String>,
    /// Where what was done went, when nothing was named before it ("moved to a managed backup
    /// service"): what now runs.
    pub destination: Option<String>,
    /// Where the sentence that tells it lies in the text.
    pub sentence: std::ops::Range<usize>,
}

impl Action {
    /// What was done, as a doing that can be the subject of a sentence: "automated
    /// proof-of-delivery matching" → "automating proof-of-delivery matching".
    pub fn doing(&self) -> Option<String> {
        let w = story_words();
        let ing =
            w.actions.iter().find(|(k, past)| **past == self.verb && k.ends_with("ing")).map(|(k, _)| k)?;
        let rest = self.said.strip_prefix(self.verb.as_str())?;
        (!self.object.is_empty()).then(|| format!("{ing}{rest}"))
    }

    /// Whether what was done ended what it was done to ("ended our contract with an answering
    /// service", "retired the old intranet"): that is no longer the service.
    pub fn ended(&self) -> bool {
        story_words().ending.contains(&self.verb)
    }

    /// What it was done to, as a service's name, when it names a system: "a self-service
    /// portal" → "the self-service portal"; `None` for "encryption" or "old files".
    pub fn system(&self) -> Option<String> {
        let w = story_words();
        // What was merged, replaced or retired is not the service that runs now.
        // "replaced the old Wi-Fi", "the school's patchy wifi" (with nothing named): a new one
        // runs now.
        let words: Vec<&str> = self.object.split(' ').collect();
        // (Paper diaries replaced are not replaced by new paper diaries.)
        let old = words.iter().position(|word| {
            let lower = word.to_lowercase();
            w.former.contains(&lower) && !matches!(lower.as_str(), "paper" | "green-screen")
        });
        if let Some(old) =
            old.filter(|&k| self.verb == "replaced" && self.replacement.is_none() && k + 1 < words.len())
        {
            return Some(format!("our new {}", words[old + 1..].join(" ")));
        }
        // "moved our care team onto secure messaging": the people moved; what they moved to runs.
        let last = words.last().map(|l| l.to_lowercase()).unwrap_or_default();
        let people = (last == "team"
            && !words.iter().rev().nth(1).is_some_and(|b| w.team_kinds.contains(&b.to_lowercase())))
            || crate::engine::facts::counts_persons(&self.object);
        if people {
            return self.destination.as_ref().map(|to| {
                let bare = to
                    .split(' ')
                    .skip_while(|d| matches!(d.to_lowercase().as_str(), "a" | "an" | "the" | "our"));
                format!("our {}", bare.collect::<Vec<_>>().join(" "))
            });
        }
        if w.ends_what_it_names.contains(&self.verb) || self.ended() {
            return None;
        }
        // Up to the last word that names a system: "a device management service covering all".
        let words: Vec<&str> = self.object.split(' ').collect();
        let last = words.iter().rposition(|word| w.system_words.contains(&word.to_lowercase()))?;
        let object = words[..=last].join(" ");
        Some(match object.split_once(' ') {
            // "a new portal", "one procurement system": the thing itself.
            Some((first, rest))
                if matches!(first.to_lowercase().as_str(), "a" | "an" | "new" | "one" | "single") =>
            {
                let rest = rest.strip_prefix("new ").unwrap_or(rest);
                format!("the {rest}")
            }
            Some((first, _)) if matches!(first.to_lowercase().as_str(), "the" | "our" | "their") => {
                object.clone()
            }
            _ => format!("the {object}"),
        })
    }

    /// What was brought in, as a service's name, when no word of it names a system: "we set up
    /// single sign-on" → "our single sign-on", "we introduced text message appointment reminders"
    /// → "our text message appointment reminders"; `None` after an action that leaves nothing
    /// running ("replaced the tapes"), or for an object that is only a determiner or has a figure.
    pub fn brought_in(&self) -> Option<String> {
        let w = story_words();
        let (object, online) = match (&self.replacement, &self.destination) {
            (Some(new), _) => (new.as_str(), false),
            // Only a destination that names a system ("a managed backup service"), not "the cloud".
            // ("moved it to a managed cloud service": "it" is the service, the cloud its home.)
            (None, Some(to))
                if self.object.is_empty()
                    && !self.said.split(' ').nth(1).is_some_and(|w| matches!(w, "it" | "them" | "this"))
                    && to.split(' ').skip(1).any(|word| w.system_words.contains(&word.to_lowercase())) =>
            {
                (to.as_str(), false)
            }
            _ if w.brings_in.contains(&self.verb) || self.online => (self.object.as_str(), self.online),
            _ => return None,
        };
        let bare = object.split(' ').skip_while(|word| {
            matches!(word.to_lowercase().as_str(), "a" | "an" | "the" | "our" | "new" | "one")
        });
        let mut bare: Vec<&str> = bare.collect();
        // "an EDR service monitored around the clock": up to its last word that names a system.
        if let Some(last) = bare.iter().rposition(|word| w.system_words.contains(&word.to_lowercase())) {
            bare.truncate(last + 1);
        }
        let figure = bare.iter().any(|word| word.chars().any(|c| c.is_ascii_digit()));
        let online = if online { "online " } else { "" };
        ((1..=OBJECT_WORDS).contains(&bare.len()) && !figure)
            .then(|| format!("our {online}{}", bare.join(" ")))
    }
}

/// A system's name without words that only praise it: "the proper club website" → "the club
/// website", "the simple app" → "the app"; a name is never left without its noun.
pub fn without_fillers(name: &str) -> String {
    let fillers = &story_words().name_fillers;
    let words: Vec<&str> = name.split(' ').collect();
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| *i == 0 || *i + 1 == words.len() || !fillers.contains(&w.to_lowercase()))
        .map(|(_, w)| *w)
        .collect();
    kept.join(" ")
}

/// What a request asks for, without how it opens: "we are asking the board for £18,000 to
/// rebuild it" → "£18,000 to rebuild it", so "What I need from the board: …" says it once.
pub fn request(ask: &str) -> &str {
    let trimmed = ask.trim();
    let lower = trimmed.to_lowercase();
    let opener = story_words()
        .ask_openers
        .iter()
        .filter(|o| {
            lower.starts_with(o.as_str()) && lower.len() > o.len() && lower.as_bytes()[o.len()] == b' '
        })
        .map(String::len)
        .max();
    match opener {
        Some(n) if trimmed.is_char_boundary(n) => trimmed[n..].trim_start(),
        _ => trimmed,
    }
}

/// The system the text speaks of, as the user names it: a determiner, a few words and a word that
/// names a system — "Our tills in 220 stores…" → "our tills", "The packing line control systems
/// at…" → "the packing line control systems", "a managed SOC" → "the managed SOC".
pub fn named(text: &str) -> Option<String> {
    names(text).into_iter().next()
}

/// What a sentence that opens with its subject and an action says did it: "Automated text
/// reminders replaced reception ringing round…" → "our automated text reminders".
pub fn acting_subject(text: &str) -> Option<String> {
    let w = story_words();
    let sentence = opening(text).into_iter().next()?;
    let part = &text[sentence.span.clone()];
    let found = words(part);
    let verb = 1 + found.iter().skip(1).take(5).position(|t| {
        let word = t.text.to_lowercase();
        w.actions.get(&word).is_some_and(|past| *past == word) && !w.ending.contains(&word)
    })?;
    let subject = &found[..verb];
    let plain = |t: &&crate::engine::text::Word| {
        let lower = t.text.to_lowercase();
        !w.doers.contains(&lower)
            && !w.pronouns.contains(&lower)
            && !matches!(lower.as_str(), "the" | "our" | "a" | "an")
    };
    ((1..=4).contains(&subject.len())
        && subject.iter().all(|t| plain(&t))
        && subject.last().is_some_and(|t| t.text.ends_with('s')))
    .then(|| format!("our {}", subject.iter().map(|t| t.text.to_lowercase()).collect::<Vec<_>>().join(" ")))
}

/// Every system the opening sentences name, in order.
pub fn names(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in opening(text) {
        let part = &text[sentence.span.clone()];
        let found = words(part);
        let mut from = 0;
        while let Some(name) = found.get(from..).and_then(|rest| name_in(part, rest)) {
            out.push(name.said);
            from += name.last + 1;
        }
    }
    out
}

/// Of the systems the text names, the one it says is new or was brought in: "with the new
/// e-signature platform", "the parsing tool we switched on".
pub fn new_name(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    names(text).into_iter().find(|name| {
        let bare = name.split_once(' ').map_or(name.as_str(), |(_, rest)| rest).to_lowercase();
        name.to_lowercase().contains(" new ")
            || ["we ", "we've ", "we have "].iter().any(|we| lower.contains(&format!("{bare} {we}")))
            // "now the self check-in kiosks do it": what does the work now.
            || lower.contains(&format!("now {}", name.to_lowercase()))
    })
}

/// A system named in one sentence, and where its words are.
struct Name {
    said: String,
    /// The indexes of its first word (the determiner) and its last word.
    first: usize,
    last: usize,
}

fn name_in(part: &str, found: &[crate::engine::text::Word<'_>]) -> Option<Name> {
    let w = story_words();
    let parted = |a: usize, b: usize| {
        part[found[a].span.end..found[b].span.start].contains([',', ';', ':', '(', '—', '–'])
    };
    for (i, word) in found.iter().enumerate() {
        if !w.system_words.contains(&word.text.to_lowercase()) {
            continue;
        }
        // "our care team" is staff; "the clinical systems team" a service.
        let before = i.checked_sub(1).map(|k| found[k].text.to_lowercase()).unwrap_or_default();
        if word.text.eq_ignore_ascii_case("team") && !w.team_kinds.contains(&before) {
            continue;
        }
        // Back to the nearest determiner, through words that may be part of a name (not a verb:
        // "Our animal shelter moved its adoption records" names no system).
        let mut j = i;
        while j > 0 && i - j < OBJECT_WORDS {
            let lower = found[j - 1].text.to_lowercase();
            if parted(j - 1, j) || w.actions.contains_key(&lower) {
                break;
            }
            if matches!(lower.as_str(), "the" | "our" | "a" | "an" | "one") {
                // "the team" alone names nothing; "our tills", "our ERP" do.
                if j == i && w.generic_heads.contains(&word.text.to_lowercase()) {
                    break;
                }
                // Later words that name the system belong to it: "line control systems".
                let mut end = i;
                let limit = found.len().min(j + OBJECT_WORDS);
                for (k, later) in found.iter().enumerate().take(limit).skip(i + 1) {
                    let next = later.text.to_lowercase();
                    // A word ending in "s" that names no system is most likely a verb ("keeps
                    // records"), or the start of something else.
                    let stray_s = next.ends_with('s') && !w.system_words.contains(&next);
                    let determiner = matches!(next.as_str(), "the" | "a" | "an" | "our");
                    if parted(k - 1, k) || w.ends.contains(&next) || stray_s || determiner {
                        break;
                    }
                    if w.system_words.contains(&next) {
                        end = k;
                    }
                }
                let rest = &part[found[j].span.start..found[end].span.end];
                // "the old Wi-Fi", "the school's patchy wifi" were replaced: not the service now.
                if found[j..=i].iter().any(|t| w.former.contains(&t.text.to_lowercase())) {
                    break;
                }
                let determiner =
                    if matches!(lower.as_str(), "a" | "an" | "one") { "the" } else { lower.as_str() };
                return Some(Name { said: format!("{determiner} {rest}"), first: j - 1, last: end });
            }
            // A figure or "of" is not inside a name ("the team resolved 95% of help desk tickets").
            // …but a product's number is ("our Microsoft 365 licences").
            let product_number = j >= 2 && found[j - 2].text.starts_with(|c: char| c.is_uppercase());
            let figure = lower.chars().any(|c| c.is_ascii_digit()) && !product_number;
            // "issue and return machines", "rostering and payroll system": "and" inside a name.
            if (w.ends.contains(&lower) && lower != "and") || lower == "of" || figure {
                break;
            }
            j -= 1;
        }
    }
    None
}

/// How many words a line of what the service does, in the user's words, may run to.
const DOES_WORDS: usize = 18;

/// What the user says the service does, in their words, to follow its name: from a sentence
/// whose subject names it, the present-tense verb and what follows ("Our mobilising system sends
/// crews to 999 calls" → "sends crews to 999 calls"), or the place it is (", where farmers check
/// their payments," → "is where farmers check their payments"); not when the clause gives a
/// figure (that is a claim's to say).
pub fn does(text: &str) -> Option<String> {
    let w = story_words();
    opening(text).into_iter().find_map(|sentence| {
        let part = &text[sentence.span.clone()];
        let found = words(part);
        let name = name_in(part, &found).filter(|n| n.first == 0)?;
        let mut at = name.last + 1;
        while found.get(at).is_some_and(|t| w.adverbs.contains(&t.text.to_lowercase())) {
            at += 1;
        }
        let next = found.get(at)?;
        let lower = next.text.to_lowercase();
        let gap = &part[found[at - 1].span.end..next.span.start];
        let (lead, from) = if gap.contains(',') && lower == "where" {
            ("is ", next.span.start)
        } else if gap.trim().is_empty()
            && lower.len() > 2
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !w.not_verbs.contains(&lower)
            && next.text.chars().all(|c| c.is_lowercase())
        {
            ("", next.span.start)
        } else {
            return None;
        };
        let rest = &part[from..];
        // ", where …," is an aside: it ends at its comma.
        let aside = (!lead.is_empty()).then(|| rest.find(',')).flatten();
        let end = w
            .clause_ends
            .iter()
            .filter_map(|e| rest.find(e.as_str()))
            .chain(aside)
            .min()
            .unwrap_or(rest.len());
        let clause = rest[..end].trim().trim_end_matches(['.', '!', '?', ',']);
        // "takes payments by card and Direct Debit, and matches them to about 9,000 tenancies":
        // what it does up to the part with a figure, which its claim says.
        let clause = match clause.find(|c: char| c.is_ascii_digit()) {
            Some(digit) => clause[..digit].rfind(", and ").map_or(clause, |cut| &clause[..cut]),
            None => clause,
        };
        let n = words(clause).len();
        let figure = clause.chars().any(|c| c.is_ascii_digit());
        ((3..=DOES_WORDS).contains(&n) && !figure).then(|| format!("{lead}{clause}"))
    })
}

/// The first thing the user says was done in `text`, if any.
pub fn action(text: &str) -> Option<Action> {
    let w = story_words();
    for sentence in opening(text) {
        let part = &text[sentence.span.clone()];
        let found = words(part);
        for i in 0..found.len() {
            let one = found[i].text.to_lowercase();
            let two = found.get(i + 1).map(|next| format!("{one} {}", next.text.to_lowercase()));
            let (past, length) = match two.as_ref().and_then(|t| w.actions.get(t)) {
                Some(past) => (past, 2),
                None => match w.actions.get(&one) {
                    Some(past) => (past, 1),
                    None => continue,
                },
            };
            // Someone did it ("we introduced", "the team has replaced"), or the sentence starts
            // with it ("Moving backups to the cloud cut…").
            let done = i == 0
                || found[..i]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|p| w.doers.iter().any(|d| d.eq_ignore_ascii_case(p.text)));
            // "we need £25,000 to add a queueing system": a plan, not something done.
            let planned = i > 0 && found[i - 1].text.eq_ignore_ascii_case("to");
            // "Automated text reminders replaced reception…": a word that opens the sentence and
            // describes its subject, when another action follows.
            let describes = i == 0
                && found[i + length..].iter().enumerate().any(|(k, t)| {
                    let word = t.text.to_lowercase();
                    k > 0 && w.actions.get(&word).is_some_and(|p| *p == word)
                });
            if !done || planned || describes {
                continue;
            }
            let start = i + length;
            // "moved to the cloud": an action that needs no object when it has a destination.
            let goes = w.with_destination.contains(past);
            let object =
                phrase(part, &found, start, w).unwrap_or(Phrase { text: String::new(), next: start });
            // "moved just under 300 offices", "brought in around 40 bookings": a figure, not
            // what was done to.
            // …and "put in it's under a minute", "moved our 9 branches": no object at all.
            let first_word = object.text.split(' ').next().unwrap_or_default().to_lowercase();
            let hedged = w.hedges.contains(&first_word)
                || matches!(first_word.as_str(), "it's" | "its" | "it" | "that" | "this" | "them" | "there")
                || matches!(
                    object.text.to_lowercase().as_str(),
                    "our" | "the" | "a" | "an" | "their" | "its"
                );
            if hedged {
                break;
            }
            if object.text.is_empty() && !goes {
                continue;
            }
            // "Setting up each claim took 20 minutes": a task done again and again, not something
            // done once.
            let recurring = object
                .text
                .split(' ')
                .next()
                .is_some_and(|d| matches!(d.to_lowercase().as_str(), "each" | "every" | "a" | "an"));
            if i == 0 && recurring {
                continue;
            }
            let next_word = |at: usize| found.get(at).map(|t| t.text.to_lowercase()).unwrap_or_default();
            // "moved parking permit applications online": what now runs is the online service.
            let mut object = object;
            let online = match object.text.strip_suffix(" online") {
                Some(thing) => {
                    object.text = thing.to_string();
                    true
                }
                None => next_word(object.next) == "online",
            };
            let mut destination = None;
            let mut said =
                if object.text.is_empty() { past.clone() } else { format!("{past} {}", object.text) };
            if online {
                said = format!("{said} online");
            } else if goes {
                // "moved our care team at the hospice onto secure messaging": past a place.
                let after = (object.next..object.next + 6)
                    .take_while(|&k| k < found.len())
                    .find(|&k| matches!(found[k].text.to_lowercase().as_str(), "to" | "into" | "onto"))
                    .filter(|&k| {
                        k == object.next
                            || !part[found[object.next].span.start..found[k].span.start].contains(',')
                    })
                    .unwrap_or(object.next);
                let to = found
                    .get(after)
                    .filter(|t| matches!(t.text.to_lowercase().as_str(), "to" | "into" | "onto"));
                match (to, phrase(part, &found, after + 1, w)) {
                    (Some(to), Some(rest)) => {
                        said = format!("{said} {} {}", to.text.to_lowercase(), rest.text);
                        destination = Some(rest.text);
                    }
                    _ if object.text.is_empty() => continue,
                    _ => {}
                }
            }
            // "replaced the paper brew logs with tablets": the tablets are what now runs.
            // "replaced the old stock system at our branches with a tablet app": past a place.
            let with_at = (object.next..object.next + 6)
                .take_while(|&k| k < found.len())
                .find(|&k| next_word(k) == "with")
                .filter(|&k| {
                    k == object.next
                        || !part[found[object.next].span.start..found[k].span.start].contains(',')
                });
            let with = with_at.and_then(|k| phrase(part, &found, k + 1, w)).map(|p| p.text);
            // "ended our contract with an answering service": who with is part of what was done.
            let (said, with) = match with {
                Some(other) if !w.replaced_with.contains(past) && w.ends_what_it_names.contains(past) => {
                    (format!("{said} with {other}"), None)
                }
                with if w.replaced_with.contains(past) => (said, with),
                _ => (said, None),
            };
            return Some(Action {
                said,
                object: object.text,
                verb: past.clone(),
                sentence: sentence.span.clone(),
                online,
                replacement: with,
                destination,
            });
        }
    }
    None
}

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
        let meta = w.meta.iter().any(|m| lower.contains(m.as_str()));
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

/// A noun phrase starting at word `start`: up to a word that ends it, punctuation between words,
/// a figure, or `OBJECT_WORDS` words.
struct Phrase {
    text: String,
    /// The index of the word after it.
    next: usize,
}

fn phrase(
    part: &str,
    found: &[crate::engine::text::Word<'_>],
    start: usize,
    w: &StoryWords,
) -> Option<Phrase> {
    let stops = |i: usize| {
        let word = &found[i];
        let figure = word.text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '£' | '$' | '€'));
        let parted = i > start
            && part[found[i - 1].span.end..word.span.start].contains([',', ';', ':', '(', '—', '–']);
        figure || parted || w.ends.contains(&word.text.to_lowercase())
    };
    // "rostering and payroll system": an "and" inside a system's name, not between two actions.
    let names_on = |i: usize| {
        let limit = found.len().min(start + OBJECT_WORDS);
        (i + 1..limit)
            .take_while(|j| {
                !stops(*j) && !matches!(found[*j].text.to_lowercase().as_str(), "a" | "an" | "the" | "our")
            })
            .any(|j| w.system_words.contains(&found[j].text.to_lowercase()))
    };
    let mut end = start;
    while end < found.len() && end - start < OBJECT_WORDS {
        let and_in_name = end > start && found[end].text.eq_ignore_ascii_case("and") && names_on(end);
        if stops(end) && !and_in_name {
            break;
        }
        end += 1;
    }
    (end > start).then(|| Phrase {
        text: part[found[start].span.start..found[end - 1].span.end].to_string(),
        next: end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_words_parse() {
        let parsed: Result<StoryWords, _> = serde_json::from_str(STORY_JSON);
        assert!(parsed.is_ok_and(|w| !w.actions.is_empty() && !w.system_words.is_empty()));
    }

    fn said(text: &str) -> Option<(String, Option<String>)> {
        action(text).map(|a| (a.said.clone(), a.system()))
    }

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
    fn the_system_as_the_user_names_it() {
        let cases = [
            ("Our tills in 220 stores take £1.2 million a day.", Some("our tills")),
            (
                "The packing line control systems at our Leeds plant went down.",
                Some("the packing line control systems"),
            ),
            ("Our new VDI platform serves 300 staff.", Some("our new VDI platform")),
            ("Last year a managed SOC watched our networks.", Some("the managed SOC")),
            ("Staff like it, and it works, so the bill is lower.", None),
            ("", None),
            // A verb between ends the name: no "Our animal shelter moved its adoption records".
            (
                "Our animal shelter moved its adoption records into a proper database.",
                Some("the proper database"),
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(named(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn a_request_is_what_it_asks_for() {
        assert_eq!(request("we are asking the board for £18,000 to rebuild it"), "£18,000 to rebuild it");
        assert_eq!(request("Please approve £45k a year to extend it."), "£45k a year to extend it.");
        assert_eq!(request("£30k for a second site"), "£30k for a second site");
        assert_eq!(request("we needed nothing"), "we needed nothing", "a whole word opens a request");
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
    fn a_name_without_praise() {
        assert_eq!(without_fillers("the proper club website"), "the club website");
        assert_eq!(without_fillers("the simple online database"), "the online database");
        assert_eq!(without_fillers("our simple app"), "our app");
        assert_eq!(without_fillers("Simple"), "Simple", "never left without its noun");
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

    #[test]
    fn what_was_brought_in_names_the_service() {
        let brought = |text: &str| action(text).and_then(|a| a.brought_in());
        assert_eq!(
            brought("We set up single sign-on for the 40 tools we use.").as_deref(),
            Some("our single sign-on")
        );
        assert_eq!(
            brought("We moved parking permit applications online.").as_deref(),
            Some("our online parking permit applications")
        );
        assert_eq!(
            brought("We replaced the paper brew logs with tablets in the brewhouse.").as_deref(),
            Some("our tablets")
        );
        assert_eq!(brought("We replaced the tapes.").as_deref(), None);
        // A pronoun or a bare determiner is no object: nothing was named as brought in.
        assert_eq!(action("With the handheld lookup we put in it's under a minute."), None);
        assert_eq!(action("we moved our 9 branches onto one shared diary.").map(|a| a.said), None);
    }

    #[test]
    fn what_it_does_in_the_users_words() {
        let cases = [
            (
                "Our mobilising system sends crews to emergency calls, so it can't go down.",
                Some("sends crews to emergency calls"),
            ),
            (
                "Our members' portal, where farmers check their payments, costs little.",
                Some("is where farmers check their payments"),
            ),
            (
                "Our claims system now sets up new claims straight from the online form.",
                Some("sets up new claims straight from the online form"),
            ),
            ("Our box office system takes around £18,000 a day.", None),
            (
                "Our rent system takes payments by card and Direct Debit, and matches them to about 9,000 tenancies.",
                Some("takes payments by card and Direct Debit"),
            ),
            ("The mail service is fine.", None),
            ("We moved the servers.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(does(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn what_was_done_and_to_what() {
        let cases = [
            (
                "We introduced a self-service portal, and calls to the desk fell from 3,000 to 2,000 a month.",
                Some(("introduced a self-service portal", Some("the self-service portal"))),
            ),
            (
                "We merged the two offices' phone systems, cutting call costs by £30,000 a year.",
                Some(("merged the two offices' phone systems", None)),
            ),
            (
                "We rolled out encryption on all 900 laptops, so a lost laptop is no longer a data breach.",
                Some(("rolled out encryption", None)),
            ),
            (
                "Moving backups to the cloud cut our tape bill by 45%.",
                Some(("moved backups to the cloud", None)),
            ),
            ("We saved $250k annually by moving to the cloud.", Some(("moved to the cloud", None))),
            // Replaced with nothing named: a new one runs now.
            (
                "Last year the team has replaced the old intranet.",
                Some(("replaced the old intranet", Some("our new intranet"))),
            ),
            ("We replaced the tapes.", Some(("replaced the tapes", None))),
            ("We run the mail service for 1,200 staff.", None),
            (
                "We rolled out one procurement system across all our country offices.",
                Some(("rolled out one procurement system", Some("the procurement system"))),
            ),
            ("Staff replaced printers themselves.", None),
            ("Setting up each claim took a handler 20 minutes.", None),
            ("We moved parking permit applications online.", Some(("moved parking permit applications online", None))),
            (
                "We introduced an electronic rostering and payroll system in 8 of our care homes.",
                Some((
                    "introduced an electronic rostering and payroll system",
                    Some("the electronic rostering and payroll system"),
                )),
            ),
            ("We moved the file shares and cut costs.", Some(("moved the file shares", None))),
            ("", None),
        ];
        for (text, expected) in cases {
            let expected =
                expected.map(|(s, n): (&str, Option<&str>)| (s.to_string(), n.map(str::to_string)));
            assert_eq!(said(text), expected, "{text}");
        }
    }
}
