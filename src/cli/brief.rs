//! `valuelens brief`: several services rolled into one account of what IT is worth, for the board
//! (or another audience) in their slot.

use std::ffi::OsString;
use std::path::Path;

use super::{find_audience, input, load_pack, write_out, DocumentFormat, Io, UsageError};
use crate::engine::brief::{brief, markdown, plain_text, slot_from_minutes, LONGEST_SLOT_MINUTES};
use crate::engine::service::ServiceInput;

pub fn run(parser: &mut lexopt::Parser, io: &mut Io<'_>) -> Result<(), UsageError> {
    use lexopt::prelude::*;
    let mut audience = "board".to_string();
    let mut format = DocumentFormat::Text;
    let mut slot = None;
    let mut paths: Vec<OsString> = Vec::new();
    let mut pack_path: Option<OsString> = None;
    while let Some(arg) = parser.next()? {
        match arg {
            Short('a') | Long("audience") => audience = parser.value()?.to_string_lossy().into_owned(),
            Long("pack") => pack_path = Some(parser.value()?),
            Short('f') | Long("format") => format = DocumentFormat::parse(&parser.value()?)?,
            Long("slot") => {
                let value = parser.value()?;
                let seconds = value.to_str().and_then(slot_from_minutes).ok_or_else(|| {
                    UsageError(format!(
                        "--slot takes whole minutes from 1 to {LONGEST_SLOT_MINUTES}, not '{}'",
                        value.to_string_lossy()
                    ))
                })?;
                slot = Some(seconds);
            }
            Value(v) => paths.push(v),
            other => return Err(other.unexpected().into()),
        }
    }
    if paths.is_empty() {
        return Err(UsageError("brief needs at least one FILE, a service each".into()));
    }
    let pack = load_pack(pack_path.as_ref(), io)?;
    let audience = find_audience(&audience, &pack)?;
    let services = paths.iter().map(service).collect::<Result<Vec<_>, _>>()?;
    let b = brief(&services, audience, &pack, slot);
    let output = match format {
        DocumentFormat::Markdown => markdown(&b),
        DocumentFormat::Text => plain_text(&b),
        DocumentFormat::Json => {
            let mut json = serde_json::to_string_pretty(&b).map_err(|e| UsageError(e.to_string()))?;
            json.push('\n');
            json
        }
    };
    write_out(io, &output)
}

/// The service in the file at `path`, titled by its name or the file's: a ServiceInput JSON object
/// when the file holds one, else a description.
fn service(path: &OsString) -> Result<(String, ServiceInput), UsageError> {
    let text = input::read_file(path)?;
    let input = if text.trim_start().starts_with('{') {
        serde_json::from_str::<ServiceInput>(&text).map_err(|e| {
            UsageError(format!("'{}' is not a ServiceInput JSON object: {e}", path.to_string_lossy()))
        })?
    } else {
        ServiceInput::from_description(&text)
    };
    let stem = Path::new(path).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let title = if input.name.trim().is_empty() { stem } else { input.name.trim().to_string() };
    Ok((title, input))
}
