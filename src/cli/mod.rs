//! The `valuelens` command line: the same engine as the web app, for scripts and terminals.
//! Parses arguments, reads the input, and turns every problem into one clear line and exit code 2.

mod brief;
mod check;
mod compose;
mod input;

use std::ffi::OsString;
use std::io::{Read, Write};

use crate::engine::audience::{self, Audience};
use crate::engine::checks;
use crate::engine::org_pack::{self, OrgPack};

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Exit code for a usage error or unreadable input.
pub const EXIT_USAGE: i32 = 2;

/// Where a command reads and writes: the real process streams, or buffers in tests.
pub struct Io<'a> {
    pub stdin: &'a mut dyn Read,
    pub stdout: &'a mut dyn Write,
    pub stderr: &'a mut dyn Write,
}

/// A problem the user can fix, reported as one line on stderr.
#[derive(Debug)]
pub struct UsageError(pub String);

impl From<lexopt::Error> for UsageError {
    fn from(e: lexopt::Error) -> Self {
        UsageError(e.to_string())
    }
}

fn help() -> String {
    format!(
        "valuelens {VERSION} — explain what an IT service is worth, in the words each audience cares about

Usage:
  valuelens check --audience AUDIENCE [--format text|json] [--pace WPM]
                  [--disable RULE]... [--accept TERM]... [--pack FILE] [FILE|-]
  valuelens compose --audience AUDIENCE|all [--seed N] [--format text|markdown|json]
                    [--structured] [--pack FILE] [FILE|-]
  valuelens brief [--audience AUDIENCE] [--slot MINUTES] [--format text|markdown|json]
                  [--pack FILE] FILE...
  valuelens --help | --version

Commands:
  check    Check your own draft for an audience: jargon, \"IT versus the business\" wording,
           hedging, filler, long sentences, passive voice, raw metrics for the board;
           readability and speaking time against the audience's target.
  compose  Say what a service is worth to an audience: headline, key points, a 30-second
           pitch, a 2-minute talk track, an analogy, likely questions, and the gaps to fill.
           Every figure is yours, or worked out with its working shown.
  brief    Roll several services (one FILE each: a description, or a ServiceInput JSON
           object) into one account of what IT is worth: totals shown as sums, the three
           strongest stories, risks, asks, gaps, and a talk track budgeted to the slot.

Options:
  -a, --audience AUDIENCE   one of: {audiences}
  -f, --format FORMAT       text (default) or json; compose also takes markdown
      --seed N              compose: another N, another honest wording (default 0)
      --slot MINUTES        brief: the slot to fit (default: the audience's usual slot)
      --structured          compose: the input is a ServiceInput JSON object (see README)
      --pace WPM            speaking pace in words a minute, 120–160 (default 140)
      --disable RULE        switch a rule off (repeatable): {rules}
      --accept TERM         accept a term your listeners know (repeatable), e.g. --accept VPN
      --pack FILE           your organisation's pack (JSON): its goals, terms, words to use and
                            avoid, one more audience, its currency (see README)
  -h, --help                show this help
  -V, --version             show the version

Input is read from FILE, or from standard input when FILE is '-' or absent. Nothing is sent anywhere.
",
        audiences = audience::ids().join("|"),
        rules = checks::rule_ids().into_iter().chain(checks::org_rule_ids()).collect::<Vec<_>>().join(", ")
    )
}

/// Runs the command line `args` (without the program name) and returns the exit code.
pub fn run(args: Vec<OsString>, io: &mut Io<'_>) -> i32 {
    match dispatch(args, io) {
        Ok(()) => 0,
        Err(UsageError(message)) => {
            // Nothing more can be done if stderr itself is closed.
            let _ = writeln!(io.stderr, "valuelens: {message} (try 'valuelens --help')");
            EXIT_USAGE
        }
    }
}

fn dispatch(args: Vec<OsString>, io: &mut Io<'_>) -> Result<(), UsageError> {
    let mut parser = lexopt::Parser::from_args(args);
    let first = parser.next()?;
    match first {
        None => Err(UsageError("no command given".into())),
        Some(lexopt::Arg::Short('h') | lexopt::Arg::Long("help")) => write_out(io, &help()),
        Some(lexopt::Arg::Short('V') | lexopt::Arg::Long("version")) => {
            write_out(io, &format!("valuelens {VERSION}\n"))
        }
        Some(lexopt::Arg::Value(command)) => match command.to_str() {
            Some("check") => check::run(&mut parser, io),
            Some("compose") => compose::run(&mut parser, io),
            Some("brief") => brief::run(&mut parser, io),
            Some("help") => write_out(io, &help()),
            _ => Err(UsageError(format!("unknown command '{}'", command.to_string_lossy()))),
        },
        Some(other) => Err(UsageError(other.unexpected().to_string())),
    }
}

/// How `compose` and `brief` print what they made.
#[derive(Clone, Copy)]
enum DocumentFormat {
    Text,
    Markdown,
    Json,
}

impl DocumentFormat {
    fn parse(value: &OsString) -> Result<DocumentFormat, UsageError> {
        match value.to_str() {
            Some("text") => Ok(DocumentFormat::Text),
            Some("markdown") => Ok(DocumentFormat::Markdown),
            Some("json") => Ok(DocumentFormat::Json),
            _ => Err(UsageError(format!(
                "unknown format '{}': choose text, markdown or json",
                value.to_string_lossy()
            ))),
        }
    }
}

fn write_out(io: &mut Io<'_>, text: &str) -> Result<(), UsageError> {
    io.stdout.write_all(text.as_bytes()).map_err(|e| UsageError(format!("cannot write the output: {e}")))
}

/// The organisation pack at `path`, if one was given. What it gets wrong is printed on stderr, a
/// line a problem, and the command goes on with the rest of it; a file it cannot read is a usage
/// error.
fn load_pack(path: Option<&OsString>, io: &mut Io<'_>) -> Result<OrgPack, UsageError> {
    let Some(path) = path else { return Ok(OrgPack::default()) };
    let reading = org_pack::read(&input::read_file(path)?);
    for problem in &reading.problems {
        // Nothing more can be done if stderr itself is closed.
        let _ = writeln!(io.stderr, "valuelens: pack: {}: {}", problem.field, problem.message);
    }
    Ok(reading.pack)
}

/// The audience named on the command line, built-in or the pack's, or a usage error listing the
/// choices.
fn find_audience<'p>(name: &str, pack: &'p OrgPack) -> Result<&'p Audience, UsageError> {
    org_pack::find_audience(pack, name).ok_or_else(|| {
        let ids: Vec<&str> = org_pack::audiences(pack).iter().map(|a| a.id.as_str()).collect();
        UsageError(format!("unknown audience '{name}': choose one of {}", ids.join(", ")))
    })
}

/// `--audience all` or one audience, for `compose`.
fn find_audiences<'p>(name: &str, pack: &'p OrgPack) -> Result<Vec<&'p Audience>, UsageError> {
    if name == "all" {
        return Ok(org_pack::audiences(pack));
    }
    find_audience(name, pack).map(|a| vec![a])
}

/// Output formats shared by the commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

fn parse_format(value: OsString) -> Result<Format, UsageError> {
    match value.to_str() {
        Some("text") => Ok(Format::Text),
        Some("json") => Ok(Format::Json),
        _ => Err(UsageError(format!("unknown format '{}': choose text or json", value.to_string_lossy()))),
    }
}
