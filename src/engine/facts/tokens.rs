//! Splits a description into the tokens fact extraction reads: numbers (with their currency,
//! scale, per-cent or "x" marks already applied), lower-cased words, and punctuation — each with
//! its byte span. Linear, and total on any input.

use std::ops::Range;

use super::lexicon::lexicon;

/// Numbers above this are not figures anyone gave in earnest ("1e309", a pasted serial number).
pub const LARGEST_FIGURE: f64 = 1e15;

#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: f64,
    /// ISO code when the number is money ("GBP").
    pub currency: Option<String>,
    pub percent: bool,
    /// "8x", "three times".
    pub times: bool,
    /// Spelled as a word ("three", "zero").
    pub spelled: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Number(Number),
    /// A word, lower-cased ("staff", "month-end", "24/7", "→").
    Word(String),
    /// Sentence-breaking punctuation or a line break: patterns never cross it.
    Break,
    /// Other punctuation (commas, brackets): patterns may skip it.
    Punct(char),
    /// A number too large, or too strange, to be a figure anyone meant ("99999999999999999999").
    Unusable,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub kind: Kind,
    pub span: Range<usize>,
}

impl Token {
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<&Number> {
        match &self.kind {
            Kind::Number(n) => Some(n),
            _ => None,
        }
    }
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '£' | '$' | '€')
}

/// The tokens of `text`, with scales ("2.3 million"), currency words ("40,000 pounds") and number
/// words ("fourteen") folded into their numbers. A bare dollar ("$5k", "5,000 dollars") is
/// `dollar` when one is given (the organisation's); a named one ("US$5k", "USD 5k") stays.
pub fn tokenize(text: &str, dollar: Option<&str>) -> Vec<Token> {
    merge_number_words(scan(text, dollar), dollar)
}

/// The currency mark at `i` when a number follows it: a symbol ("£", "$"), or a dollar's country
/// letters and "$" ("A$", "NZ$"). Its code, and its length in bytes.
fn currency_mark(text: &str, i: usize, dollar: Option<&str>) -> Option<(String, usize)> {
    let rest = text.get(i..)?;
    let letters = rest.bytes().take(4).take_while(u8::is_ascii_alphabetic).count();
    let symbol = rest[letters..].chars().next().filter(|c| is_currency_symbol(*c))?;
    let len = letters + symbol.len_utf8();
    if letters > 3 || (letters > 0 && symbol != '$') || !next_is_digit(text, i + len) {
        return None;
    }
    let code = lexicon().currency(&rest[..len].to_lowercase(), dollar)?;
    Some((code, len))
}

fn scan(text: &str, dollar: Option<&str>) -> Vec<Token> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let len = c.len_utf8();
        if text[i..].starts_with("24/7") || text[i..].starts_with("24x7") {
            tokens.push(Token { kind: Kind::Word(text[i..i + 4].to_string()), span: i..i + 4 });
            i += 4;
        } else if let Some((code, mark)) = currency_mark(text, i, dollar) {
            let (token, end) = scan_number(text, i, i + mark, Some(code));
            tokens.push(token);
            i = end;
        } else if c.is_ascii_digit() {
            let (token, end) = scan_number(text, i, i, None);
            tokens.push(token);
            i = end;
        } else if c.is_alphabetic() {
            let mut end = i + len;
            while let Some(n) = text[end..].chars().next() {
                let joins = (n == '-' || n == '\'' || n == '’')
                    && text[end + n.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if n.is_alphanumeric() || joins {
                    end += n.len_utf8();
                } else {
                    break;
                }
            }
            tokens.push(Token { kind: Kind::Word(text[i..end].to_lowercase()), span: i..end });
            i = end;
        } else if text[i..].starts_with("->") {
            tokens.push(Token { kind: Kind::Word("→".into()), span: i..i + 2 });
            i += 2;
        } else if c == '→' {
            tokens.push(Token { kind: Kind::Word("→".into()), span: i..i + len });
            i += len;
        } else if c == '/' && bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic) {
            // "/yr", "/month": a period written with a slash.
            let mut end = i + 1;
            while bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
                end += 1;
            }
            tokens.push(Token { kind: Kind::Word(text[i..end].to_lowercase()), span: i..end });
            i = end;
        } else {
            let is_break = matches!(c, '.' | '!' | '?' | '\n' | '•')
                && !(c == '.' && text[i + 1..].chars().next().is_some_and(|n| n.is_alphanumeric()));
            if is_break {
                tokens.push(Token { kind: Kind::Break, span: i..i + len });
            } else if !c.is_whitespace() {
                tokens.push(Token { kind: Kind::Punct(c), span: i..i + len });
            }
            i += len;
        }
    }
    tokens
}

