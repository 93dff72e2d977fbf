//! Small rules of written English the engine's output must get right: counts with the right
//! noun form ("1 word", "1,200 words") and numbers grouped by thousands.

/// `n` grouped by thousands, then the singular or plural noun: "1 sentence", "1,200 staff".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    let noun = if n == 1 { singular } else { plural };
    format!("{} {noun}", group_thousands(n))
}

/// "1200" → "1,200".
pub fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(count(0, "word", "words"), "0 words");
        assert_eq!(count(1, "word", "words"), "1 word");
        assert_eq!(count(2, "sentence", "sentences"), "2 sentences");
        assert_eq!(count(1200, "person", "people"), "1,200 people");
    }

    #[test]
    fn thousands_are_grouped() {
        let cases = [(0, "0"), (999, "999"), (1000, "1,000"), (123456, "123,456"), (1234567, "1,234,567")];
        for (n, expected) in cases {
            assert_eq!(group_thousands(n), expected);
        }
    }
}
