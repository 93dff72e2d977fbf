//! The system the user names ("our tills", "the packing line control systems"), the one they
//! brought in, and what they say it does ("sends crews to 999 calls").

use super::words::story_words;
use super::{opening, OBJECT_WORDS};
use crate::engine::text::words;

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
        let end = w.clause_ends.iter().filter_map(|e| rest.find(e)).chain(aside).min().unwrap_or(rest.len());
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_name_without_praise() {
        assert_eq!(without_fillers("the proper club website"), "the club website");
        assert_eq!(without_fillers("the simple online database"), "the online database");
        assert_eq!(without_fillers("our simple app"), "our app");
        assert_eq!(without_fillers("Simple"), "Simple", "never left without its noun");
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
}
