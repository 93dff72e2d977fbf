#!/usr/bin/env python3
"""What the web app's WebAssembly is made of, measured: reads the wasm as wasm-bindgen wrote it
(before wasm-opt, with its function names kept) and the shipped one from dist/, and prints, as
Markdown, the shipped sections (code, data) raw and gzip, then the code by crate and by ValueLens
module, raw and gzip (each group's function bodies gzipped together), with how much of another
crate's code is generic code instantiated for ValueLens' own types, the largest functions, and
the engine's data files. Used by scripts/bench.sh (into target/bench-report.md).

Usage: size-report.py [NAMED_WASM] [SHIPPED_WASM]"""
import collections
import glob
import gzip
import pathlib
import re
import sys


def leb(data, i):
    """An unsigned LEB128 at `i`: (value, next index)."""
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def sections(data):
    """(id, name for a custom section, body) of each section."""
    i = 8
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        body = data[i : i + size]
        name = ""
        if sid == 0:
            length, j = leb(body, 0)
            name = body[j : j + length].decode("utf-8", "replace")
        yield sid, name, body
        i += size


SECTION_NAMES = {1: "types", 2: "imports", 3: "functions", 5: "memory", 6: "globals", 7: "exports",
                 9: "elements", 10: "code", 11: "data"}


