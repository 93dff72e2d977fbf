//! `valuelens compose`: what to say about a service to one audience, or to all of them.

use std::ffi::OsString;

use serde::Serialize;

use super::{find_audiences, input, load_pack, write_out, DocumentFormat, Io, UsageError};
use crate::engine::compose::{compose_all_with_pack, markdown, plain_text, Message};
use crate::engine::facts::{Fact, Problem};
use crate::engine::service::{understand_with, ServiceInput};
use crate::engine::value::{AssumptionUsed, DerivedFigure, Missing};

/// The JSON the command prints (documented in the README).
#[derive(Serialize)]
struct Report<'a> {
    facts: &'a [Fact],
    derived: &'a [DerivedFigure],
    assumptions: &'a [AssumptionUsed],
    missing: Option<&'a Missing>,
    problems: &'a [Problem],
    messages: &'a [Message],
}

pub fn run(parser: &mut lexopt::Parser, io: &mut Io<'_>) -> Result<(), UsageError> {
    use lexopt::prelude::*;
    let mut audiences = None;
    let mut format = DocumentFormat::Text;
    let mut seed = 0u64;
    let mut structured = false;
    let mut path: Option<OsString> = None;
    let mut pack_path: Option<OsString> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('a') | Long("audience") => audiences = Some(parser.value()?.to_string_lossy().into_owned()),
            Long("pack") => pack_path = Some(parser.value()?),
            Short('f') | Long("format") => format = DocumentFormat::parse(&parser.value()?)?,
            Long("seed") => {
                let value = parser.value()?;
                seed = value.to_str().and_then(|v| v.parse().ok()).ok_or_else(|| {
                    UsageError(format!(
                        "--seed must be a whole number from 0, not '{}'",
                        value.to_string_lossy()
                    ))
                })?;
            }
            Long("structured") => structured = true,
            Value(v) if path.is_none() => path = Some(v),
            other => return Err(other.unexpected().into()),
        }
    }
    let audiences = audiences.ok_or_else(|| UsageError("compose needs --audience".into()))?;
    let pack = load_pack(pack_path.as_ref(), io)?;
    let audiences = find_audiences(&audiences, &pack)?;
    let text = input::read(path.as_ref(), io.stdin)?;
    let service = if structured {
        serde_json::from_str::<ServiceInput>(&text)
            .map_err(|e| UsageError(format!("the input is not a ServiceInput JSON object: {e}")))?
    } else {
        ServiceInput::from_description(&text)
    };
    let understanding = understand_with(&service, &pack);
    let messages: Vec<Message> = compose_all_with_pack(&service, &understanding, &audiences, seed, &pack);
    let output = match format {
        DocumentFormat::Markdown => markdown(&messages),
        DocumentFormat::Text => plain_text(&messages),
        DocumentFormat::Json => {
            let report = Report {
                facts: &understanding.facts,
                derived: &understanding.derived,
                assumptions: &understanding.assumptions,
                missing: understanding.missing.as_ref(),
                problems: &understanding.problems,
                messages: &messages,
            };
            let mut json = serde_json::to_string_pretty(&report).map_err(|e| UsageError(e.to_string()))?;
            json.push('\n');
            json
        }
    };
    write_out(io, &output)
}
