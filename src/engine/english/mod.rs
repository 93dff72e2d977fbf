//! Small rules of written English the engine's output must get right: counts with the right noun
//! form ("1 word", "1,200 words"), figures as people write them ("£3,333", "4.4 hours", "22
//! minutes", "£35 an hour"), quantities with their period and scope ("9 minutes per reset",
//! "270 hours a month"), lists ("a, b and c"), and "a" or "an" by sound ("an 18% cut", "an MFA
//! rollout", "a 50% cut"). The one place figures become words; `quantities.rs` says a quantity
//! with its unit, scope and period.

mod quantities;

pub use quantities::{amount, hours, is_person, period_words, person_word, quantity, said, scope_and_period};

/// `n` grouped by thousands, then the singular or plural noun: "1 sentence", "1,200 staff".
pub fn count(n: usize, singular: &str, plural: &str) -> String {
    let noun = if n == 1 { singular } else { plural };
    format!("{} {noun}", group_thousands(n))
}

/// Words put mid-sentence (after a colon, inside another sentence): a capitalised ordinary word
/// loses its capital ("Month-end close", "Give what…"); acronyms and names written in capitals
/// keep theirs ("SAP", "IT keeps…").
pub fn mid_sentence(phrase: &str) -> String {
    let mut chars = phrase.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(phrase[first.len_utf8()..].chars()).collect()
        }
        _ => phrase.to_string(),
    }
}

/// Items as a sentence lists them, the last after `conjunction`: "a, b and c", "a or b".
pub fn series(items: &[&str], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} {conjunction} {last}", rest.join(", ")),
    }
}

/// "1200" → "1,200".
pub fn group_thousands(n: usize) -> String {
    group_digits(&n.to_string())
}

/// Digits grouped by thousands: "5000000000" → "5,000,000,000" (any length: not bound to
/// `usize`, which is 32 bits in WebAssembly).
fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A figure as people write it: grouped by thousands, up to four decimals and no trailing zeros
/// ("1,200", "99.95", "99.999", "4.4", "0.5"), so a user's figure is never rounded away.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "?".into();
    }
    // Whole numbers (most figures) need no decimal formatting, which is slow for floats.
    if value.fract() == 0.0 && value.abs() < 9e15 {
        let grouped = group_digits(&(value.abs() as u64).to_string());
        return if value < 0.0 { format!("-{grouped}") } else { grouped };
    }
    let fixed = format!("{:.4}", value.abs());
    let (whole, decimals) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let decimals = decimals.trim_end_matches('0');
    let sign = if value < 0.0 && fixed.chars().any(|c| c.is_ascii_digit() && c != '0') { "-" } else { "" };
    let grouped = group_digits(whole);
    if decimals.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{decimals}")
    }
}

/// A whole number from two to nine as said in prose ("two hotels"); `None` for any other.
pub fn small_number_word(value: f64) -> Option<String> {
    const WORDS: [&str; 8] = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];
    (value.fract() == 0.0 && (2.0..=9.0).contains(&value)).then(|| WORDS[value as usize - 2].to_string())
}

/// "99.95%".
pub fn percent(value: f64) -> String {
    format!("{}%", number(value))
}

/// A change in per cent as said aloud: "an 89% improvement", not "88.9%"; under 10%, to a tenth
/// ("a 2.5% rise"). The working keeps the exact figure.
pub fn spoken_percent(value: f64) -> String {
    let shown = if value.abs() >= 10.0 { value.round() } else { (value * 10.0).round() / 10.0 };
    percent(shown)
}

/// Money in its currency: "£40,000", "$1.1 million", "€120". Whole units from 100 up.
pub fn money(amount: f64, currency: &str) -> String {
    let symbol = match currency {
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        "AUD" => "A$",
        "CAD" => "C$",
        "NZD" => "NZ$",
        _ => "",
    };
    let sign = if amount < 0.0 { "-" } else { "" };
    let amount = amount.abs();
    let figure = if let Some(millions) = exact_millions(amount) {
        millions
    } else if amount >= 100.0 || (amount * 100.0).round() % 100.0 == 0.0 {
        // Whole units from 100 up, and whole amounts below ("£35", not "£35.00").
        number(amount.round())
    } else {
        format!("{:.2}", amount)
    };
    if symbol.is_empty() {
        format!("{sign}{figure} {currency}")
    } else {
        format!("{sign}{symbol}{figure}")
    }
}

