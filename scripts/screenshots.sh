#!/usr/bin/env bash
# Refreshes the README's pictures in docs/: builds the app, runs the README picture tests
# (in tests/e2e/readme.spec.js and rehearse.spec.js) and copies what they saved. docs/screenshot.png is the Compose view.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh >/dev/null
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt, for Trunk
trunk build --release
npx playwright test readme rehearse -g "README picture"
for view in compose compose-phone compare check library rehearse brief; do
  cp "$(find test-results/e2e -name "$view.png" | head -n 1)" "docs/$view.png"
done
cp docs/compose.png docs/screenshot.png
ls -l docs/*.png
