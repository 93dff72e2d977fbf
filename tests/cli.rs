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
    // The command may stop before reading its input (a usage error): a closed pipe is fine.
    if let Some(mut pipe) = child.stdin.take() {
        let _ = pipe.write_all(stdin);
    }
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
         speaking time 3 s at 140 words a minute; reading time 2 s\n\n0 findings\n"
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
fn check_lists_findings_with_line_column_reason_and_suggestion() {
    let draft = "Our team keeps things running.\nWe think IT supports the business with the SAN.";
    let o = valuelens(&["check", "--audience", "peer"], draft.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("\n3 findings\n"), "{out}");
    assert!(out.contains("  2:1 suggestion [hedging] “We think”: "), "{out}");
    assert!(out.contains("  2:10 warning [it-versus-business] “IT supports the business”: "), "{out}");
    assert!(out.contains("      try: IT works with the rest of the business\n"), "{out}");
    assert!(
        out.contains("  2:44 warning [jargon] “SAN”: “SAN” is jargon to most listeners: it means "),
        "{out}"
    );
}

#[test]
fn json_findings_use_character_offsets() {
    let draft = "café 👩‍💻: the VPN is down";
    let o = valuelens(&["check", "-a", "peer", "-f", "json"], draft.as_bytes());
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "jargon");
    assert_eq!(finding["severity"], "warning");
    assert_eq!((finding["start"].as_u64(), finding["end"].as_u64()), (Some(14), Some(17)));
    let chars: Vec<char> = draft.chars().collect();
    assert_eq!(chars[14..17].iter().collect::<String>(), "VPN");
    assert_eq!(finding["suggestion"], "secure remote access");
    assert!(finding["message"].as_str().is_some_and(|m| m.contains("jargon")));
}

#[test]
fn rules_can_be_switched_off_and_terms_accepted() {
    let draft = b"We think the VPN and the SAN are fine.";
    let rules = |args: &[&str]| -> Vec<String> {
        let o = valuelens(args, draft);
        let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
        json["findings"].as_array().map_or_else(Vec::new, |a| {
            a.iter().map(|f| f["rule"].as_str().unwrap_or_default().to_string()).collect()
        })
    };
    assert_eq!(rules(&["check", "-a", "peer", "-f", "json"]), ["hedging", "jargon", "jargon"]);
    assert_eq!(rules(&["check", "-a", "peer", "-f", "json", "--disable", "hedging"]), ["jargon", "jargon"]);
    assert_eq!(rules(&["check", "-a", "peer", "-f", "json", "--accept", "vpn"]), ["hedging", "jargon"]);
    assert_usage_error(
        &valuelens(&["check", "-a", "peer", "--disable", "spelling"], b""),
        "unknown rule 'spelling' for --disable",
    );
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
    assert!(stdout(&o).starts_with("Readability for your manager\n  1 word in 1 sentence"), "{}", stdout(&o));
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

const MAIL: &[u8] =
    b"We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.";

#[test]
fn compose_speaks_to_one_audience_as_text() {
    let o = valuelens(&["compose", "--audience", "board"], MAIL);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("The mail service — for the board\n"), "{out}");
    for section in [
        "Key points",
        "30-second pitch",
        "2-minute talk track",
        "Analogy",
        "Likely questions",
        "How the figures were worked out",
    ] {
        assert!(out.contains(&format!("\n{section}\n")), "{section} missing:\n{out}");
    }
    assert!(out.contains("100% − 99.95% = 0.05% of 8,760 hours in a year ≈ 4.4 hours a year"), "{out}");
    assert!(!out.contains("for a team lead"));
}

#[test]
fn compose_all_as_markdown_covers_every_audience() {
    let o = valuelens(&["compose", "-a", "all", "-f", "markdown"], MAIL);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    for heading in [
        "# The mail service — for the board",
        "# The mail service — for a team lead",
        "# The mail service — for a peer",
        "# The mail service — for your manager",
    ] {
        assert!(out.contains(heading), "{heading} missing");
    }
    assert!(out.contains("## How the figures were worked out"));
}

