#!/usr/bin/env bash
# Builds ValueLens for release and serves it on http://127.0.0.1:8080 (rebuilding on change).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH" # binaryen's wasm-opt, for Trunk
echo
echo "ValueLens: http://127.0.0.1:8080/  (Ctrl-C to stop)"
exec trunk serve --release
