#!/usr/bin/env bash
# A long hunt for panics and broken spans: the engine's property tests with many more cases than
# the test command runs (default 1,200,000 a property, about 15 minutes on 2 cores). A failure is
# shrunk and saved in tests/engine_properties.proptest-regressions, which every later run
# replays first: commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-1200000}"
PROPTEST_CASES="$cases" cargo test --locked --release --test engine_properties
