//! Cutting a text into runs for highlighting: given byte spans (facts, findings) that may overlap
//! or nest, the runs of text between every start and end, each with the spans covering it. Plain
//! Rust, tested natively; spans that are empty, out of range or off a character boundary are
//! ignored, so hostile spans can never slice a string badly.

use std::ops::Range;

/// A run of text and the indices (into the spans given) of the spans covering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub range: Range<usize>,
    pub covering: Vec<usize>,
    /// Indices of the spans that start at this run (where a reader first meets them).
    pub starting: Vec<usize>,
}

/// The runs of `text`, in order, covering all of it.
pub fn runs(text: &str, spans: &[Range<usize>]) -> Vec<Run> {
    let valid = |s: &Range<usize>| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for span in spans.iter().filter(|s| valid(s)) {
        cuts.push(span.start);
        cuts.push(span.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter(|w| w[0] < w[1])
        .map(|w| {
            let range = w[0]..w[1];
            let covering: Vec<usize> = spans
                .iter()
                .enumerate()
                .filter(|(_, s)| valid(s) && s.start <= range.start && range.end <= s.end)
                .map(|(i, _)| i)
                .collect();
            let starting = covering.iter().copied().filter(|&i| spans[i].start == range.start).collect();
            Run { range, covering, starting }
        })
        .collect()
}

/// The UTF-16 offset of byte offset `byte` in `text` (what a browser's selection APIs count), or
/// the text's UTF-16 length when `byte` is past the end.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    let end = byte.min(text.len());
    let mut count = 0u32;
    for (i, c) in text.char_indices() {
        if i >= end {
            break;
        }
        count += c.len_utf16() as u32;
    }
    count
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces<'t>(text: &'t str, runs: &[Run]) -> Vec<(&'t str, Vec<usize>)> {
        runs.iter().map(|r| (&text[r.range.clone()], r.covering.clone())).collect()
    }

    #[test]
    fn no_spans_is_one_plain_run() {
        let text = "plain text";
        assert_eq!(pieces(text, &runs(text, &[])), [("plain text", vec![])]);
        assert!(runs("", &[]).is_empty());
    }

    #[test]
    fn nested_and_overlapping_spans_cut_the_text_at_every_edge() {
        let text = "We think the SAN is slow.";
        // The whole sentence, "We think", "SAN", and "the SAN is" overlapping "SAN".
        let spans = [0..25, 0..8, 13..16, 9..19];
        let runs = runs(text, &spans);
        assert_eq!(
            pieces(text, &runs),
            [
                ("We think", vec![0, 1]),
                (" ", vec![0]),
                ("the ", vec![0, 3]),
                ("SAN", vec![0, 2, 3]),
                (" is", vec![0, 3]),
                (" slow.", vec![0]),
            ]
        );
        assert_eq!(runs[0].starting, [0, 1]);
        assert_eq!(runs[3].starting, [2]);
        assert_eq!(runs[4].starting, Vec::<usize>::new());
        let joined: String = runs.iter().map(|r| &text[r.range.clone()]).collect();
        assert_eq!(joined, text, "the runs cover the text exactly");
    }

    #[test]
    fn bad_spans_are_ignored() {
        let text = "£40k ünï";
        let backwards = Range { start: 5, end: 3 };
        let spans = [0..1, backwards, 2..2, 0..99, 0..5, 6..7];
        assert_eq!(pieces(text, &runs(text, &spans)), [("£40k", vec![4]), (" ünï", vec![])]);
    }

    #[test]
    fn utf16_offsets_count_what_the_browser_counts() {
        let text = "a£🎉b";
        assert_eq!(utf16_offset(text, 0), 0);
        assert_eq!(utf16_offset(text, 1), 1);
        assert_eq!(utf16_offset(text, 3), 2);
        assert_eq!(utf16_offset(text, 7), 4);
        assert_eq!(utf16_offset(text, 8), 5);
        assert_eq!(utf16_offset(text, 100), 5);
    }
}
