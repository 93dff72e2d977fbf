//! Splits the checked text once into word tokens (runs of letters and digits) with byte spans, so
//! every phrase rule matches whole words and no rule rescans the text.

use std::ops::Range;

/// A run of letters and digits (with any combining marks on them), and its lower-case form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub lower: String,
}

/// Every token in `text`, in order. Linear in the text; total on any string.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() || (start.is_some() && is_combining(c)) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push(text, s..i, &mut tokens);
        }
    }
    if let Some(s) = start {
        push(text, s..text.len(), &mut tokens);
    }
    tokens
}

fn push(text: &str, span: Range<usize>, tokens: &mut Vec<Token>) {
    if let Some(word) = text.get(span.clone()) {
        tokens.push(Token { span, lower: word.to_lowercase() });
    }
}

/// Combining marks and the zero-width joiner belong to the letter before them.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x200D)
}

/// The token's text as written.
pub fn word<'a>(text: &'a str, token: &Token) -> &'a str {
    text.get(token.span.clone()).unwrap_or("")
}

/// The text between token `i - 1` and token `i` (empty for the first token or a bad index).
pub fn gap_before<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    let (Some(prev), Some(this)) = (i.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(i)) else {
        return "";
    };
    text.get(prev.span.end..this.span.start).unwrap_or("")
}

/// Whether token `i` starts a sentence, heading or list item: it is the first token, or a
/// sentence stop or line break stands between it and the token before.
pub fn starts_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    i == 0 || gap_before(text, tokens, i).contains(['.', '!', '?', '…', '\n'])
}

/// Whether only spaces (no punctuation, no line break) separate token `i - 1` from token `i`: the
/// two words are in the same clause.
pub fn joined_by_space(text: &str, tokens: &[Token], i: usize) -> bool {
    let gap = gap_before(text, tokens, i);
    !gap.is_empty()
        && gap.chars().all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
}

/// An acronym as written: at least one capital and no lower-case letter ("SAN", "P1", "I").
pub fn is_acronym(word: &str) -> bool {
    word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase)
}

/// A capitalised word: a capital, then only lower-case letters ("Teams", "Slack").
pub fn is_title_case(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && {
        let rest: Vec<char> = chars.collect();
        !rest.is_empty() && rest.iter().all(|c| c.is_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| word(text, t)).collect()
    }

    #[test]
    fn tokens_are_runs_of_letters_and_digits() {
        assert_eq!(
            texts("The SAN's 99.95% uptime (e-mail, P1s) — don’t panic!"),
            ["The", "SAN", "s", "99", "95", "uptime", "e", "mail", "P1s", "don", "t", "panic"]
        );
    }

    #[test]
    fn tokens_keep_their_lower_case_form_and_span() {
        let text = "  Active Directory";
        let tokens = tokenize(text);
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].lower, "active");
        assert_eq!(&text[tokens[1].span.clone()], "Directory");
    }

    #[test]
    fn combining_marks_stay_with_their_letter_and_emoji_are_not_words() {
        assert_eq!(texts("cafe\u{301} 👩‍💻 ok"), ["cafe\u{301}", "ok"]);
        assert!(tokenize("").is_empty());
        assert!(tokenize("\u{0}<>!! \u{202e}").is_empty());
    }

    #[test]
    fn sentence_starts_follow_stops_and_line_breaks() {
        let text = "Teams met. Teams met\nTeams, teams";
        let tokens = tokenize(text);
        let starts: Vec<bool> = (0..tokens.len()).map(|i| starts_sentence(text, &tokens, i)).collect();
        assert_eq!(starts, [true, false, true, false, true, false]);
    }

    #[test]
    fn acronyms_and_title_case() {
        assert!(is_acronym("SAN") && is_acronym("P1") && is_acronym("I"));
        assert!(!is_acronym("SANs") && !is_acronym("san") && !is_acronym("99"));
        assert!(is_title_case("Teams") && !is_title_case("teams") && !is_title_case("TEAMS"));
        assert!(!is_title_case("T") && !is_title_case("OneDrive"));
    }

    #[test]
    fn clause_joins_need_only_white_space() {
        let text = "is, built is \t built\nis";
        let tokens = tokenize(text);
        assert!(!joined_by_space(text, &tokens, 1));
        assert!(joined_by_space(text, &tokens, 3));
        assert!(!joined_by_space(text, &tokens, 4), "a line break ends the clause");
        assert!(!joined_by_space(text, &tokens, 0));
    }
}