/// "2.3 million", "1.5 billion" for a figure that is exactly that, to one decimal; else `None`.
pub fn exact_millions(value: f64) -> Option<String> {
    [(1e9, "billion"), (1e6, "million")].iter().find_map(|&(scale, word)| {
        let tenths = value / scale * 10.0;
        (value >= scale && (tenths - tenths.round()).abs() < 1e-9)
            .then(|| format!("{} {word}", number(tenths.round() / 10.0)))
    })
}

/// A count as people say it: "2.3 million", "1,200".
pub fn count_figure(value: f64) -> String {
    exact_millions(value).unwrap_or_else(|| number(value))
}

/// A length of time in the unit a person would pick: "45 seconds", "22 minutes", "4.4 hours",
/// "3.7 days".
pub fn duration(seconds: f64) -> String {
    let seconds = seconds.abs();
    let (value, singular, plural) = if seconds < 90.0 {
        (seconds.round(), "second", "seconds")
    } else if seconds < 90.0 * 60.0 {
        ((seconds / 60.0).round(), "minute", "minutes")
    } else if seconds < 48.0 * 3600.0 {
        (one_decimal(seconds / 3600.0), "hour", "hours")
    } else {
        (one_decimal(seconds / 86400.0), "day", "days")
    };
    let noun = if value == 1.0 { singular } else { plural };
    format!("{} {noun}", number(value))
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A noun phrase up to its head noun, before any "of", "for", "to"…: "calls to the desk" →
/// "calls", "payroll for 5,000 employees" → "payroll".
pub fn head(phrase: &str) -> &str {
    let lower = phrase.to_lowercase();
    [
        " of ",
        " for ",
        " to ",
        " in ",
        " on ",
        " from ",
        " with ",
        " under ",
        " by ",
        " at ",
        " about ",
        " across ",
        " logged ",
        " sent ",
        " made ",
        " reported ",
        " raised ",
    ]
    .iter()
    .filter_map(|joiner| lower.find(joiner))
    .min()
    .and_then(|at| phrase.get(..at))
    .unwrap_or(phrase)
}

/// Whether a noun phrase is plural, by its head word ("month-end reports", "the clinical
/// systems", "staff"; not "close", "access", "analysis", "payroll for 5,000 employees").
pub fn is_plural(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let last = head(&lower).rsplit([' ', '-']).next().unwrap_or_default().to_string();
    const SINGULAR_S: &[&str] =
        &["news", "analysis", "access", "process", "status", "its", "this", "bus", "gas", "campus"];
    let regular = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us");
    (regular && !SINGULAR_S.contains(&last.as_str()))
        || matches!(last.as_str(), "staff" | "people" | "data" | "media")
}

/// A noun's plural: "fault" → "faults", "weakness" → "weaknesses", "policy" → "policies".
pub fn plural(noun: &str) -> String {
    if noun.ends_with(['s', 'x']) || noun.ends_with("sh") || noun.ends_with("ch") {
        format!("{noun}es")
    } else if let Some(base) = noun.strip_suffix('y').filter(|b| !b.ends_with(['a', 'e', 'i', 'o', 'u'])) {
        format!("{base}ies")
    } else {
        format!("{noun}s")
    }
}

/// A present-tense verb said of one thing, said of several: "keeps" → "keep", "carries" →
/// "carry", "reaches" → "reach", "is" → "are"; `None` for a word that is not such a verb.
fn plural_verb(word: &str) -> Option<String> {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    Some(match word {
        "is" => "are".into(),
        "was" => "were".into(),
        "has" => "have".into(),
        "does" => "do".into(),
        w if w.len() > 4 && w.ends_with("ies") => format!("{}y", &w[..w.len() - 3]),
        w if ["ches", "shes", "sses", "xes", "zes"].iter().any(|e| w.ends_with(e)) => {
            w[..w.len() - 2].to_string()
        }
        w if w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is") =>
        {
            w[..w.len() - 1].to_string()
        }
        _ => return None,
    })
}

/// `text` with each verb straight after `subject` (or after its ", which"), and a verb joined to
/// that one by "and" in the same clause, agreeing with it when it is plural: "Our collaboration
/// tools gives back" → "Our collaboration tools give back"; "The systems keeps X, and saves Y" →
/// "The systems keep X, and save Y".
pub fn agree_with(text: &str, subject: &str) -> String {
    if subject.is_empty() || !is_plural(subject) {
        return text.to_string();
    }
    let capital: String =
        subject.chars().take(1).flat_map(char::to_uppercase).chain(subject.chars().skip(1)).collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while let Some((found, len)) =
        [subject, capital.as_str()].iter().filter_map(|s| text[at..].find(s).map(|i| (at + i, s.len()))).min()
    {
        let mut after = found + len;
        if text[after..].starts_with(", which ") {
            after += ", which".len();
        }
        out.push_str(&text[at..after]);
        at = after;
        // The verb straight after, then one joined to it by "and" before the clause ends.
        let Some((verb, verb_len)) = text[at..].strip_prefix(' ').and_then(|rest| agreed(rest, |_| true))
        else {
            continue;
        };
        out.push(' ');
        out.push_str(&verb);
        at += 1 + verb_len;
        let clause_end = clause_end(text, at);
        // "pays back its cost" said of several: "pay back their cost".
        if let Some(i) = text[at..clause_end].find(" its ") {
            out.push_str(&text[at..at + i]);
            out.push_str(" their ");
            at += i + " its ".len();
        }
        at = agree_joined(text, at, &mut out);
    }
    out.push_str(&text[at..]);
    out
}

/// A verb joined by "and" to the one before `at`, in the same clause, written to `out` agreeing
/// with a plural subject ("…, and saves Y" → "…, and save Y"); where `text` is read on from.
fn agree_joined(text: &str, at: usize, out: &mut String) -> usize {
    let clause_end = clause_end(text, at);
    let joined = [", and ", " and ", ", then "]
        .iter()
        .find_map(|j| text[at..clause_end].find(j).map(|i| at + i + j.len()));
    match joined.and_then(|v| agreed(&text[v..], |w| AGREEING_VERBS.contains(&w)).map(|a| (v, a))) {
        Some((verb_at, (verb, verb_len))) => {
            out.push_str(&text[at..verb_at]);
            out.push_str(&verb);
            verb_at + verb_len
        }
        None => at,
    }
}

/// `text` with each sentence that opens "It" and a verb said of several things ("the kiosks")
/// opening "They" with the verb agreeing: "It pays back in 19 months" → "They pay back in 19
/// months"; "It also saves…" → "They also save…".
pub fn they_for_it(text: &str, subject: &str) -> String {
    if subject.is_empty() || !is_plural(subject) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    let mut from = 0;
    while let Some(i) = text[from..].find("It ").map(|i| from + i) {
        from = i + 3;
        if i > 0 && !text[..i].ends_with(". ") {
            continue;
        }
        let rest = &text[from..];
        // "It also saves": an adverb between.
        let adverb = ["also ", "now ", "still ", "already "]
            .iter()
            .find(|a| rest.starts_with(**a))
            .map_or(0, |a| a.len());
        let Some((verb, len)) = agreed(&rest[adverb..], |_| true) else { continue };
        out.push_str(&text[at..i]);
        out.push_str("They ");
        out.push_str(&rest[..adverb]);
        out.push_str(&verb);
        at = agree_joined(text, from + adverb + len, &mut out);
        from = at;
    }
    out.push_str(&text[at..]);
    out
}

/// Where the clause that starts at `at` ends: a full stop (not a decimal point), a colon, a
/// semicolon, or the end.
fn clause_end(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    let bytes = rest.as_bytes();
    rest.char_indices()
        .find(|&(i, c)| {
            matches!(c, ':' | ';' | '?' | '!')
                || (c == '.' && !bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        })
        .map_or(text.len(), |(i, _)| at + i)
}

/// Present-tense verbs the templates say of a service, agreed when joined to another by "and"
/// (a word after "and" may be a noun: "and sales" stays).
const AGREEING_VERBS: &[&str] = &[
    "keeps", "saves", "gives", "carries", "handles", "covers", "runs", "takes", "puts", "lets", "passes",
    "protects", "serves", "brings", "helps", "means", "moves", "stops", "holds", "sends", "tells", "tracks",
    "connects", "works", "makes", "returns", "updates", "sells", "knows", "plans", "shows", "checks",
    "gathers", "watches", "acts", "draws", "controls", "records", "turns", "reads", "finds",
];

/// The verb that starts `rest`, said of several, and the length of the verb as written, when it
/// is such a verb and `allowed`.
fn agreed(rest: &str, allowed: impl Fn(&str) -> bool) -> Option<(String, usize)> {
    let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    if !allowed(&word) {
        return None;
    }
    plural_verb(&word).map(|verb| (verb, word.len()))
}

/// One sentence with what it leads to joined on: "It covers 900 laptops." and "a lost laptop is
/// no longer a data breach" → "It covers 900 laptops, so a lost laptop is no longer a data
/// breach."; a sentence with a clause of its own already ("…: …") takes it as a sentence.
pub fn so_that(sentence: &str, so: &str) -> String {
    let body = sentence.trim().trim_end_matches(['.', '!']);
    let so = so.trim().trim_end_matches(['.', '!', ';', ',']);
    if body.contains([':', ';']) || body.contains(", so ") {
        return format!("{body}. That means {so}.");
    }
    format!("{body}, so {so}.")
}

/// Whether `a` and `b` share a run of `n` words (any case): the same clause said twice.
pub fn shares_run(a: &str, b: &str, n: usize) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, b) = (words(a), words(b));
    // A clause shorter than `n` said whole inside the other is said again too ("We replaced the
    // network." after "We replaced the network in 40 shops."), from four words up.
    let n = n.min(a.len()).min(b.len()).max(4.min(n));
    n > 0 && a.windows(n).any(|run| b.windows(n).any(|other| other == run))
}

