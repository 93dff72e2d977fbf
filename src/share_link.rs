//! The shareable link: one service, its audience and wording seed, carried in the URL fragment
//! (`#service=1.<base64url JSON>`), which browsers never send to a server. Plain Rust, tested
//! natively; decoding accepts any string and answers with a reason when it cannot use it.

use serde::{Deserialize, Serialize};

use crate::engine::service::ServiceInput;
use crate::storage_format::{sanitise_input, Repairs};

/// What starts a fragment that is a ValueLens link; any other fragment is not ours to read.
pub const PREFIX: &str = "service=";
/// The link format's version, written before the payload.
pub const VERSION: u32 = 1;
/// The longest fragment made or read. Longer text is better exported than linked.
pub const MAX_FRAGMENT_CHARS: usize = 100_000;

/// What a link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub input: ServiceInput,
    pub audience: String,
    pub seed: u64,
    /// What had to be put right to use the link (an unknown audience, an unusable correction).
    pub repairs: Repairs,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    input: ServiceInput,
    audience: String,
    #[serde(default)]
    seed: u64,
}

/// Why a link could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// Longer than `MAX_FRAGMENT_CHARS`.
    TooLong { chars: usize },
    /// Made by a later ValueLens.
    Newer { version: u32 },
    /// Cut short, mistyped or not made by ValueLens.
    Damaged(String),
}

impl LinkProblem {
    /// One sentence for the user.
    pub fn explain(&self) -> String {
        match self {
            LinkProblem::TooLong { chars } => format!(
                "This link is too long to open ({chars} characters or more; the most is {MAX_FRAGMENT_CHARS}). \
                 Ask for the service as an exported file instead."
            ),
            LinkProblem::Newer { version } => format!(
                "This link was made by a newer version of ValueLens (link format {version}); \
                 this one reads format {VERSION}."
            ),
            // The detail (for a developer) is in the problem, not in what the user reads.
            LinkProblem::Damaged(_) => "This link is damaged or incomplete, so it could not be opened. \
                 Ask whoever sent it to copy the whole link again."
                .to_string(),
        }
    }

    /// One sentence for the user who asked for a link and could not have one.
    pub fn explain_for_sharing(&self) -> String {
        match self {
            LinkProblem::TooLong { chars } => format!(
                "This service is too long to share as a link ({chars} characters or more; the most is \
                 {MAX_FRAGMENT_CHARS}). Download it as Markdown or plain text instead."
            ),
            other => other.explain(),
        }
    }
}

/// The fragment (without `#`) for `input` said to `audience` with `seed`, or why there is none.
pub fn encode(input: &ServiceInput, audience: &str, seed: u64) -> Result<String, LinkProblem> {
    let head = format!("{PREFIX}{VERSION}.");
    // A link is at least its texts, encoded: a huge service is refused without writing it out.
    let texts: usize = input.fields().iter().map(|(_, text)| text.len()).sum::<usize>() + input.name.len();
    let at_least = head.len() + base64url_len(texts);
    if at_least > MAX_FRAGMENT_CHARS {
        return Err(LinkProblem::TooLong { chars: at_least });
    }
    let payload = Payload { input: input.clone(), audience: audience.to_string(), seed };
    let json = serde_json::to_string(&payload).map_err(|e| LinkProblem::Damaged(e.to_string()))?;
    let chars = head.len() + base64url_len(json.len());
    if chars > MAX_FRAGMENT_CHARS {
        return Err(LinkProblem::TooLong { chars });
    }
    Ok(head + &base64url_encode(json.as_bytes()))
}

/// Reads a URL fragment (with or without its `#`). `None` when the fragment is not a ValueLens
/// link at all (empty, or an in-page anchor such as `#workspace`).
pub fn decode(fragment: &str) -> Option<Result<Shared, LinkProblem>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment.strip_prefix(PREFIX)?;
    Some(decode_payload(fragment.len(), rest))
}

