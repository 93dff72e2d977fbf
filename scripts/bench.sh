#!/usr/bin/env bash
# Measures ValueLens and prints a report (also written to target/bench-report.md): the engine
# natively (criterion) on about 50, 300, 5,000 words and 1 MB, with whether time grows linearly;
# the side-by-side with npm's write-good + text-readability on one shared corpus; and the web app
# in headless Chromium (cold load, keystroke to updated page, wasm memory after 1,000 edits, a
# 1 MB paste) and the engine inside WebAssembly (compose for all audiences, one edit).
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
