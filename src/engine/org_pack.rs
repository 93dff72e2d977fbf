//! An organisation's pack: what an intranet owner who embeds ValueLens tells it about the
//! organisation (its goals, its own terms, words to use and avoid, one more audience, its
//! currency), as JSON. Packs come from outside, so reading never fails: the JSON is read by hand
//! by the lenient reader (`lenient.rs`): every problem names its field, a bad field falls back to
//! its default and the rest of the pack is kept.

use serde::Serialize;
use serde_json::{Map, Value};

use super::audience::{self, Audience};
use super::checks::{BannedWord, GlossaryTerm, OrgWords, PreferredWord};
use super::english::series;
use super::facts::currency_codes;
use super::lenient::{kind, quoted, shown, within_limits, Problem, Reader};
use super::value::{AssumptionId, Assumptions, HourlyCost};

/// Most goals read; the rest are left out with a problem.
pub const MAX_GOALS: usize = 50;
/// Most glossary terms read.
pub const MAX_GLOSSARY: usize = 500;
/// Most preferred words, and most banned words, read.
pub const MAX_WORDS: usize = 200;
/// Most items read in a list inside an entry (a goal's keywords, the audience's lists).
pub const MAX_LIST: usize = 50;

/// The example pack (a mid-size UK organisation), as JSON: what a demo loads.
pub const EXAMPLE: &str = data_file!("example_pack.json");

const PACK_FIELDS: &[&str] =
    &["name", "goals", "glossary", "audience", "preferred_words", "banned_words", "currency", "assumptions"];

/// What an organisation's pack says. The default, with nothing in it, means no pack.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct OrgPack {
    /// The organisation's name.
    pub name: Option<String>,
    /// What the organisation is working toward, most important first.
    pub goals: Vec<Goal>,
    /// Its glossary terms, banned and preferred words: what the checks use.
    #[serde(flatten)]
    pub words: OrgWords,
    /// One more audience, offered after the built-in ones.
    pub audience: Option<PackAudience>,
    /// The ISO code of the organisation's currency ("GBP"): a bare "$" is its dollar when it is
    /// one, and money typed by hand may default to it.
    pub currency: Option<String>,
    /// The organisation's values for the value model's assumptions (what an hour of staff time
    /// costs, working days…), used where the user set none.
    pub assumptions: Assumptions,
}

/// A goal of the organisation's, and the words that show a service serves it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Goal {
    /// What to achieve, as it follows "our goal to" ("open two new regions by 2027").
    pub goal: String,
    /// Words or phrases that, found in a service's text, link the service to the goal.
    pub keywords: Vec<String>,
}

/// The pack's audience and the built-in audience it is based on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackAudience {
    /// The built-in audience's id: its templates fill every field the pack leaves out, and its
    /// rules are the ones the checks apply.
    pub based_on: String,
    pub audience: Audience,
}

/// A pack as read, and what was wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackReading {
    pub pack: OrgPack,
    /// Where: "currency", "goals[1].goal", "audience.based_on"; "pack" for the whole of it.
    pub problems: Vec<Problem>,
}

/// Reads a pack from JSON. Never fails: what cannot be used is a problem, and falls back.
pub fn read(json: &str) -> PackReading {
    let mut reader = PackReader::default();
    let map = reader.r.document(json, "pack", "an object with fields such as name, goals and glossary");
    let pack = reader.pack(&map);
    PackReading { pack, problems: reader.r.finish("pack") }
}

/// The audiences to offer: the built-in ones, then the pack's.
pub fn audiences(pack: &OrgPack) -> Vec<&Audience> {
    audience::builtin().iter().chain(pack.audience.as_ref().map(|p| &p.audience)).collect()
}

/// The built-in or pack audience with this id.
pub fn find_audience<'p>(pack: &'p OrgPack, id: &str) -> Option<&'p Audience> {
    audiences(pack).into_iter().find(|a| a.id == id)
}

/// The audience id whose rules the checks apply for audience `id`: the pack audience's base, else
/// `id` itself.
pub fn rule_audience<'a>(pack: &'a OrgPack, id: &'a str) -> &'a str {
    match &pack.audience {
        Some(p) if p.audience.id == id => &p.based_on,
        _ => id,
    }
}

/// Reads a pack's own fields, with the lenient reader for each value.
#[derive(Default)]
struct PackReader {
    r: Reader,
}

