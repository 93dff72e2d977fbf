//! Property tests: whatever a user (or an attacker) types, the engine answers without panicking,
//! and everything it points at lies inside the text on character boundaries.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use valuelens::engine::audience::builtin;
use valuelens::engine::checks::{check, CheckOptions};
use valuelens::engine::compose::compose;
use valuelens::engine::facts::extract;
use valuelens::engine::readability::measure;
use valuelens::engine::service::{understand, ServiceInput};
use valuelens::engine::text::sentences;

/// Text that looks like what users write: figures, units, currencies, IT words, punctuation,
/// and hostile pieces, in any order.
fn service_like_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("We run the mail service for ".to_string()),
        Just("1,200 staff".to_string()),
        Just(" at 99.95% uptime".to_string()),
        Just("from 6 days to 3 days".to_string()),
        Just("£40k a year".to_string()),
        Just("$1.1M→$780k".to_string()),
        Just(" down from ".to_string()),
        Just(" instead of ".to_string()),
        Just("used to take 5 working days; now ".to_string()),
        Just("8x normal traffic".to_string()),
        Just(" nightly 24/7 ".to_string()),
        Just("fell by 70% ".to_string()),
        Just(" per ticket ".to_string()),
        Just("MFA SSO VPN middleware IT and the business ".to_string()),
        Just("101% uptime 1e309 99999999999999999999 ".to_string()),
        Just("<script>alert(1)</script>{{x}}%s".to_string()),
        Just("\u{202e}\u{200b}\u{0}👩‍💻e\u{301}".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        "[0-9]{1,25}",
        "[£$€]?[0-9]{1,4}([.,][0-9]{1,3})?(k|M|bn|%|x)?",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![service_like_text(), "\\PC{0,200}", any::<String>()]
}

fn assert_span(text: &str, start: usize, end: usize) {
    assert!(start <= end && end <= text.len(), "span {start}..{end} outside {}", text.len());
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {start}..{end} splits a character"
    );
}

// 256 cases a property by default; set PROPTEST_CASES for a longer hunt.
proptest! {

    #[test]
    fn extraction_points_at_the_users_own_words(text in any_text()) {
        let found = extract(&text, "description");
        for fact in &found.facts {
            let span = fact.span.expect("an extracted fact has a span");
            assert_span(&text, span.start, span.end);
            prop_assert_eq!(&text[span.start..span.end], fact.text.as_str());
            prop_assert!(fact.value.is_finite());
            prop_assert!(fact.from.is_none_or(f64::is_finite));
        }
        for problem in &found.problems {
            assert_span(&text, problem.span.start, problem.span.end);
        }
    }

    #[test]
    fn every_derived_figure_shows_its_working_and_sources(description in service_like_text(), outcomes in any_text()) {
        let input = ServiceInput { description, outcomes, ..ServiceInput::default() };
        let understood = understand(&input);
        for figure in &understood.derived {
            prop_assert!(!figure.working.is_empty() && !figure.text.is_empty());
            prop_assert!(figure.value.is_finite());
            prop_assert!(!figure.from.is_empty());
            for id in &figure.from {
                prop_assert!(understood.facts.iter().any(|f| &f.id == id), "{} cites missing fact {}", figure.id, id);
            }
        }
    }

    #[test]
    fn any_input_and_seed_compose_a_well_formed_message(
        description in any_text(),
        name in "\\PC{0,30}",
        ask in prop_oneof![Just(String::new()), "\\PC{0,60}"],
        seed in any::<u64>(),
    ) {
        let input = ServiceInput { name, description, ask, ..ServiceInput::default() };
        let understood = understand(&input);
        for audience in builtin() {
            let m = compose(&input, &understood, audience, seed);
            prop_assert_eq!(&m.audience, &audience.id);
            prop_assert!(!m.headline.trim().is_empty() && !m.pitch.trim().is_empty() && !m.analogy.is_empty());
            prop_assert!(!m.points.is_empty() && m.points.len() <= 3);
            prop_assert!((3..=5).contains(&m.questions.len()));
            for q in &m.questions {
                prop_assert!(q.answer.is_some() != q.prepare.is_some());
            }
            for p in &m.points {
                for id in &p.facts {
                    let known = understood.facts.iter().any(|f| &f.id == id) || understood.derived.iter().any(|d| &d.id == id);
                    prop_assert!(known, "point cites unknown {}", id);
                }
            }
            for w in &m.workings {
                prop_assert!(understood.derived.iter().any(|d| d.id == w.id && d.working == w.working));
            }
        }
    }

    #[test]
    fn readability_and_sentences_are_total(text in any_text()) {
        let r = measure(&text, 140);
        prop_assert!(r.flesch_reading_ease.is_none_or(f64::is_finite));
        prop_assert!(r.flesch_kincaid_grade.is_none_or(f64::is_finite));
        for s in sentences(&text) {
            assert_span(&text, s.span.start, s.span.end);
        }
    }

    #[test]
    fn checks_point_inside_the_text_for_every_audience(text in any_text(), audience in "board|team-lead|peer|manager|[a-z<>]{0,8}") {
        let options = CheckOptions { audience, ..CheckOptions::default() };
        for finding in check(&text, &options) {
            assert_span(&text, finding.span.start, finding.span.end);
            prop_assert!(finding.span.start < finding.span.end);
            prop_assert!(!finding.message.is_empty());
        }
    }
}

/// The hostile inputs named in the engine's contract, each through every entry point.
#[test]
fn hostile_inputs_are_understood_checked_and_measured() {
    let megabyte = "We run mail for 1,200 staff at 99.95% uptime; IT and the business. ".repeat(16_000);
    assert!(megabyte.len() >= 1_000_000);
    let hostile = [
        String::new(),
        " \t\n\r  ".to_string(),
        megabyte,
        "👩‍💻🏳️‍🌈🇬🇧 1,200 👍🏽 staff".to_string(),
        "\u{202e}99.95% uptime\u{202c} مرحبا 1,200 موظف".to_string(),
        "e\u{301}\u{301}\u{301} 5\u{301}0% 𝟙𝟚𝟛".to_string(),
        "<script>alert('x')</script><img src=x onerror=alert(1)> £40k".to_string(),
        "{{x}} {x} ${x} %s %d %n {0} <%= x %>".to_string(),
        "\u{0}\u{0}1\u{0},200 staff\u{0}".to_string(),
        "101% uptime, 1e309 users, 99999999999999999999 tickets, -5 days, NaN% inf staff".to_string(),
    ];
    for text in &hostile {
        let understood = understand(&ServiceInput::from_description(text));
        for fact in &understood.facts {
            let span = fact.span.expect("extracted");
            assert_span(text, span.start, span.end);
        }
        for audience in ["board", "team-lead", "peer", "manager", "<x>"] {
            let options = CheckOptions { audience: audience.into(), ..CheckOptions::default() };
            for finding in check(text, &options) {
                assert_span(text, finding.span.start, finding.span.end);
            }
        }
        let r = measure(text, 140);
        assert!(r.words <= text.len());
    }
}
