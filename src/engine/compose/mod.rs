//! Composes what to say to an audience about a service: the audience's templates (data) filled
//! with claims drawn from the user's facts and derived figures, so every figure said is the user's
//! own or one whose working comes with the message. Deterministic: the same input and seed give
//! the same words; another seed picks other wordings.

mod analogy;
mod claims;
mod gloss;
mod goals;
mod message;
mod render;
mod service_kind;
mod translate;
mod value_claims;

use std::collections::{BTreeMap, BTreeSet};

pub use claims::{claim_kinds, CLAIM_SLOTS, GLOBAL_SLOTS};
pub use message::{Message, Point, Question, TalkTrack, Translation, Working};
pub use render::{markdown, plain_text};

use crate::engine::audience::{Audience, PitchAnalogy};
use crate::engine::checks::org_glossary;
use crate::engine::english;
use crate::engine::org_pack::{Goal, OrgPack};
use crate::engine::service::{ServiceInput, Understanding};
use crate::engine::template::{fill, slots, tidy};
use crate::engine::text::word_count;
use crate::engine::value::Missing;
use claims::Claim;
use translate::Translator;

/// The reading grade of the plainest audience: the user's words for what a service does are
/// said when they read at most this hard, or when nothing plainer is known to be true of it.
const PLAIN_GRADE: f64 = 9.0;

/// How many key points a message has at most.
const POINTS: usize = 3;
/// How many questions a message offers at most, and at least when the bank allows.
const QUESTIONS: (usize, usize) = (3, 5);
/// How many claims the talk track's evidence goes through at most.
const EVIDENCE: usize = 6;

/// The message for `audience` about the service `input` describes, as `understanding` reads it.
pub fn compose(
    input: &ServiceInput,
    understanding: &Understanding,
    audience: &Audience,
    seed: u64,
) -> Message {
    compose_with_pack(input, understanding, audience, seed, &OrgPack::default())
}

/// `compose` for an organisation with a pack: its terms are put in plain words, and the message
/// links the service to the organisation's goal its text names.
pub fn compose_with_pack(
    input: &ServiceInput,
    understanding: &Understanding,
    audience: &Audience,
    seed: u64,
    pack: &OrgPack,
) -> Message {
    let (service, translator) = Service::read(input, understanding, pack);
    write(&service, understanding, audience, seed, &translator)
}

/// The messages for several audiences, reading the service once.
pub fn compose_all(
    input: &ServiceInput,
    understanding: &Understanding,
    audiences: &[&Audience],
    seed: u64,
) -> Vec<Message> {
    compose_all_with_pack(input, understanding, audiences, seed, &OrgPack::default())
}

/// `compose_all` for an organisation with a pack (see `compose_with_pack`).
pub fn compose_all_with_pack(
    input: &ServiceInput,
    understanding: &Understanding,
    audiences: &[&Audience],
    seed: u64,
    pack: &OrgPack,
) -> Vec<Message> {
    let (service, translator) = Service::read(input, understanding, pack);
    audiences.iter().map(|a| write(&service, understanding, a, seed, &translator)).collect()
}

/// What every audience's message says of the service: its kind, name and the like, and its claims.
struct Service {
    kind: Option<&'static service_kind::ServiceKind>,
    globals: BTreeMap<&'static str, String>,
    claims: Vec<Claim>,
}

impl Service {
    /// The service as read once for every message, and the translator that put it in plain words
    /// (and will put the claims in them as they are said), knowing the pack's terms.
    fn read(
        input: &ServiceInput,
        understanding: &Understanding,
        pack: &OrgPack,
    ) -> (Service, std::cell::RefCell<Translator>) {
        let mut translator = Translator::with_glossary(org_glossary(&pack.words));
        let service = Service::new(input, understanding, &pack.goals, &mut translator);
        (service, std::cell::RefCell::new(translator))
    }

