//! The engine's speed inside WebAssembly, in headless Chromium, built as the app ships it
//! (`--release`): composing for all four audiences from a 300-word description, and one whole
//! edit (understand, check, compose ×4). A measurement, not a test: `scripts/bench.sh` runs it and
//! reads the printed times; nothing here asserts a time.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

use valuelens::engine::audience::builtin;
use valuelens::engine::checks::{check, CheckOptions};
use valuelens::engine::compose::compose_all;
use valuelens::engine::service::{understand, ServiceInput};

include!("../benches/shared/inputs.rs");

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The time of one run of `f` in microseconds: the median over 25 batches of about 20 ms each, so
/// that a busy moment of the machine does not count, after half a second of warming up (the
/// browser compiles hot WebAssembly again, optimised, while it runs).
fn median_micros(mut f: impl FnMut() -> usize) -> f64 {
    let mut sink = 0usize;
    let warm = now();
    while now() - warm < 500.0 {
        sink = sink.wrapping_add(f());
    }
    let mut batches: Vec<f64> = (0..25)
        .map(|_| {
            let start = now();
            let mut runs = 0u32;
            while now() - start < 20.0 {
                sink = sink.wrapping_add(f());
                runs += 1;
            }
            (now() - start) * 1000.0 / f64::from(runs)
        })
        .collect();
    std::hint::black_box(sink);
    batches.sort_by(f64::total_cmp);
    batches[batches.len() / 2]
}

/// One whole edit: understand, check for the board, compose for every audience.
fn one_edit(text: &str, audiences: &[&valuelens::engine::audience::Audience]) -> usize {
    let input = ServiceInput::from_description(text);
    let understood = understand(&input);
    let findings = check(text, &CheckOptions { audience: "board".into(), ..CheckOptions::default() });
    compose_all(&input, &understood, audiences, 0).len() + findings.len()
}

#[wasm_bindgen_test]
fn measure_the_engine_in_wasm() {
    let text = text_of(300, 0);
    // At start-up the app reads the audiences, the one data file still JSON that it needs to
    // show its first screen (the word lists and wording are compiled in as statics).
    let start = now();
    let audiences: Vec<_> = builtin().iter().collect();
    let audiences_read = (now() - start) * 1000.0;
    // The very first edit reads the rest on first use (the glossary and the rules, still JSON),
    // with the code not yet optimised by the browser: what the first keystroke costs.
    let start = now();
    std::hint::black_box(one_edit(&text, &audiences));
    let first = (now() - start) * 1000.0;
    // The second: the data read, the code still cold. The difference is mostly reading the data.
    let start = now();
    std::hint::black_box(one_edit(&text, &audiences));
    let second = (now() - start) * 1000.0;
    let input = ServiceInput::from_description(&text);
    let understood = understand(&input);
    assert_eq!(compose_all(&input, &understood, &audiences, 0).len(), 4);
    let compose = median_micros(|| compose_all(&input, &understood, &audiences, 0).len());
    let edit = median_micros(|| one_edit(&text, &audiences));
    console_log!("wasm_compose_all_300_words_us={compose:.0}");
    console_log!("wasm_one_edit_300_words_us={edit:.0}");
    console_log!("wasm_start_audiences_us={audiences_read:.0}");
    console_log!("wasm_first_edit_300_words_us={first:.0}");
    console_log!("wasm_second_edit_300_words_us={second:.0}");
}
