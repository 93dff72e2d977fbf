//! A rule's message template ("“{match}” is jargon…") filled through the engine's one template
//! filler, so wording stays in the data files and user text is never read as a placeholder.

use crate::engine::template;

/// `template` with each `{name}` replaced by its value; unknown names are left as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let value = |name: &str| values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v);
    // With unknown slots kept, filling cannot fail.
    template::fill(template, value, true).unwrap_or_else(|_| template.to_string())
}

/// The `{name}` placeholders a template uses, for the data tests.
#[cfg(test)]
pub fn placeholders(template: &str) -> Vec<&str> {
    template::slots(template)
}

/// `suggestion` with a capital first letter when the text it replaces starts a sentence (at
/// `start`), so "In order to" is offered "To", not "to".
pub fn fit_to_sentence(suggestion: &str, text: &str, start: usize) -> String {
    let before = text.get(..start).unwrap_or("");
    let trimmed = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '-' | '*' | '•')
    });
    let at_start = trimmed.is_empty()
        || trimmed.ends_with(['.', '!', '?', '…', ':'])
        || before.get(trimmed.len()..).is_some_and(|gap| gap.contains('\n'));
    let mut chars = suggestion.chars();
    match chars.next() {
        Some(first) if at_start && first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => suggestion.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_named_placeholder() {
        let filled =
            fill("“{match}” means {meaning}; “{match}” again", &[("match", "SAN"), ("meaning", "storage")]);
        assert_eq!(filled, "“SAN” means storage; “SAN” again");
    }

    #[test]
    fn values_are_not_filled_twice_and_unknown_names_stay() {
        let filled = fill("{match} {other} {", &[("match", "{other}"), ("other", "x")]);
        assert_eq!(filled, "{other} x {");
        assert_eq!(fill("{unknown}", &[]), "{unknown}");
    }

    #[test]
    fn suggestions_start_with_a_capital_only_at_the_start_of_a_sentence() {
        let text = "In order to win. Then in order to\n- in order to; “In order to";
        let starts: Vec<String> = [0, 22, 36, 52].iter().map(|&s| fit_to_sentence("to", text, s)).collect();
        assert_eq!(starts, ["To", "to", "To", "to"]);
        assert_eq!(fit_to_sentence("IT and the rest", "x. IT", 3), "IT and the rest");
        assert_eq!(fit_to_sentence("", "", 0), "");
        assert_eq!(
            fit_to_sentence("x", "é", 1).to_lowercase(),
            "x",
            "an offset inside a character must not panic"
        );
    }

    #[test]
    fn lists_placeholders() {
        assert_eq!(placeholders("“{match}” is {words} words, {max"), ["match", "words"]);
    }
}