    fn new(
        input: &ServiceInput,
        understanding: &Understanding,
        goals: &[Goal],
        translator: &mut Translator,
    ) -> Service {
        let kind = service_kind::detect(input);
        let mut globals: BTreeMap<&'static str, String> = BTreeMap::new();
        let name = service_name(input, kind, translator);
        // The service said again: "it", or "them" for "our tills".
        globals.insert("pronoun", if english::is_plural(&name) { "them" } else { "it" }.to_string());
        globals.insert("service", name);
        // What was done ("introduced a self-service portal"), for the story.
        if let Some(action) = crate::engine::story::action(&input.description) {
            globals.insert("did", translator.plain(&action.said));
        }
        if let Some(people) = claims::people(understanding, translator) {
            globals.insert("people", people);
        }
        // The ask: the user's own field, else the sentence in which they asked for money
        // ("Please approve £45k a year to extend…").
        let ask = if input.ask.trim().is_empty() {
            claims::ask_sentence(input, understanding)
        } else {
            Some(&*input.ask)
        };
        if let Some(ask) = ask {
            globals.insert("ask", sentence(&translator.plain(crate::engine::story::request(ask))));
        }
        // What the user says it gives people, in their words, for a service with no figure to say.
        // Not a clause a figure was read from ("now it takes them half a day"): its claim says it.
        let a_figure = |t: &str| {
            let t = t.trim().trim_end_matches(['.', '!', '?']);
            understanding.facts.iter().any(|f| f.text.contains(t) || t.contains(f.text.as_str()))
        };
        let mut told: Vec<String> = crate::engine::story::told(&input.description)
            .into_iter()
            .filter(|t| !a_figure(t))
            .map(|t| tidy(&sentence(&translator.plain(t))))
            .filter(|t| globals.get("ask").is_none_or(|ask| !english::shares_run(ask, t, 6)))
            .collect();
        // Nothing read from the text at all: its opening sentence, in the user's words, rather
        // than an empty message.
        let opening = crate::engine::story::first_sentence(&input.description).trim();
        if told.is_empty() && understanding.facts.is_empty() && (4..=30).contains(&word_count(opening)) {
            told.push(tidy(&sentence(&translator.plain(opening))));
        }
        // What it does: the user's own field, else what their text says it does ("Our mobilising
        // system sends crews to 999 calls").
        let own = if input.what_it_does.trim().is_empty() {
            crate::engine::story::does(&input.description).map(|d| translator.plain(&d))
        } else {
            Some(translator.plain(&input.what_it_does))
        };
        // What such a service does and protects, and what would be at risk without it, only when
        // the user's own words say nothing of what it does or what was done: a kind read from
        // keywords is said of the kind, and may be false of their case ("ticketing" of a ferry).
        // A kind known only as "some service" says nothing of its own.
        // A kind the service's own name says ("our backup service") is said beside them.
        let own_words = !told.is_empty() || own.is_some() || globals.contains_key("did");
        // A service whose name says another thing ("our student union's IT team" beside a room
        // booking system) is not said to be what the kind is.
        let stock = kind.filter(|k| {
            let named = service_kind::kind_of_name(input, k);
            !k.keywords.is_empty() && named != Some(false) && (!own_words || named == Some(true))
        });
        // Their words read harder than a plain listener can follow ("connects the patient
        // administration system with pathology…") give way to such a service's plain ones.
        let plain_enough = |d: &String| {
            // The Flesch–Kincaid grade of the clause as one sentence (too short to score the
            // usual way).
            let r = crate::engine::readability::measure(d, 140);
            let per_word = r.syllables as f64 / r.words.max(1) as f64;
            0.39 * r.words as f64 + 11.8 * per_word - 15.59 <= PLAIN_GRADE
        };
        let own = match (own, stock) {
            (Some(own), Some(_)) if !plain_enough(&own) => None,
            (own, _) => own,
        };
        if let Some(own) = &own {
            globals.insert("own_does", strip_end(own));
        }
        if let Some(does) = own.or_else(|| stock.map(|k| k.does.clone())) {
            globals.insert("does", strip_end(&does));
        }
        if let Some(k) = stock {
            globals.insert("protects", k.protects.clone());
            globals.insert("at_risk", k.at_risk.clone());
        }
        for (slot, text) in ["told", "told_also"].into_iter().zip(told) {
            globals.insert(slot, text);
        }
        if let Some(goal) = goals::linked(goals, input) {
            globals.insert("goal", goal_phrase(&goal.goal, translator));
        }
        Service { kind, globals, claims: claims::claims(input, understanding) }
    }
}

/// One audience's message, from the service as read.
fn write(
    service: &Service,
    understanding: &Understanding,
    audience: &Audience,
    seed: u64,
    translator: &std::cell::RefCell<Translator>,
) -> Message {
    let mut writer = Writer {
        audience,
        seed,
        globals: &service.globals,
        translator,
        used: Vec::new(),
        headline_sources: Vec::new(),
        headline: String::new(),
        wordings: std::cell::RefCell::new(Vec::new()),
    };
    let ordered = writer.order(&service.claims);
    let headline = writer.headline(&ordered);
    writer.headline = headline.clone();
    let points = writer.points(&ordered);
    let evidence = writer.evidence(&ordered);
    let missing = understanding.missing.as_ref().filter(|_| audience.value_first);
    let questions = writer.questions(&ordered, missing);
    let gaps = writer.gaps(&service.claims, missing);
    let closing = writer.closing();
    let opening = writer.pick("opening", &audience.opening, None).unwrap_or_default();
    // The value line links the service to the organisation's goal when there is one to link;
    // else it says what the service does, which the pitch leaves out when the headline says it.
    let goal = writer.pick("value", &audience.goal, None);
    let links_goal = goal.is_some();
    let value = goal.or_else(|| writer.pick("value", &audience.value, None)).unwrap_or_default();
    let pitch_value = if !value.is_empty() && (links_goal || !writer.says_what_it_does(&headline)) {
        value.as_str()
    } else {
        ""
    };
    let analogy = writer.analogy(service.kind.map_or(&[][..], |k| &k.analogies[..]));
    // An analogy for any service is filler in a 30-second pitch: only one made for its kind.
    let pitch_analogy =
        if service.kind.is_some_and(|k| !k.keywords.is_empty()) { analogy.as_str() } else { "" };
    let (pitch, pitch_terms) =
        writer.pitch(&headline, &points, &evidence, [pitch_value, pitch_analogy], &closing);
    // The talk track says each clause once: evidence the opening or value line said is left out.
    let all: Vec<String> = evidence.into_iter().map(|(text, _)| text).collect();
    let fresh: Vec<&String> = all
        .iter()
        .filter(|t| ![&opening, &value].iter().any(|said| english::shares_run(said, t, 6)))
        .collect();
    let evidence = fresh.iter().map(|t| t.as_str()).collect::<Vec<_>>().join(" ");
    // What the talk track had nothing for is for the user to add, not a placeholder to say aloud.
    let wanted = [(&value, &audience.value_wanted), (&evidence, &audience.evidence_wanted)];
    let gaps: Vec<String> = wanted
        .into_iter()
        .filter(|(said, want)| said.is_empty() && !want.is_empty())
        .map(|(_, want)| want.clone())
        .chain(gaps)
        .collect();
    // Every figure the message says, and every figure those were worked out from: the chain.
    let said =
        writer.used.iter().flat_map(|c| c.derived.iter().cloned()).chain(missing.map(|m| m.about.clone()));
    let chain = crate::engine::value::chain::closure(&understanding.derived, said);
    let workings: Vec<Working> = understanding
        .derived
        .iter()
        .filter(|d| chain.contains(d.id.as_str()))
        .map(|d| Working {
            id: d.id.clone(),
            figure: d.text.clone(),
            working: d.working.clone(),
            assumption: d.assumption.clone(),
        })
        .collect();
    let mut message = Message {
        audience: audience.id.clone(),
        audience_label: audience.label.clone(),
        service: service.globals.get("service").cloned().unwrap_or_default(),
        headline,
        points,
        pitch,
        talk_track: TalkTrack { opening, value, evidence, ask: closing },
        analogy,
        questions,
        gaps,
        workings,
        translations: Vec::new(),
    };
    let translator = translator.borrow();
    explain_jargon(&mut message, &translator.glossary, pitch_terms);
    let said = message_text(&message);
    let restated = translator.found.iter().filter(|t| said.contains(&t.plain));
    message.translations.extend(restated.cloned());
    message
}

