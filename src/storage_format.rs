//! The library of services the web app keeps in the browser's local storage, and its versioned
//! format: `{"format":"valuelens","version":1,"current":…,"services":[…],"check":{…}}`. Plain
//! Rust, tested natively. Decoding takes any string: a value that is too large, not JSON, another
//! program's, from a newer ValueLens or damaged comes back as a `LoadProblem`, never a panic, and
//! usable values are put right (an unknown audience, an unusable correction) and counted.
//! Fields added since version 1 (a service's `practice`) are optional, so older values still load.

use std::collections::{BTreeSet, HashSet};

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};

use crate::engine::audience;
use crate::engine::facts::{Fact, LARGEST_FIGURE};
use crate::engine::rehearsal::drill::Mark;
use crate::engine::rehearsal::log;
use crate::engine::service::{Correction, ServiceInput};

/// The local storage key the standalone app's library lives under (an embedded widget has its own,
/// see `embedding::Storage`).
pub const KEY: &str = "valuelens";
/// Where the standalone app sets an unreadable stored value aside (`set_aside_key(KEY)`).
pub const SET_ASIDE_KEY: &str = "valuelens.unreadable";

/// Where an unreadable value stored under `key` is set aside, so that saving never overwrites it.
pub fn set_aside_key(key: &str) -> String {
    format!("{key}.unreadable")
}
/// What the `format` field must say.
pub const FORMAT: &str = "valuelens";
/// The storage format's version.
pub const VERSION: u32 = 1;
/// The largest stored value read or written (bytes of JSON). Browsers give a site about 5 MB.
pub const MAX_BYTES: usize = 2_000_000;

/// One service in the library, with what the user chose for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Unique within the library; never reused while the entry exists.
    pub id: u32,
    pub input: ServiceInput,
    /// The audience id chosen for this service.
    pub audience: String,
    /// The wording seed ("Say it another way" steps it).
    #[serde(default)]
    pub seed: u64,
    /// The user's own draft, checked in "Check my draft".
    #[serde(default)]
    pub draft: String,
    /// What rehearsing this service has left: checklist ticks, drill marks, the practice log.
    /// Left out of storage while empty.
    #[serde(default, skip_serializing_if = "Practice::is_empty")]
    pub practice: Practice,
}

/// What the user keeps from rehearsing a service.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Practice {
    /// The ids of the "before the meeting" items ticked.
    pub ticked: BTreeSet<String>,
    /// The drill's questions marked ready, by their words.
    pub ready: BTreeSet<String>,
    /// The drill's questions marked as needing work, by their words.
    pub needs_work: BTreeSet<String>,
    /// Finished runs, oldest first, at most `log::KEPT`.
    pub log: Vec<log::Entry>,
}

impl Practice {
    pub fn is_empty(&self) -> bool {
        self.ticked.is_empty() && self.ready.is_empty() && self.needs_work.is_empty() && self.log.is_empty()
    }

    /// The mark of the question with these words.
    pub fn mark(&self, question: &str) -> Mark {
        if self.ready.contains(question) {
            Mark::Ready
        } else if self.needs_work.contains(question) {
            Mark::NeedsWork
        } else {
            Mark::Unmarked
        }
    }

    /// Marks the question with these words.
    pub fn set_mark(&mut self, question: String, mark: Mark) {
        self.ready.remove(&question);
        self.needs_work.remove(&question);
        match mark {
            Mark::Ready => self.ready.insert(question),
            Mark::NeedsWork => self.needs_work.insert(question),
            Mark::Unmarked => false,
        };
    }
}

impl Entry {
    /// A blank service for the first audience.
    pub fn blank(id: u32) -> Entry {
        Entry {
            id,
            input: ServiceInput::default(),
            audience: default_audience(),
            seed: 0,
            draft: String::new(),
            practice: Practice::default(),
        }
    }

    /// How the service is named in lists: its name, else the start of its description.
    pub fn title(&self) -> String {
        let name = self.input.name.trim();
        if !name.is_empty() {
            return name.to_string();
        }
        let mut all = self.input.description.split_whitespace();
        let words: Vec<&str> = all.by_ref().take(6).collect();
        match (words.len(), all.next()) {
            (0, _) => "Untitled service".to_string(),
            (_, Some(_)) => format!("{}…", words.join(" ")),
            (_, None) => words.join(" "),
        }
    }
}

/// The user's choices for "Check my draft": rules switched off and terms accepted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckSettings {
    pub disabled_rules: BTreeSet<String>,
    pub accepted_terms: BTreeSet<String>,
}

