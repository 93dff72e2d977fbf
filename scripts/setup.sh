#!/usr/bin/env bash
# Installs everything ValueLens needs to build, serve and test, pinned, and skips what is already
# there at the pinned version. Called by scripts/serve.sh and scripts/test.sh; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

step "Rust: wasm32 target, rustfmt, clippy"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

step "Trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  # A quicker build of the tool itself (~4.5 min instead of ~8 on 2 cores); the app is unaffected.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
    cargo install --locked trunk --version "$TRUNK_VERSION"
fi

WB_VERSION=$(wasm_bindgen_version)
step "wasm-bindgen CLI $WB_VERSION (from Cargo.lock)"
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WB_VERSION" ]; then
  # Not --locked: the CLI's own lockfile wants a crate version this registry mirror lacks.
  CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

step "Chromium and ChromeDriver (Debian packages)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver
fi

step "npm test tools (Playwright core, axe-core, binaryen's wasm-opt) from package-lock.json"
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.valuelens-lock; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.valuelens-lock
fi
echo "setup: all tools present"
