#!/usr/bin/env python3
"""Reads criterion's estimates for the engine benchmark and prints each size's time, its time per
kilobyte, and whether the time grows linearly with the input (time per byte within 2x across
sizes)."""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion/one-edit")
sizes = ["50-words", "300-words", "5000-words", "1-MB"]
rows = []
for size in sizes:
    estimates = root / size / "new" / "estimates.json"
    benchmark = root / size / "new" / "benchmark.json"
    if not estimates.exists():
        sys.exit(f"bench-report: no estimates for {size} in {root}: run `cargo bench --bench engine` first")
    mean_ns = json.loads(estimates.read_text())["mean"]["point_estimate"]
    throughput = json.loads(benchmark.read_text()).get("throughput") or {}
    size_bytes = throughput.get("Bytes") or throughput.get("BytesDecimal") or 0
    rows.append((size, size_bytes, mean_ns))


def human(ns):
    if ns < 1e3:
        return f"{ns:.0f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.1f} µs"
    if ns < 1e9:
        return f"{ns / 1e6:.2f} ms"
    return f"{ns / 1e9:.2f} s"


print("| input | bytes | understand + check + compose ×4 | per KB |")
print("| --- | ---: | ---: | ---: |")
per_byte = []
for size, size_bytes, ns in rows:
    per_kb = ns / size_bytes * 1024 if size_bytes else 0
    per_byte.append(ns / size_bytes if size_bytes else 0)
    print(f"| {size} | {size_bytes:,} | {human(ns)} | {human(per_kb)} |")
# Small inputs carry fixed costs; growth is judged from 5,000 words up. Time per byte that does
# not grow is linear; time per byte that falls is better (figures are read from the first 50,000
# bytes of a field only; checking stays linear).
five_k, one_mb = (p for (s, _, _), p in zip(rows, per_byte) if s in ("5000-words", "1-MB"))
ratio = one_mb / five_k if five_k > 0 else float("inf")
verdict = "NOT linear" if ratio > 2 else "linear" if ratio >= 0.5 else "better than linear"
print(f"\nGrowth from 5,000 words to 1 MB: time per byte changes {ratio:.2f}x: {verdict}.")

# The side-by-side: the engine's check + readability against write-good + text-readability.
engine = root.parent / "check-corpus" / "golden-x10" / "new" / "estimates.json"
js = pathlib.Path("target/compare.json")
if engine.exists() and js.exists():
    ours = json.loads(engine.read_text())["mean"]["point_estimate"] / 1e3
    theirs = json.loads(js.read_text())
    print("\n| on the shared corpus | µs a pass |")
    print("| --- | ---: |")
    print(f"| ValueLens check (7 rules, 465-term glossary) + readability, native | {ours:,.0f} |")
    print(f"| write-good + text-readability, Node.js | {theirs['micros_per_pass']:,.0f} |")
    print(f"\nValueLens is {theirs['micros_per_pass'] / ours:.1f}x the speed of the JavaScript pair on {theirs['bytes']:,} bytes.")

# The web app in headless Chromium.
browser = pathlib.Path("target/browser-bench.json")
if browser.exists():
    b = json.loads(browser.read_text())
    k = b["keystroke_to_update_ms"]
    m = b["wasm_memory_bytes"]
    print("\n| in the browser (headless Chromium) | measured |")
    print("| --- | ---: |")
    runs = ", ".join(str(r) for r in b.get("cold_load_runs_ms", []))
    print(f"| cold load to interactive (median of fresh starts: {runs}) | {b['cold_load_to_interactive_ms']} ms |")
    if "first_edit_after_start_ms" in b:
        print(f"| the first edit, a second after start (a 50-word description) | {b['first_edit_after_start_ms']} ms |")
    print(f"| keystroke to updated page, 300-word description (p50 / p95 of {k['samples']}) | {k['p50']} / {k['p95']} ms |")
    print(f"| wasm memory before / after 1,000 edits | {m['before_1000_edits']:,} / {m['after_1000_edits']:,} bytes |")
    if "paste_1_mb_to_update_ms" in b:
        print(f"| 1 MB paste to updated page | {b['paste_1_mb_to_update_ms']:,} ms |")

# The engine inside WebAssembly (tests/wasm_speed.rs, release build, headless Chromium).
wasm = pathlib.Path("target/wasm-speed.txt")
if wasm.exists():
    values = dict(line.strip().split("=", 1) for line in wasm.read_text().splitlines() if "=" in line)
    print("\n| the engine in WebAssembly, 300-word description | µs |")
    print("| --- | ---: |")
    if "wasm_compose_all_300_words_us" in values:
        print(f"| compose for all four audiences | {int(values['wasm_compose_all_300_words_us']):,} |")
    if "wasm_one_edit_300_words_us" in values:
        print(f"| one edit: understand + check + compose ×4 | {int(values['wasm_one_edit_300_words_us']):,} |")
    if "wasm_start_audiences_us" in values:
        print(f"| start-up: reading the audiences (the only JSON read to show the first screen) | {int(values['wasm_start_audiences_us']):,} |")
    if "wasm_first_edit_300_words_us" in values:
        print(f"| the first edit after start-up (reads the engine's data, code cold) | {int(values['wasm_first_edit_300_words_us']):,} |")
        print(f"| the second edit (data read, code still cold) | {int(values['wasm_second_edit_300_words_us']):,} |")