fn next_is_digit(text: &str, at: usize) -> bool {
    text.as_bytes().get(at).is_some_and(u8::is_ascii_digit)
}

/// Scans "£1.1M", "1,200", "99.95%", "8x", "40k" starting at `start`, its digits at `digits_at`
/// (after the currency mark, if any).
fn scan_number(text: &str, start: usize, digits_at: usize, mut currency: Option<String>) -> (Token, usize) {
    let bytes = text.as_bytes();
    let mut i = digits_at;
    let mut digits = String::new();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            digits.push(b as char);
            i += 1;
        } else if b == b',' && is_thousands_group(bytes, i + 1) && !digits.contains('.') {
            i += 1;
        } else if b == b'.' && !digits.contains('.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            digits.push('.');
            i += 1;
        } else {
            break;
        }
    }
    let mut value = digits.parse::<f64>().unwrap_or(f64::NAN);
    let mut percent = false;
    let mut times = false;
    // Marks written straight after the digits.
    let rest = &text[i..];
    let ends_word = |n: usize| !text[i + n..].chars().next().is_some_and(char::is_alphanumeric);
    if rest.starts_with('%') {
        percent = true;
        i += 1;
    } else if (rest.starts_with('x') || rest.starts_with('X')) && ends_word(1) {
        times = true;
        i += 1;
    } else if rest.starts_with('×') {
        times = true;
        i += '×'.len_utf8();
    } else if (rest.starts_with("bn") || rest.starts_with("BN")) && ends_word(2) {
        value *= 1e9;
        i += 2;
    } else if (rest.starts_with('k') || rest.starts_with('K')) && ends_word(1) {
        value *= 1e3;
        i += 1;
    } else if (rest.starts_with('M') || (rest.starts_with('m') && currency.is_some())) && ends_word(1) {
        value *= 1e6;
        i += 1;
    } else if rest.starts_with('p') && ends_word(1) && currency.is_none() {
        // "4p a page": pence.
        value /= 100.0;
        currency = Some("GBP".to_string());
        i += 1;
    }
    let number = Number { value, currency, percent, times, spelled: false };
    (Token { kind: Kind::Number(number), span: start..i }, i)
}

fn is_thousands_group(bytes: &[u8], at: usize) -> bool {
    let group = bytes.get(at..at + 3).is_some_and(|g| g.iter().all(u8::is_ascii_digit));
    group && !bytes.get(at + 3).is_some_and(u8::is_ascii_digit)
}

/// Folds words into the numbers around them: "2.3 million", "40,000 pounds", "GBP 40k",
/// "fourteen", "a dozen", "three times"; drops numbers no one could have meant.
fn merge_number_words(tokens: Vec<Token>, dollar: Option<&str>) -> Vec<Token> {
    let lex = lexicon();
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(mut token) = iter.next() {
        if let Kind::Word(w) = &token.kind {
            let spelled = if w == "a" {
                let next = iter.peek().and_then(Token::word).map(|n| format!("a {n}"));
                next.and_then(|phrase| lex.number_words.get(&phrase).copied())
            } else {
                lex.number_words.get(w.as_str()).copied()
            };
            if let Some(value) = spelled {
                if w == "a" {
                    if let Some(next) = iter.next() {
                        token.span.end = next.span.end;
                    }
                }
                let number = Number { value, currency: None, percent: false, times: false, spelled: true };
                token.kind = Kind::Number(number);
            } else if let Some(code) = lex.currency(w, dollar).filter(|_| w.len() == 3) {
                // "GBP 40k": the code before the number.
                if let Some(Kind::Number(n)) = iter.peek().map(|t| &t.kind) {
                    if n.currency.is_none() && !n.percent {
                        if let Some(mut next) = iter.next() {
                            next.span.start = token.span.start;
                            if let Kind::Number(n) = &mut next.kind {
                                n.currency = Some(code);
                            }
                            token = next;
                        }
                    }
                }
            }
        }
        if let Kind::Number(number) = &mut token.kind {
            while let Some(next) = iter.peek() {
                let Some(word) = next.word() else { break };
                let scale = lex.scale_words.get(word).filter(|_| {
                    // A bare "m" or "b" is a scale only for money ("£2 m"); "k" always.
                    !matches!(word, "m" | "b") || number.currency.is_some()
                });
                if let Some(scale) = scale.filter(|_| !number.percent) {
                    number.value *= scale;
                } else if let Some(code) = lex.currency(word, dollar).filter(|_| number.currency.is_none()) {
                    number.currency = Some(code);
                } else if word == "pence" && number.currency.is_none() {
                    number.value /= 100.0;
                    number.currency = Some("GBP".to_string());
                } else if word == "times" && !number.times {
                    number.times = true;
                } else {
                    break;
                }
                token.span.end = next.span.end;
                iter.next();
            }
        }
        let usable = token.number().is_none_or(|n| n.value.is_finite() && n.value.abs() <= LARGEST_FIGURE);
        if usable {
            out.push(token);
        } else {
            out.push(Token { kind: Kind::Unusable, span: token.span });
        }
    }
    merge_fractions(merge_and_a_half(merge_per_cent(out)))
}

