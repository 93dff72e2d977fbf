//! A lenient reader of JSON that comes from outside (an organisation's pack, an embedding page's
//! options): reading never fails. Every value that cannot be used becomes a `Problem` naming its
//! field and what was expected, with "did you mean" for a mistyped name; lists and texts are read
//! up to their limits; the caller falls back to its default and keeps the rest.

use serde_json::{Map, Value};

use super::english::{a_or_an, group_thousands, series};

/// Longest text read, in characters.
pub const TEXT_MOST: usize = 300;
/// Most problems listed; the rest are counted in one more.
pub const PROBLEMS_MOST: usize = 100;
/// Longest outside text quoted back in a problem, in characters.
const QUOTED: usize = 40;

/// Something that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: "currency", "goals[1].goal", "audience"; the whole document's name for all of it.
    pub field: String,
    /// What is wrong and what was expected, in plain words.
    pub message: String,
}

impl Problem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { field: field.into(), message: message.into() }
    }

    /// One line for a list, the widget and the console: "audience: “ceo” is not offered…".
    pub fn line(&self) -> String {
        format!("{}: {}", self.field, self.message)
    }

    /// The same problem, one level down: under `outer` ("pack" → "pack.goals[1]").
    pub fn under(self, outer: &str) -> Problem {
        Problem { field: format!("{outer}.{}", self.field), ..self }
    }
}

