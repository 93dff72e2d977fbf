// The benchmark inputs, shared by the native benchmark (benches/engine.rs) and the one in the
// browser (tests/wasm_speed.rs) so both measure the same text. Included with `include!`.

/// A realistic paragraph (57 words) with figures, jargon and a before → after.
const PARAGRAPH: &str =
    "We run the mail service for 1,200 staff at 99.95% uptime and blocked 2.3 million \
    phishing emails last year. Month-end close went from 6 days to 3 days after the ERP move, and we \
    retired £40k a year of hardware maintenance. We think IT supports the business well, and the VPN \
    now reaches 40 sites. ";

/// The paragraph's words repeated until there are `words` of them, or `bytes` of text.
pub fn text_of(words: usize, bytes: usize) -> String {
    let mut text = String::new();
    for (n, word) in PARAGRAPH.split_whitespace().cycle().enumerate() {
        if (words > 0 && n == words) || (bytes > 0 && text.len() >= bytes) {
            break;
        }
        text.push_str(word);
        text.push(' ');
    }
    text
}
