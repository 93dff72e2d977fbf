//! Property tests: whatever a user (or an attacker) types, the engine answers without panicking,
//! and everything it points at lies inside the text on character boundaries.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use valuelens::engine::audience::{builtin, find};
use valuelens::engine::brief::{brief, TotalKind};
use valuelens::engine::checks::{check, CheckOptions};
use valuelens::engine::compose::{compose, compose_all, message_text, Message};
use valuelens::engine::facts::extract;
use valuelens::engine::facts::figures_in;
use valuelens::engine::org_pack::OrgPack;
use valuelens::engine::readability::measure;
use valuelens::engine::service::Understanding;
use valuelens::engine::service::{understand, ServiceInput};
use valuelens::engine::text::sentences;
use valuelens::engine::value::{AssumptionId, DerivedFigure, Expr};

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

/// Text that describes value: times saved, volumes, people, prices, rates, savings, costs and
/// uptime, with their scopes and periods, in any order.
fn value_like_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Password resets used to take 10 minutes each and now take 1 minute. ".to_string()),
        Just("We do 1,800 resets a month. ".to_string()),
        Just("It saves each of our 600 managers about 30 minutes a month. ".to_string()),
        Just("Staff time costs us £30 an hour. ".to_string()),
        Just("The upgrade cost £50,000 and saves £20,000 a year. ".to_string()),
        Just("Our order system takes 5,000 orders a day at £40 each. ".to_string()),
        Just("It was available 99.95% of the time. ".to_string()),
        Just("Hosting costs of £120,000 a year fell by 30%. ".to_string()),
        Just("An hour of downtime costs us £15,000, and availability rose from 99.5% to 99.9%. ".to_string()),
        Just("Archiving cut our storage from 80 TB to 50 TB, at £200 per TB a year. ".to_string()),
        Just("A script saves the payroll team of 6 people 20 hours a month. ".to_string()),
        Just("Mail costs £8 per user a month across 1,200 users. ".to_string()),
        Just("Our 40 engineers handled 12,000 tickets last year. ".to_string()),
        Just("The migration costs £90k one-off and cuts hosting by £4,000 a week. ".to_string()),
        Just("Overtime fell from 120 hours to 20 hours a month, paid at $45 an hour. ".to_string()),
        (
            1u32..5000,
            prop_oneof![Just("minutes"), Just("hours"), Just("days")],
            prop_oneof![Just("a day"), Just("a week"), Just("a month"), Just("each"), Just("per ticket")]
        )
            .prop_map(|(n, unit, per)| format!("It saves {n} {unit} {per}. ")),
        (
            1u32..100_000,
            prop_oneof![Just("tickets"), Just("staff"), Just("orders"), Just("pages")],
            prop_oneof![Just("a day"), Just("a month"), Just("a year"), Just("")]
        )
            .prop_map(|(n, noun, per)| format!("We handle {n} {noun} {per}. ")),
        (
            1u32..10_000,
            prop_oneof![Just("£"), Just("$"), Just("€")],
            prop_oneof![Just("each"), Just("an hour"), Just("a year"), Just("per ticket"), Just("one-off")]
        )
            .prop_map(|(n, c, per)| format!("It costs {c}{n} {per}. ")),
        (1u32..100, 0u32..100).prop_map(|(a, b)| format!("Uptime rose from {a}.5% to 99.{b}%. ")),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
}

/// Recomputes `figure` from the facts, figures and assumptions in `understood`.
fn recomputes(understood: &Understanding, figure: &DerivedFigure) -> Result<(), TestCaseError> {
    let leaf = |e: &Expr| match e {
        Expr::Fact(id) => understood.facts.iter().find(|f| &f.id == id).map(|f| f.value),
        Expr::Before(id) => understood.facts.iter().find(|f| &f.id == id).and_then(|f| f.from),
        Expr::Figure(id) => understood.derived.iter().find(|d| &d.id == id).map(|d| d.value),
        Expr::Assumption(a) => understood.assumptions.iter().find(|u| u.id == *a).map(|u| u.value),
        _ => None,
    };
    let value = figure.expr.eval(&leaf);
    prop_assert!(
        value.is_some(),
        "{}: {} does not recompute ({})",
        figure.id,
        figure.formula,
        figure.working
    );
    let value = value.unwrap_or_default();
    prop_assert!(
        (value - figure.value).abs() <= 1e-9 * value.abs().max(1.0),
        "{}: {} ≠ {}",
        figure.id,
        value,
        figure.value
    );
    // What it names, it lists.
    let mut named = Vec::new();
    collect(&figure.expr, &mut named);
    for id in named {
        match id {
            Named::Id(id) => prop_assert!(
                figure.from.contains(&id),
                "{}: uses {} but lists {:?}",
                figure.id,
                id,
                figure.from
            ),
            Named::Assumption(a) => {
                prop_assert!(figure.assumptions.contains(&a), "{}: uses {:?} unlisted", figure.id, a)
            }
        }
    }
    // Its words say that value, within the rounding they show.
    let said = figures_in(&figure.figure, false);
    prop_assert!(!said.is_empty(), "{}: “{}” says no figure", figure.id, figure.figure);
    let shown = said[0];
    let decimals = figure
        .figure
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .find(|w| w.chars().any(|c| c.is_ascii_digit()))
        .and_then(|w| w.split_once('.'))
        .map_or(0, |(_, d)| d.len());
    let minutes = figure.figure.contains("minute") || figure.figure.contains("second");
    let target = match (figure.unit.as_str(), minutes, figure.figure.contains("day")) {
        ("hours", true, _) if figure.figure.contains("second") => value.abs() * 3600.0,
        ("hours", true, _) => value.abs() * 60.0,
        ("hours", false, true) => value.abs() / 24.0,
        _ => value.abs(),
    };
    let tolerance = 0.5 * 10f64.powi(-(decimals as i32)) + 1e-9 * target.max(1.0);
    let millions = figure.figure.contains("million") || figure.figure.contains("billion");
    prop_assert!(
        millions || (shown - target).abs() <= tolerance,
        "{}: “{}” says {} for {}",
        figure.id,
        figure.figure,
        shown,
        target
    );
    Ok(())
}