#[test]
fn compose_json_has_facts_and_messages_with_every_field() {
    let o = valuelens(&["compose", "-a", "all", "-f", "json"], MAIL);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["facts"][0]["text"], "1,200 staff");
    assert_eq!(json["facts"][0]["kind"], "people");
    assert_eq!(json["messages"].as_array().map(Vec::len), Some(4));
    let board = &json["messages"][0];
    assert_eq!(board["audience"], "board");
    for field in [
        "headline",
        "points",
        "pitch",
        "talk_track",
        "analogy",
        "questions",
        "gaps",
        "workings",
        "translations",
    ] {
        assert!(!board[field].is_null(), "{field} missing");
    }
    assert!(board["points"][0]["facts"].as_array().is_some_and(|f| !f.is_empty()));
    assert!(board["talk_track"]["evidence"].as_str().is_some_and(|e| !e.is_empty()));
    assert_eq!(
        json["derived"][0]["working"],
        "100% − 99.95% = 0.05% of 8,760 hours in a year ≈ 4.4 hours a year"
    );
}

#[test]
fn compose_is_deterministic_and_the_seed_rewords() {
    let once = stdout(&valuelens(&["compose", "-a", "all", "--seed", "3"], MAIL));
    let again = stdout(&valuelens(&["compose", "-a", "all", "--seed", "3"], MAIL));
    assert_eq!(once, again);
    let others: Vec<String> = (4..10)
        .map(|s| stdout(&valuelens(&["compose", "-a", "all", "--seed", &s.to_string()], MAIL)))
        .collect();
    assert!(others.iter().any(|o| *o != once), "some other seed says it another way");
}

#[test]
fn compose_takes_structured_input_with_corrections() {
    let input = serde_json::json!({
        "name": "Mail",
        "description": "We run mail for 1,200 staff.",
        "ask": "approve £40k a year to renew the filter",
        "corrections": [{"remove": {"key": "description:1,200 staff"}}]
    });
    let o =
        valuelens(&["compose", "-a", "manager", "--structured", "-f", "json"], input.to_string().as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let texts: Vec<&str> =
        json["facts"].as_array().into_iter().flatten().filter_map(|f| f["text"].as_str()).collect();
    assert_eq!(texts, ["£40k a year"]);
    assert_eq!(json["messages"][0]["service"], "Mail");
    assert!(json["messages"][0]["talk_track"]["ask"]
        .as_str()
        .is_some_and(|a| a.contains("approve £40k a year to renew the filter")));
}

#[test]
fn compose_usage_errors_are_one_line() {
    assert_usage_error(&valuelens(&["compose"], MAIL), "compose needs --audience");
    assert_usage_error(&valuelens(&["compose", "-a", "cfo"], MAIL), "unknown audience 'cfo'");
    assert_usage_error(
        &valuelens(&["compose", "-a", "all", "-f", "pdf"], MAIL),
        "unknown format 'pdf': choose text, markdown or json",
    );
    assert_usage_error(
        &valuelens(&["compose", "-a", "all", "--seed", "-1"], MAIL),
        "--seed must be a whole number",
    );
    assert_usage_error(
        &valuelens(&["compose", "-a", "all", "--structured"], b"{not json"),
        "the input is not a ServiceInput JSON object",
    );
    assert_usage_error(
        &valuelens(&["compose", "-a", "all"], b"\xff\xfe"),
        "standard input is not UTF-8 text",
    );
}

#[test]
fn compose_keeps_hostile_text_as_text() {
    let o = valuelens(
        &["compose", "-a", "peer", "-f", "json"],
        "<script>alert(1)</script> {{service}} %s serves 40 sites.".as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert!(json["messages"][0]["headline"].as_str().is_some_and(|h| !h.is_empty()));
}

/// The example organisation pack the engine ships.
fn example_pack() -> String {
    format!("{}/src/engine/data/example_pack.json", env!("CARGO_MANIFEST_DIR"))
}

/// A pack file with `json` in it, in a folder of its own.
fn pack_file(name: &str, json: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("valuelens-pack-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("pack.json");
    std::fs::write(&file, json).expect("write pack");
    file
}

#[test]
fn check_with_a_pack_finds_the_organisations_words() {
    let pack = example_pack();
    let draft = "Our synergy with end users is clear; log it in ServiceNow.";
    let o = valuelens(&["check", "-a", "exec-committee", "--pack", &pack, "-f", "json"], draft.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "", "the example pack has no problems");
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["audience"], "exec-committee");
    let found: Vec<(String, String, u64)> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] != "filler")
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or("").into(),
                f["severity"].as_str().unwrap_or("").into(),
                f["start"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("org-banned".to_string(), "error".to_string(), 4),
            ("org-preferred".to_string(), "warning".to_string(), 17),
            ("jargon".to_string(), "warning".to_string(), 47),
        ]
    );
    let o = valuelens(&["check", "-a", "peer", "--pack", &pack, "--disable", "org-banned"], draft.as_bytes());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stdout(&o).contains("[org-banned]") && stdout(&o).contains("[org-preferred]"), "{}", stdout(&o));
    let text = stdout(&valuelens(&["check", "-a", "exec-committee", "--pack", &pack], draft.as_bytes()));
    assert!(text.starts_with("Readability for the executive committee\n"), "{text}");
}

