//! Splits text into words and sentences with their byte spans, so every check can point at the
//! exact place in the user's text. Linear in the input and total: any string is accepted.

use std::ops::Range;

/// A word as written in the text: letters, digits and the punctuation inside them ("1,200",
/// "don't", "e-mail", "99.95%").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    pub text: &'a str,
    pub span: Range<usize>,
}

/// A sentence: its span runs from its first word to its closing punctuation (or line end).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub words: usize,
}

/// Abbreviations whose full stop does not end a sentence (compared lower-case, without the stop).
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "approx", "mr", "mrs", "ms", "dr", "no", "inc", "ltd", "co", "st", "fig",
    "cf", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '%' || c == '£' || c == '$' || c == '€'
}

/// Characters that may join two word characters into one word ("1,200", "don't", "e-mail").
fn is_joiner(c: char) -> bool {
    matches!(c, ',' | '.' | '\'' | '’' | '-' | '/' | ':' | '&')
}

/// Every word in `text`, in order.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    for_each_word(text, |word| found.push(word));
    found
}

/// How many words `text` has, without collecting them.
pub fn word_count(text: &str) -> usize {
    let mut n = 0;
    for_each_word(text, |_| n += 1);
    n
}

fn for_each_word<'a>(text: &'a str, mut found: impl FnMut(Word<'a>)) {
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, next)) = chars.peek() {
            if is_word_char(next) || is_combining(next) {
                end = i + next.len_utf8();
                chars.next();
            } else if is_joiner(next) && text[i + next.len_utf8()..].chars().next().is_some_and(is_word_char)
            {
                chars.next();
            } else {
                break;
            }
        }
        found(Word { text: &text[start..end], span: start..end });
    }
}

/// Combining marks and joiners that belong to the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

/// Every sentence in `text`. A sentence ends at `.`, `!` or `?` followed by a space or the end,
/// or at a line break (headings and bullet points count as sentences of their own).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut found = Vec::new();
    let mut current: Option<(usize, usize, usize)> = None; // (start, end, words)
    for word in words(text) {
        let (start, _, count) = current.unwrap_or((word.span.start, word.span.end, 0));
        let gap_before = current.map_or("", |(_, end, _)| &text[end..word.span.start]);
        if current.is_some() && gap_before.contains('\n') {
            if let Some((s, e, n)) = current.take() {
                found.push(Sentence { span: s..e, words: n });
            }
            current = Some((word.span.start, word.span.end, 1));
        } else {
            current = Some((start, word.span.end, count + 1));
        }
        let ends = closing_punctuation(text, word.span.end);
        if let Some(close) = ends {
            if !is_abbreviation(word.text, text, word.span.end) {
                if let Some((s, _, n)) = current.take() {
                    found.push(Sentence { span: s..close, words: n });
                }
            }
        }
    }
    if let Some((s, e, n)) = current {
        found.push(Sentence { span: s..e, words: n });
    }
    found
}

/// If sentence-ending punctuation follows `at` (then a space, a closing quote or the end), the
/// byte offset just past it.
fn closing_punctuation(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let mut end = at;
    let mut saw_stop = false;
    for c in rest.chars() {
        match c {
            '.' | '!' | '?' | '…' => saw_stop = true,
            '"' | '\'' | '’' | '”' | ')' if saw_stop => {}
            _ => break,
        }
        end += c.len_utf8();
    }
    let after = text[end..].chars().next();
    (saw_stop && after.is_none_or(char::is_whitespace)).then_some(end)
}

fn is_abbreviation(word: &str, text: &str, end: usize) -> bool {
    if !text[end..].starts_with('.') {
        return false;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_texts(text: &str) -> Vec<&str> {
        words(text).into_iter().map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_numbers_money_and_contractions_whole() {
        assert_eq!(
            word_texts("We saved £40k, 1,200 staff don't wait; 99.95% uptime (e-mail)."),
            ["We", "saved", "£40k", "1,200", "staff", "don't", "wait", "99.95%", "uptime", "e-mail"]
        );
    }

    #[test]
    fn sentences_end_at_stops_and_line_breaks_but_not_decimals_or_abbreviations() {
        let text =
            "Uptime was 99.95% this year. Costs fell, e.g. licences! Why?\n- Faster close\n- Fewer calls";
        let spans: Vec<&str> = sentences(text).iter().map(|s| &text[s.span.clone()]).collect();
        assert_eq!(
            spans,
            [
                "Uptime was 99.95% this year.",
                "Costs fell, e.g. licences!",
                "Why?",
                "Faster close",
                "Fewer calls"
            ]
        );
    }

    #[test]
    fn sentence_word_counts() {
        let counts: Vec<usize> = sentences("One two three. Four five.").iter().map(|s| s.words).collect();
        assert_eq!(counts, [3, 2]);
    }

    #[test]
    fn word_count_agrees_with_words() {
        for text in ["", "One two, three.", "£40k a year — 1,200 staff", "e\u{301} 👩‍💻 x"] {
            assert_eq!(word_count(text), words(text).len(), "{text}");
        }
    }

    #[test]
    fn empty_and_symbol_only_text_has_no_words() {
        assert!(words("").is_empty());
        assert!(sentences("  ... --- !!! \n\n").is_empty());
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        assert_eq!(word_texts("cafe\u{301} open"), ["cafe\u{301}", "open"]);
    }
}
