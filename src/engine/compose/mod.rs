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
mod service;
mod service_kind;
mod translate;
mod value_claims;
mod wordings;
mod writer;

pub use claims::{claim_kinds, CLAIM_SLOTS, GLOBAL_SLOTS};
pub use message::{Message, Point, Question, TalkTrack, Translation, Working};
pub use render::{markdown, plain_text};
pub use wordings::{next_wording, NextWording};

use crate::engine::audience::Audience;
use crate::engine::org_pack::OrgPack;
use crate::engine::service::{ServiceInput, Understanding};
use service::Service;
use writer::write;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::find;
    use crate::engine::org_pack::Goal;
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
}
