//! Writes one audience's message from the service as read: orders the claims for the audience,
//! picks each part's wording from its templates by the seed, says each clause once, and explains
//! the jargon of the user's words where each deliverable first uses it.

use std::collections::{BTreeMap, BTreeSet};

use super::claims::Claim;
use super::service::Service;
use super::translate::Translator;
use super::{analogy, gloss, message_text, Message, Point, Question, TalkTrack, Translation, Working};
use crate::engine::audience::{Audience, PitchAnalogy};
use crate::engine::english;
use crate::engine::service::Understanding;
use crate::engine::template::{fill, slots, tidy};
use crate::engine::text::word_count;
use crate::engine::value::Missing;

/// How many key points a message has at most.
const POINTS: usize = 3;

/// How many questions a message offers at most, and at least when the bank allows.
const QUESTIONS: (usize, usize) = (3, 5);

/// How many claims the talk track's evidence goes through at most.
const EVIDENCE: usize = 6;

/// One audience's message, from the service as read.
pub(super) fn write(
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
    let analogy = writer.analogy(service.kind.map_or(&[][..], |k| k.analogies));
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

    fn analogy(&self, ids: &[&str]) -> String {
        let fitting = analogy::fitting(ids, &self.audience.id);
        let templates: Vec<String> = fitting.iter().map(|a| a.text.to_string()).collect();
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

    #[test]
    fn choice_is_spread_and_stable() {
        assert_eq!(choose(1, "board", "headline", 1), 0);
        let picks: Vec<usize> = (0..50).map(|s| choose(s, "board", "headline", 2)).collect();
        assert!(picks.contains(&0) && picks.contains(&1));
        assert_eq!(choose(42, "peer", "point-0", 3), choose(42, "peer", "point-0", 3));
    }
}