/// "a quarter of an hour" is 0.25 of an hour, "three quarters of a day" 0.75 of a day: the
/// fraction becomes a number before the unit.
fn merge_fractions(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let word = |k: usize| tokens.get(k).and_then(Token::word).map(str::to_lowercase);
        let three = tokens.get(i).and_then(Token::number).is_some_and(|n| n.value == 3.0 && n.spelled);
        let value = match (
            word(i).as_deref(),
            three,
            word(i + 1).as_deref(),
            word(i + 2).as_deref(),
            word(i + 3).as_deref(),
        ) {
            (Some("a"), _, Some("quarter"), Some("of"), Some("a" | "an")) => Some(0.25),
            (_, true, Some("quarters"), Some("of"), Some("a" | "an")) => Some(0.75),
            _ => None,
        };
        if let Some(value) = value {
            let number = Number { value, currency: None, percent: false, times: false, spelled: true };
            out.push(Token {
                kind: Kind::Number(number),
                span: tokens[i].span.start..tokens[i + 3].span.end,
            });
            i += 4;
            continue;
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    out
}

/// "two and a half" is 2.5: a number, then "and a half".
fn merge_and_a_half(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut token = tokens[i].clone();
        i += 1;
        if let Kind::Number(n) = &mut token.kind {
            let and_a = tokens.get(i).and_then(Token::word) == Some("and")
                && tokens.get(i + 1).and_then(Token::word) == Some("a");
            let half = tokens.get(i + 2).and_then(Token::number).is_some_and(|h| h.value == 0.5 && h.spelled);
            if !n.percent && n.value.fract() == 0.0 && and_a && half {
                n.value += 0.5;
                token.span.end = tokens[i + 2].span.end;
                i += 3;
            }
        }
        out.push(token);
    }
    out
}