impl PackReader {
    fn pack(&mut self, map: &Map<String, Value>) -> OrgPack {
        self.r.unknown_fields("", map, PACK_FIELDS, "an organisation pack");
        let field = |name: &str| map.get(name).filter(|v| !v.is_null());
        let currency = field("currency").and_then(|v| self.currency(v));
        let assumptions =
            field("assumptions").map(|v| self.assumptions(v, currency.as_deref())).unwrap_or_default();
        OrgPack {
            name: field("name").and_then(|v| self.r.text("name", v, "the organisation's name, as text")),
            goals: field("goals").map(|v| self.goals(v)).unwrap_or_default(),
            words: OrgWords {
                glossary: field("glossary").map(|v| self.glossary(v)).unwrap_or_default(),
                banned_words: field("banned_words").map(|v| self.banned_words(v)).unwrap_or_default(),
                preferred_words: field("preferred_words")
                    .map(|v| self.preferred_words(v))
                    .unwrap_or_default(),
            },
            audience: field("audience").and_then(|v| self.audience(v)),
            currency,
            assumptions,
        }
    }

    /// The pack's values for the value model's assumptions, each checked against its range; the
    /// hourly cost as money written with its currency ("£45", "A$60") or a number in the pack's
    /// currency.
    fn assumptions(&mut self, value: &Value, currency: Option<&str>) -> Assumptions {
        let keys: Vec<&str> = AssumptionId::ALL.iter().map(|id| id.key()).collect();
        let expected = "an object of assumptions (hourly_cost, working_days_per_year…)";
        let Some(map) = self.r.object("assumptions", value, &keys, "the assumptions", expected) else {
            return Assumptions::default();
        };
        let mut out = Assumptions::default();
        for id in AssumptionId::ALL {
            let Some(value) = map.get(id.key()).filter(|v| !v.is_null()) else { continue };
            let field = format!("assumptions.{}", id.key());
            if id == AssumptionId::HourlyCost {
                out.hourly_cost = self.hourly_cost(&field, value, currency);
                continue;
            }
            match value.as_f64().filter(|v| id.accepts(*v)) {
                Some(number) => out.set(id, number),
                None => self.r.problem(field, format!("expected {}, not {}", id.expected(), shown(value))),
            }
        }
        out
    }

    fn hourly_cost(&mut self, field: &str, value: &Value, currency: Option<&str>) -> Option<HourlyCost> {
        let cost = match (value, currency) {
            (Value::Number(n), Some(code)) => {
                n.as_f64().map(|amount| HourlyCost { amount, currency: code.to_string() })
            }
            (Value::Number(_), None) => {
                self.r.problem(
                    field,
                    "give the currency with the amount (“£45”), or set the pack's “currency”",
                );
                return None;
            }
            (Value::String(text), _) => HourlyCost::read(text, currency),
            _ => None,
        };
        let cost = cost.filter(|c| AssumptionId::HourlyCost.accepts(c.amount));
        if cost.is_none() {
            self.r.problem(
                field,
                format!("expected {}, not {}", AssumptionId::HourlyCost.expected(), shown(value)),
            );
        }
        cost
    }

