//! Messages as documents to keep or share: Markdown and plain text, the same for the command line
//! and the web app's export, with every working and plain-words replacement included. Both are
//! one outline (`outline`) drawn in two styles.

use super::message::Message;

/// One part of a message's document.
enum Block {
    /// The document's title.
    Title(String),
    /// The headline, set apart.
    Lead(String),
    /// A section heading.
    Heading(&'static str),
    Paragraph(String),
    /// A labelled paragraph ("Opening. …").
    Labelled(&'static str, String),
    /// A list item; `quiet` items are advice rather than content (shown in italics).
    Item {
        text: String,
        quiet: bool,
    },
}

/// The outline of one message, in reading order.
fn outline(m: &Message) -> Vec<Block> {
    let audience = m.audience_label.to_lowercase();
    let mut blocks = vec![
        Block::Title(format!("{} — for {audience}", capitalised(&m.service))),
        Block::Lead(m.headline.clone()),
        Block::Heading("Key points"),
    ];
    blocks.extend(
        m.points.iter().map(|p| Block::Item { text: format!("{} ({})", p.text, p.concern), quiet: false }),
    );
    blocks.push(Block::Heading("30-second pitch"));
    blocks.push(Block::Paragraph(m.pitch.clone()));
    blocks.push(Block::Heading("2-minute talk track"));
    blocks
        .extend(m.talk_track.parts().into_iter().map(|(part, text)| Block::Labelled(part, text.to_string())));
    blocks.push(Block::Heading("Analogy"));
    blocks.push(Block::Paragraph(m.analogy.clone()));
    blocks.push(Block::Heading("Likely questions"));
    for q in &m.questions {
        let (answer, quiet) = match (&q.answer, &q.prepare) {
            (Some(a), _) => (a.as_str(), false),
            (None, Some(p)) => (p.as_str(), true),
            (None, None) => ("", true),
        };
        blocks.push(Block::Item { text: format!("{}\u{1f}{answer}", q.question), quiet });
    }
    if !m.gaps.is_empty() {
        blocks.push(Block::Heading("Gaps to fill"));
        blocks.extend(m.gaps.iter().map(|g| Block::Item { text: g.clone(), quiet: false }));
    }
    if !m.workings.is_empty() {
        blocks.push(Block::Heading("How the figures were worked out"));
        for w in &m.workings {
            let assumption = w.assumption.as_ref().map(|a| format!(" (assuming {a})")).unwrap_or_default();
            blocks.push(Block::Item {
                text: format!("{}\u{1f}{}{assumption}", w.figure, w.working),
                quiet: false,
            });
        }
    }
    if !m.translations.is_empty() {
        blocks.push(Block::Heading("Plain words used"));
        for t in &m.translations {
            blocks.push(Block::Item {
                text: format!("{} → {}\u{1f}{}", t.term, t.plain, t.meaning),
                quiet: false,
            });
        }
    }
    blocks
}

/// One Markdown document with each message in turn.
pub fn markdown(messages: &[Message]) -> String {
    let mut out = String::new();
    for m in messages {
        for block in outline(m) {
            match block {
                Block::Title(t) => out.push_str(&format!("# {t}\n\n")),
                Block::Lead(t) => out.push_str(&format!("**{t}**\n\n")),
                Block::Heading(h) => {
                    out.push_str(&format!("## {h}\n\n"));
                }
                Block::Paragraph(p) => out.push_str(&format!("{p}\n\n")),
                Block::Labelled(label, text) => out.push_str(&format!("**{label}.** {text}\n\n")),
                Block::Item { text, quiet } => {
                    let text = match text.split_once('\u{1f}') {
                        Some((head, rest)) => {
                            let colon = if head.ends_with(['?', '!']) { "" } else { ":" };
                            let rest = if quiet { format!("_{rest}_") } else { rest.to_string() };
                            format!("**{head}{colon}** {rest}")
                        }
                        None => text,
                    };
                    out.push_str(&format!("- {text}\n"));
                }
            }
        }
        out.push('\n');
    }
    tidy_lists(&out)
}

/// The same document as plain text, for pasting into an email or notes.
pub fn plain_text(messages: &[Message]) -> String {
    let mut out = String::new();
    for m in messages {
        for block in outline(m) {
            match block {
                Block::Title(t) => out.push_str(&format!("{t}\n{}\n\n", "=".repeat(t.chars().count()))),
                Block::Lead(t) | Block::Paragraph(t) => out.push_str(&format!("{t}\n\n")),
                Block::Heading(h) => out.push_str(&format!("{h}\n")),
                Block::Labelled(label, text) => out.push_str(&format!("  {label}: {text}\n")),
                Block::Item { text, .. } => match text.split_once('\u{1f}') {
                    Some((head, rest)) => out.push_str(&format!("  * {head}\n    {rest}\n")),
                    None => out.push_str(&format!("  * {text}\n")),
                },
            }
        }
        out.push('\n');
    }
    tidy_lists(&out)
}

/// A blank line after every list and labelled block, and never two in a row.
fn tidy_lists(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let in_list = |l: &str| l.starts_with("- ") || l.starts_with("  ");
        if in_list(line) && !next.is_empty() && !in_list(next) {
            out.push('\n');
        }
    }
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::audience::builtin;
    use crate::engine::compose::compose;
    use crate::engine::service::{understand, ServiceInput};

    fn mail() -> Vec<Message> {
        let input =
            ServiceInput::from_description("We run the mail service for 1,200 staff at 99.95% uptime.");
        let u = understand(&input);
        builtin().iter().map(|a| compose(&input, &u, a, 0)).collect()
    }

    #[test]
    fn markdown_has_every_section_with_workings() {
        let md = markdown(&mail());
        assert!(md.starts_with("# The mail service — for the board\n\n**"));
        for heading in [
            "## Key points",
            "## 30-second pitch",
            "## 2-minute talk track",
            "## Analogy",
            "## Likely questions",
            "## How the figures were worked out",
        ] {
            assert_eq!(md.matches(heading).count(), 4, "{heading}");
        }
        assert!(md.contains("**Opening.** "));
        assert!(md.contains("- **4.4 hours of downtime a year:** 100% − 99.95%"), "{md}");
        assert!(md.contains("- **What does it cost, and what does it save?** _Prepare this: "), "{md}");
        assert!(!md.contains("\n\n\n"));
    }

    #[test]
    fn plain_text_has_no_markup() {
        let text = plain_text(&mail());
        assert!(text.starts_with("The mail service — for the board\n================================\n"));
        assert!(!text.contains("**") && !text.contains("## "));
        assert!(text.contains("  Opening: "));
    }
}
