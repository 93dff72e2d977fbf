//! Jargon in the user's words is explained beside the term, never swapped inside their sentence:
//! the first time a deliverable (headline, pitch, points, talk track…) uses a glossary term, its
//! plain words follow it in brackets — "the SAN (shared disk storage) was replaced" — and later
//! uses stand as they are, the term now explained.

use super::message::Translation;
use crate::engine::checks::{find_jargon_with, Glossary};

/// Explains terms across one deliverable's texts, in reading order.
#[derive(Clone)]
pub struct Gloss<'g> {
    glossary: &'g Glossary,
    /// The terms this deliverable has explained (the glossary's term, lower-cased).
    explained: Vec<String>,
}

impl<'g> Gloss<'g> {
    pub fn new(glossary: &'g Glossary) -> Gloss<'g> {
        Gloss { glossary, explained: Vec::new() }
    }

    /// `text` with each term this deliverable has not yet explained followed by its plain words;
    /// every term explained is recorded in `found` once.
    pub fn explain(&mut self, text: &str, found: &mut Vec<Translation>) -> String {
        let mut out = String::with_capacity(text.len() + 32);
        let mut at = 0;
        for (span, entry) in find_jargon_with(text, self.glossary) {
            let key = entry.term.to_lowercase();
            let explained_here = text[span.end..].trim_start().starts_with('(');
            if self.explained.contains(&key) || explained_here {
                self.explained.push(key);
                continue;
            }
            let term = &text[span.clone()];
            // Inside a name ("Teams Rooms", "Microsoft 365"), the explanation follows the name.
            let end = name_end(text, span.end);
            out.push_str(&text[at..end]);
            out.push_str(" (");
            out.push_str(&number_agreed(&entry.plain, term, &entry.term));
            out.push(')');
            at = end;
            if !found.iter().any(|t| t.term.eq_ignore_ascii_case(term)) {
                found.push(Translation {
                    term: term.to_string(),
                    plain: entry.plain.clone(),
                    meaning: entry.meaning.clone(),
                });
            }
            self.explained.push(key);
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Where the name a term starts runs to: on through following words that start with a capital
/// or a digit ("Teams Rooms", "Office 365"), none otherwise.
fn name_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut rest = &text[from..];
    while let Some(next) = rest.strip_prefix(' ') {
        let word: &str = next.split([' ', ',', '.', ':', ';', '(', ')', '?', '!']).next().unwrap_or_default();
        if word.is_empty() || !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            break;
        }
        end += 1 + word.len();
        rest = &text[end..];
    }
    end
}

/// The plain words in the number of the matched term: "P1s" → "top-priority faults".
pub(super) fn number_agreed(plain: &str, matched: &str, term: &str) -> String {
    const UNCOUNTABLE: &[&str] = &[
        "access",
        "software",
        "data",
        "information",
        "hardware",
        "storage",
        "equipment",
        "support",
        "help",
        "advice",
        "time",
        "security",
        "protection",
    ];
    let plural_match = matched != term && matched.ends_with('s') && !term.ends_with('s');
    let last = plain.rsplit(' ').next().unwrap_or_default();
    if !plural_match
        || crate::engine::english::is_plural(last)
        || last.is_empty()
        || !last.chars().all(char::is_alphabetic)
        || UNCOUNTABLE.contains(&last)
    {
        return plain.to_string();
    }
    let stem = &plain[..plain.len() - last.len()];
    format!("{stem}{}", crate::engine::english::plural(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary::default()
    }

    #[test]
    fn the_first_use_is_explained_beside_the_term_and_later_ones_stand() {
        let g = glossary();
        let mut gloss = Gloss::new(&g);
        let mut found = Vec::new();
        let first = gloss.explain("The SAN was replaced, and the SAN is faster.", &mut found);
        assert!(first.starts_with("The SAN ("), "{first}");
        assert_eq!(first.matches('(').count(), 1, "{first}");
        assert!(first.ends_with("and the SAN is faster."), "{first}");
        let again = gloss.explain("The SAN holds every file.", &mut found);
        assert_eq!(again, "The SAN holds every file.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].term, "SAN");
        // A new deliverable explains it again.
        let mut next = Gloss::new(&g);
        assert!(next.explain("The SAN holds every file.", &mut found).contains("SAN ("));
    }

    #[test]
    fn inside_a_name_the_explanation_follows_the_name() {
        let g = glossary();
        let said = Gloss::new(&g).explain("We rolled out Teams Rooms in 30 rooms.", &mut Vec::new());
        assert!(said.starts_with("We rolled out Teams Rooms ("), "{said}");
        assert_eq!(name_end("SAN was", 3), 3);
        // A name ends at the end of its sentence: "That" starts the next.
        let asked = Gloss::new(&g).explain("You know the VPN? That is my team.", &mut Vec::new());
        assert!(asked.starts_with("You know the VPN ("), "{asked}");
    }

    #[test]
    fn a_term_the_writer_already_explained_is_left_alone() {
        let g = glossary();
        let text = "We replaced the SAN (the shared disks) last year.";
        assert_eq!(Gloss::new(&g).explain(text, &mut Vec::new()), text);
    }

    #[test]
    fn a_plural_term_gets_plural_plain_words() {
        assert_eq!(number_agreed("top-priority fault", "P1s", "P1"), "top-priority faults");
        assert_eq!(number_agreed("secure remote access", "VPNs", "VPN"), "secure remote access");
        assert_eq!(number_agreed("top-priority fault", "P1", "P1"), "top-priority fault");
        assert_eq!(
            number_agreed("security weakness", "vulnerabilities", "vulnerability"),
            "security weaknesses"
        );
        assert_eq!(number_agreed("company policy", "policies", "policy"), "company policies");
        assert_eq!(
            number_agreed("offline tape copies", "tape backups", "tape backup"),
            "offline tape copies"
        );
    }
}