    fn goals(&mut self, value: &Value) -> Vec<Goal> {
        self.r
            .list("goals", value, MAX_GOALS, "goals")
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.goal(&format!("goals[{i}]"), item))
            .collect()
    }

    fn goal(&mut self, at: &str, value: &Value) -> Option<Goal> {
        const WHAT: &str = "the goal, as text (“open two new regions by 2027”)";
        if value.is_string() {
            let goal = self.r.text(at, value, WHAT)?;
            return Some(Goal { goal, keywords: Vec::new() });
        }
        let expected = "a goal: text, or an object with “goal” and “keywords”";
        let map = self.r.object(at, value, &["goal", "keywords"], "a goal", expected)?;
        let goal = self.r.required(map, at, "goal", WHAT);
        let goal = goal.and_then(|g| self.r.text(&format!("{at}.goal"), g, WHAT));
        let keywords = match map.get("keywords").filter(|v| !v.is_null()) {
            Some(v) => self.r.words(&format!("{at}.keywords"), v, MAX_LIST, "a keyword"),
            None => Vec::new(),
        };
        Some(Goal { goal: goal?, keywords })
    }

    fn glossary(&mut self, value: &Value) -> Vec<GlossaryTerm> {
        self.r
            .list("glossary", value, MAX_GLOSSARY, "terms")
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let at = format!("glossary[{i}]");
                let expected = "a term: an object with “term”, “plain” and, if you like, “why”";
                let map = self.r.object(&at, item, &["term", "plain", "why"], "a term", expected)?;
                let term = self.r.required(map, &at, "term", "the term, as text");
                let term = term.and_then(|t| self.r.word(&format!("{at}.term"), t, "the term"));
                let plain = self.r.required(map, &at, "plain", "the plain words for the term, as text");
                let plain = plain.and_then(|p| self.r.text(&format!("{at}.plain"), p, "the plain words"));
                let why = self.r.optional_text(map, &at, "why", "what the term means, as text");
                Some(GlossaryTerm { term: term?, plain: plain?, why })
            })
            .collect()
    }

    fn banned_words(&mut self, value: &Value) -> Vec<BannedWord> {
        self.r
            .list("banned_words", value, MAX_WORDS, "banned words")
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let at = format!("banned_words[{i}]");
                if item.is_string() {
                    let word = self.r.word(&at, item, "the word")?;
                    return Some(BannedWord { word, why: None });
                }
                let expected = "a banned word: text, or an object with “word” and, if you like, “why”";
                let map = self.r.object(&at, item, &["word", "why"], "a banned word", expected)?;
                let word = self.r.required(map, &at, "word", "the word, as text");
                let word = word.and_then(|w| self.r.word(&format!("{at}.word"), w, "the word"));
                let why = self.r.optional_text(map, &at, "why", "the reason, as text");
                Some(BannedWord { word: word?, why })
            })
            .collect()
    }

    fn preferred_words(&mut self, value: &Value) -> Vec<PreferredWord> {
        self.r
            .list("preferred_words", value, MAX_WORDS, "preferred words")
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let at = format!("preferred_words[{i}]");
                let expected = "a preferred word: an object with “use” and “instead_of”";
                let map = self.r.object(&at, item, &["use", "instead_of"], "a preferred word", expected)?;
                let word = self.r.required(map, &at, "use", "the word to use, as text");
                let word = word.and_then(|w| self.r.word(&format!("{at}.use"), w, "the word to use"))?;
                let field = format!("{at}.instead_of");
                let listed = self.r.required(map, &at, "instead_of", "a list of the words it replaces")?;
                let mut instead_of = self.r.words(&field, listed, MAX_LIST, "a word to replace");
                let folded = word.to_lowercase();
                if let Some(n) = instead_of.iter().position(|w| w.to_lowercase() == folded) {
                    self.r
                        .problem(format!("{field}[{n}]"), format!("is the word to use, “{}”", quoted(&word)));
                    instead_of.retain(|w| w.to_lowercase() != folded);
                }
                if instead_of.is_empty() && listed.is_array() {
                    self.r.problem(field, "expected at least one word to replace");
                }
                (!instead_of.is_empty()).then_some(PreferredWord { word, instead_of })
            })
            .collect()
    }

    fn currency(&mut self, value: &Value) -> Option<String> {
        let codes = currency_codes();
        let expected = format!("one of the currency codes ValueLens reads ({})", series(&codes, "or"));
        let code = self.r.text("currency", value, &expected)?.to_uppercase();
        if codes.contains(&code.as_str()) {
            Some(code)
        } else {
            self.r.problem("currency", format!("expected {expected}, not “{}”", quoted(&code)));
            None
        }
    }

    /// The pack's audience: its base, serialised, with the pack's fields laid over it one by one,
    /// so a field that does not fit the audience is named and the base's is kept.
    fn audience(&mut self, value: &Value) -> Option<PackAudience> {
        let builtin_ids = audience::ids();
        let bases = series(&builtin_ids, "or");
        let map = match value {
            Value::Object(map) => map,
            other => {
                let message =
                    format!("expected an object with “id”, “label” and “based_on”, not {}", kind(other));
                self.r.problem("audience", message);
                return None;
            }
        };
        let what_base = format!("the id of a built-in audience ({bases})");
        let based_on = self.r.required(map, "audience", "based_on", &what_base);
        let based_on = based_on.and_then(|v| self.r.text("audience.based_on", v, &what_base));
        let base = based_on.as_deref().and_then(|id| {
            let base = audience::find(id);
            if base.is_none() {
                self.r.problem("audience.based_on", format!("expected {what_base}, not “{}”", quoted(id)));
            }
            base
        });
        // The fields an audience has, from its base (or any built-in one, to name unknown fields).
        let template = base.or_else(|| audience::builtin().first())?;
        // Its own data file, read as JSON (no second copy of serde's code for `Audience`).
        let source = audience::source(&template.id)?;
        let Ok(Value::Object(mut merged)) = serde_json::from_str::<Value>(source) else { return None };
        let mut known: Vec<String> = merged.keys().cloned().collect();
        known.push("based_on".into());
        let known: Vec<&str> = known.iter().map(String::as_str).collect();
        self.r.unknown_fields("audience", map, &known, "an audience");
        let id_rule = "an id of 1 to 40 lower-case letters, digits or hyphens that no built-in audience has";
        let id = self.r.required(map, "audience", "id", id_rule);
        let id = id.and_then(|v| self.r.text("audience.id", v, id_rule)).filter(|id| {
            let fits = id.len() <= 40
                && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !builtin_ids.contains(&id.as_str())
                && id != "all";
            if !fits {
                self.r.problem("audience.id", format!("expected {id_rule}, not “{}”", quoted(id)));
            }
            fits
        });
        let (Some(base), Some(id)) = (base, id) else { return None };
        let label = match map.get("label").filter(|v| !v.is_null()) {
            Some(v) => self.r.text("audience.label", v, "the audience's name, as text"),
            None => {
                self.r.problem("audience.label", "expected the audience's name, as people should see it");
                None
            }
        };
        merged.insert("id".into(), Value::String(id.clone()));
        merged.insert("label".into(), Value::String(label.unwrap_or(id)));
        let overrides = map.iter().filter(|(k, v)| {
            !matches!(k.as_str(), "id" | "label" | "based_on") && !v.is_null() && known.contains(&k.as_str())
        });
        for (key, value) in overrides {
            let field = format!("audience.{key}");
            if let Err(problem) = within_limits(&field, value, MAX_LIST) {
                self.r.push(problem);
                continue;
            }
            let mut candidate = merged.clone();
            candidate.insert(key.clone(), value.clone());
            match as_audience(&candidate) {
                Ok(_) => merged = candidate,
                Err(e) => self.r.problem(field, format!("does not fit an audience: {e}")),
            }
        }
        match as_audience(&merged) {
            Ok(audience) => Some(PackAudience { based_on: base.id.clone(), audience }),
            Err(e) => {
                self.r.problem("audience", format!("does not fit an audience: {e}"));
                None
            }
        }
    }
}

