//! The engine's speed on inputs of about 50, 300 and 5,000 words and 1 MB: understand the text,
//! check it for the board, and compose for all four audiences. `scripts/bench.sh` runs this and
//! reports the times and whether they grow linearly.
#![cfg_attr(target_arch = "wasm32", allow(unused))]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;

    use criterion::{BenchmarkId, Criterion, Throughput};
    use valuelens::engine::audience::builtin;
    use valuelens::engine::checks::{check, CheckOptions};
    use valuelens::engine::compose::compose_all;
    use valuelens::engine::readability::measure;
    use valuelens::engine::service::{understand, ServiceInput};

    include!("shared/inputs.rs");

    /// Everything the app does on one edit: understand, check, compose for every audience.
    pub fn one_edit(text: &str) -> usize {
        let input = ServiceInput::from_description(text);
        let understood = understand(&input);
        let findings = check(text, &CheckOptions { audience: "board".into(), ..CheckOptions::default() });
        let audiences: Vec<_> = builtin().iter().collect();
        let messages = compose_all(&input, &understood, &audiences, 0);
        understood.facts.len() + findings.len() + messages.len()
    }

    /// The shared corpus of the side-by-side with JavaScript linters (scripts/compare.mjs reads
    /// the same): every golden description, joined by blank lines, ten times over.
    pub fn corpus() -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/inputs");
        let mut files: Vec<_> =
            std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
        files.sort();
        let texts: Vec<String> = files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .map(|t| t.trim().to_string())
            .collect();
        vec![texts.join("\n\n"); 10].join("\n\n")
    }

    /// What the JavaScript side does: lint the draft and score its readability.
    pub fn check_and_score(text: &str) -> usize {
        let findings = check(text, &CheckOptions { audience: "board".into(), ..CheckOptions::default() });
        let readability = measure(text, 140);
        findings.len() + readability.words
    }

    pub fn benches(c: &mut Criterion) {
        let corpus = corpus();
        let mut side_by_side = c.benchmark_group("check-corpus");
        side_by_side.throughput(Throughput::Bytes(corpus.len() as u64));
        side_by_side.bench_function("golden-x10", |b| b.iter(|| check_and_score(black_box(&corpus))));
        side_by_side.finish();

        let mut group = c.benchmark_group("one-edit");
        group.sample_size(20);
        for (label, text) in [
            ("50-words", text_of(50, 0)),
            ("300-words", text_of(300, 0)),
            ("5000-words", text_of(5_000, 0)),
            ("1-MB", text_of(0, 1 << 20)),
        ] {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                b.iter(|| one_edit(black_box(text)))
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
