//! Messages as documents to keep or share: Markdown and plain text, the same for the command line
//! and the web app's export, with every working and plain-words replacement included.

use super::message::Message;
use crate::engine::audience::find;

/// How the document names an audience ("the board", "a team lead").
fn audience_name(id: &str) -> String {
    find(id).map_or_else(|| id.to_string(), |a| a.label.to_lowercase())
}

/// One Markdown document with each message in turn.
pub fn markdown(messages: &[Message]) -> String {
    let mut out = String::new();
    for m in messages {
        out.push_str(&format!("# {} — for {}\n\n", capitalised(&m.service), audience_name(&m.audience)));
        out.push_str(&format!("**{}**\n\n", m.headline));
        out.push_str("## Key points\n\n");
        for p in &m.points {
            out.push_str(&format!("- {} _({})_\n", p.text, p.concern));
        }
        out.push_str(&format!("\n## 30-second pitch\n\n{}\n\n## 2-minute talk track\n\n", m.pitch));
        for (part, text) in m.talk_track.parts() {
            out.push_str(&format!("**{part}.** {text}\n\n"));
        }
        out.push_str(&format!("## Analogy\n\n{}\n\n## Likely questions\n\n", m.analogy));
        for q in &m.questions {
            let answer = q.answer.as_deref().or(q.prepare.as_deref()).unwrap_or_default();
            let answer = if q.answer.is_some() { answer.to_string() } else { format!("_{answer}_") };
            out.push_str(&format!("- **{}** {answer}\n", q.question));
        }
        if !m.gaps.is_empty() {
            out.push_str("\n## Gaps to fill\n\n");
            for g in &m.gaps {
                out.push_str(&format!("- {g}\n"));
            }
        }
        if !m.workings.is_empty() {
            out.push_str("\n## How the figures were worked out\n\n");
            for w in &m.workings {
                out.push_str(&format!("- **{}:** {}", w.figure, w.working));
                if let Some(a) = &w.assumption {
                    out.push_str(&format!(" (assuming {a})"));
                }
                out.push('\n');
            }
        }
        if !m.translations.is_empty() {
            out.push_str("\n## Plain words used\n\n");
            for t in &m.translations {
                out.push_str(&format!("- {} → {}: {}\n", t.term, t.plain, t.meaning));
            }
        }
        out.push('\n');
    }
    out
}

/// The same document as plain text, for pasting into an email or notes.
pub fn plain_text(messages: &[Message]) -> String {
    let mut out = String::new();
    for m in messages {
        let title = format!("{} — for {}", capitalised(&m.service), audience_name(&m.audience));
        out.push_str(&format!("{title}\n{}\n\n{}\n\n", "=".repeat(title.chars().count()), m.headline));
        out.push_str("Key points\n");
        for p in &m.points {
            out.push_str(&format!("  * {} ({})\n", p.text, p.concern));
        }
        out.push_str(&format!("\n30-second pitch\n  {}\n\n2-minute talk track\n", m.pitch));
        for (part, text) in m.talk_track.parts() {
            out.push_str(&format!("  {part}: {text}\n"));
        }
        out.push_str(&format!("\nAnalogy\n  {}\n\nLikely questions\n", m.analogy));
        for q in &m.questions {
            let answer = q.answer.as_deref().or(q.prepare.as_deref()).unwrap_or_default();
            out.push_str(&format!("  * {}\n    {answer}\n", q.question));
        }
        if !m.gaps.is_empty() {
            out.push_str("\nGaps to fill\n");
            for g in &m.gaps {
                out.push_str(&format!("  * {g}\n"));
            }
        }
        if !m.workings.is_empty() {
            out.push_str("\nHow the figures were worked out\n");
            for w in &m.workings {
                out.push_str(&format!("  * {}: {}", w.figure, w.working));
                if let Some(a) = &w.assumption {
                    out.push_str(&format!(" (assuming {a})"));
                }
                out.push('\n');
            }
        }
        if !m.translations.is_empty() {
            out.push_str("\nPlain words used\n");
            for t in &m.translations {
                out.push_str(&format!("  * {} → {}: {}\n", t.term, t.plain, t.meaning));
            }
        }
        out.push('\n');
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
