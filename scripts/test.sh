#!/usr/bin/env bash
# Runs every check ValueLens has, and fails on the first failure: formatting, lints (native and
# wasm32), the module graph, native tests, browser tests, the release build, end-to-end tests, the bundle budget.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt, for Trunk
export CARGO_TERM_COLOR=never

started=$(date +%s)
layer() { printf '\n==> %s  [%ds]\n' "$*" "$(( $(date +%s) - started ))"; }
WASM=wasm32-unknown-unknown

layer "Formatting (cargo fmt --check)"
cargo fmt --check

layer "Lints, native (cargo clippy, warnings denied)"
cargo clippy --all-targets --locked -- -D warnings

layer "Lints, wasm32 (cargo clippy, warnings denied)"
cargo clippy --all-targets --locked --target "$WASM" -- -D warnings

layer "Module graph (no module cycles, no file over 600 lines of code)"
cargo test --locked --test module_graph

layer "Native tests (engine, state, CLI)"
cargo test --locked

layer "Browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target "$WASM" --test browser

layer "Release build (trunk build --release)"
trunk build --release

layer "End-to-end tests (Playwright, headless Chromium, dist/ on loopback)"
npx playwright test

layer "Bundle size"
scripts/bundle-size.sh

layer "All checks passed"
