#!/usr/bin/env bash
# Measures ValueLens and prints a report (also written to target/bench-report.md): the engine
# natively (criterion) on about 50, 300, 5,000 words and 1 MB, with whether time grows linearly;
# the side-by-side with npm's write-good + text-readability on one shared corpus; and the web app
# in headless Chromium (cold load and the first edit, medians of fresh starts; keystroke to
# updated page, wasm memory after 1,000 edits, a 1 MB paste), the engine inside WebAssembly
# (compose for all audiences, one edit, the first edits after start-up), and what the shipped
# WebAssembly is made of (scripts/size-report.py: by section, crate and module, raw and gzip).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
cargo bench --locked --bench engine
# The engine in WebAssembly, built as shipped (release), in headless Chromium: prints its times.
cargo test --locked --release --target wasm32-unknown-unknown --test wasm_speed -- --nocapture \
  | grep '^wasm_' | tee target/wasm-speed.txt
node scripts/compare.mjs
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt, for Trunk
trunk build --release
npx playwright test --config playwright.perf.config.js
python3 scripts/bench-report.py | tee target/bench-report.md
python3 scripts/size-report.py | tee -a target/bench-report.md
