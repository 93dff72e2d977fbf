//! Reads the text a command works on, from a file or standard input, as UTF-8 — or says why not.

use std::ffi::OsString;
use std::io::Read;

use super::UsageError;

/// The input named by `path` ("-" or none: standard input).
pub fn read(path: Option<&OsString>, stdin: &mut dyn Read) -> Result<String, UsageError> {
    match path {
        Some(p) if p != "-" => read_file(p),
        _ => utf8(read_stdin(stdin)?, "standard input"),
    }
}

/// The file at `path`.
pub fn read_file(path: &OsString) -> Result<String, UsageError> {
    let name = path.to_string_lossy().into_owned();
    let bytes =
        std::fs::read(path).map_err(|e| UsageError(format!("cannot read '{name}': {}", describe(&e))))?;
    utf8(bytes, &format!("'{name}'"))
}

fn utf8(bytes: Vec<u8>, name: &str) -> Result<String, UsageError> {
    String::from_utf8(bytes).map_err(|e| {
        UsageError(format!(
            "{name} is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

fn read_stdin(stdin: &mut dyn Read) -> Result<Vec<u8>, UsageError> {
    let mut bytes = Vec::new();
    stdin
        .read_to_end(&mut bytes)
        .map_err(|e| UsageError(format!("cannot read standard input: {}", describe(&e))))?;
    Ok(bytes)
}

/// The OS message without Rust's "(os error 2)" suffix.
fn describe(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}
