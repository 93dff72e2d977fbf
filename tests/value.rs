//! The value corpus (tests/value/corpus.json): realistic descriptions with the figures a careful
//! analyst works out by hand — time × volume, per person, unit prices, hourly rates, downtime ×
//! revenue, a share of a base, payback — and descriptions where nothing may be multiplied. Each
//! must come out of the value model, and the board must hear the business figure first.
#![cfg(not(target_arch = "wasm32"))]

use serde::Deserialize;
use valuelens::engine::audience::builtin;
use valuelens::engine::compose::{compose_all, message_text, Message};
use valuelens::engine::facts::figures_in;
use valuelens::engine::service::{understand, ServiceInput, Understanding};
use valuelens::engine::value::{DerivedFigure, Meaning};

#[derive(Deserialize)]
struct Corpus {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    text: String,
    expect: Vec<String>,
    #[serde(default)]
    lead: Vec<String>,
    #[serde(default)]
    forbid: Vec<f64>,
    #[serde(default)]
    forbid_text: Vec<String>,
    #[serde(default)]
    missing: Option<String>,
}

fn corpus() -> Vec<Case> {
    let json = include_str!("value/corpus.json");
    serde_json::from_str::<Corpus>(json).map(|c| c.cases).unwrap_or_default()
}

/// An expected figure: "270 hours/month", "2.18 fte", "6000 GBP/year", "30 GBP/year each",
/// "10000 GBP/3 years", "30 months", "20 %".
struct Expected {
    value: f64,
    unit: String,
    per: Option<(f64, String)>,
    each: bool,
}

fn parse(spec: &str) -> Option<Expected> {
    let (spec, each) = match spec.strip_suffix(" each") {
        Some(rest) => (rest, true),
        None => (spec, false),
    };
    let (value, rest) = spec.split_once(' ')?;
    let (unit, per) = match rest.split_once('/') {
        Some((unit, per)) => {
            let per = match per.split_once(' ') {
                Some((n, unit)) => (n.parse().ok()?, unit.trim_end_matches('s').to_string()),
                None => (1.0, per.to_string()),
            };
            (unit.to_string(), Some(per))
        }
        None => (rest.to_string(), None),
    };
    Some(Expected { value: value.parse().ok()?, unit, per, each })
}

fn matches(d: &DerivedFigure, e: &Expected) -> bool {
    let unit_ok = match e.unit.as_str() {
        "fte" => d.kind == Meaning::FullTimeEquivalents,
        "hours" => d.unit == "hours",
        other => d.unit.eq_ignore_ascii_case(other),
    };
    let per_ok = match (&e.per, &d.per) {
        (Some((n, unit)), Some(per)) => per.count == *n && &per.unit == unit,
        (None, None) => true,
        _ => false,
    };
    let close = (d.value - e.value).abs() <= (e.value.abs() * 0.005).max(0.01);
    unit_ok && per_ok && close && d.each.is_some() == e.each
}

fn understood(text: &str) -> (Understanding, Vec<Message>) {
    let input = ServiceInput::from_description(text);
    let u = understand(&input);
    let audiences: Vec<_> = builtin().iter().collect();
    let messages = compose_all(&input, &u, &audiences, 0);
    (u, messages)
}

fn listing(u: &Understanding) -> String {
    u.derived
        .iter()
        .map(|d| format!("  {} {:?} {} | {}", d.id, d.kind, d.text, d.working))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_corpus_is_big_enough() {
    let cases = corpus();
    assert!(cases.len() >= 40, "{} cases", cases.len());
    assert!(cases.iter().filter(|c| c.expect.is_empty()).count() >= 10, "ten where nothing is multiplied");
    for case in &cases {
        for spec in &case.expect {
            assert!(parse(spec).is_some(), "cannot read “{spec}”");
        }
    }
}

#[test]
fn every_expected_figure_is_worked_out() {
    let mut failures = Vec::new();
    for case in corpus() {
        let (u, _) = understood(&case.text);
        for spec in &case.expect {
            let Some(expected) = parse(spec) else { continue };
            if !u.derived.iter().any(|d| matches(d, &expected)) {
                failures.push(format!("{}\n  missing {spec}; worked out:\n{}", case.text, listing(&u)));
            }
        }
    }
    assert!(failures.is_empty(), "{} figures missing:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn nothing_is_multiplied_that_should_not_be() {
    let mut failures = Vec::new();
    for case in corpus() {
        let (u, messages) = understood(&case.text);
        let said: Vec<f64> = messages.iter().flat_map(|m| figures_in(&message_text(m), false)).collect();
        for forbidden in &case.forbid {
            let near = |v: &f64| (v - forbidden).abs() <= forbidden.abs() * 1e-6;
            if u.derived.iter().any(|d| near(&d.value)) || said.iter().any(near) {
                failures.push(format!("{}: {forbidden} worked out or said\n{}", case.text, listing(&u)));
            }
        }
        let board = messages.iter().find(|m| m.audience == "board").map(message_text).unwrap_or_default();
        for words in &case.forbid_text {
            if board.contains(words.as_str()) {
                failures.push(format!("{}: the board hears “{words}”:\n{board}", case.text));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_board_hears_the_business_figure_first() {
    let mut failures = Vec::new();
    for case in corpus().into_iter().filter(|c| !c.lead.is_empty()) {
        let (_, messages) = understood(&case.text);
        let Some(board) = messages.iter().find(|m| m.audience == "board") else { continue };
        let first = board.points.first().map(|p| p.text.as_str()).unwrap_or_default();
        let led = case.lead.iter().any(|l| board.headline.contains(l.as_str()) || first.contains(l.as_str()));
        if !led {
            failures.push(format!(
                "{}\n  wanted one of {:?}\n  headline: {}\n  first point: {first}",
                case.text, case.lead, board.headline
            ));
        }
    }
    assert!(failures.is_empty(), "{} cases:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_one_missing_figure_is_named() {
    for case in corpus() {
        let (u, messages) = understood(&case.text);
        let Some(kind) = &case.missing else { continue };
        let missing = u.missing.as_ref();
        assert_eq!(missing.map(|m| m.kind.key()), Some(kind.as_str()), "{}", case.text);
        let board = messages.iter().find(|m| m.audience == "board");
        let gap = missing.map(|m| m.gap.clone()).unwrap_or_default();
        assert!(board.is_some_and(|b| b.gaps.contains(&gap)), "{}: the board's gaps lack “{gap}”", case.text);
        let asked = board.is_some_and(|b| {
            b.questions
                .iter()
                .any(|q| q.prepare.as_deref().is_some_and(|p| p.contains("an hour of staff time")))
        });
        assert!(asked || kind != "hourly_cost", "{}: no question about an hour's cost", case.text);
    }
}
