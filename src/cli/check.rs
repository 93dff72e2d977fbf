//! `valuelens check`: how the user's own draft reads for an audience — the findings of every
//! language rule, and readability against the audience's target.

use std::collections::BTreeSet;
use std::ffi::OsString;

use serde::Serialize;

use super::{find_audience, input, load_pack, parse_format, write_out, Format, Io, UsageError};
use crate::engine::audience::Audience;
use crate::engine::checks::{self, CheckOptions, Finding, Severity};
use crate::engine::english;
use crate::engine::org_pack::rule_audience;
use crate::engine::readability::{self, Readability, DEFAULT_SPEAKING_WPM};

/// The JSON the command prints (documented in the README).
#[derive(Serialize)]
struct Report<'a> {
    audience: &'a str,
    readability: &'a Readability,
    findings: Vec<JsonFinding<'a>>,
}

/// A finding with character offsets (not bytes), as other tools count them.
#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: Severity,
    message: &'a str,
    start: usize,
    end: usize,
    suggestion: Option<&'a str>,
}

pub fn run(parser: &mut lexopt::Parser, io: &mut Io<'_>) -> Result<(), UsageError> {
    use lexopt::prelude::*;
    let mut audience = None;
    let mut format = Format::Text;
    let mut pace = DEFAULT_SPEAKING_WPM;
    let mut path: Option<OsString> = None;
    let mut disabled_rules = BTreeSet::new();
    let mut accepted_terms = BTreeSet::new();
    let mut pack_path: Option<OsString> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('a') | Long("audience") => audience = Some(parser.value()?.to_string_lossy().into_owned()),
            Long("pack") => pack_path = Some(parser.value()?),
            Short('f') | Long("format") => format = parse_format(parser.value()?)?,
            Long("pace") => pace = parse_pace(parser.value()?)?,
            Long("disable") => {
                let value = parser.value()?.to_string_lossy().into_owned();
                let ids: Vec<&str> = checks::rule_ids().into_iter().chain(checks::org_rule_ids()).collect();
                if !ids.contains(&value.as_str()) {
                    let ids = ids.join(", ");
                    return Err(UsageError(format!(
                        "unknown rule '{value}' for --disable: choose from {ids}"
                    )));
                }
                disabled_rules.insert(value);
            }
            Long("accept") => {
                accepted_terms.insert(parser.value()?.to_string_lossy().into_owned());
            }
            Value(v) if path.is_none() => path = Some(v),
            other => return Err(other.unexpected().into()),
        }
    }
    let audience = audience.ok_or_else(|| UsageError("check needs --audience".into()))?;
    let pack = load_pack(pack_path.as_ref(), io)?;
    let audience = find_audience(&audience, &pack)?;
    let text = input::read(path.as_ref(), io.stdin)?;
    let measured = readability::measure(&text, pace);
    let options = CheckOptions {
        audience: rule_audience(&pack, &audience.id).to_string(),
        disabled_rules,
        accepted_terms,
        org: pack.words.clone(),
    };
    let findings = checks::check(&text, &options);
    let output = match format {
        Format::Json => {
            let report = Report {
                audience: &audience.id,
                readability: &measured,
                findings: json_findings(&text, &findings),
            };
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| UsageError(e.to_string()))?;
            json.push('\n');
            json
        }
        Format::Text => render_text(&text, audience, &measured, &findings),
    };
    write_out(io, &output)
}

fn parse_pace(value: OsString) -> Result<u32, UsageError> {
    let (low, high) = readability::SPEAKING_WPM_RANGE;
    value.to_str().and_then(|v| v.parse::<u32>().ok()).filter(|p| (low..=high).contains(p)).ok_or_else(|| {
        UsageError(format!(
            "--pace must be a whole number from {low} to {high}, not '{}'",
            value.to_string_lossy()
        ))
    })
}

fn json_findings<'a>(text: &str, findings: &'a [Finding]) -> Vec<JsonFinding<'a>> {
    let offsets = CharOffsets::new(text, findings.iter().flat_map(|f| [f.span.start, f.span.end]));
    findings
        .iter()
        .map(|f| JsonFinding {
            rule: &f.rule,
            severity: f.severity,
            message: &f.message,
            start: offsets.of(f.span.start),
            end: offsets.of(f.span.end),
            suggestion: f.suggestion.as_deref(),
        })
        .collect()
}

/// Byte offsets turned into character offsets in one pass over the text.
struct CharOffsets(Vec<(usize, usize)>);

impl CharOffsets {
    fn new(text: &str, bytes: impl Iterator<Item = usize>) -> CharOffsets {
        let mut wanted: Vec<usize> = bytes.collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut pairs = Vec::with_capacity(wanted.len());
        let mut next = wanted.into_iter().peekable();
        let boundaries = text.char_indices().map(|(byte, _)| byte).chain(std::iter::once(text.len()));
        for (chars, byte) in boundaries.enumerate() {
            while let Some(w) = next.next_if(|&w| w <= byte) {
                pairs.push((w, chars));
            }
        }
        CharOffsets(pairs)
    }

    fn of(&self, byte: usize) -> usize {
        self.0.binary_search_by_key(&byte, |p| p.0).map_or(0, |i| self.0[i].1)
    }
}

fn render_text(text: &str, audience: &Audience, r: &Readability, findings: &[Finding]) -> String {
    let grade = match (r.flesch_kincaid_grade, r.flesch_reading_ease) {
        (Some(grade), Some(ease)) => {
            let verdict = if grade <= audience.max_grade { "within" } else { "above" };
            format!(
                "grade {grade:.1} ({verdict} the target of {:.0}), reading ease {ease:.1}",
                audience.max_grade
            )
        }
        _ => format!("too short to score (fewer than {} words)", readability::MIN_WORDS_TO_SCORE),
    };
    let mut out = format!(
        "Readability for {label}\n  {words} in {sentences}: {grade}\n  \
         speaking time {speak} at {wpm} words a minute; reading time {read}\n",
        label = audience.label.to_lowercase(),
        words = english::count(r.words, "word", "words"),
        sentences = english::count(r.sentences, "sentence", "sentences"),
        speak = duration(r.speaking_seconds),
        wpm = r.speaking_wpm,
        read = duration(r.reading_seconds),
    );
    out.push_str(&format!("\n{}\n", english::count(findings.len(), "finding", "findings")));
    let lines = LineColumns::new(text);
    for f in findings {
        let (line, column) = lines.of(text, f.span.start);
        let severity = match f.severity {
            Severity::Suggestion => "suggestion",
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        out.push_str(&format!(
            "  {line}:{column} {severity} [{}] “{}”: {}\n",
            f.rule,
            &text[f.span.clone()],
            f.message
        ));
        if let Some(s) = &f.suggestion {
            out.push_str(&format!("      try: {s}\n"));
        }
    }
    out
}

/// Line starts, to turn byte offsets into 1-based line and column (in characters).
struct LineColumns(Vec<usize>);

impl LineColumns {
    fn new(text: &str) -> LineColumns {
        LineColumns(std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect())
    }

    fn of(&self, text: &str, byte: usize) -> (usize, usize) {
        let line = self.0.partition_point(|&start| start <= byte).max(1);
        let start = self.0[line - 1];
        (line, text[start..byte].chars().count() + 1)
    }
}

/// "45 s", "2 min 05 s".
fn duration(seconds: u32) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min {:02} s", seconds / 60, seconds % 60)
    }
}
