//! What the user says was done, and to what: "we introduced a self-service portal", "moved backups
//! to the cloud", "replaced the paper logs with tablets"; and what that names as the service.

use super::words::{story_words, StoryWords};
use super::{opening, OBJECT_WORDS};
use crate::engine::text::words;

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
                if object.text.is_empty() { past.to_string() } else { format!("{past} {}", object.text) };
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
                verb: past.to_string(),
                sentence: sentence.span.clone(),
                online,
                replacement: with,
                destination,
            });
        }
    }
    None
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

    fn said(text: &str) -> Option<(String, Option<String>)> {
        action(text).map(|a| (a.said.clone(), a.system()))
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