#[test]
fn pack_problems_are_lines_on_stderr_and_the_command_goes_on() {
    let file = pack_file("problems", r#"{"glosary": [], "currency": "XYZ", "banned_words": ["synergy"]}"#);
    let path = file.to_str().expect("utf-8 path");
    let o = valuelens(&["check", "-a", "peer", "--pack", path], b"Our synergy is strong.");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "valuelens: pack: glosary: not a field of an organisation pack; did you mean “glossary”?\n\
         valuelens: pack: currency: expected one of the currency codes ValueLens reads (AUD, CAD, EUR, GBP, NZD or USD), not “XYZ”\n"
    );
    assert!(stdout(&o).contains("[org-banned] “synergy”"), "the rest of the pack is used: {}", stdout(&o));
    let broken = pack_file("broken", "{\"name\": ");
    let o = valuelens(&["compose", "-a", "board", "--pack", broken.to_str().expect("utf-8 path")], MAIL);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stderr(&o),
        "valuelens: pack: pack: not readable as JSON: EOF while parsing a value at line 1 column 9\n"
    );
    assert_eq!(stdout(&o), stdout(&valuelens(&["compose", "-a", "board"], MAIL)), "no pack is used");
    for f in [file, broken] {
        std::fs::remove_dir_all(f.parent().expect("its folder")).ok();
    }
}