/// "70 per cent" and "70 percent" are "70%".
fn merge_per_cent(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let mut token = tokens[i].clone();
        i += 1;
        if let Kind::Number(n) = &mut token.kind {
            if !n.percent && n.currency.is_none() {
                let next = tokens.get(i).and_then(Token::word);
                let after = tokens.get(i + 1).and_then(Token::word);
                let used = match (next, after) {
                    (Some("percent"), _) => 1,
                    (Some("per"), Some("cent")) => 2,
                    _ => 0,
                };
                if used > 0 {
                    n.percent = true;
                    token.span.end = tokens[i + used - 1].span.end;
                    i += used;
                }
            }
        }
        out.push(token);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(f64, Option<String>, bool, bool, &str)> {
        tokenize(text, None)
            .into_iter()
            .filter_map(|t| {
                let span = t.span.clone();
                t.number().map(|n| (n.value, n.currency.clone(), n.percent, n.times, &text[span]))
            })
            .collect()
    }

    #[test]
    fn numbers_with_marks_scales_and_currencies() {
        let text =
            "£40k, $1.1M, €2.5bn, 1,200 staff, 99.95%, 8x, 2.3 million, 40,000 pounds, GBP 5k, 70 per cent";
        let found = numbers(text);
        let gbp = Some("GBP".to_string());
        assert_eq!(found[0], (40_000.0, gbp.clone(), false, false, "£40k"));
        assert_eq!(found[1], (1_100_000.0, Some("USD".into()), false, false, "$1.1M"));
        assert_eq!(found[2], (2_500_000_000.0, Some("EUR".into()), false, false, "€2.5bn"));
        assert_eq!(found[3], (1200.0, None, false, false, "1,200"));
        assert_eq!(found[4], (99.95, None, true, false, "99.95%"));
        assert_eq!(found[5], (8.0, None, false, true, "8x"));
        assert_eq!(found[6], (2_300_000.0, None, false, false, "2.3 million"));
        assert_eq!(found[7], (40_000.0, gbp.clone(), false, false, "40,000 pounds"));
        assert_eq!(found[8], (5_000.0, gbp, false, false, "GBP 5k"));
        assert_eq!(found[9], (70.0, None, true, false, "70 per cent"));
        let pence = numbers("4p a page, 30 pence each, 4pm");
        assert_eq!(pence[0], (0.04, Some("GBP".to_string()), false, false, "4p"));
        assert_eq!(pence[1], (0.3, Some("GBP".to_string()), false, false, "30 pence"));
        assert_eq!(pence[2].1, None, "4pm is a time, not pence");
    }

    #[test]
    fn a_bare_dollar_is_the_organisations_and_a_named_dollar_stays() {
        let text = "$40k, 5 dollars, US$2m, A$3k, NZ$1.5M, USD 7k, AUD 9k, £1, A$ 4, a$1";
        let currencies = |dollar| -> Vec<(f64, Option<String>, &str)> {
            tokenize(text, dollar)
                .into_iter()
                .filter_map(|t| t.number().map(|n| (n.value, n.currency.clone(), &text[t.span.clone()])))
                .collect()
        };
        let code = |c: &str| Some(c.to_string());
        assert_eq!(
            currencies(Some("AUD")),
            [
                (40_000.0, code("AUD"), "$40k"),
                (5.0, code("AUD"), "5 dollars"),
                (2_000_000.0, code("USD"), "US$2m"),
                (3_000.0, code("AUD"), "A$3k"),
                (1_500_000.0, code("NZD"), "NZ$1.5M"),
                (7_000.0, code("USD"), "USD 7k"),
                (9_000.0, code("AUD"), "AUD 9k"),
                (1.0, code("GBP"), "£1"),
                (4.0, None, "4"),
                (1.0, code("AUD"), "a$1"),
            ]
        );
        let usd: Vec<Option<String>> = currencies(None).into_iter().take(2).map(|n| n.1).collect();
        assert_eq!(usd, [code("USD"), code("USD")], "without an organisation's dollar, $ is USD");
    }

    #[test]
    fn words_for_numbers() {
        let found = numbers("from fourteen to zero, a dozen sites, three times faster");
        let values: Vec<(f64, bool, &str)> = found.iter().map(|f| (f.0, f.3, f.4)).collect();
        assert_eq!(
            values,
            [
                (14.0, false, "fourteen"),
                (0.0, false, "zero"),
                (12.0, false, "a dozen"),
                (3.0, true, "three times")
            ]
        );
    }

    #[test]
    fn absurd_numbers_are_not_figures() {
        assert!(numbers("1e309 and 99999999999999999999 things").iter().all(|n| n.0 <= LARGEST_FIGURE));
        assert_eq!(numbers("99999999999999999999 things"), []);
        assert_eq!(tokenize("99999999999999999999", None)[0].kind, Kind::Unusable);
    }

    #[test]
    fn decimals_do_not_break_sentences_but_full_stops_do() {
        let kinds: Vec<bool> =
            tokenize("2.3 done. Next", None).iter().map(|t| t.kind == Kind::Break).collect();
        assert_eq!(kinds, [false, false, true, false]);
    }

    #[test]
    fn a_curly_apostrophe_joins_words_and_ends_text_safely() {
        let words: Vec<String> = tokenize("the team’s wiki ’ ຄ’", None)
            .iter()
            .filter_map(|t| t.word().map(str::to_string))
            .collect();
        assert_eq!(words, ["the", "team’s", "wiki", "ຄ"]);
    }

    #[test]
    fn round_the_clock_and_arrows() {
        let words: Vec<String> = tokenize("24/7 support, 6 -> 3 days, /yr", None)
            .iter()
            .filter_map(|t| t.word().map(str::to_string))
            .collect();
        assert_eq!(words, ["24/7", "support", "→", "days", "/yr"]);
    }
}
