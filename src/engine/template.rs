//! Phrase templates: wording lives in data files as text with `{name}` slots, filled here in one
//! pass so a value is never read as a slot. `{a:name}` puts "a" or "an" before the value, by
//! sound. `tidy` gives the result clean spacing and sentence capitals.

use super::english::a_or_an;

/// A slot with no value: the template cannot be used as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingSlot(pub String);

/// `template` with each slot replaced by `value(name)`. With `keep_unknown`, a slot with no value
/// stays as written; otherwise the first one is an error, so the caller can try another wording.
pub fn fill<'v>(
    template: &str,
    value: impl Fn(&str) -> Option<&'v str>,
    keep_unknown: bool,
) -> Result<String, MissingSlot> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push('{');
            rest = after;
            continue;
        };
        let slot = &after[..close];
        let (article, name) = match slot.strip_prefix("a:") {
            Some(name) => (true, name),
            None => (false, slot),
        };
        match value(name) {
            Some(v) => {
                if article {
                    out.push_str(a_or_an(v));
                    out.push(' ');
                }
                out.push_str(v);
            }
            None if keep_unknown => {
                out.push('{');
                out.push_str(slot);
                out.push('}');
            }
            None => return Err(MissingSlot(name.to_string())),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The slot names a template uses (without any `a:`), for the data tests.
pub fn slots(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        let slot = &after[..close];
        names.push(slot.strip_prefix("a:").unwrap_or(slot));
        rest = &after[close + 1..];
    }
    names
}

/// Clean spacing and capitals: one space between words, none before punctuation, a capital at
/// the start of every sentence.
pub fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut capital_next = true;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space && !matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')') {
            out.push(' ');
        }
        pending_space = false;
        if capital_next && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            capital_next = false;
        } else {
            out.push(c);
            if c.is_alphanumeric() {
                capital_next = false;
            }
        }
        if matches!(c, '.' | '!' | '?') {
            capital_next = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(name: &str) -> Option<&'static str> {
        match name {
            "service" => Some("the mail service"),
            "pct" => Some("18%"),
            "evil" => Some("{service}"),
            _ => None,
        }
    }

    #[test]
    fn slots_are_filled_once_and_values_are_never_reread() {
        assert_eq!(
            fill("{service} grew by {pct}.", values, false),
            Ok("the mail service grew by 18%.".into())
        );
        assert_eq!(fill("A value: {evil}", values, false), Ok("A value: {service}".into()));
    }

    #[test]
    fn articles_follow_the_sound_of_the_value() {
        assert_eq!(fill("{a:pct} rise", values, false), Ok("an 18% rise".into()));
        assert_eq!(fill("{a:service}", values, false), Ok("a the mail service".into()));
    }

    #[test]
    fn a_missing_slot_fails_or_stays() {
        assert_eq!(fill("{nothing} here", values, false), Err(MissingSlot("nothing".into())));
        assert_eq!(fill("{nothing} here", values, true), Ok("{nothing} here".into()));
        assert_eq!(fill("unclosed {brace", values, false), Ok("unclosed {brace".into()));
    }

    #[test]
    fn slots_are_listed() {
        assert_eq!(slots("{a:pct} of {service} and {pct}"), ["pct", "service", "pct"]);
    }

    #[test]
    fn tidy_spaces_and_capitals() {
        assert_eq!(
            tidy("  the mail service  kept staff working .  it saved £40,000 , too"),
            "The mail service kept staff working. It saved £40,000, too"
        );
        assert_eq!(tidy("99.95% of the time. ok"), "99.95% of the time. Ok");
    }
}
