//! Readability of a text for listeners and readers: word, sentence and syllable counts, Flesch
//! reading ease, Flesch–Kincaid grade, speaking and reading time. Short texts get no score, since
//! the formulas mislead below a few dozen words.

use serde::Serialize;

use super::text::{sentences, words};

/// Below this many words the Flesch formulas are noise: the report says "too short to score".
pub const MIN_WORDS_TO_SCORE: usize = 30;
/// Conversational and presentation speech runs at 120–160 words a minute.
pub const SPEAKING_WPM_RANGE: (u32, u32) = (120, 160);
pub const DEFAULT_SPEAKING_WPM: u32 = 140;
/// Silent reading runs at about 200–250 words a minute: the middle of the band.
pub const READING_WPM: u32 = 225;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readability {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
    /// `None` when the text is too short to score honestly.
    pub flesch_reading_ease: Option<f64>,
    pub flesch_kincaid_grade: Option<f64>,
    pub speaking_wpm: u32,
    pub speaking_seconds: u32,
    pub reading_seconds: u32,
}

impl Readability {
    pub fn is_scored(&self) -> bool {
        self.flesch_kincaid_grade.is_some()
    }
}

/// Measures `text`, speaking at `speaking_wpm` (clamped to the 120–160 band).
pub fn measure(text: &str, speaking_wpm: u32) -> Readability {
    let words = words(text);
    let word_count = words.len();
    let sentence_count = sentences(text).len();
    let syllables: usize = words.iter().map(|w| syllables_in(w.text)).sum();
    let wpm = speaking_wpm.clamp(SPEAKING_WPM_RANGE.0, SPEAKING_WPM_RANGE.1);
    let scored = word_count >= MIN_WORDS_TO_SCORE && sentence_count > 0;
    let words_per_sentence = word_count as f64 / sentence_count.max(1) as f64;
    let syllables_per_word = syllables as f64 / word_count.max(1) as f64;
    Readability {
        words: word_count,
        sentences: sentence_count,
        syllables,
        flesch_reading_ease: scored
            .then(|| round1(206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word)),
        flesch_kincaid_grade: scored
            .then(|| round1(0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59)),
        speaking_wpm: wpm,
        speaking_seconds: seconds_at(word_count, wpm),
        reading_seconds: seconds_at(word_count, READING_WPM),
    }
}

fn seconds_at(words: usize, wpm: u32) -> u32 {
    let seconds = (words as f64 * 60.0 / f64::from(wpm)).round();
    seconds.min(f64::from(u32::MAX)) as u32
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Syllables as spoken: vowel groups for words, one per letter for short acronyms ("VPN" is
/// "vee-pee-en"), one for a number or symbol.
pub fn syllables_in(word: &str) -> usize {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return 1;
    }
    let is_acronym = letters.len() >= 2 && letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase());
    if is_acronym {
        return letters.len();
    }
    let lower: Vec<char> = letters.iter().flat_map(|c| c.to_lowercase()).collect();
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &lower {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let ending = |suffix: &str| lower.iter().rev().take(suffix.len()).rev().copied().eq(suffix.chars());
    let before = |back: usize| lower.len().checked_sub(back + 1).map(|i| lower[i]);
    let consonant_before = |back: usize| before(back).is_some_and(|c| !is_vowel(c));
    // A silent final "e" ("service", "cache"), but not a consonant + "le" ("table").
    let consonant_le = ending("le") && consonant_before(2);
    if groups > 1 && ending("e") && consonant_before(1) && !consonant_le {
        groups -= 1;
    }
    // "-ed" after a consonant other than t or d is not a syllable ("saved", "blocked").
    if groups > 1 && ending("ed") && consonant_before(2) && !matches!(before(2), Some('t' | 'd')) {
        groups -= 1;
    }
    groups.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_of_common_words() {
        let cases = [
            ("the", 1),
            ("cat", 1),
            ("service", 2),
            ("table", 2),
            ("staff", 1),
            ("saved", 1),
            ("wanted", 2),
            ("uptime", 2),
            ("organisation", 5),
            ("availability", 6),
            ("VPN", 3),
            ("email", 2),
            ("1,200", 1),
            ("every", 3),
            ("business", 3),
            ("blocked", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables_in(word), expected, "{word}");
        }
    }

    /// Worked by hand: 30 one-syllable words in 3 sentences (10 words a sentence, 1 syllable a word).
    /// FRE = 206.835 − 1.015·10 − 84.6·1 = 112.085 → 112.1; FK = 0.39·10 + 11.8·1 − 15.59 = 0.11 → 0.1.
    #[test]
    fn flesch_scores_match_the_worked_example() {
        let text = "The team fixed the mail for all staff on site. \
                    Now each call is on time and no one has to wait. \
                    We will keep it this way all year.";
        let r = measure(text, DEFAULT_SPEAKING_WPM);
        assert_eq!((r.words, r.sentences, r.syllables), (30, 3, 30));
        assert_eq!(r.flesch_reading_ease, Some(112.1));
        assert_eq!(r.flesch_kincaid_grade, Some(0.1));
    }

    /// Worked by hand: 30 words in 2 sentences (15 a sentence) with 45 syllables (1.5 a word).
    /// FRE = 206.835 − 15.225 − 126.9 = 64.71 → 64.7; FK = 5.85 + 17.7 − 15.59 = 7.96 → 8.0.
    #[test]
    fn flesch_scores_match_a_second_worked_example() {
        // Syllables by hand: 25 in the first sentence, 20 in the second.
        let text =
            "Our people open the portal and the system answers them in under seven seconds each Monday. \
                    Teams finish payroll early, so money goes out on time and staff never worry.";
        let r = measure(text, DEFAULT_SPEAKING_WPM);
        assert_eq!((r.words, r.sentences), (30, 2));
        assert_eq!(r.syllables, 45);
        assert_eq!(r.flesch_reading_ease, Some(64.7));
        assert_eq!(r.flesch_kincaid_grade, Some(8.0));
    }

    #[test]
    fn short_text_is_not_scored() {
        let r = measure("We run the mail service for 1,200 staff.", 140);
        assert_eq!(r.words, 8);
        assert!(!r.is_scored());
        assert_eq!(r.flesch_reading_ease, None);
    }

    #[test]
    fn speaking_time_follows_the_pace_and_clamps_it() {
        let text = "word ".repeat(140);
        assert_eq!(measure(&text, 140).speaking_seconds, 60);
        assert_eq!(measure(&text, 1000).speaking_wpm, 160);
        assert_eq!(measure(&text, 1000).speaking_seconds, 53);
        assert_eq!(measure(&text, 0).speaking_wpm, 120);
        assert_eq!(measure(&text, 140).reading_seconds, 37);
    }

    #[test]
    fn empty_text_measures_zero_without_dividing_by_zero() {
        let r = measure("", 140);
        assert_eq!((r.words, r.sentences, r.speaking_seconds), (0, 0, 0));
        assert!(!r.is_scored());
    }
}