/// `fields` as an audience, or serde's reason it is not one (without a position in JSON text the
/// user never wrote). Read from text so the wasm keeps one copy of serde's code for `Audience`.
fn as_audience(fields: &Map<String, Value>) -> Result<Audience, String> {
    let json = Value::Object(fields.clone()).to_string();
    audience::parse(&json).map_err(|e| {
        let reason = e.to_string();
        reason.split(" at line ").next().unwrap_or_default().to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::checks::{check, CheckOptions};
    use crate::engine::compose::{compose_with_pack, message_text};
    use crate::engine::lenient::{PROBLEMS_MOST, TEXT_MOST};
    use crate::engine::service::{understand, ServiceInput};

    /// (field, message) of every problem.
    fn problems(json: &str) -> Vec<(String, String)> {
        read(json).problems.into_iter().map(|p| (p.field, p.message)).collect()
    }

    fn fields(json: &str) -> Vec<String> {
        read(json).problems.into_iter().map(|p| p.field).collect()
    }

    fn pair(field: &str, message: &str) -> (String, String) {
        (field.to_string(), message.to_string())
    }

    #[test]
    fn the_example_pack_reads_with_no_problems() {
        let reading = read(EXAMPLE);
        assert_eq!(reading.problems, []);
        let pack = reading.pack;
        assert_eq!(pack.name.as_deref(), Some("Marlow & Finch Logistics"));
        assert_eq!(pack.currency.as_deref(), Some("GBP"));
        assert!(pack.goals.len() >= 5 && pack.goals.iter().filter(|g| g.keywords.is_empty()).count() == 1);
        assert!(pack.words.glossary.len() >= 12, "a dozen terms");
        assert!(pack.words.banned_words.len() >= 3 && pack.words.preferred_words.len() >= 2);
        let exec = pack.audience.as_ref().map(|a| (a.based_on.as_str(), a.audience.id.as_str()));
        assert_eq!(exec, Some(("board", "exec-committee")));
        let ids: Vec<&str> = audiences(&pack).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["board", "team-lead", "peer", "manager", "exec-committee"]);
        assert_eq!(
            find_audience(&pack, "exec-committee").map(|a| a.label.as_str()),
            Some("The executive committee")
        );
        assert!(find_audience(&pack, "peer").is_some() && find_audience(&pack, "ceo").is_none());
        assert_eq!((rule_audience(&pack, "exec-committee"), rule_audience(&pack, "peer")), ("board", "peer"));
        assert!(serde_json::to_value(&pack).is_ok_and(|v| v["glossary"][0]["term"] == "ServiceNow"));
    }

    #[test]
    fn a_full_pack_reads_as_written() {
        let json = r#"{
            "name": "  Acme Ltd ",
            "goals": [{"goal": "open two new regions by 2027", "keywords": ["region", "expansion"]}, "be kind"],
            "glossary": [{"term": "ServiceNow", "plain": "the IT request system", "why": "where staff ask for help"}],
            "audience": {"id": "exec-committee", "label": "Executive committee", "based_on": "board",
                         "summary": "The directors.", "slot_seconds": 600},
            "preferred_words": [{"use": "colleagues", "instead_of": ["users", "end users"]}],
            "banned_words": [{"word": "synergy", "why": "say what is shared"}, "leverage"],
            "currency": "aud"
        }"#;
        let reading = read(json);
        assert_eq!(reading.problems, []);
        let pack = reading.pack;
        assert_eq!(pack.name.as_deref(), Some("Acme Ltd"));
        assert_eq!(
            pack.goals,
            [
                Goal {
                    goal: "open two new regions by 2027".into(),
                    keywords: vec!["region".into(), "expansion".into()]
                },
                Goal { goal: "be kind".into(), keywords: vec![] },
            ]
        );
        assert_eq!(
            pack.words,
            OrgWords {
                glossary: vec![GlossaryTerm {
                    term: "ServiceNow".into(),
                    plain: "the IT request system".into(),
                    why: Some("where staff ask for help".into())
                }],
                banned_words: vec![
                    BannedWord { word: "synergy".into(), why: Some("say what is shared".into()) },
                    BannedWord { word: "leverage".into(), why: None },
                ],
                preferred_words: vec![PreferredWord {
                    word: "colleagues".into(),
                    instead_of: vec!["users".into(), "end users".into()]
                }],
            }
        );
        assert_eq!(pack.currency.as_deref(), Some("AUD"));
        let board = audience::find("board").cloned();
        let exec = pack.audience.map(|a| a.audience);
        let expected = board.map(|b| Audience {
            id: "exec-committee".into(),
            label: "Executive committee".into(),
            summary: "The directors.".into(),
            slot_seconds: 600,
            ..b
        });
        assert_eq!(exec, expected, "every field it leaves out is its base's");
    }

    #[test]
    fn each_bad_field_is_named_and_falls_back_while_the_rest_is_kept() {
        let json = r#"{
            "name": 5,
            "goals": [{"goal": "", "keywords": ["ok", "--", 3]}, {"keywords": ["x"]}, 7, "grow"],
            "glossary": [{"term": "", "plain": "x"}, {"term": "A", "plain": 5}, {"plain": "y"}, "bare",
                         {"term": "SAN", "plain": "the file store", "extra": 1}],
            "preferred_words": [{"use": "colleagues", "instead_of": "users"},
                                {"use": "staff", "instead_of": ["Staff", "workers"]}],
            "banned_words": [5, {"why": "x"}, "synergy"],
            "currency": "xyz"
        }"#;
        assert_eq!(
            problems(json),
            [
                pair(
                    "currency",
                    "expected one of the currency codes ValueLens reads (AUD, CAD, EUR, GBP, NZD or USD), not “XYZ”"
                ),
                pair("name", "expected the organisation's name, as text, not a number"),
                pair("goals[0].goal", "expected the goal, as text (“open two new regions by 2027”), not empty text"),
                pair("goals[0].keywords[1]", "expected a keyword with a letter or digit in it, not “--”"),
                pair("goals[0].keywords[2]", "expected a keyword, not a number"),
                pair("goals[1].goal", "expected the goal, as text (“open two new regions by 2027”)"),
                pair("goals[2]", "expected a goal: text, or an object with “goal” and “keywords”, not a number"),
                pair("glossary[0].term", "expected the term, not empty text"),
                pair("glossary[1].plain", "expected the plain words, not a number"),
                pair("glossary[2].term", "expected the term, as text"),
                pair(
                    "glossary[3]",
                    "expected a term: an object with “term”, “plain” and, if you like, “why”, not text"
                ),
                pair("glossary[4].extra", "not a field of a term, which has term, plain and why"),
                pair(
                    "banned_words[0]",
                    "expected a banned word: text, or an object with “word” and, if you like, “why”, not a number"
                ),
                pair("banned_words[1].word", "expected the word, as text"),
                pair("preferred_words[0].instead_of", "expected a list of words, not text"),
                pair("preferred_words[1].instead_of[0]", "is the word to use, “staff”"),
            ]
        );
        let pack = read(json).pack;
        assert_eq!((pack.name, pack.currency), (None, None));
        assert_eq!(pack.goals, [Goal { goal: "grow".into(), keywords: vec![] }]);
        assert_eq!(pack.words.glossary.iter().map(|t| t.term.as_str()).collect::<Vec<_>>(), ["SAN"]);
        assert_eq!(pack.words.banned_words, [BannedWord { word: "synergy".into(), why: None }]);
        assert_eq!(
            pack.words.preferred_words,
            [PreferredWord { word: "staff".into(), instead_of: vec!["workers".into()] }]
        );
    }

    #[test]
    fn the_packs_assumptions_are_read_and_bad_ones_named() {
        let json = r#"{"currency": "EUR", "assumptions": {"hourly_cost": 48, "working_days_per_year": 210,
            "recapture_rate": 50, "horizon_years": 5}}"#;
        let reading = read(json);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        let a = &reading.pack.assumptions;
        assert_eq!(a.hourly_cost, Some(HourlyCost { amount: 48.0, currency: "EUR".into() }));
        assert_eq!(
            (a.working_days_per_year, a.recapture_rate, a.horizon_years),
            (Some(210.0), Some(50.0), Some(5.0))
        );
        let written =
            read(r#"{"assumptions": {"hourly_cost": "A$60 an hour"}}"#).pack.assumptions.hourly_cost;
        assert_eq!(written, Some(HourlyCost { amount: 60.0, currency: "AUD".into() }));
        let bad = r#"{"assumptions": {"hourly_cost": 45, "working_days_per_year": 900, "recapture_rate": "half",
            "hourly_costs": 1}}"#;
        assert_eq!(
            problems(bad),
            [
                pair(
                    "assumptions.hourly_costs",
                    "not a field of the assumptions; did you mean “hourly_cost”?"
                ),
                pair(
                    "assumptions.working_days_per_year",
                    "expected a person's working days in a year, up to 366, not 900"
                ),
                pair(
                    "assumptions.hourly_cost",
                    "give the currency with the amount (“£45”), or set the pack's “currency”"
                ),
                pair(
                    "assumptions.recapture_rate",
                    "expected a share of the time put to other work, in per cent (1 to 100), not “half”"
                ),
            ]
        );
        assert_eq!(read(bad).pack.assumptions, Assumptions::default(), "bad values fall back");
    }

    #[test]
    fn a_bad_audience_is_named_field_by_field() {
        let base = |extra: &str| {
            format!(r#"{{"audience": {{"id": "exec", "label": "Exec", "based_on": "board"{extra}}}}}"#)
        };
        assert_eq!(
            problems(r#"{"audience": {"id": "Exec!", "label": "L", "based_on": "ceo"}}"#),
            [
                pair("audience.based_on", "expected the id of a built-in audience (board, team-lead, peer or manager), not “ceo”"),
                pair(
                    "audience.id",
                    "expected an id of 1 to 40 lower-case letters, digits or hyphens that no built-in audience has, not “Exec!”"
                ),
            ]
        );
        for id in ["board", "all", "", "x".repeat(41).as_str(), "exec committee"] {
            let json = base("").replace(r#""id": "exec""#, &format!(r#""id": "{id}""#));
            let reading = read(&json);
            assert_eq!(
                reading.problems.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(),
                ["audience.id"],
                "{id}"
            );
            assert!(reading.pack.audience.is_none(), "{id}");
        }
        assert_eq!(fields(r#"{"audience": {"id": "exec", "label": "Exec"}}"#), ["audience.based_on"]);
        assert_eq!(fields(r#"{"audience": "board"}"#), ["audience"]);
        let missing_label = read(r#"{"audience": {"id": "exec", "based_on": "peer"}}"#);
        assert_eq!(
            missing_label.problems.iter().map(|p| p.field.as_str()).collect::<Vec<_>>(),
            ["audience.label"]
        );
        assert_eq!(missing_label.pack.audience.map(|a| a.audience.label), Some("exec".into()));

        let json = base(
            r#", "max_grade": "high", "opening": 5, "colour": 1, "summary": "New",
               "headlines": {"saving": ["{service} saves {amount}."]}, "points": {"always": ["LONG"]}"#,
        )
        .replace("LONG", &"x".repeat(TEXT_MOST + 1));
        assert_eq!(
            problems(&json),
            [
                pair("audience.colour", &format!(
                    "not a field of an audience, which has {}",
                    "ask, avoid, claim_order, concerns, evidence_wanted, gaps, goal, headlines, id, label, listens_for, \
                     max_grade, next_step, opening, pitch_analogy, pitch_words, points, questions, slot_seconds, summary, \
                     tone, value, value_first, value_wanted and based_on"
                )),
                pair("audience.max_grade", "does not fit an audience: invalid type: string \"high\", expected f64"),
                pair("audience.opening", "does not fit an audience: invalid type: integer `5`, expected a sequence"),
                pair("audience.points.always[0]", "expected at most 300 characters, not 301"),
            ]
        );
        let exec = read(&json).pack.audience.map(|a| a.audience);
        let board = audience::find("board");
        assert_eq!(exec.as_ref().map(|a| a.summary.as_str()), Some("New"), "good fields are kept");
        assert_eq!(exec.as_ref().map(|a| a.max_grade), board.map(|b| b.max_grade), "bad ones are the base's");
        assert_eq!(exec.as_ref().map(|a| &a.points), board.map(|b| &b.points));
        assert_eq!(
            exec.and_then(|a| a.headlines.get("saving").cloned()),
            Some(vec!["{service} saves {amount}.".to_string()])
        );
    }

    #[test]
    fn unknown_fields_are_named_and_typos_get_a_suggestion() {
        let json = r#"{"glosary": [], "Currency": "GBP", "colour": "red", "name": "Acme"}"#;
        assert_eq!(
            problems(json),
            [
                pair("Currency", "not a field of an organisation pack; did you mean “currency”?"),
                pair(
                    "colour",
                    "not a field of an organisation pack, which has name, goals, glossary, audience, \
                     preferred_words, banned_words, currency and assumptions"
                ),
                pair("glosary", "not a field of an organisation pack; did you mean “glossary”?"),
            ]
        );
        assert_eq!(read(json).pack.name.as_deref(), Some("Acme"), "the rest is kept");
        assert_eq!(fields(r#"{"goals": [{"goal": "g", "keyword": ["x"]}]}"#), ["goals[0].keyword"]);
        assert_eq!(read(r#"{"name": null, "goals": null}"#).problems, [], "null is the same as absent");
    }

    #[test]
    fn broken_json_gives_the_default_pack_and_says_where() {
        for (json, message) in [
            ("", "not readable as JSON: EOF while parsing a value at line 1 column 0"),
            (
                "{\"name\": \"Acme\",\n \"goals\": [}",
                "not readable as JSON: expected value at line 2 column 12",
            ),
            ("[1]", "expected an object with fields such as name, goals and glossary, not a list"),
            ("\"pack\"", "expected an object with fields such as name, goals and glossary, not text"),
        ] {
            let reading = read(json);
            assert_eq!(reading.pack, OrgPack::default(), "{json}");
            assert_eq!(reading.problems, [Problem { field: "pack".into(), message: message.into() }]);
        }
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(fields(&deep), ["pack"], "too deep is a problem, not a crash");
    }

    #[test]
    fn limits_keep_the_first_entries_and_say_so() {
        let many = |n: usize, item: &str| format!("[{}]", vec![item; n].join(","));
        let json = format!(
            r#"{{"goals": {}, "glossary": {}, "banned_words": {}, "preferred_words": {},
                 "name": "{}"}}"#,
            many(
                MAX_GOALS + 10,
                &format!(r#"{{"goal": "g", "keywords": {}}}"#, many(MAX_LIST + 1, r#""k""#))
            ),
            many(MAX_GLOSSARY + 1, r#"{"term": "t", "plain": "p"}"#),
            many(MAX_WORDS + 5, r#""w""#),
            many(MAX_WORDS + 1, r#"{"use": "u", "instead_of": ["i"]}"#),
            "n".repeat(TEXT_MOST + 1),
        );
        let reading = read(&json);
        let pack = &reading.pack;
        assert_eq!(pack.goals.len(), MAX_GOALS);
        assert!(pack.goals.iter().all(|g| g.keywords.len() == MAX_LIST));
        assert_eq!(pack.words.glossary.len(), MAX_GLOSSARY);
        assert_eq!(pack.words.banned_words.len(), MAX_WORDS);
        assert_eq!(pack.words.preferred_words.len(), MAX_WORDS);
        assert_eq!(pack.name, None);
        let problems: Vec<(&str, &str)> =
            reading.problems.iter().map(|p| (p.field.as_str(), p.message.as_str())).collect();
        assert!(problems.contains(&("name", "expected at most 300 characters, not 301")));
        assert!(problems.contains(&("goals", "at most 50 goals are read; 10 more are left out")));
        assert!(problems.contains(&("goals[0].keywords", "at most 50 words are read; 1 more is left out")));
        assert!(problems.contains(&("glossary", "at most 500 terms are read; 1 more is left out")));
        assert!(
            problems.contains(&("banned_words", "at most 200 banned words are read; 5 more are left out"))
        );
        assert!(problems
            .contains(&("preferred_words", "at most 200 preferred words are read; 1 more is left out")));
    }

    #[test]
    fn problems_are_capped_too() {
        let json = format!(r#"{{"banned_words": [{}]}}"#, vec!["5"; 150].join(","));
        let reading = read(&json);
        assert_eq!(reading.problems.len(), PROBLEMS_MOST + 1);
        assert_eq!(
            reading.problems.last(),
            Some(&Problem { field: "pack".into(), message: "and 50 more problems, not listed".into() })
        );
    }

    #[test]
    fn hostile_strings_never_panic_and_are_quoted_safely() {
        let megabyte = "<b>\u{0}\u{202e}".repeat(1 << 18);
        let hostile = [
            "<script>alert(1)</script>",
            "\u{0}",
            "\u{202e}evil\u{202c}",
            "שלום",
            "{goal}",
            "👩‍💻",
            "e\u{301}",
            megabyte.as_str(),
        ];
        for s in hostile {
            let v = serde_json::Value::String(s.to_string());
            let key = serde_json::Value::String(s.to_string());
            let json = serde_json::json!({
                "name": v, "currency": v,
                "goals": [v, {"goal": v, "keywords": [v]}],
                "glossary": [{"term": v, "plain": v, "why": v}],
                "banned_words": [v, {"word": v, "why": v}],
                "preferred_words": [{"use": v, "instead_of": [v, "x"]}],
                "audience": {"id": v, "label": v, "based_on": "board", "summary": v, "goal": [v]},
            });
            let mut json = json.to_string();
            json.insert_str(1, &format!("{key}: 1, "));
            let reading = read(&json);
            for p in &reading.problems {
                assert!(p.field.chars().count() <= 200 && p.message.chars().count() <= 400, "{p:?}");
                let unsafe_char = |c: char| c.is_control() || c == '\u{202e}';
                assert!(!p.field.chars().any(unsafe_char) && !p.message.chars().any(unsafe_char), "{p:?}");
            }
            let pack = reading.pack;
            let shown: String = s.chars().take(TEXT_MOST).collect();
            let text = format!("{shown} region synergy users");
            let options =
                CheckOptions { audience: "peer".into(), org: pack.words.clone(), ..CheckOptions::default() };
            for f in check(&text, &options) {
                assert!(text.get(f.span.clone()).is_some_and(|m| !m.is_empty()), "{f:?}");
            }
            let input = ServiceInput::from_description(&text);
            let board = audience::find("board");
            if let Some(board) = board {
                let m = compose_with_pack(&input, &understand(&input), board, 0, &pack);
                assert!(!m.headline.is_empty());
            }
        }
    }

    #[test]
    fn the_example_packs_words_reach_the_checks() {
        let pack = read(EXAMPLE).pack;
        let text = "Log it in ServiceNow; going forward our users get it from the DC.";
        let options = CheckOptions {
            audience: rule_audience(&pack, "exec-committee").into(),
            org: pack.words.clone(),
            ..CheckOptions::default()
        };
        let found: Vec<(&str, &str, Option<String>)> = check(text, &options)
            .into_iter()
            .filter(|f| f.rule == "jargon" || f.rule.starts_with("org-"))
            .map(|f| (&text[f.span.clone()], if f.rule == "jargon" { "jargon" } else { "org" }, f.suggestion))
            .collect();
        assert_eq!(
            found,
            [
                ("ServiceNow", "jargon", Some("the IT request system".into())),
                ("going forward", "org", None),
                ("users", "org", Some("colleagues".into())),
                ("DC", "org", Some("depot".into())),
            ]
        );
    }

    #[test]
    fn the_pack_audience_composes_with_its_bases_templates_and_its_own() {
        let pack = read(EXAMPLE).pack;
        let exec = find_audience(&pack, "exec-committee");
        let board = audience::find("board");
        assert_eq!(exec.map(|a| &a.headlines), board.map(|b| &b.headlines), "the base's headlines");
        assert_eq!(exec.map(|a| &a.questions), board.map(|b| &b.questions));
        let input = ServiceInput::from_description(
            "We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.",
        );
        let Some(exec) = exec else { return };
        let m = compose_with_pack(&input, &understand(&input), exec, 0, &pack);
        assert_eq!(m.audience, "exec-committee");
        assert!(!m.headline.contains("99.95"), "{}", m.headline);
        assert!(
            ["A short update on", "Two minutes on"].iter().any(|o| m.talk_track.opening.starts_with(o)),
            "{}",
            m.talk_track.opening
        );
        assert!(
            m.talk_track.value.contains("our goal to keep our customers' data safe"),
            "{}",
            m.talk_track.value
        );
        assert!(!message_text(&m).contains('{'), "{}", message_text(&m));
    }
}
