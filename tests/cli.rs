//! The `valuelens` command as a user runs it: output, exit codes, and one-line errors.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn valuelens(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_valuelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the valuelens binary runs");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("valuelens finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A usage error: exit 2, nothing on stdout, exactly one line on stderr that contains `needle`.
fn assert_usage_error(o: &Output, needle: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    assert_eq!(stdout(o), "");
    let err = stderr(o);
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should contain {needle:?}");
}

#[test]
fn version_and_help() {
    let o = valuelens(&["--version"], b"");
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), format!("valuelens {}\n", env!("CARGO_PKG_VERSION")));
    let o = valuelens(&["--help"], b"");
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    assert!(help.contains("valuelens check --audience AUDIENCE"));
    assert!(help.contains("board|team-lead|peer|manager"));
}

#[test]
fn check_reports_readability_and_speaking_time_as_text() {
    let o = valuelens(&["check", "--audience", "board"], b"We run the mail service for 1,200 staff.");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "Readability for the board\n  8 words in 1 sentence: too short to score (fewer than 30 words)\n  \
         speaking time 3 s at 140 words a minute; reading time 2 s\n"
    );
}

#[test]
fn check_scores_a_longer_draft_against_the_audience_target_as_json() {
    let draft =
        "The team fixed the mail for all staff on site. Now each call is on time and no one has to wait. \
                 We will keep it this way all year.";
    let o = valuelens(&["check", "-a", "peer", "--format", "json", "-"], draft.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["readability"]["words"], 30);
    assert_eq!(json["readability"]["sentences"], 3);
    assert_eq!(json["readability"]["flesch_reading_ease"], 112.1);
    assert_eq!(json["readability"]["flesch_kincaid_grade"], 0.1);
    assert_eq!(json["readability"]["speaking_seconds"], 13);
}

#[test]
fn pace_changes_speaking_time() {
    let words = "word ".repeat(160);
    let o = valuelens(&["check", "-a", "board", "--pace", "160", "-f", "json"], words.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["readability"]["speaking_seconds"], 60);
    assert_usage_error(
        &valuelens(&["check", "-a", "board", "--pace", "400"], b""),
        "--pace must be a whole number from 120 to 160",
    );
}

#[test]
fn check_reads_a_file() {
    let dir = std::env::temp_dir().join(format!("valuelens-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("draft.txt");
    std::fs::write(&file, "Helpdesk").expect("write draft");
    let o = valuelens(&["check", "--audience", "manager", file.to_str().expect("utf-8 path")], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("Readability for your manager\n  1 word in 1 sentence"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn usage_errors_are_one_clear_line_with_exit_2() {
    assert_usage_error(&valuelens(&[], b""), "no command given");
    assert_usage_error(&valuelens(&["frobnicate"], b""), "unknown command 'frobnicate'");
    assert_usage_error(&valuelens(&["check"], b"text"), "check needs --audience");
    assert_usage_error(
        &valuelens(&["check", "--audience", "ceo"], b""),
        "unknown audience 'ceo': choose one of board, team-lead, peer, manager",
    );
    assert_usage_error(&valuelens(&["check", "-a", "board", "--format", "xml"], b""), "unknown format 'xml'");
    assert_usage_error(&valuelens(&["check", "-a", "board", "--bogus"], b""), "--bogus");
    assert_usage_error(
        &valuelens(&["check", "-a", "board", "/no/such/draft.txt"], b""),
        "cannot read '/no/such/draft.txt': No such file or directory",
    );
    assert_usage_error(
        &valuelens(&["check", "-a", "board"], b"caf\xe9 latte"),
        "standard input is not UTF-8 text (invalid byte at offset 3)",
    );
}

#[test]
fn hostile_text_is_measured_not_executed_or_rejected() {
    let hostile = "<script>alert(1)</script> {{x}} %s \u{0} \u{202e}evil \u{200b} 👩‍💻 e\u{301}";
    let o = valuelens(&["check", "-a", "board", "-f", "json"], hostile.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert!(json["readability"]["words"].as_u64().is_some_and(|w| w > 0));
}