enum Named {
    Id(String),
    Assumption(AssumptionId),
}

fn collect(e: &Expr, out: &mut Vec<Named>) {
    match e {
        Expr::Fact(id) | Expr::Before(id) | Expr::Figure(id) => out.push(Named::Id(id.clone())),
        Expr::Assumption(a) => out.push(Named::Assumption(*a)),
        Expr::Product(terms) => terms.iter().for_each(|t| collect(t, out)),
        Expr::Quotient(a, b) | Expr::Difference(a, b) => {
            collect(a, out);
            collect(b, out);
        }
        Expr::Number(_) | Expr::Missing => {}
    }
}

/// Every figure a message says is the user's, or one of the figures worked out that the
/// message shows the working of.
fn says_only_known_figures(
    input: &str,
    understood: &Understanding,
    m: &Message,
) -> Result<(), TestCaseError> {
    let given = figures_in(input, true);
    let worked: Vec<f64> = m
        .workings
        .iter()
        .flat_map(|w| figures_in(&format!("{} {}", w.figure, w.working), false))
        .chain(understood.missing.iter().flat_map(|x| figures_in(&x.figure, false)))
        .collect();
    for figure in figures_in(&message_text(m), false) {
        let known = |list: &[f64]| list.iter().any(|g| (g - figure).abs() <= 1e-6 * g.abs().max(1.0));
        prop_assert!(
            known(&given) || known(&worked),
            "{}: {} is neither given nor worked out:\n{}",
            m.audience,
            figure,
            message_text(m)
        );
    }
    Ok(())
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

    /// The brief's promise: every total is exactly the sum of the terms it lists, each term a
    /// figure of one service (full-time people: its hours ÷ a person's 1,650 working hours), never
    /// two currencies or kinds in one total; the full-time people match the hours; the same
    /// library gives the same brief.
    #[test]
    fn every_brief_total_is_the_sum_of_its_terms(library in prop::collection::vec(value_like_text(), 1..6)) {
        let services: Vec<(String, ServiceInput)> = library
            .iter()
            .enumerate()
            .map(|(i, text)| (format!("Service {i}"), ServiceInput::from_description(text)))
            .collect();
        let board = find("board").expect("the board");
        let b = brief(&services, board, &OrgPack::default(), None);
        for total in &b.totals {
            let sum: f64 = total.terms.iter().map(|t| t.value).sum();
            prop_assert!((sum - total.value).abs() <= 1e-9 * sum.abs().max(1.0), "{total:?}");
            prop_assert!(!total.terms.is_empty());
            let year = if total.kind == TotalKind::FullTimePeople { 1650.0 } else { 1.0 };
            for t in &total.terms {
                prop_assert!(t.service < services.len() && t.title == services[t.service].0);
                let u = understand(&services[t.service].1);
                let value = t.value * year;
                let same = |v: f64| (v - value).abs() <= 1e-9 * value.abs().max(1.0);
                let known = u.facts.iter().any(|f| f.id == t.figure && same(f.value))
                    || u.derived.iter().any(|d| d.id == t.figure && same(d.value));
                prop_assert!(known, "{} is not a figure of {}", t.figure, t.title);
            }
        }
        let of = |kind: TotalKind| b.totals.iter().find(|t| t.kind == kind).map(|t| t.value);
        if let Some(people) = of(TotalKind::FullTimePeople) {
            let hours = of(TotalKind::HoursAYear).unwrap_or_default();
            prop_assert!((people * 1650.0 - hours).abs() <= 1e-6 * hours.max(1.0), "{people} people, {hours} hours");
        }
        let kinds: Vec<_> = b.totals.iter().map(|t| &t.kind).collect();
        prop_assert!(kinds.windows(2).all(|w| w[0] != w[1]), "one total a kind and currency");
        prop_assert_eq!(&b, &brief(&services, board, &OrgPack::default(), None));
    }

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
                let number = |id: &str| id[1..].parse::<usize>().unwrap_or(usize::MAX);
                let known = understood.facts.iter().any(|f| &f.id == id)
                    || understood.derived.iter().any(|d| &d.id == id && number(id) < number(&figure.id));
                prop_assert!(known, "{} cites {}, which is not a fact or an earlier figure", figure.id, id);
            }
        }
    }

    /// The value model's promise: every figure recomputes, from the facts, figures and assumptions
    /// it names, to the value it states — and its words say that value, within their rounding.
    #[test]
    fn every_derived_figure_recomputes_to_what_it_says(description in value_like_text(), seed in any::<u64>()) {
        let input = ServiceInput::from_description(&description);
        let understood = understand(&input);
        for figure in &understood.derived {
            recomputes(&understood, figure)?;
        }
        for m in compose_all(&input, &understood, &builtin().iter().collect::<Vec<_>>(), seed) {
            says_only_known_figures(&description, &understood, &m)?;
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
            // With nothing to say, no point is made up: the gaps say what to add.
            prop_assert!(m.points.len() <= 3 && (!m.points.is_empty() || !m.gaps.is_empty()));
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
