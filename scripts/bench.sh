#!/usr/bin/env bash
# Measures ValueLens and prints a report (also written to target/bench-report.md): the engine
# natively (criterion) on about 50, 300, 5,000 words and 1 MB, with whether time grows linearly;
# and the side-by-side with npm's write-good + text-readability on one shared corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
cargo bench --locked --bench engine
node scripts/compare.mjs
python3 scripts/bench-report.py | tee target/bench-report.md