#[test]
fn compose_with_a_pack_speaks_to_its_audience_and_links_its_goals() {
    let pack = example_pack();
    let service =
        b"We run the network that links our new depots in every region for 900 staff. It cost $40k.";
    let o = valuelens(&["compose", "-a", "exec-committee", "--pack", &pack], service);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("The network — for the executive committee\n"), "{out}");
    assert!(out.contains("our goal to open two new regions by 2027."), "{out}");
    let o = valuelens(&["compose", "-a", "all", "--pack", &pack, "-f", "json"], service);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    let audiences: Vec<&str> =
        json["messages"].as_array().into_iter().flatten().filter_map(|m| m["audience"].as_str()).collect();
    assert_eq!(audiences, ["board", "team-lead", "peer", "manager", "exec-committee"]);
    assert_eq!(json["facts"][1]["unit"], "USD", "a GBP organisation's $ is still US dollars");
    let aud = pack_file("aud", r#"{"currency": "AUD"}"#);
    let o = valuelens(
        &["compose", "-a", "board", "--pack", aud.to_str().expect("utf-8 path"), "-f", "json"],
        service,
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("valid JSON");
    assert_eq!(json["facts"][1]["unit"], "AUD", "an Australian organisation's $ is its dollar");
    std::fs::remove_dir_all(aud.parent().expect("its folder")).ok();
}

#[test]
fn pack_usage_errors_are_one_line() {
    assert_usage_error(
        &valuelens(&["check", "-a", "board", "--pack", "/no/such/pack.json"], b"text"),
        "cannot read '/no/such/pack.json': No such file or directory",
    );
    assert_usage_error(
        &valuelens(&["compose", "-a", "board", "--pack", "/no/such/pack.json"], MAIL),
        "cannot read '/no/such/pack.json'",
    );
    assert_usage_error(
        &valuelens(&["check", "-a", "exec-committee"], b"text"),
        "unknown audience 'exec-committee': choose one of board, team-lead, peer, manager",
    );
    assert_usage_error(
        &valuelens(&["compose", "-a", "ceo", "--pack", &example_pack()], MAIL),
        "unknown audience 'ceo': choose one of board, team-lead, peer, manager, exec-committee",
    );
    assert_usage_error(&valuelens(&["check", "-a", "board", "--pack"], b"text"), "--pack");
}

/// A library of service files in a fresh folder, for `valuelens brief`.
fn library(name: &str, files: &[(&str, &str)]) -> Vec<String> {
    let dir = std::env::temp_dir().join(format!("valuelens-brief-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    files
        .iter()
        .map(|(file, text)| {
            let path = dir.join(file);
            std::fs::write(&path, text).expect("a service file");
            path.to_string_lossy().into_owned()
        })
        .collect()
}

const PHONES: &str = "We merged the two offices' phone systems, cutting call costs by £30,000 a year.";
const RESETS: &str =
    "Self-service resets cut the desk's time from 10 minutes to 1 per reset; we do 1,800 resets a month for 1,200 staff.";
const BACKUP: &str = r#"{"name": "Backup", "description": "Our backup service protects 45 TB for 1,200 staff.",
  "ask": "We are asking the board for £18,000 to move backups off site."}"#;

#[test]
fn brief_rolls_services_into_totals_shown_as_sums_with_stories_asks_and_a_timed_track() {
    let files = library("text", &[("phones.txt", PHONES), ("resets.txt", RESETS), ("backup.json", BACKUP)]);
    let args: Vec<&str> = ["brief"].into_iter().chain(files.iter().map(String::as_str)).collect();
    let o = valuelens(&args, b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.starts_with(
            "Across 3 services, IT saves £30,000 a year and gives back 3,240 hours of staff time a year."
        ),
        "{out}"
    );
    assert!(out.contains("Money saved a year (GBP): £30,000 (phones) = £30,000 a year"), "{out}");
    assert!(out.contains("  resets: 3,240 hours a year given back (time), for 1,200 staff"), "{out}");
    assert!(!out.contains("People served"), "people are not added across services: {out}");
    assert!(out.contains("Backup: £18,000 to move backups off site."), "{out}");
    assert!(out.contains("Talk track: ") && out.contains("of a 15-minute slot"), "{out}");

    let markdown = stdout(&valuelens(&[&args[..], &["--format", "markdown", "--slot", "1"]].concat(), b""));
    assert!(markdown.starts_with("# Across 3 services"), "{markdown}");
    assert!(markdown.contains("| Service | Serves | Best figure | Kind |"), "{markdown}");
    assert!(markdown.contains("## Talk track: ") && markdown.contains("of a 1-minute slot"), "{markdown}");
}

#[test]
fn brief_json_lists_each_total_with_its_terms_and_services() {
    let files = library("json", &[("phones.txt", PHONES), ("resets.txt", RESETS)]);
    let o = valuelens(&["brief", "--format", "json", "--audience", "manager", &files[0], &files[1]], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(json["audience"], "manager");
    let totals = json["totals"].as_array().expect("totals");
    let hours = totals.iter().find(|t| t["kind"] == "hours_a_year").expect("hours");
    assert_eq!(hours["value"], 3240.0);
    assert_eq!(hours["terms"][0]["title"], "resets");
    assert_eq!(hours["terms"][0]["figure"].as_str().map(|f| f.starts_with('d')), Some(true));
    let money = totals.iter().find(|t| t["kind"] == "money_saved_a_year").expect("money");
    assert_eq!(money["currency"], "GBP");
    assert!(json["track"].as_array().is_some_and(|t| t.iter().all(|p| p["seconds"].as_u64().is_some())));
}

#[test]
fn brief_needs_files_it_can_read_and_a_slot_it_can_use() {
    assert_usage_error(&valuelens(&["brief"], b""), "brief needs at least one FILE");
    assert_usage_error(&valuelens(&["brief", "/no/such/file.txt"], b""), "cannot read '/no/such/file.txt'");
    let files = library("errors", &[("broken.json", "{\"name\": 3}")]);
    assert_usage_error(&valuelens(&["brief", &files[0]], b""), "is not a ServiceInput JSON object");
    assert_usage_error(
        &valuelens(&["brief", "--slot", "0", &files[0]], b""),
        "--slot takes whole minutes from 1 to 180",
    );
    assert_usage_error(&valuelens(&["brief", "--audience", "ceo", &files[0]], b""), "unknown audience 'ceo'");
}