/// Explains the jargon of the user's words where each deliverable first uses it (the headline,
/// the points, the talk track, the answers and the analogy are each read on their own; the pitch
/// explains its own as it is built, to keep to its length), and lists every term explained.
fn explain_jargon(m: &mut Message, glossary: &crate::engine::checks::Glossary, mut found: Vec<Translation>) {
    let mut explain = |texts: Vec<&mut String>| {
        let mut gloss = gloss::Gloss::new(glossary);
        for text in texts {
            *text = gloss.explain(text, &mut found);
        }
    };
    explain(vec![&mut m.headline]);
    explain(vec![&mut m.analogy]);
    explain(m.points.iter_mut().map(|p| &mut p.text).collect());
    let t = &mut m.talk_track;
    explain(vec![&mut t.opening, &mut t.value, &mut t.evidence, &mut t.ask]);
    explain(m.questions.iter_mut().flat_map(|q| q.answer.as_mut()).collect());
    m.translations = found;
}

/// Everything a message says, as one text (for checks over the whole of it).
pub fn message_text(m: &Message) -> String {
    let mut parts: Vec<&str> = vec![&m.headline, &m.pitch, &m.analogy];
    parts.extend(m.points.iter().map(|p| p.text.as_str()));
    parts.extend(m.talk_track.parts().iter().map(|(_, t)| *t));
    for q in &m.questions {
        parts.push(&q.question);
        parts.extend(q.answer.as_deref());
        parts.extend(q.prepare.as_deref());
    }
    parts.extend(m.gaps.iter().map(String::as_str));
    parts.join("\n")
}

/// The service's name: the user's own name exactly as they wrote it (never put in other words:
/// it is what their listeners call it), else as found, in plain words.
fn service_name(
    input: &ServiceInput,
    kind: Option<&service_kind::ServiceKind>,
    t: &mut Translator,
) -> String {
    let name = service_kind::service_name(input, kind);
    if input.name.trim().is_empty() {
        t.plain(&name)
    } else {
        name
    }
}

/// An organisation's goal as it follows "our goal to": in plain words, mid-sentence, without a
/// "to" of its own or closing punctuation ("To open two new regions." → "open two new regions").
fn goal_phrase(goal: &str, translator: &mut Translator) -> String {
    let plain = strip_end(&translator.plain(goal));
    let without_to = match plain.get(..3) {
        Some(to) if to.eq_ignore_ascii_case("to ") => &plain[3..],
        _ => &plain,
    };
    without_to.trim().to_string()
}

/// Text without its closing punctuation, to sit inside a template's sentence.
fn strip_end(text: &str) -> String {
    text.trim().trim_end_matches(['.', '!', '?', ';', ',']).to_string()
}

/// The user's words as a sentence: trimmed, with a closing full stop.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// Fills one audience's templates for one message, remembering which claims it used.
struct Writer<'a> {
    audience: &'a Audience,
    seed: u64,
    globals: &'a BTreeMap<&'static str, String>,
    /// Puts the user's words in plain words as claims are said.
    translator: &'a std::cell::RefCell<Translator>,
    used: Vec<Claim>,
    /// The facts the headline already says, so the pitch does not say them twice.
    headline_sources: Vec<String>,
    headline: String,
    /// The wordings picked so far, so a message does not say two things the same way.
    wordings: std::cell::RefCell<Vec<String>>,
}