/// Collects problems while reading.
#[derive(Debug, Default)]
pub struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    pub fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(field, message));
    }

    /// A problem another check found (`within_limits`).
    pub fn push(&mut self, problem: Problem) {
        self.problems.push(problem);
    }

    /// The problems found, at most `PROBLEMS_MOST` and a count of the rest.
    pub fn finish(mut self, whole: &str) -> Vec<Problem> {
        if self.problems.len() > PROBLEMS_MOST {
            let more = self.problems.len() - PROBLEMS_MOST;
            self.problems.truncate(PROBLEMS_MOST);
            self.problem(whole, format!("and {} more problems, not listed", group_thousands(more)));
        }
        self.problems
    }

    /// `json` as an object; anything else is a problem under `whole`, and no fields.
    pub fn document(&mut self, json: &str, whole: &str, expected: &str) -> Map<String, Value> {
        match serde_json::from_str::<Value>(json) {
            Ok(Value::Object(map)) => map,
            Ok(other) => {
                self.problem(whole, format!("expected {expected}, not {}", kind(&other)));
                Map::new()
            }
            Err(e) => {
                self.problem(whole, format!("not readable as JSON: {e}"));
                Map::new()
            }
        }
    }

    /// Reports every key of `map` not in `known` as not a field of `what`, naming the closest
    /// known one if it looks like a typo.
    pub fn unknown_fields(&mut self, at: &str, map: &Map<String, Value>, known: &[&str], what: &str) {
        self.unknown_names(at, &mut map.keys().map(String::as_str), known, "field", what);
    }

    /// Reports every one of `names` not in `known` as not a `name` ("field", "option") of `what`.
    pub fn unknown_names(
        &mut self,
        at: &str,
        names: &mut dyn Iterator<Item = &str>,
        known: &[&str],
        name: &str,
        what: &str,
    ) {
        for key in names.filter(|k| !known.contains(k)) {
            let one = format!("{} {name} of {what}", a_or_an(name));
            let message = match closest(key, known) {
                Some(close) => format!("not {one}; did you mean “{close}”?"),
                None => format!("not {one}, which has {}", series(known, "and")),
            };
            let field = if at.is_empty() { quoted(key) } else { format!("{at}.{}", quoted(key)) };
            self.problem(field, message);
        }
    }

    /// Trimmed text of at most `TEXT_MOST` characters, not empty.
    pub fn text(&mut self, field: &str, value: &Value, what: &str) -> Option<String> {
        let Value::String(s) = value else {
            self.problem(field, format!("expected {what}, not {}", kind(value)));
            return None;
        };
        let text = s.trim();
        let length = text.chars().count();
        if length == 0 {
            self.problem(field, format!("expected {what}, not empty text"));
            None
        } else if length > TEXT_MOST {
            self.problem(
                field,
                format!("expected at most {TEXT_MOST} characters, not {}", group_thousands(length)),
            );
            None
        } else {
            Some(text.to_string())
        }
    }

    /// Text with at least one letter or digit in it: something the checks can match.
    pub fn word(&mut self, field: &str, value: &Value, what: &str) -> Option<String> {
        let word = self.text(field, value, what)?;
        if word.chars().any(char::is_alphanumeric) {
            Some(word)
        } else {
            self.problem(
                field,
                format!("expected {what} with a letter or digit in it, not “{}”", quoted(&word)),
            );
            None
        }
    }

    /// Optional text: absent or null is `None` without a problem.
    pub fn optional_text(
        &mut self,
        map: &Map<String, Value>,
        at: &str,
        name: &str,
        what: &str,
    ) -> Option<String> {
        let value = map.get(name).filter(|v| !v.is_null())?;
        self.text(&format!("{at}.{name}"), value, what)
    }

    /// The first `max` items of a list (`what` names them), with a problem for the rest.
    pub fn list<'v>(&mut self, field: &str, value: &'v Value, max: usize, what: &str) -> &'v [Value] {
        let Value::Array(items) = value else {
            self.problem(field, format!("expected a list of {what}, not {}", kind(value)));
            return &[];
        };
        if items.len() > max {
            let more = match items.len() - max {
                1 => "1 more is".to_string(),
                n => format!("{} more are", group_thousands(n)),
            };
            self.problem(field, format!("at most {max} {what} are read; {more} left out"));
        }
        &items[..items.len().min(max)]
    }

    /// An object with the `known` fields, reporting the others: `noun` names what it is ("a
    /// term"), `expected` says what it should have been.
    pub fn object<'v>(
        &mut self,
        field: &str,
        value: &'v Value,
        known: &[&str],
        noun: &str,
        expected: &str,
    ) -> Option<&'v Map<String, Value>> {
        let Value::Object(map) = value else {
            self.problem(field, format!("expected {expected}, not {}", kind(value)));
            return None;
        };
        self.unknown_fields(field, map, known, noun);
        Some(map)
    }

    /// A required field of an entry: its absence is a problem.
    pub fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        at: &str,
        name: &str,
        what: &str,
    ) -> Option<&'v Value> {
        let value = map.get(name).filter(|v| !v.is_null());
        if value.is_none() {
            self.problem(format!("{at}.{name}"), format!("expected {what}"));
        }
        value
    }

    /// Words from a list, each checked; the bad ones are left out.
    pub fn words(&mut self, field: &str, value: &Value, max: usize, what: &str) -> Vec<String> {
        self.list(field, value, max, "words")
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.word(&format!("{field}[{i}]"), item, what))
            .collect()
    }
}

/// Whether every text in `value` has at most `TEXT_MOST` characters and every list or object at
/// most `items` entries; else where it does not, and why.
pub fn within_limits(field: &str, value: &Value, items: usize) -> Result<(), Problem> {
    match value {
        Value::String(s) if s.chars().count() > TEXT_MOST => {
            let length = group_thousands(s.chars().count());
            Err(Problem::new(field, format!("expected at most {TEXT_MOST} characters, not {length}")))
        }
        Value::Array(list) if list.len() > items => Err(Problem::new(
            field,
            format!("expected at most {items} items, not {}", group_thousands(list.len())),
        )),
        Value::Object(map) if map.len() > items => Err(Problem::new(
            field,
            format!("expected at most {items} fields, not {}", group_thousands(map.len())),
        )),
        Value::Array(list) => list
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| within_limits(&format!("{field}[{i}]"), item, items)),
        Value::Object(map) => map.iter().try_for_each(|(key, item)| {
            if key.chars().count() > TEXT_MOST {
                return Err(Problem::new(field, format!("expected names of at most {TEXT_MOST} characters")));
            }
            within_limits(&format!("{field}.{}", quoted(key)), item, items)
        }),
        _ => Ok(()),
    }
}

