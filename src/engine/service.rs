//! A service as the user describes it — free text plus optional structured fields and their own
//! corrections — and what the engine understands from it: the facts (corrections win over
//! extraction), the figures derived from them, and any problems found on the way.

use serde::{Deserialize, Serialize};

use super::english;
use super::facts::{extract_with_currency, Fact, Origin, Problem, Span};
use super::org_pack::OrgPack;
use super::value::{work_out, AssumptionUsed, Assumptions, DerivedFigure, Missing};

/// Everything the user tells ValueLens about one service. Every field is optional.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServiceInput {
    /// The service's name ("Mail").
    pub name: String,
    /// Free text: what the service is and what it achieved.
    pub description: String,
    /// What it does, in functional terms ("keeps everyone's email working").
    pub what_it_does: String,
    /// Who uses it ("all 1,200 staff").
    pub who_uses_it: String,
    /// Results worth telling ("month-end close went from 6 days to 3").
    pub outcomes: String,
    /// What could go wrong, or what is being protected against.
    pub risks: String,
    /// What the user wants from the listener (a decision, budget, time).
    pub ask: String,
    /// The user's own corrections to the facts found.
    pub corrections: Vec<Correction>,
    /// The user's own settings for the value model's assumptions (hourly cost, working days…).
    #[serde(skip_serializing_if = "is_default")]
    pub assumptions: Assumptions,
}

fn is_default(a: &Assumptions) -> bool {
    *a == Assumptions::default()
}

/// A user's correction of the facts found. Corrections name a fact by its key (field and exact
/// words, see `Fact::key`), so they survive edits elsewhere in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Correction {
    /// "That is not a fact": drop it.
    Remove { key: String },
    /// "That fact is wrong": use this one instead.
    Replace { key: String, fact: Fact },
    /// "You missed one": a fact typed in by hand.
    Add { fact: Fact },
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Understanding {
    pub facts: Vec<Fact>,
    /// What the value model worked out from the facts, each with its working.
    pub derived: Vec<DerivedFigure>,
    /// The assumptions the derived figures rest on.
    pub assumptions: Vec<AssumptionUsed>,
    /// The one figure that would turn the most valuable result into money.
    pub missing: Option<Missing>,
    pub problems: Vec<Problem>,
}

impl ServiceInput {
    /// The text fields facts are read from, with their names.
    pub fn fields(&self) -> [(&'static str, &str); 6] {
        [
            ("description", &self.description),
            ("what_it_does", &self.what_it_does),
            ("who_uses_it", &self.who_uses_it),
            ("outcomes", &self.outcomes),
            ("risks", &self.risks),
            ("ask", &self.ask),
        ]
    }

    /// A service described only in free text.
    pub fn from_description(description: &str) -> ServiceInput {
        ServiceInput { description: description.to_string(), ..ServiceInput::default() }
    }
}

/// What the engine understands from `input`.
pub fn understand(input: &ServiceInput) -> Understanding {
    understand_with(input, &OrgPack::default())
}

/// `understand` for an organisation with a pack: a bare "$" is its dollar (see
/// `extract_with_currency`), and its assumptions stand where the user set none.
pub fn understand_with(input: &ServiceInput, pack: &OrgPack) -> Understanding {
    let mut facts = Vec::new();
    let mut problems = Vec::new();
    let mut texts = Vec::new();
    for (field, text) in input.fields() {
        let (read, unread) = read_part(text, field);
        let found = extract_with_currency(read, field, pack.currency.as_deref());
        facts.extend(found.facts);
        problems.extend(found.problems);
        problems.extend(unread);
        texts.push((field, read));
    }
    apply_corrections(&mut facts, &input.corrections);
    for (i, fact) in facts.iter_mut().enumerate() {
        fact.id = format!("f{}", i + 1);
    }
    let worked = work_out(&facts, &texts, &input.assumptions.over(&pack.assumptions));
    Understanding {
        facts,
        derived: worked.derived,
        assumptions: worked.assumptions,
        missing: worked.missing,
        problems,
    }
}

/// How much of each field is read for figures, in bytes: about 8,000 words (some 16 pages), far
/// beyond any description, so that a huge paste (a whole report) costs a bounded time. The rest
/// is kept.
pub const READ_LIMIT: usize = 50_000;

/// The part of `text` read for figures (all of it, or up to the last space within `READ_LIMIT`),
/// and when that is not all, a problem marking where reading stopped.
fn read_part<'t>(text: &'t str, field: &str) -> (&'t str, Option<Problem>) {
    if text.len() <= READ_LIMIT {
        return (text, None);
    }
    let mut cut = READ_LIMIT;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let cut = text[..cut].rfind(char::is_whitespace).filter(|&at| at > READ_LIMIT / 2).unwrap_or(cut);
    let next = text[cut..].chars().next().map_or(0, char::len_utf8);
    let rest = text[cut..].chars().count();
    let message = format!(
        "ValueLens reads the figures in the first {} characters; the {} from here on are kept but \
         not read. Put what matters most near the start.",
        english::number(text[..cut].chars().count() as f64),
        english::number(rest as f64),
    );
    (
        &text[..cut],
        Some(Problem { field: field.to_string(), span: Span { start: cut, end: cut + next }, message }),
    )
}