fn decode_payload(total_chars: usize, rest: &str) -> Result<Shared, LinkProblem> {
    if total_chars > MAX_FRAGMENT_CHARS {
        return Err(LinkProblem::TooLong { chars: total_chars });
    }
    let (version, data) =
        rest.split_once('.').ok_or_else(|| LinkProblem::Damaged("no format version".into()))?;
    let version: u32 =
        version.parse().map_err(|_| LinkProblem::Damaged("the format version is not a number".into()))?;
    if version > VERSION {
        return Err(LinkProblem::Newer { version });
    }
    if version != VERSION {
        return Err(LinkProblem::Damaged(format!("unknown format {version}")));
    }
    let bytes = base64url_decode(data).ok_or_else(|| LinkProblem::Damaged("not valid base64url".into()))?;
    let json = String::from_utf8(bytes).map_err(|_| LinkProblem::Damaged("not UTF-8 text".into()))?;
    let payload: Payload = serde_json::from_str(&json).map_err(|e| LinkProblem::Damaged(e.to_string()))?;
    let mut repairs = Repairs::default();
    let input = sanitise_input(payload.input, &mut repairs);
    let audience = crate::storage_format::known_audience(&payload.audience, &mut repairs);
    Ok(Shared { input, audience, seed: payload.seed, repairs })
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
/// How many characters `base64url_encode` makes of `bytes` bytes (no padding).
fn base64url_len(bytes: usize) -> usize {
    bytes / 3 * 4 + [0, 2, 3][bytes % 3]
}

pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The bytes of unpadded base64url text (trailing `=` padding is tolerated), or `None` when it is
/// not base64url.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=').as_bytes();
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' => 62,
            b'_' => 63,
            _ => return None,
        } as u32)
    };
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::service::Correction;

    fn mail() -> ServiceInput {
        ServiceInput {
            name: "Mail <b>&</b>".into(),
            description: "We run the mail service for 1,200 staff at 99.95% uptime. “Quotes” — ünïcödé 🎉"
                .into(),
            ask: "£40k a year".into(),
            corrections: vec![Correction::Remove { key: "description:1,200 staff".into() }],
            ..ServiceInput::default()
        }
    }

    #[test]
    fn base64url_round_trips_every_length_and_byte() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for len in 0..40 {
            let slice = &bytes[..len];
            let encoded = base64url_encode(slice);
            assert!(encoded.bytes().all(|b| ALPHABET.contains(&b)), "{encoded}");
            assert_eq!(base64url_decode(&encoded).as_deref(), Some(slice));
        }
        assert_eq!(base64url_encode(b"hello?>"), "aGVsbG8_Pg");
        assert_eq!(base64url_decode("aGVsbG8_Pg=="), Some(b"hello?>".to_vec()));
    }

    #[test]
    fn base64url_rejects_what_is_not_base64url() {
        for bad in ["a", "ab+c", "ab/c", "a b", "%41", "abcde"] {
            assert_eq!(base64url_decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_link_round_trips_the_service_audience_and_seed() {
        let fragment = encode(&mail(), "peer", 7).unwrap_or_default();
        assert!(fragment.starts_with("service=1."), "{fragment}");
        assert!(fragment.bytes().all(|b| b.is_ascii_alphanumeric() || b"=.-_".contains(&b)));
        let shared = decode(&format!("#{fragment}")).and_then(Result::ok);
        assert_eq!(
            shared,
            Some(Shared { input: mail(), audience: "peer".into(), seed: 7, repairs: Repairs::default() })
        );
    }

    #[test]
    fn other_fragments_are_not_links() {
        for fragment in ["", "#", "#workspace", "#main", "services=1.abc"] {
            assert_eq!(decode(fragment), None, "{fragment}");
        }
    }

    #[test]
    fn a_damaged_link_says_why() {
        let cases = [
            ("#service=", "no format version"),
            ("#service=x.abc", "not a number"),
            ("#service=0.abc", "unknown format 0"),
            ("#service=1.***", "not valid base64url"),
            ("#service=1._w", "not UTF-8"),
        ];
        for (fragment, why) in cases {
            match decode(fragment) {
                Some(Err(LinkProblem::Damaged(detail))) => {
                    assert!(detail.contains(why), "{fragment}: {detail}")
                }
                other => panic!("{fragment}: {other:?}"),
            }
        }
        let not_ours = format!("#service=1.{}", base64url_encode(br#"{"input":{},"audience":"peer","x":1}"#));
        assert!(matches!(decode(&not_ours), Some(Err(LinkProblem::Damaged(_)))));
        let cut = encode(&mail(), "peer", 1).unwrap_or_default();
        assert!(matches!(decode(&cut[..cut.len() - 9]), Some(Err(LinkProblem::Damaged(_)))));
    }

    #[test]
    fn a_link_from_a_newer_version_is_named_as_such() {
        assert_eq!(decode("#service=2.e30"), Some(Err(LinkProblem::Newer { version: 2 })));
        let message = LinkProblem::Newer { version: 2 }.explain();
        assert!(message.contains("newer version"), "{message}");
    }

    #[test]
    fn hostile_values_in_a_link_are_put_right_not_trusted() {
        let json = r#"{"input":{"description":"<script>alert(1)</script>","corrections":[
            {"add":{"fact":{"id":"x","kind":"count","value":1e300,"unit":"","measures":"",
              "field":"user","text":"huge","origin":"user"}}}]},
            "audience":"<img src=x onerror=alert(1)>","seed":18446744073709551615}"#;
        let fragment = format!("service=1.{}", base64url_encode(json.as_bytes()));
        let shared = decode(&fragment).and_then(Result::ok);
        let Some(shared) = shared else { panic!("a usable link") };
        assert_eq!(shared.input.description, "<script>alert(1)</script>", "text stays text");
        assert_eq!(shared.audience, "board");
        assert!(shared.input.corrections.is_empty());
        assert_eq!(shared.seed, u64::MAX);
        assert_eq!(shared.repairs.count(), 2);
    }

    #[test]
    fn the_length_of_a_link_is_known_before_encoding() {
        for n in 0..12 {
            assert_eq!(base64url_len(n), base64url_encode(&vec![7; n]).len(), "{n} bytes");
        }
        // Just too long: its exact length is said.
        let long = ServiceInput::from_description(&"x".repeat(MAX_FRAGMENT_CHARS * 3 / 4 - 40));
        let json = serde_json::to_string(&Payload { input: long.clone(), audience: "board".into(), seed: 0 });
        let encoded = format!("{PREFIX}{VERSION}.{}", base64url_encode(json.unwrap_or_default().as_bytes()));
        assert!(encoded.len() > MAX_FRAGMENT_CHARS);
        assert_eq!(encode(&long, "board", 0), Err(LinkProblem::TooLong { chars: encoded.len() }));
        // Far too long: refused at once, with the least it would be.
        let huge = ServiceInput::from_description(&"x".repeat(1_000_000));
        assert!(
            matches!(encode(&huge, "board", 0), Err(LinkProblem::TooLong { chars }) if chars > 1_333_333)
        );
    }

    #[test]
    fn a_link_too_long_is_refused_both_ways() {
        let long = ServiceInput::from_description(&"word ".repeat(MAX_FRAGMENT_CHARS));
        assert!(matches!(encode(&long, "board", 0), Err(LinkProblem::TooLong { .. })));
        let fragment = format!("#service=1.{}", "A".repeat(MAX_FRAGMENT_CHARS));
        assert!(matches!(decode(&fragment), Some(Err(LinkProblem::TooLong { .. }))));
        assert!(LinkProblem::TooLong { chars: 200_000 }.explain().contains("200000"));
        let sharing = LinkProblem::TooLong { chars: 200_000 }.explain_for_sharing();
        assert!(sharing.starts_with("This service is too long to share as a link"), "{sharing}");
    }

    #[test]
    fn every_problem_explains_itself_in_a_sentence() {
        for problem in [
            LinkProblem::TooLong { chars: 1 },
            LinkProblem::Newer { version: 9 },
            LinkProblem::Damaged("x".into()),
        ] {
            let text = problem.explain();
            assert!(text.starts_with("This link") && text.ends_with('.'), "{text}");
        }
    }
}