def functions(data):
    """{index: (name, body bytes)} of the functions defined in the module."""
    imported = 0
    bodies = []
    names = {}
    for sid, name, body in sections(data):
        if sid == 2:
            count, i = leb(body, 0)
            for _ in range(count):
                for _ in range(2):  # module, field
                    length, i = leb(body, i)
                    i += length
                kind = body[i]
                i += 1
                if kind == 0:
                    _, i = leb(body, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 2:
                    flags, i = leb(body, i)
                    _, i = leb(body, i)
                    if flags & 1:
                        _, i = leb(body, i)
                elif kind == 3:
                    i += 2
                else:
                    _, i = leb(body, i)  # a tag
        elif sid == 10:
            count, i = leb(body, 0)
            for _ in range(count):
                size, i = leb(body, i)
                bodies.append(body[i : i + size])
                i += size
        elif sid == 0 and name == "name":
            length, i = leb(body, 0)
            i += length
            while i < len(body):
                sub = body[i]
                size, i = leb(body, i + 1)
                if sub == 1:
                    count, j = leb(body, i)
                    for _ in range(count):
                        index, j = leb(body, j)
                        length, j = leb(body, j)
                        names[index] = body[j : j + length].decode("utf-8", "replace")
                        j += length
                i += size
    return {imported + n: (names.get(imported + n, f"function[{imported + n}]"), b) for n, b in enumerate(bodies)}


def crate_of(name):
    """The crate a function belongs to: the first path in its name ("<&mut serde_json::de::… as
    serde::…>" is serde_json's)."""
    name = re.sub(r"\[[0-9a-f]+\]", "", name)
    found = re.search(r"([A-Za-z_][A-Za-z0-9_]*)::", name)
    return found.group(1) if found else "(unnamed)"


def module_of(name):
    """A ValueLens function's module, two levels deep ("engine::compose")."""
    found = re.search(r"valuelens::([a-z_]+)(?:::([a-z_]+))?", name)
    if not found:
        return "(other)"
    first, second = found.groups()
    return f"{first}::{second}" if second else first


def gz(data):
    return len(gzip.compress(bytes(data), 9))


def table(title, groups, extra=None, limit=25):
    rows = sorted(groups.items(), key=lambda kv: -sum(len(b) for b in kv[1]))
    total = sum(sum(len(b) for b in bodies) for bodies in groups.values())
    print(f"\n### {title}\n")
    header = "| | raw | share | gzip |" + (f" {extra[0]} |" if extra else "")
    print(header)
    print("| --- | ---: | ---: | ---: |" + (" ---: |" if extra else ""))
    for key, bodies in rows[:limit]:
        raw = sum(len(b) for b in bodies)
        line = f"| {key} | {raw:,} | {raw / total:.1%} | {gz(b''.join(bodies)):,} |"
        if extra:
            line += f" {extra[1].get(key, 0):,} |"
        print(line)
    rest = rows[limit:]
    if rest:
        raw = sum(sum(len(b) for b in bodies) for _, bodies in rest)
        print(f"| {len(rest)} more | {raw:,} | {raw / total:.1%} | |")


def main():
    named = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/wasm-bindgen/release/valuelens-web_bg.wasm")
    shipped_arg = sys.argv[2] if len(sys.argv) > 2 else next(iter(glob.glob("dist/valuelens-web-*_bg.wasm")), "")
    if not named.exists() or not shipped_arg:
        sys.exit("size-report: build the web app first (trunk build --release)")
    shipped = pathlib.Path(shipped_arg).read_bytes()

    print("## Bundle: what the WebAssembly is made of\n")
    print(f"Shipped `{pathlib.Path(shipped_arg).name}`: {len(shipped):,} bytes, {gz(shipped):,} gzip.\n")
    print("| section | raw | gzip |")
    print("| --- | ---: | ---: |")
    for sid, name, body in sections(shipped):
        if len(body) > 1024:
            print(f"| {name or SECTION_NAMES.get(sid, sid)} | {len(body):,} | {gz(body):,} |")

    funcs = functions(named.read_bytes())
    by_crate = collections.defaultdict(list)
    by_module = collections.defaultdict(list)
    for_valuelens = collections.Counter()
    for name, body in funcs.values():
        crate = crate_of(name)
        by_crate[crate].append(body)
        if crate == "valuelens":
            serde = re.search(r"serde\w*::(de|ser)::(Deserialize|Serialize|Visitor|SeqAccess|MapAccess)", name)
            by_module["(serde: reading and writing ValueLens' types)" if serde else module_of(name)].append(body)
        elif "valuelens::" in name:
            for_valuelens[crate] += len(body)
    code = sum(len(b) for _, b in funcs.values())
    print(f"\nBefore wasm-opt (names kept): {len(funcs):,} functions, {code:,} bytes of code. wasm-opt "
          "then shrinks the whole; the shares hold roughly.")
    table("Code by crate", by_crate, extra=("of it generic code for ValueLens' types", for_valuelens))
    table("ValueLens' code by module", by_module, limit=40)

    print("\n### The largest functions\n")
    print("| function | raw |")
    print("| --- | ---: |")
    for name, body in sorted(funcs.values(), key=lambda f: -len(f[1]))[:20]:
        short = re.sub(r"::h[0-9a-f]{16}$", "", re.sub(r"\[[0-9a-f]+\]", "", name))
        print(f"| `{short[:110]}` | {len(body):,} |")

    # The newest build's data folder (older builds leave theirs).
    folders = glob.glob("target/wasm32-unknown-unknown/release/build/valuelens-*/out/data")
    if folders:
        root = pathlib.Path(max(folders, key=lambda f: pathlib.Path(f).stat().st_mtime))
        print("\n### The engine's data files kept as JSON text (minified)\n")
        print("| file | raw | gzip |")
        print("| --- | ---: | ---: |")
        total_raw = total_gz = 0
        for path in sorted(root.rglob("*.json")):
            text = path.read_bytes()
            if text not in shipped:
                print(f"| {path.relative_to(root)} (tests and the command line only) | — | — |")
                continue
            total_raw += len(text)
            total_gz += gz(text)
            print(f"| {path.relative_to(root)} | {len(text):,} | {gz(text):,} |")
        print(f"| all in the app | {total_raw:,} | {total_gz:,} |")
        statics = ", ".join(str(p.relative_to(root).with_suffix(".json")) for p in sorted(root.rglob("*.rs")))
        print(f"\nCompiled into Rust statics by build.rs (inside the code and data sections above): {statics}.")


main()