/// Everything kept between visits.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    /// Never empty.
    pub services: Vec<Entry>,
    /// The id of the open service; always one in `services`.
    pub current: u32,
    pub check: CheckSettings,
}

impl Default for Library {
    fn default() -> Self {
        Library { services: vec![Entry::blank(1)], current: 1, check: CheckSettings::default() }
    }
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u32,
    current: u32,
    services: &'a [Entry],
    check: &'a CheckSettings,
}

/// The fields that say whose a stored value is; everything else is skipped.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
}

#[derive(Deserialize)]
struct FormatProbe {
    #[serde(default)]
    format: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    current: u32,
    services: Vec<Entry>,
    #[serde(default)]
    check: CheckSettings,
}

/// Why a stored value could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Larger than `MAX_BYTES`.
    TooLarge { bytes: usize },
    /// Not JSON at all (cut short, or written by something else).
    NotJson,
    /// JSON, but not a ValueLens library.
    Foreign,
    /// A ValueLens library from a later version.
    Newer { version: u64 },
    /// A ValueLens library with something wrong inside.
    Damaged(String),
}

impl LoadProblem {
    /// One sentence for the user.
    pub fn explain(&self) -> String {
        match self {
            LoadProblem::TooLarge { bytes } => {
                format!("The saved data in this browser is too large to read ({bytes} bytes).")
            }
            LoadProblem::NotJson => "The saved data in this browser is unreadable.".to_string(),
            LoadProblem::Foreign => {
                "The saved data in this browser was not written by ValueLens.".to_string()
            }
            LoadProblem::Newer { version } => format!(
                "The saved data in this browser was written by a newer version of ValueLens (format {version})."
            ),
            LoadProblem::Damaged(detail) => format!("The saved data in this browser is damaged ({detail})."),
        }
    }
}

/// What had to be put right in a stored value or a link to use it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repairs {
    pub unknown_audiences: usize,
    pub dropped_corrections: usize,
    pub renumbered_services: usize,
}

impl Repairs {
    pub fn count(&self) -> usize {
        self.unknown_audiences + self.dropped_corrections + self.renumbered_services
    }
}

/// The library as stored, or why it could not be written (too large).
pub fn encode(library: &Library) -> Result<String, usize> {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        current: library.current,
        services: &library.services,
        check: &library.check,
    };
    let json = serde_json::to_string(&envelope).unwrap_or_default();
    if json.len() > MAX_BYTES {
        return Err(json.len());
    }
    Ok(json)
}

/// The library in a stored value, put right where needed, or why it cannot be used.
pub fn decode(raw: &str) -> Result<(Library, Repairs), LoadProblem> {
    if raw.len() > MAX_BYTES {
        return Err(LoadProblem::TooLarge { bytes: raw.len() });
    }
    // Read in steps, so each kind of problem gets its own answer (and without a JSON `Value`,
    // which would add its code to the bundle).
    serde_json::from_str::<IgnoredAny>(raw).map_err(|_| LoadProblem::NotJson)?;
    let version = match serde_json::from_str::<Probe>(raw) {
        Ok(Probe { format: Some(format), version }) if format == FORMAT => version,
        Ok(_) => return Err(LoadProblem::Foreign),
        Err(_) => match serde_json::from_str::<FormatProbe>(raw) {
            Ok(FormatProbe { format: Some(format) }) if format == FORMAT => None,
            _ => return Err(LoadProblem::Foreign),
        },
    };
    match version {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) if v > u64::from(VERSION) => return Err(LoadProblem::Newer { version: v }),
        _ => return Err(LoadProblem::Damaged("no usable version".into())),
    }
    let envelope: EnvelopeIn = serde_json::from_str(raw).map_err(|e| LoadProblem::Damaged(e.to_string()))?;
    let mut repairs = Repairs::default();
    let mut services = Vec::with_capacity(envelope.services.len());
    let mut seen = HashSet::new();
    let mut next_id = envelope.services.iter().map(|e| e.id).max().unwrap_or(0).saturating_add(1);
    for mut entry in envelope.services {
        if entry.id == 0 || !seen.insert(entry.id) {
            repairs.renumbered_services += 1;
            entry.id = next_id;
            seen.insert(next_id);
            next_id = next_id.saturating_add(1);
        }
        entry.input = sanitise_input(entry.input, &mut repairs);
        entry.audience = known_audience(&entry.audience, &mut repairs);
        let log = &mut entry.practice.log;
        log.drain(..log.len().saturating_sub(log::KEPT));
        services.push(entry);
    }
    if services.is_empty() {
        services.push(Entry::blank(1));
    }
    let current =
        if services.iter().any(|e| e.id == envelope.current) { envelope.current } else { services[0].id };
    Ok((Library { services, current, check: envelope.check }, repairs))
}

