//! `valuelens check`: how the user's own draft reads for an audience.

use std::ffi::OsString;

use serde::Serialize;

use super::{input, parse_audience, parse_format, write_out, Format, Io, UsageError};
use crate::engine::audience::Audience;
use crate::engine::english;
use crate::engine::readability::{self, Readability, DEFAULT_SPEAKING_WPM};

/// The JSON the command prints (documented in the README).
#[derive(Serialize)]
struct Report<'a> {
    audience: &'a str,
    readability: &'a Readability,
}

pub fn run(parser: &mut lexopt::Parser, io: &mut Io<'_>) -> Result<(), UsageError> {
    use lexopt::prelude::*;
    let mut audience = None;
    let mut format = Format::Text;
    let mut pace = DEFAULT_SPEAKING_WPM;
    let mut path: Option<OsString> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('a') | Long("audience") => audience = Some(parse_audience(parser.value()?)?),
            Short('f') | Long("format") => format = parse_format(parser.value()?)?,
            Long("pace") => {
                let value = parser.value()?;
                pace = value
                    .to_str()
                    .and_then(|v| v.parse::<u32>().ok())
                    .filter(|p| {
                        (readability::SPEAKING_WPM_RANGE.0..=readability::SPEAKING_WPM_RANGE.1).contains(p)
                    })
                    .ok_or_else(|| {
                        UsageError(format!(
                            "--pace must be a whole number from 120 to 160, not '{}'",
                            value.to_string_lossy()
                        ))
                    })?;
            }
            Value(v) if path.is_none() => path = Some(v),
            other => return Err(other.unexpected().into()),
        }
    }
    let audience = audience.ok_or_else(|| UsageError("check needs --audience".into()))?;
    let text = input::read(path.as_ref(), io.stdin)?;
    let measured = readability::measure(&text, pace);
    let output = match format {
        Format::Json => {
            let report = Report { audience: &audience.id, readability: &measured };
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| UsageError(e.to_string()))?;
            json.push('\n');
            json
        }
        Format::Text => render_text(audience, &measured),
    };
    write_out(io, &output)
}

fn render_text(audience: &Audience, r: &Readability) -> String {
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
    format!(
        "Readability for {label}\n  {words} in {sentences}: {grade}\n  \
         speaking time {speak} at {wpm} words a minute; reading time {read}\n",
        label = audience.label.to_lowercase(),
        words = english::count(r.words, "word", "words"),
        sentences = english::count(r.sentences, "sentence", "sentences"),
        speak = duration(r.speaking_seconds),
        wpm = r.speaking_wpm,
        read = duration(r.reading_seconds),
    )
}

/// "45 s", "2 min 05 s".
fn duration(seconds: u32) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min {:02} s", seconds / 60, seconds % 60)
    }
}