impl Writer<'_> {
    /// Claims in the order this audience hears them (the facts' order within a kind).
    fn order<'c>(&self, found: &'c [Claim]) -> Vec<&'c Claim> {
        let rank =
            |kind: &str| self.audience.claim_order.iter().position(|k| k == kind).unwrap_or(usize::MAX);
        // One figure of scale says who it serves, people first ("1,200 pupils" over "1,500
        // laptops"); a second would only repeat it.
        let persons = |c: &Claim| {
            c.in_user_words.get("people").is_some_and(|p| crate::engine::facts::counts_persons(p))
        };
        let scales = found.iter().filter(|c| c.kind == "scale");
        let chosen = scales.clone().find(|c| persons(c)).or_else(|| scales.clone().next());
        // …and none when another claim already names those people ("gives 300 agents back…").
        let chosen = chosen.filter(|s| {
            !found
                .iter()
                .any(|c| c.kind != "scale" && s.sources.first().is_some_and(|id| c.sources.contains(id)))
        });
        let mut ordered: Vec<&Claim> = found
            .iter()
            .filter(|c| c.kind != "scale" || chosen.is_some_and(|s| std::ptr::eq(*c, s)))
            .collect();
        // An audience that hears value first hears money gained, then time, then risk, then the
        // rest; within each, in its own order.
        let lead = |c: &Claim| if self.audience.value_first { c.value_rank() } else { 0 };
        ordered.sort_by_key(|c| (lead(c), rank(c.kind)));
        ordered
    }

    /// One of `templates` that every slot fills (from the claim, then the message) and that uses
    /// the most slots, chosen by the seed and `key`, tidied; `None` if none fills.
    fn pick(&self, key: &str, templates: &[String], claim: Option<&Claim>) -> Option<String> {
        let named: Vec<(&String, Vec<&str>)> = templates.iter().map(|t| (t, slots(t))).collect();
        let wanted = |name: &str| named.iter().any(|(_, names)| names.contains(&name));
        let values =
            claim.map(|c| c.values_of(wanted, &mut self.translator.borrow_mut())).unwrap_or_default();
        let value = |name: &str| {
            values
                .get(name)
                .map(String::as_str)
                .or_else(|| claim.and_then(|c| c.value(name)))
                .or_else(|| self.globals.get(name).map(String::as_str))
        };
        // The wordings that say the most of what the user gave, the story (what was done, their
        // own sentence) weighing more than a figure; the seed picks among them, and only the one
        // picked is written out.
        let weight = |name: &&str| match *name {
            "action" => 5,
            "said" => 3,
            _ => 2,
        };
        let fills: Vec<(usize, &String, BTreeSet<&str>)> = named
            .iter()
            .filter(|(_, names)| names.iter().all(|name| value(name).is_some()))
            .map(|(t, names)| (names.iter().map(weight).sum(), *t, names.iter().copied().collect()))
            .collect();
        let richest = fills.iter().map(|(n, _, _)| *n).max()?;
        // Of those, the ones saying the same things as the first listed: the data's order says
        // which things come first, the seed only varies the wording.
        let first = fills.iter().find(|(n, _, _)| *n == richest).map(|(_, _, s)| s.clone())?;
        let richest: Vec<&String> =
            fills.into_iter().filter(|(n, _, s)| *n == richest && *s == first).map(|(_, t, _)| t).collect();
        // A wording this message has used already is said again only when nothing else fits.
        let fresh: Vec<&String> =
            richest.iter().copied().filter(|t| !self.wordings.borrow().contains(*t)).collect();
        let richest = if fresh.is_empty() { richest } else { fresh };
        let i = choose(self.seed, &self.audience.id, key, richest.len());
        let service = self.globals.get("service").map_or("", String::as_str);
        let chosen = richest.get(i)?;
        self.wordings.borrow_mut().push((*chosen).clone());
        fill(chosen, value, false)
            .ok()
            // "worth about an estimated £11,733": the estimate says it is about.
            .map(|text| text.replace("about an estimated", "an estimated"))
            .map(|text| english::they_for_it(&english::agree_with(&tidy(&text), service), service))
    }

    fn remember(&mut self, claim: &Claim) {
        if !self.used.contains(claim) {
            self.used.push(claim.clone());
        }
    }

    fn headline(&mut self, ordered: &[&Claim]) -> String {
        for claim in ordered {
            if let Some(templates) = self.audience.headlines.get(claim.kind) {
                if let Some(text) = self.pick("headline", templates, Some(claim)) {
                    self.remember(claim);
                    self.headline_sources = claim.sources.clone();
                    return text;
                }
            }
        }
        let default = self.audience.headlines.get("default").map_or(&[][..], |t| &t[..]);
        self.pick("headline", default, None).unwrap_or_default()
    }

    /// A claim's sentence as a key point for this audience, with what the user says it means
    /// when the wording does not say it already.
    fn point_text(&self, claim: &Claim, key: &str) -> Option<String> {
        let templates = self.audience.points.get(claim.kind)?;
        let text = self.pick(key, templates, Some(claim))?;
        let so = claim.values_of(|n| n == "so", &mut self.translator.borrow_mut()).remove("so");
        Some(match so {
            Some(so) if !english::shares_run(&text, &so, 4) => english::so_that(&text, &so),
            _ => text,
        })
    }

    fn points(&mut self, ordered: &[&Claim]) -> Vec<Point> {
        let mut points: Vec<Point> = Vec::new();
        // First one point per kind of claim, then further claims of a kind already used.
        let mut seen = std::collections::BTreeSet::new();
        let (first_of_kind, rest): (Vec<&&Claim>, Vec<&&Claim>) =
            ordered.iter().partition(|c| seen.insert(c.kind));
        for claim in first_of_kind.into_iter().chain(rest) {
            if points.len() == POINTS {
                break;
            }
            let Some(text) = self.point_text(claim, &format!("point-{}", points.len())) else { continue };
            let in_headline =
                self.headline.to_lowercase().contains(&text.trim_end_matches('.').to_lowercase());
            if in_headline || points.iter().any(|p| english::shares_run(&p.text, &text, 6)) {
                continue;
            }
            let concern = self.concern(claim.kind);
            points.push(Point { text, concern, facts: claim.sources.clone() });
            self.remember(claim);
        }
        if points.len() < 2 {
            // Little or no figure to say: the user's own account, else what such a service does.
            let templates = self.audience.points.get("always").map_or(&[][..], |t| &t[..]);
            // Not a sentence the headline or a point has just said.
            let said_already = |t: &String| {
                english::shares_run(&self.headline, t, 6)
                    || points.iter().any(|p| english::shares_run(&p.text, t, 6))
            };
            let told = ["told", "told_also"]
                .iter()
                .filter_map(|k| self.globals.get(k))
                .find(|t| !said_already(t))
                .cloned();
            let stock = || if points.is_empty() { self.pick("point-always", templates, None) } else { None };
            if let Some(text) = told.or_else(stock) {
                points.push(Point { text, concern: self.concern("always"), facts: Vec::new() });
            }
        }
        points
    }

    fn concern(&self, kind: &str) -> String {
        self.audience.concerns.get(kind).cloned().unwrap_or_else(|| kind.replace('_', " "))
    }

    /// The talk track's evidence: each usable claim once, strongest first.
    /// The talk track's evidence: each usable claim once, strongest first, with the facts
    /// each sentence rests on.
    fn evidence(&mut self, ordered: &[&Claim]) -> Vec<(String, Vec<String>)> {
        let mut sentences: Vec<(String, Vec<String>)> = Vec::new();
        for claim in ordered {
            if sentences.len() == EVIDENCE {
                break;
            }
            if let Some(text) = self.point_text(claim, &format!("evidence-{}", sentences.len())) {
                if !sentences.iter().any(|(t, _)| english::shares_run(t, &text, 6)) {
                    sentences.push((text, claim.sources.clone()));
                    self.remember(claim);
                }
            }
        }
        if sentences.is_empty() {
            let templates = self.audience.points.get("always").map_or(&[][..], |t| &t[..]);
            let told: Vec<String> =
                ["told", "told_also"].iter().filter_map(|k| self.globals.get(k).cloned()).collect();
            if told.is_empty() {
                sentences.extend(self.pick("evidence-always", templates, None).map(|t| (t, Vec::new())));
            }
            sentences.extend(told.into_iter().map(|t| (t, Vec::new())));
        }
        sentences
    }

    /// The user's ask, when this audience can grant it; else a next step that fits what the
    /// message led with.
    fn closing(&self) -> String {
        let grantable = self
            .globals
            .get("ask")
            .is_some_and(|ask| self.audience.grants_budget || !crate::engine::facts::names_money(ask));
        let (key, templates) = if grantable {
            ("ask", self.audience.ask.clone())
        } else {
            ("next-step", self.audience.next_step_after(self.used.first().map(|c| c.kind)))
        };
        self.pick(key, &templates, None).unwrap_or_default()
    }

    /// Whether `headline` already says what the service does or protects.
    fn says_what_it_does(&self, headline: &str) -> bool {
        ["does", "protects"]
            .iter()
            .filter_map(|k| self.globals.get(*k))
            .any(|g| headline.contains(g.as_str()))
    }

    /// About 60–80 words: the headline, then the value line, the key points, further evidence and
    /// the analogy while they fit, each fact once, then the ask or next step. `extras` is the
    /// value line (empty to leave it out) and the analogy.
    fn pitch(
        &self,
        headline: &str,
        points: &[Point],
        evidence: &[(String, Vec<String>)],
        extras: [&str; 2],
        closing: &str,
    ) -> (String, Vec<Translation>) {
        let most = self.audience.pitch_words[1];
        let size = word_count;
        // Jargon is explained where the pitch first says it, and the explanation counts.
        let translator = self.translator.borrow();
        let mut terms = Vec::new();
        let mut gloss = gloss::Gloss::new(&translator.glossary);
        let glossed_headline = gloss.explain(headline, &mut terms);
        let closing_most = size(&gloss::Gloss::new(&translator.glossary).explain(closing, &mut Vec::new()));
        let mut said: Vec<String> = vec![glossed_headline];
        // A fact said once is said: the pitch never gives the same figure twice.
        let mut facts_said: Vec<&String> = self.headline_sources.iter().collect();
        let mut total = size(&said[0]) + closing_most;
        let [value, analogy] = extras;
        let mut candidates: Vec<(&str, &[String])> = vec![(value, &[])];
        if self.audience.pitch_analogy == PitchAnalogy::First {
            candidates.push((analogy, &[]));
        }
        candidates.extend(points.iter().map(|p| (p.text.as_str(), &p.facts[..])));
        candidates.extend(evidence.iter().map(|(t, f)| (t.as_str(), &f[..])));
        if self.audience.pitch_analogy == PitchAnalogy::Last {
            candidates.push((analogy, &[]));
        }
        // What has been said, before its jargon was explained, to find a clause said again.
        let mut said_as_written: Vec<&str> = vec![headline];
        for (text, facts) in candidates {
            let again = !facts.is_empty() && facts.iter().all(|f| facts_said.contains(&f));
            // A clause said once is said: six words in a row again is a repeat.
            let repeated = said_as_written.iter().any(|s| english::shares_run(s, text, 6));
            let as_written = text;
            let mut trial = gloss.clone();
            let mut trial_terms = terms.clone();
            let text = trial.explain(text, &mut trial_terms);
            if text.is_empty() || again || repeated || total + size(&text) > most {
                continue;
            }
            (gloss, terms) = (trial, trial_terms);
            total += size(&text);
            said.push(text);
            said_as_written.push(as_written);
            facts_said.extend(facts.iter());
        }
        said.push(gloss.explain(closing, &mut terms));
        (tidy(&said.join(" ")), terms)
    }

    /// The audience's likely questions, answered from the claims where they can be; with
    /// `missing`, the question that figure would answer comes first among those to prepare.
    fn questions(&mut self, ordered: &[&Claim], missing: Option<&Missing>) -> Vec<Question> {
        let mut answered = Vec::new();
        let mut to_prepare: Vec<Question> = missing
            .map(|m| Question {
                question: m.question.clone(),
                answer: None,
                prepare: Some(format!("Prepare this: {}.", m.prepare)),
            })
            .into_iter()
            .collect();
        for (n, q) in self.audience.questions.iter().enumerate() {
            let key = format!("question-{n}");
            let answer = q.answers.iter().find_map(|(kind, wordings)| {
                let claim = ordered.iter().find(|c| c.kind == kind.as_str());
                let pseudo = matches!(kind.as_str(), "ask" | "always");
                if claim.is_none() && !pseudo {
                    return None;
                }
                if kind == "ask" && !self.globals.contains_key("ask") {
                    return None;
                }
                self.pick(&key, wordings.as_slice(), claim.copied()).map(|text| (text, claim.copied()))
            });
            match answer {
                Some((text, claim)) => {
                    if let Some(c) = claim {
                        self.remember(c);
                    }
                    answered.push(Question {
                        question: q.question.clone(),
                        answer: Some(text),
                        prepare: None,
                    });
                }
                None => to_prepare.push(Question {
                    question: q.question.clone(),
                    answer: None,
                    prepare: Some(format!("Prepare this: {}.", q.prepare)),
                }),
            }
        }
        let mut questions: Vec<Question> = answered.into_iter().take(QUESTIONS.1).collect();
        let room = QUESTIONS.1 - questions.len();
        let wanted = QUESTIONS.0.saturating_sub(questions.len()).max(room.min(2));
        questions.extend(to_prepare.into_iter().take(wanted.min(room)));
        questions
    }

    /// What the audience will want that the input lacks: the one figure that would turn a result
    /// into money first, when there is one.
    fn gaps(&self, found: &[Claim], missing: Option<&Missing>) -> Vec<String> {
        let has = |kind: &str| match kind {
            "ask" => self.globals.contains_key("ask"),
            _ => found.iter().any(|c| c.kind == kind),
        };
        let gaps = self.audience.gaps.iter().filter(|g| !g.needs.iter().any(|k| has(k)));
        missing.map(|m| m.gap.clone()).into_iter().chain(gaps.map(|g| g.message.clone())).collect()
    }

    fn analogy(&self, ids: &[String]) -> String {
        let fitting = analogy::fitting(ids, &self.audience.id);
        let templates: Vec<String> = fitting.iter().map(|a| a.text.clone()).collect();
        self.pick("analogy", &templates, None).unwrap_or_default()
    }
}

