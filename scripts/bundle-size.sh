#!/usr/bin/env bash
# Prints the size of the built bundle in dist/ (wasm, JS, CSS; raw and gzip) and fails when the
# gzip total is over the budget. The budget is set here and nowhere else.
set -euo pipefail
cd "$(dirname "$0")/.."

BUDGET_GZIP_BYTES=390000

total_raw=0
total_gzip=0
printf '%-8s %10s %10s\n' kind raw gzip
for kind in wasm js css; do
  raw=0
  gz=0
  for f in dist/*."$kind"; do
    [ -e "$f" ] || continue
    raw=$((raw + $(wc -c <"$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  printf '%-8s %10d %10d\n' "$kind" "$raw" "$gz"
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
done
printf '%-8s %10d %10d   (budget %d gzip)\n' total "$total_raw" "$total_gzip" "$BUDGET_GZIP_BYTES"
if [ "$total_gzip" -gt "$BUDGET_GZIP_BYTES" ]; then
  echo "bundle: $total_gzip bytes gzip is over the budget of $BUDGET_GZIP_BYTES" >&2
  exit 1
fi