/// The first built-in audience's id.
pub fn default_audience() -> String {
    audience::ids().first().map_or_else(String::new, |id| (*id).to_string())
}

/// `id` when the engine knows the audience, else the first audience (counted as a repair).
pub fn known_audience(id: &str, repairs: &mut Repairs) -> String {
    if audience::find(id).is_some() {
        id.to_string()
    } else {
        repairs.unknown_audiences += 1;
        default_audience()
    }
}

/// `input` without corrections whose figures no text could hold (counted as repairs).
pub fn sanitise_input(mut input: ServiceInput, repairs: &mut Repairs) -> ServiceInput {
    let before = input.corrections.len();
    input.corrections.retain(|c| match c {
        Correction::Remove { key } => !key.is_empty(),
        Correction::Replace { key, fact } => !key.is_empty() && usable(fact),
        Correction::Add { fact } => usable(fact),
    });
    repairs.dropped_corrections += before - input.corrections.len();
    input
}

fn usable(fact: &Fact) -> bool {
    let fits = |v: f64| v.is_finite() && v.abs() <= LARGEST_FIGURE;
    fits(fact.value) && fact.from.is_none_or(fits) && fact.per.as_ref().is_none_or(|p| fits(p.count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        let mut mail = Entry::blank(3);
        mail.input = ServiceInput::from_description("We run mail for 1,200 staff. <b>bold</b>");
        mail.input.name = "Mail".into();
        mail.audience = "peer".into();
        mail.seed = 4;
        mail.draft = "We think the VPN is fine.".into();
        mail.practice.ticked.insert("listen".into());
        mail.practice.set_mark("What does it cost?".into(), Mark::NeedsWork);
        mail.practice.log.push(log::Entry {
            date: "2026-11-23".into(),
            duration_ms: 32_000,
            target_ms: 30_000,
            wpm: Some(138),
        });
        let mut check = CheckSettings::default();
        check.disabled_rules.insert("hedging".into());
        check.accepted_terms.insert("VPN".into());
        Library { services: vec![Entry::blank(1), mail], current: 3, check }
    }

    #[test]
    fn the_library_round_trips_through_storage() {
        let raw = encode(&library()).unwrap_or_default();
        assert!(raw.starts_with(r#"{"format":"valuelens","version":1,"#), "{raw}");
        assert_eq!(decode(&raw), Ok((library(), Repairs::default())));
    }

    #[test]
    fn a_value_stored_before_rehearsing_existed_still_loads() {
        let raw = r#"{"format":"valuelens","version":1,"current":3,"services":[
            {"id":3,"input":{"name":"Mail","description":"We run mail."},"audience":"peer","seed":2,
             "draft":"Hi"}],"check":{"disabled_rules":[],"accepted_terms":[]}}"#;
        let (library, repairs) = decode(raw).unwrap_or_default();
        assert_eq!(repairs, Repairs::default());
        assert_eq!(library.services[0].practice, Practice::default());
        assert_eq!(library.services[0].draft, "Hi");
        let blank = encode(&Library::default()).unwrap_or_default();
        assert!(!blank.contains("practice"), "nothing new is written until there is practice: {blank}");
    }

    #[test]
    fn practice_is_kept_within_bounds() {
        let entry = |i: u64| {
            format!(
                r#"{{"date":"2026-11-{:02}","duration_ms":{i},"target_ms":30000,"wpm":null}}"#,
                i % 28 + 1
            )
        };
        let log: Vec<String> = (0..(log::KEPT as u64 + 3)).map(entry).collect();
        let raw = format!(
            r#"{{"format":"valuelens","version":1,"current":1,"services":[{{"id":1,"input":{{}},
            "audience":"board","practice":{{"ready":["How much?"],"needs_work":["How much?","Why?"],
            "log":[{}]}}}}]}}"#,
            log.join(",")
        );
        let (library, _) = decode(&raw).unwrap_or_default();
        let practice = &library.services[0].practice;
        assert_eq!(practice.log.len(), log::KEPT);
        assert_eq!(practice.log[0].duration_ms, 3, "the oldest runs go first");
        assert_eq!(practice.mark("How much?"), Mark::Ready, "ready wins over a stale mark");
        assert_eq!(practice.mark("Why?"), Mark::NeedsWork);
        assert_eq!(practice.mark("Who?"), Mark::Unmarked);
        let odd = raw.replace(r#""log":"#, r#""ticks":1,"log":"#);
        assert!(matches!(decode(&odd), Err(LoadProblem::Damaged(_))));
    }

    #[test]
    fn what_is_not_a_library_is_named() {
        assert_eq!(decode("{\"format\":\"valuelens\",\"vers"), Err(LoadProblem::NotJson));
        assert_eq!(decode(""), Err(LoadProblem::NotJson));
        assert_eq!(decode("not json"), Err(LoadProblem::NotJson));
        assert_eq!(decode(r#"{"theme":"dark"}"#), Err(LoadProblem::Foreign));
        assert_eq!(decode(r#"[1,2,3]"#), Err(LoadProblem::Foreign));
        assert_eq!(decode(r#""valuelens""#), Err(LoadProblem::Foreign));
        assert_eq!(
            decode(r#"{"format":"valuelens","version":7,"whatever":true}"#),
            Err(LoadProblem::Newer { version: 7 })
        );
        assert!(matches!(decode(r#"{"format":"valuelens","version":"1"}"#), Err(LoadProblem::Damaged(_))));
        assert!(matches!(decode(r#"{"format":"valuelens","version":-1}"#), Err(LoadProblem::Damaged(_))));
        assert!(matches!(decode(r#"{"format":"valuelens"}"#), Err(LoadProblem::Damaged(_))));
        assert_eq!(decode(r#"{"format":7,"version":1}"#), Err(LoadProblem::Foreign));
        assert!(matches!(
            decode(r#"{"format":"valuelens","version":1,"current":1,"services":[{"id":1}]}"#),
            Err(LoadProblem::Damaged(detail)) if detail.contains("missing field")
        ));
        let huge = format!(r#"{{"format":"valuelens","pad":"{}"}}"#, "x".repeat(MAX_BYTES));
        assert_eq!(decode(&huge), Err(LoadProblem::TooLarge { bytes: huge.len() }));
    }

    #[test]
    fn every_problem_explains_itself_in_a_sentence() {
        for problem in [
            LoadProblem::TooLarge { bytes: 3 },
            LoadProblem::NotJson,
            LoadProblem::Foreign,
            LoadProblem::Newer { version: 2 },
            LoadProblem::Damaged("x".into()),
        ] {
            let text = problem.explain();
            assert!(text.starts_with("The saved data") && text.ends_with('.'), "{text}");
        }
    }

    #[test]
    fn usable_values_are_put_right_and_counted() {
        let raw = r#"{"format":"valuelens","version":1,"current":99,"services":[
            {"id":5,"input":{"description":"a"},"audience":"ceo"},
            {"id":5,"input":{"description":"b","corrections":[{"remove":{"key":""}},
              {"add":{"fact":{"id":"","kind":"money","value":-1e200,"unit":"GBP","measures":"",
               "field":"user","text":"x","origin":"user"}}}]},"audience":"peer"},
            {"id":0,"input":{},"audience":"manager"}]}"#;
        let (library, repairs) = decode(raw).unwrap_or_default();
        let ids: Vec<u32> = library.services.iter().map(|e| e.id).collect();
        assert_eq!(ids, [5, 6, 7]);
        assert_eq!(library.current, 5, "a missing current service falls back to the first");
        assert_eq!(library.services[0].audience, "board");
        assert!(library.services[1].input.corrections.is_empty());
        assert_eq!(repairs, Repairs { unknown_audiences: 1, dropped_corrections: 2, renumbered_services: 2 });
    }

    #[test]
    fn an_empty_library_gets_a_blank_service() {
        let (library, _) =
            decode(r#"{"format":"valuelens","version":1,"current":1,"services":[]}"#).unwrap_or_default();
        assert_eq!(library, Library::default());
    }

    #[test]
    fn a_library_too_large_to_keep_is_not_encoded() {
        let mut big = Library::default();
        big.services[0].input.description = "x".repeat(MAX_BYTES);
        assert!(matches!(encode(&big), Err(bytes) if bytes > MAX_BYTES));
    }

    #[test]
    fn titles_come_from_the_name_or_the_description() {
        let mut entry = Entry::blank(1);
        assert_eq!(entry.title(), "Untitled service");
        entry.input.description = "We run the mail service for 1,200 staff at 99.95% uptime.".into();
        assert_eq!(entry.title(), "We run the mail service for…");
        entry.input.description = "Mail for staff".into();
        assert_eq!(entry.title(), "Mail for staff");
        entry.input.name = "  Mail  ".into();
        assert_eq!(entry.title(), "Mail");
    }
}