/// A deterministic choice of one of `n` wordings for `key`, from the seed (FNV-1a: no
/// randomness, the same on every platform).
fn choose(seed: u64, audience: &str, key: &str, n: usize) -> usize {
    if n <= 1 {
        return 0;
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in seed.to_le_bytes().iter().chain(audience.as_bytes()).chain(key.as_bytes()) {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    (hash % n as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::find;
    use crate::engine::service::understand;

    fn message(text: &str, audience: &str, seed: u64) -> Message {
        let input = ServiceInput::from_description(text);
        let u = understand(&input);
        let a = find(audience).cloned().unwrap_or_else(|| crate::engine::audience::builtin()[0].clone());
        compose(&input, &u, &a, seed)
    }

    #[test]
    fn a_kind_read_from_a_keyword_says_nothing_the_user_did_not() {
        // "Ticketing" of a ferry is no theatre's box office: the user's words say what it does.
        let ferry =
            "Our ticketing system handles foot passenger and vehicle bookings for both routes. On a busy \
                     summer day it takes around £85,000 in bookings.";
        for audience in ["board", "team-lead"] {
            let said = message_text(&message(ferry, audience, 1));
            assert!(!said.contains("show after show") && !said.contains("every seat"), "{said}");
            assert!(said.contains("handles foot passenger and vehicle bookings"), "{said}");
            // A busy day's takings, in the user's words: not a daily rate to multiply.
            assert!(said.contains("On a busy summer day it takes around £85,000 in bookings"), "{said}");
        }
        // A name that says its kind keeps what such a service protects beside the user's words.
        let backup = message("Our backup service copies every file to a second site each night.", "board", 1);
        assert!(message_text(&backup).contains("able to recover"), "{}", message_text(&backup));
    }

    #[test]
    fn what_the_message_lacks_is_a_gap_to_fill_not_a_placeholder() {
        let m = message("We replaced the network.", "team-lead", 1);
        let parts = m.talk_track.parts().into_iter().map(|(_, t)| t.to_string());
        let said: Vec<String> = [m.headline.clone(), m.pitch.clone()]
            .into_iter()
            .chain(m.points.iter().map(|p| p.text.clone()))
            .chain(parts)
            .collect();
        assert!(said.iter().all(|s| !s.contains('[') && !s.contains("Add one example")), "{said:?}");
        assert!(m.gaps.iter().any(|g| g.starts_with("Add one example")), "{:?}", m.gaps);
        assert!(m.talk_track.parts().iter().all(|(_, text)| !text.is_empty()));
    }

    const MAIL: &str =
        "We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million phishing emails.";

    #[test]
    fn the_board_hears_what_uptime_protects_not_the_uptime() {
        let m = message(MAIL, "board", 0);
        assert!(!m.headline.contains("99.95"), "{}", m.headline);
        assert!(!m.headline.to_lowercase().contains("uptime"), "{}", m.headline);
        assert!(
            m.points.iter().any(|p| p.concern == "risk and continuity" || p.concern == "risk"),
            "{:?}",
            m.points
        );
        assert!(
            m.workings.iter().any(|w| w.working.starts_with("100% − 99.95% = 0.05% of 8,760 hours")),
            "{:?}",
            m.workings
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_words_and_another_seed_may_differ() {
        assert_eq!(message(MAIL, "peer", 7), message(MAIL, "peer", 7));
        let differs = (0..20).any(|seed| message(MAIL, "board", seed) != message(MAIL, "board", 0));
        assert!(differs, "some seed gives another wording");
    }

    #[test]
    fn thin_input_gives_an_honest_message_and_gaps() {
        let m = message("Helpdesk", "board", 0);
        assert!(
            m.headline.contains("IT help team") && m.headline.contains("people working"),
            "{}",
            m.headline
        );
        assert!(!m.points.is_empty());
        assert!(m.gaps.iter().any(|g| g.contains("money")), "{:?}", m.gaps);
        assert!(m
            .questions
            .iter()
            .any(|q| q.prepare.as_deref().is_some_and(|p| p.contains("a cost figure"))));
        assert!(m.workings.is_empty());
    }

    /// Every audience's templates use only slots their claim kind (or the message) can fill, name
    /// only real claim kinds, and carry no figure of their own.
    #[test]
    fn audience_templates_keep_the_slot_contract() {
        use crate::engine::template::slots;
        let special = ["always", "ask", "default"];
        for a in crate::engine::audience::builtin() {
            let kind_ok = |k: &str| claim_kinds().any(|c| c == k) || special.contains(&k);
            let allowed = |kind: Option<&str>| -> Vec<&str> {
                let own = kind
                    .and_then(|k| CLAIM_SLOTS.iter().find(|(c, _)| *c == k))
                    .map(|(_, s)| *s)
                    .unwrap_or_default();
                own.iter().chain(GLOBAL_SLOTS).copied().collect()
            };
            let mut templates: Vec<(Option<&str>, &str)> = Vec::new();
            for (kind, list) in a.headlines.iter().chain(&a.points) {
                assert!(kind_ok(kind), "{}: unknown claim kind {kind}", a.id);
                templates.extend(list.iter().map(|t| (Some(kind.as_str()), t.as_str())));
            }
            for list in [&a.opening, &a.value, &a.goal, &a.ask] {
                templates.extend(list.iter().map(|t| (None, t.as_str())));
            }
            for next in &a.next_step {
                if let crate::engine::audience::NextStep::After { after, .. } = next {
                    for kind in after {
                        assert!(kind_ok(kind), "{}: unknown claim kind {kind}", a.id);
                    }
                }
            }
            templates.extend(a.next_step_lines().into_iter().map(|t| (None, t.as_str())));
            assert!(
                a.goal.iter().all(|t| slots(t).contains(&"goal")),
                "{}: a goal line without {{goal}}",
                a.id
            );
            for q in &a.questions {
                for (kind, wordings) in &q.answers {
                    assert!(kind_ok(kind), "{}: unknown claim kind {kind}", a.id);
                    templates.extend(wordings.as_slice().iter().map(|t| (Some(kind.as_str()), t.as_str())));
                }
                assert!(!q.prepare.chars().any(|c| c.is_ascii_digit()), "{}: {}", a.id, q.prepare);
            }
            for kind in
                a.claim_order.iter().chain(a.concerns.keys()).chain(a.gaps.iter().flat_map(|g| &g.needs))
            {
                assert!(kind_ok(kind), "{}: unknown claim kind {kind}", a.id);
            }
            for (kind, t) in templates {
                for slot in slots(t) {
                    assert!(
                        allowed(kind).contains(&slot),
                        "{}: “{t}” uses {slot}, which {kind:?} does not fill",
                        a.id
                    );
                }
                assert!(!t.chars().any(|c| c.is_ascii_digit()), "{}: a figure in “{t}”", a.id);
            }
            for g in &a.gaps {
                assert!(
                    !g.message.chars().any(|c| c.is_ascii_digit()),
                    "{}: a figure in “{}”",
                    a.id,
                    g.message
                );
            }
        }
    }

    fn pack() -> OrgPack {
        let goal = |text: &str, keywords: &[&str]| Goal {
            goal: text.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        };
        OrgPack {
            goals: vec![
                goal("Cut our carbon emissions.", &[]),
                goal("open two new regions by 2027", &["region", "expansion", "new offices"]),
            ],
            ..OrgPack::default()
        }
    }

    fn with_pack(text: &str, audience: &str, pack: &OrgPack) -> Message {
        let input = ServiceInput::from_description(text);
        let a = find(audience).cloned().unwrap_or_else(|| crate::engine::audience::builtin()[0].clone());
        compose_with_pack(&input, &understand(&input), &a, 0, pack)
    }

    const REGIONAL: &str = "The network team connects every region to head office for 900 staff.";

    #[test]
    fn a_service_that_names_a_goals_keyword_is_linked_to_the_goal() {
        let m = with_pack(REGIONAL, "board", &pack());
        assert!(
            m.talk_track.value.contains("our goal to open two new regions by 2027."),
            "{}",
            m.talk_track.value
        );
        assert!(m.pitch.contains(&m.talk_track.value), "the value line reaches the pitch: {}", m.pitch);
        for audience in ["team-lead", "peer", "manager"] {
            let m = with_pack(REGIONAL, audience, &pack());
            assert!(
                m.talk_track.value.contains("our goal to open two new regions by 2027"),
                "{audience}: {m:?}"
            );
        }
        let other_seed = |seed| {
            let input = ServiceInput::from_description(REGIONAL);
            let board =
                find("board").cloned().unwrap_or_else(|| crate::engine::audience::builtin()[0].clone());
            compose_with_pack(&input, &understand(&input), &board, seed, &pack()).talk_track.value
        };
        assert!((0..20).any(|seed| other_seed(seed) != other_seed(0)), "the seed picks among goal lines");
    }

    #[test]
    fn no_keyword_no_link_and_no_pack_no_change() {
        for text in [MAIL, "Helpdesk", "Regional offices get new laptops."] {
            let plain = message(text, "board", 0);
            assert_eq!(with_pack(text, "board", &pack()), plain, "{text}");
            assert!(!message_text(&plain).contains("goal"), "{text}");
        }
        assert_eq!(with_pack(REGIONAL, "board", &OrgPack::default()), message(REGIONAL, "board", 0));
    }

    #[test]
    fn a_goal_reads_mid_sentence_whatever_its_capitals_and_stops() {
        let mut t = Translator::default();
        assert_eq!(goal_phrase("To open two new regions by 2027.", &mut t), "open two new regions by 2027");
        assert_eq!(goal_phrase("Cut carbon", &mut t), "cut carbon");
        assert_eq!(goal_phrase("to", &mut t), "to");
        assert_eq!(goal_phrase("é", &mut t), "é");
    }

    #[test]
    fn the_packs_terms_are_explained_beside_the_users_words() {
        use crate::engine::checks::{GlossaryTerm, OrgWords};
        let pack = OrgPack {
            words: OrgWords {
                glossary: vec![GlossaryTerm {
                    term: "Atlas".into(),
                    plain: "the depot system".into(),
                    why: None,
                }],
                ..OrgWords::default()
            },
            ..OrgPack::default()
        };
        let input =
            ServiceInput { what_it_does: "runs Atlas for every depot".into(), ..ServiceInput::default() };
        let board = find("board").cloned().unwrap_or_else(|| crate::engine::audience::builtin()[0].clone());
        let m = compose_with_pack(&input, &understand(&input), &board, 0, &pack);
        assert!(
            message_text(&m).contains("runs Atlas (the depot system) for every depot"),
            "{}",
            message_text(&m)
        );
        assert!(m.translations.iter().any(|t| t.term == "Atlas" && t.plain == "the depot system"));
    }

    #[test]
    fn choice_is_spread_and_stable() {
        assert_eq!(choose(1, "board", "headline", 1), 0);
        let picks: Vec<usize> = (0..50).map(|s| choose(s, "board", "headline", 2)).collect();
        assert!(picks.contains(&0) && picks.contains(&1));
        assert_eq!(choose(42, "peer", "point-0", 3), choose(42, "peer", "point-0", 3));
    }
}