/// "a" or "an" before `next`, by how it is said: "an 18%", "an 8-hour", "an MFA", "an hour",
/// "a 50%", "a user", "a VPN".
pub fn a_or_an(next: &str) -> &'static str {
    let first_word: String = next.chars().take_while(|c| !c.is_whitespace()).collect();
    let lower = first_word.to_lowercase();
    let whole = first_word.split('.').next().unwrap_or_default();
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    if first_word.starts_with(|c: char| c.is_ascii_digit()) {
        // Said "eight", "eleven", "eighteen", "eighty", "eight hundred"…
        let leading_eight = digits.starts_with('8');
        let eleven_or_eighteen =
            matches!(digits.len() % 3, 2) && (digits.starts_with("11") || digits.starts_with("18"));
        return if leading_eight || eleven_or_eighteen { "an" } else { "a" };
    }
    let letters: Vec<char> = first_word.chars().filter(|c| c.is_alphabetic()).collect();
    // Acronyms said as words: "a SIEM" ("seem"), "a SAN" ("san"), "a SCADA".
    const SAID_AS_WORDS: &[&str] =
        &["siem", "soc", "san", "lan", "wan", "wlan", "scada", "raid", "sim", "nas", "sase", "saas", "nato"];
    let spelled: String = letters.iter().collect::<String>().to_lowercase();
    let said_as_word = SAID_AS_WORDS.iter().any(|w| spelled == *w || spelled.strip_suffix('s') == Some(*w));
    let is_acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !said_as_word;
    if is_acronym {
        // Letters said with a vowel sound first: A E F H I L M N O R S X.
        return if "AEFHILMNORSX".contains(letters[0]) { "an" } else { "a" };
    }
    const SILENT_H: &[&str] = &["hour", "honest", "honour", "heir"];
    const YOU_SOUND: &[&str] = &["uni", "use", "usu", "user", "uti", "eu", "one", "once", "ubiq", "uk"];
    if SILENT_H.iter().any(|p| lower.starts_with(p)) {
        "an"
    } else if YOU_SOUND.iter().any(|p| lower.starts_with(p)) {
        "a"
    } else if lower.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn it_said_of_several_things_is_they() {
        let kiosks = "the self-service ticket kiosks";
        assert_eq!(they_for_it("It pays back in 19 months.", kiosks), "They pay back in 19 months.");
        assert_eq!(
            they_for_it("It also saves £27,000 a year. It is busy.", kiosks),
            "They also save £27,000 a year. They are busy."
        );
        assert_eq!(
            they_for_it("It pays back in 19 months, and returns £39,000.", kiosks),
            "They pay back in 19 months, and return £39,000."
        );
        assert_eq!(they_for_it("It pays back in 19 months.", "the portal"), "It pays back in 19 months.");
        assert_eq!(they_for_it("Without It works", kiosks), "Without It works");
    }

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(count(0, "word", "words"), "0 words");
        assert_eq!(count(1, "word", "words"), "1 word");
        assert_eq!(count(2, "sentence", "sentences"), "2 sentences");
        assert_eq!(count(1200, "person", "people"), "1,200 people");
    }

    #[test]
    fn figures_are_written_as_people_write_them() {
        let cases = [
            (1200.0, "1,200"),
            (99.95, "99.95"),
            (4.38, "4.38"),
            (4.4, "4.4"),
            (0.5, "0.5"),
            (3.0, "3"),
            (-20.0, "-20"),
            (-0.0, "0"),
            (-0.00001, "0"),
            (5e9, "5,000,000,000"),
            (1e15, "1,000,000,000,000,000"),
            (2_500_000_000.5, "2,500,000,000.5"),
        ];
        for (value, expected) in cases {
            assert_eq!(number(value), expected);
        }
        assert_eq!(percent(101.0), "101%");
        assert_eq!(number(f64::NAN), "?");
    }

    #[test]
    fn a_verb_agrees_with_a_plural_subject() {
        assert_eq!(
            agree_with(
                "Our collaboration tools gives back 5 hours. Think of our collaboration tools as a",
                "our collaboration tools"
            ),
            "Our collaboration tools give back 5 hours. Think of our collaboration tools as a"
        );
        assert_eq!(
            agree_with("The clinical systems puts records first and is fast.", "the clinical systems"),
            "The clinical systems put records first and is fast."
        );
        assert_eq!(
            agree_with("The clinical systems carries and reaches", "the clinical systems"),
            "The clinical systems carry and reaches"
        );
        assert_eq!(
            agree_with("The mail service keeps mail flowing.", "the mail service"),
            "The mail service keeps mail flowing."
        );
        assert_eq!(
            agree_with("The tools is, the tools has, the tools does", "the tools"),
            "The tools are, the tools have, the tools do"
        );
        assert_eq!(agree_with("With the tools, it works", "the tools"), "With the tools, it works");
        assert_eq!(
            agree_with("We look after the tools, which saves time", "the tools"),
            "We look after the tools, which save time"
        );
        assert_eq!(
            agree_with("The tills keeps stock right, and saves £9,000. It saves time.", "the tills"),
            "The tills keep stock right, and save £9,000. It saves time."
        );
        assert_eq!(
            agree_with("The tills takes payments and sales", "the tills"),
            "The tills take payments and sales"
        );
        assert_eq!(
            agree_with("Our tablets pays back its £12,000, then keeps saving.", "our tablets"),
            "Our tablets pay back their £12,000, then keep saving."
        );
    }

    #[test]
    fn a_clause_said_twice_is_found() {
        assert!(shares_run(
            "It keeps everyone's email flowing, inside the organisation",
            "so it keeps everyone's email flowing, inside the office",
            6
        ));
        assert!(!shares_run("It saves £6,000 a year on storage.", "Storage went from 80 TB to 50 TB.", 6));
        assert!(!shares_run("a b c", "a b c", 6), "too short to repeat");
    }

    #[test]
    fn series_join_with_commas_and_the_conjunction() {
        assert_eq!(series(&[], "and"), "");
        assert_eq!(series(&["GBP"], "or"), "GBP");
        assert_eq!(series(&["a", "b"], "or"), "a or b");
        assert_eq!(series(&["a", "b", "c"], "and"), "a, b and c");
    }

    #[test]
    fn money_in_its_currency() {
        assert_eq!(money(40_000.0, "GBP"), "£40,000");
        assert_eq!(money(3_333.333, "GBP"), "£3,333");
        assert_eq!(money(1_100_000.0, "USD"), "$1.1 million");
        assert_eq!(money(1_234_567.0, "USD"), "$1,234,567");
        assert_eq!(money(25_000_000.0, "EUR"), "€25 million");
        assert_eq!(count_figure(2_300_000.0), "2.3 million");
        assert_eq!(count_figure(1_500_000_000.0), "1.5 billion");
        assert_eq!(count_figure(1_200.0), "1,200");
        assert_eq!(money(33.3333, "GBP"), "£33.33");
        assert_eq!(money(-320_000.0, "USD"), "-$320,000");
        assert_eq!(money(40_000.0, "AUD"), "A$40,000");
        assert_eq!(money(1_500_000.0, "NZD"), "NZ$1.5 million");
        assert_eq!(money(500.0, "CHF"), "500 CHF");
        assert_eq!(money(35.0, "GBP"), "£35", "a whole amount has no pence");
        assert_eq!(money(0.3, "GBP"), "£0.30");
    }

    #[test]
    fn durations_in_the_unit_a_person_would_pick() {
        let cases = [
            (45.0, "45 seconds"),
            (1.0, "1 second"),
            (0.365 * 3600.0, "22 minutes"),
            (60.0 * 60.0, "60 minutes"),
            (4.38 * 3600.0, "4.4 hours"),
            (87.6 * 3600.0, "3.7 days"),
        ];
        for (seconds, expected) in cases {
            assert_eq!(duration(seconds), expected);
        }
    }

    #[test]
    fn what_it_leads_to_joins_the_sentence() {
        assert_eq!(
            so_that("It covers 900 laptops.", "a lost laptop is no longer a data breach"),
            "It covers 900 laptops, so a lost laptop is no longer a data breach."
        );
        assert_eq!(
            so_that("It just works: it was down for 9 minutes.", "results reach the ward in seconds."),
            "It just works: it was down for 9 minutes. That means results reach the ward in seconds."
        );
    }

    #[test]
    fn a_or_an_by_sound() {
        let cases = [
            ("18% cut", "an"),
            ("8-hour day", "an"),
            ("11% rise", "an"),
            ("80% share", "an"),
            ("800 users", "an"),
            ("18.3% rise", "an"),
            ("8.5 hours", "an"),
            ("1.8x", "a"),
            ("50% cut", "a"),
            ("1,800 staff", "a"),
            ("110 staff", "a"),
            ("MFA rollout", "an"),
            ("VPN", "a"),
            ("SLA", "an"),
            ("hour", "an"),
            ("user", "a"),
            ("upgrade", "an"),
            ("one-off", "a"),
            ("service", "a"),
            ("ERP system", "an"),
            ("SIEM", "a"),
            ("SANs", "a"),
            ("SASE rollout", "a"),
            ("euro", "a"),
            ("item", "an"),
        ];
        for (next, expected) in cases {
            assert_eq!(a_or_an(next), expected, "{next}");
        }
    }

    #[test]
    fn thousands_are_grouped() {
        let cases = [(0, "0"), (999, "999"), (1000, "1,000"), (123456, "123,456"), (1234567, "1,234,567")];
        for (n, expected) in cases {
            assert_eq!(group_thousands(n), expected);
        }
    }
}
