//! The brief as a document to take into the meeting: Markdown, or plain text to paste. Page one
//! is the summary (headline, the table of services, the totals as sums); page two the stories,
//! risks, asks, gaps and the talk track against the slot.

use super::{Brief, TotalKind};
use crate::engine::rehearsal::timer::{clock, spoken, target_words};

/// What a level of figure is called in the table.
pub fn level_word(level: Option<crate::engine::value::Level>) -> &'static str {
    use crate::engine::value::Level;
    match level {
        Some(Level::Money) => "money",
        Some(Level::Time) => "time",
        Some(Level::Risk) => "risk",
        Some(Level::Operational) => "operational",
        None => "no figure yet",
    }
}

/// What a total is called.
pub fn total_name(kind: &TotalKind) -> String {
    match kind {
        TotalKind::MoneySavedAYear { currency } => format!("Money saved a year ({currency})"),
        TotalKind::HoursAYear => "Staff time given back a year".into(),
        TotalKind::FullTimePeople => "As full-time people".into(),
    }
}

/// The brief in Markdown.
pub fn markdown(b: &Brief) -> String {
    let mut out = format!(
        "# {}\n\n## Services\n\n| Service | Serves | Best figure | Kind |\n|---|---|---|---|\n",
        b.headline
    );
    let cell = |text: Option<&str>| text.unwrap_or("—").replace('|', "\\|");
    for row in &b.rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} |\n",
            cell(Some(&row.title)),
            cell(row.serves.as_deref()),
            cell(row.best.as_deref()),
            level_word(row.level)
        ));
    }
    if !b.totals.is_empty() {
        out.push_str("\n## Totals\n\n");
        for t in &b.totals {
            out.push_str(&format!("- **{}:** {}\n", total_name(&t.kind), t.sum));
        }
    }
    out.push_str(&sections(b, "## ", "- ", "**", "**"));
    out
}

/// The brief as plain text.
pub fn plain_text(b: &Brief) -> String {
    let mut out = format!("{}\n\nServices\n", b.headline);
    for row in &b.rows {
        let serves = row.serves.as_ref().map(|s| format!(", for {s}")).unwrap_or_default();
        let best = row.best.as_deref().unwrap_or("no figure yet");
        out.push_str(&format!("  {}: {best} ({}){serves}\n", row.title, level_word(row.level)));
    }
    if !b.totals.is_empty() {
        out.push_str("\nTotals\n");
        for t in &b.totals {
            out.push_str(&format!("  {}: {}\n", total_name(&t.kind), t.sum));
        }
    }
    out.push_str(&sections(b, "", "  * ", "", ""));
    out
}

/// Page two, in either format: `heading` before each title, `bullet` before each line, `strong`
/// around each service's name.
fn sections(b: &Brief, heading: &str, bullet: &str, open: &str, close: &str) -> String {
    let mut out = String::new();
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            out.push_str(&format!("\n{heading}{title}\n\n"));
            for line in lines {
                out.push_str(&format!("{bullet}{line}\n"));
            }
        }
    };
    section(
        "Three stories",
        b.stories.iter().map(|s| format!("{open}{}{close}: {}", s.title, s.text)).collect(),
    );
    section("Risks, and what protects against them", b.risks.clone());
    section(
        "Asks",
        b.asks
            .iter()
            .map(|a| {
                let returns = if a.returns.is_empty() {
                    String::new()
                } else {
                    format!(" It {}.", a.returns.join("; "))
                };
                format!("{open}{}{close}: {}.{returns}", a.title, a.ask.trim_end_matches('.'))
            })
            .collect(),
    );
    section("Gaps", b.gaps.iter().map(|g| g.text.clone()).collect());
    let total: u32 = b.track.iter().map(|p| p.seconds).sum();
    section(
        &format!(
            "Talk track: {} of a {} slot",
            spoken(u64::from(total) * 1000),
            target_words(u64::from(b.slot_seconds) * 1000)
        ),
        b.track
            .iter()
            .map(|p| {
                let over = if p.over_slot { " — past the slot: cut or keep for questions" } else { "" };
                format!("{} ({}{over}): {}", p.label, clock(u64::from(p.seconds) * 1000), p.text)
            })
            .collect(),
    );
    out
}