fn apply_corrections(facts: &mut Vec<Fact>, corrections: &[Correction]) {
    for correction in corrections {
        match correction {
            Correction::Remove { key } => facts.retain(|f| f.key() != *key),
            Correction::Replace { key, fact } => {
                if let Some(slot) = facts.iter_mut().find(|f| f.key() == *key) {
                    let span = slot.span;
                    *slot = Fact { origin: Origin::User, span, ..fact.clone() };
                }
            }
            Correction::Add { fact } => {
                if fact.value.is_finite() {
                    facts.push(Fact { origin: Origin::User, span: None, ..fact.clone() });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::facts::FactKind;

    #[test]
    fn a_huge_paste_is_read_up_to_the_limit_and_says_where_reading_stopped() {
        let para = "We run the mail service for 1,200 staff at 99.95% uptime. ";
        let mut description = para.repeat(READ_LIMIT / para.len() + 1_000);
        description.push_str("Renewing it costs £40k a year.");
        let u = understand(&ServiceInput::from_description(&description));
        assert_eq!(u.problems.len(), 1, "one problem, saying where reading stopped: {:?}", u.problems);
        for stop in &u.problems {
            assert!(stop.span.start <= READ_LIMIT && stop.span.start > READ_LIMIT - para.len());
            assert_eq!(stop.span.end, stop.span.start + 1);
            assert!(description.is_char_boundary(stop.span.start));
            assert!(
                stop.message.starts_with("ValueLens reads the figures in the first 49,"),
                "{}",
                stop.message
            );
            assert!(u.facts.iter().all(|f| f.span.is_some_and(|s| s.end <= stop.span.start)));
        }
        assert!(!u.facts.iter().any(|f| f.unit == "GBP"), "£40k is past the limit: not read");
        let whole = understand(&ServiceInput::from_description(&description[..READ_LIMIT / 2]));
        assert!(whole.problems.is_empty(), "a text within the limit is read whole");
    }

    #[test]
    fn the_limit_falls_on_a_character_boundary_in_any_text() {
        let description = "é".repeat(READ_LIMIT);
        let u = understand(&ServiceInput::from_description(&description));
        let stop = &u.problems[0];
        assert!(description.is_char_boundary(stop.span.start) && description.is_char_boundary(stop.span.end));
    }

    fn mail() -> ServiceInput {
        ServiceInput {
            name: "Mail".into(),
            description: "We run the mail service for 1,200 staff at 99.95% uptime.".into(),
            outcomes: "Blocked 2.3 million phishing emails.".into(),
            ask: "£40k a year to renew the filter.".into(),
            ..ServiceInput::default()
        }
    }

    #[test]
    fn facts_come_from_every_field_with_ids_in_order() {
        let u = understand(&mail());
        let summary: Vec<(&str, &str, &str)> =
            u.facts.iter().map(|f| (f.id.as_str(), f.field.as_str(), f.text.as_str())).collect();
        assert_eq!(
            summary,
            [
                ("f1", "description", "1,200 staff"),
                ("f2", "description", "99.95% uptime"),
                ("f3", "outcomes", "2.3 million phishing emails"),
                ("f4", "ask", "£40k a year"),
            ]
        );
        assert!(u.derived.iter().any(|d| d.from == ["f2"] && d.text == "4.4 hours of downtime a year"));
        assert_eq!(u.facts[3].role, Some(crate::engine::facts::MoneyRole::Ask), "the ask is a request");
        assert!(!u.derived.iter().any(|d| d.from.contains(&"f4".to_string())), "not a cost to work on");
    }

    #[test]
    fn a_bare_dollar_is_the_organisations_dollar() {
        let input = ServiceInput::from_description(
            "Licence spend went from $1.1M to $780k; US$50k a year goes to support.",
        );
        let with =
            |currency: Option<&str>| OrgPack { currency: currency.map(str::to_string), ..OrgPack::default() };
        let units = |currency| -> Vec<String> {
            understand_with(&input, &with(currency)).facts.into_iter().map(|f| f.unit).collect()
        };
        assert_eq!(units(None), ["USD", "USD"]);
        assert_eq!(units(Some("AUD")), ["AUD", "USD"], "US$ says which dollar");
        assert_eq!(units(Some("GBP")), ["USD", "USD"], "only a dollar currency changes what $ means");
        assert_eq!(understand_with(&input, &with(None)), understand(&input));
        let derived = understand_with(&input, &with(Some("AUD"))).derived;
        assert!(derived.iter().any(|d| d.text == "A$320,000 less: a 29% reduction"), "{derived:?}");
    }

    #[test]
    fn a_users_correction_wins_over_extraction() {
        let mut input = ServiceInput { what_it_does: "It costs £40k a year to run.".into(), ..mail() };
        let mut corrected = understand(&input).facts[0].clone();
        corrected.value = 1500.0;
        input.corrections = vec![
            Correction::Replace { key: "description:1,200 staff".into(), fact: corrected },
            Correction::Remove { key: "outcomes:2.3 million phishing emails".into() },
        ];
        let u = understand(&input);
        assert_eq!(u.facts[0].value, 1500.0);
        assert_eq!(u.facts[0].origin, Origin::User);
        assert!(u.facts[0].span.is_some(), "a replaced fact still points at its words");
        assert!(u.facts.iter().all(|f| f.kind != FactKind::Count));
        assert!(u.derived.iter().any(|d| d.text == "£26.67 a year per member of staff"));
    }

    #[test]
    fn a_fact_added_by_hand_is_used() {
        let mut input = ServiceInput::from_description("Helpdesk for 300 agents.");
        let mut added =
            understand(&ServiceInput::from_description("20 minutes a day per agent saved")).facts[0].clone();
        added.field = "user".into();
        input.corrections = vec![Correction::Add { fact: added }];
        let u = understand(&input);
        assert_eq!(u.facts.len(), 2);
        assert_eq!(u.facts[1].origin, Origin::User);
        assert_eq!(u.facts[1].span, None);
        assert!(u.derived.iter().any(|d| d.text == "22,000 hours a year given back"));
    }

    #[test]
    fn corrections_for_words_no_longer_there_are_ignored() {
        let mut input = mail();
        input.corrections = vec![Correction::Remove { key: "description:9,999 staff".into() }];
        assert_eq!(understand(&input).facts.len(), 4);
    }

    #[test]
    fn structured_input_round_trips_as_json() {
        let input = mail();
        let json = serde_json::to_string(&input).unwrap_or_default();
        let back: ServiceInput = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, input);
    }
}