/// What a JSON value is, for "expected …, not a number".
pub fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON value as a problem shows it: text quoted safely, anything else as its kind.
pub fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => format!("“{}”", quoted(text)),
        Value::Number(n) => n.to_string(),
        other => kind(other).to_string(),
    }
}

/// Outside text as quoted back in a problem: at most `QUOTED` characters, without control or
/// direction-changing characters, so a line reads as written.
pub fn quoted(text: &str) -> String {
    let hidden = |c: &char| {
        c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let mut shown = text.chars().filter(|c| !hidden(c));
    let mut out: String = shown.by_ref().take(QUOTED).collect();
    if shown.next().is_some() {
        out.push('…');
    }
    out
}

/// The known name `name` is most likely a typo of: at most two letters off.
pub fn closest<'k>(name: &str, known: &[&'k str]) -> Option<&'k str> {
    if name.chars().count() > QUOTED {
        return None;
    }
    let name = name.to_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&name, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// How many letters must be added, removed or changed to turn `a` into `b`.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substituted = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substituted.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str, f: impl FnOnce(&mut Reader, &Map<String, Value>)) -> Vec<String> {
        let mut r = Reader::default();
        let map = r.document(json, "doc", "an object");
        f(&mut r, &map);
        r.finish("doc").iter().map(Problem::line).collect()
    }

    #[test]
    fn a_document_that_is_not_an_object_is_one_problem() {
        assert_eq!(read("[1]", |_, _| {}), ["doc: expected an object, not a list"]);
        assert!(read("{", |_, _| {})[0].starts_with("doc: not readable as JSON: EOF"));
    }

    #[test]
    fn a_mistyped_name_gets_a_suggestion_and_a_strange_one_the_list() {
        let lines = read(r#"{"glosary": 1, "zzzzzz": 2}"#, |r, map| {
            r.unknown_fields("", map, &["glossary", "goals"], "a pack")
        });
        assert_eq!(
            lines,
            [
                "glosary: not a field of a pack; did you mean “glossary”?",
                "zzzzzz: not a field of a pack, which has glossary and goals"
            ]
        );
    }

    #[test]
    fn texts_and_lists_are_read_within_their_limits() {
        let long = "x".repeat(TEXT_MOST + 1);
        let json = format!(r#"{{"a": "  fine ", "b": "{long}", "c": [1, 2, 3], "d": "!!"}}"#);
        let mut read_a = None;
        let lines = read(&json, |r, map| {
            read_a = r.text("a", &map["a"], "a name");
            assert_eq!(r.text("b", &map["b"], "a name"), None);
            assert_eq!(r.list("c", &map["c"], 2, "numbers").len(), 2);
            assert_eq!(r.word("d", &map["d"], "a word"), None);
        });
        assert_eq!(read_a.as_deref(), Some("fine"));
        assert_eq!(
            lines,
            [
                "b: expected at most 300 characters, not 301",
                "c: at most 2 numbers are read; 1 more is left out",
                "d: expected a word with a letter or digit in it, not “!!”"
            ]
        );
        assert_eq!(
            within_limits("x", &serde_json::json!({"list": [1, 2, 3]}), 2).map_err(|p| p.line()),
            Err("x.list: expected at most 2 items, not 3".to_string())
        );
    }

    #[test]
    fn problems_are_capped_and_hostile_text_is_quoted_safely() {
        let mut r = Reader::default();
        for i in 0..PROBLEMS_MOST + 5 {
            r.problem(format!("f{i}"), "bad");
        }
        let problems = r.finish("doc");
        assert_eq!(problems.len(), PROBLEMS_MOST + 1);
        assert_eq!(
            problems.last().map(Problem::line).as_deref(),
            Some("doc: and 5 more problems, not listed")
        );
        assert_eq!(quoted("a\u{202E}b\u{0}c"), "abc");
        assert!(quoted(&"y".repeat(100)).ends_with('…'));
        assert_eq!(Problem::new("goals", "bad").under("pack").line(), "pack.goals: bad");
    }
}
