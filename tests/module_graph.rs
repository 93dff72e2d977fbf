//! The shape of the code, checked: no module imports another that (through others) imports it
//! back, and no file carries more than `CODE_LINES_MOST` lines of code before its tests. A cycle
//! means a shared type lives in the wrong file; the fix is to move it down to where both sides can
//! import it.
//!
//! The graph is read from the source: every `crate::…`, `super::…` and `self::…` path outside a
//! test module, with `pub use` re-exports followed to the file that defines the item. A module may
//! always use its own submodules (it declares them), so those edges are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The most lines of code (before a file's `#[cfg(test)]` module) one file may hold.
const CODE_LINES_MOST: usize = 600;

type ModPath = Vec<String>;

struct Module {
    file: PathBuf,
    /// The file's code before its tests, with line comments blanked.
    code: String,
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "bin") {
                source_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_path(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).expect("under src/").with_extension("");
    let mut parts: ModPath = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code before the file's test module, line comments blanked so paths in prose are not read.
fn code_of(text: &str) -> String {
    text.lines()
        .take_while(|l| !l.starts_with("#[cfg(test)]"))
        .map(|l| match l.find("//") {
            Some(i) if !l[..i].contains('"') => &l[..i],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn modules() -> BTreeMap<ModPath, Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    files
        .into_iter()
        .map(|file| {
            let text = std::fs::read_to_string(&file).expect("a source file is readable");
            (module_path(&src, &file), Module { code: code_of(&text), file })
        })
        .collect()
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths in a `use` tree or a path expression starting at `s`: `a::b::{c, d::e}` gives
/// `a::b::c` and `a::b::d::e`.
fn paths_at(s: &str) -> Vec<Vec<String>> {
    let mut head: Vec<String> = Vec::new();
    let mut rest = s;
    loop {
        let end = rest.find(|c: char| !is_ident(c)).unwrap_or(rest.len());
        if end == 0 {
            break;
        }
        head.push(rest[..end].to_string());
        rest = &rest[end..];
        let after = rest.trim_start();
        if let Some(next) = after.strip_prefix("::") {
            rest = next.trim_start();
            if let Some(group) = rest.strip_prefix('{') {
                return group_items(group)
                    .into_iter()
                    .flat_map(|item| paths_at(item).into_iter().map(|p| [head.clone(), p].concat()))
                    .collect();
            }
        } else {
            break;
        }
    }
    vec![head]
}

/// The top-level items of a `{…}` group (the text after `{`), split at commas outside braces.
fn group_items(group: &str) -> Vec<&str> {
    let (mut depth, mut start, mut items) = (0, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(group[start..i].trim());
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(group[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.into_iter().filter(|i| !i.is_empty()).collect()
}

/// Every path the module names, made absolute (from the crate root), with the line it is on.
fn references(module: &ModPath, code: &str) -> Vec<(Vec<String>, usize)> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("::") {
        let start = code[..i].rfind(|c: char| !is_ident(c)).map_or(0, |p| p + 1);
        // Only a path's first "::" starts it.
        if !matches!(&code[start..i], "crate" | "super" | "self") || code[..start].ends_with(':') {
            continue;
        }
        let line = code[..start].matches('\n').count() + 1;
        for path in paths_at(&code[start..]) {
            let mut base = module.clone();
            let mut segs = path.into_iter().peekable();
            match segs.next().as_deref() {
                Some("crate") => base.clear(),
                Some("super") => {
                    base.pop();
                }
                _ => {}
            }
            while segs.peek().is_some_and(|s| s == "super") {
                segs.next();
                base.pop();
            }
            out.push(([base, segs.collect()].concat(), line));
        }
    }
    out
}

/// The names a module re-exports from each of its submodules (`pub use child::{A, B}`).
fn re_exports(module: &ModPath, m: &Module, known: &BTreeSet<ModPath>) -> BTreeMap<String, ModPath> {
    let mut out = BTreeMap::new();
    for (i, _) in m.code.match_indices("use ") {
        let before = m.code[..i].trim_end();
        if !(before.ends_with("pub") || before.ends_with("pub(crate)")) {
            continue;
        }
        for path in paths_at(&m.code[i + 4..]) {
            let Some((name, inner)) = path.split_last() else { continue };
            let target = match inner.first().map(String::as_str) {
                Some("crate") => inner[1..].to_vec(),
                Some("self") => [module.clone(), inner[1..].to_vec()].concat(),
                _ => [module.clone(), inner.to_vec()].concat(),
            };
            if known.contains(&target) && target != *module {
                out.insert(name.clone(), target);
            }
        }
    }
    out
}

/// The module a path names: the longest known module prefix, then any re-export it follows.
fn resolve(
    path: &[String],
    known: &BTreeSet<ModPath>,
    exports: &BTreeMap<ModPath, BTreeMap<String, ModPath>>,
) -> ModPath {
    let mut at: ModPath = Vec::new();
    let mut i = 0;
    while i < path.len() {
        let mut next = at.clone();
        next.push(path[i].clone());
        if known.contains(&next) {
            at = next;
            i += 1;
        } else if let Some(target) = exports.get(&at).and_then(|e| e.get(&path[i])) {
            at = target.clone();
            i += 1;
        } else {
            break;
        }
    }
    at
}

type Graph = BTreeMap<ModPath, BTreeMap<ModPath, (PathBuf, usize)>>;

fn graph() -> Graph {
    let modules = modules();
    let known: BTreeSet<ModPath> = modules.keys().cloned().collect();
    let exports: BTreeMap<ModPath, BTreeMap<String, ModPath>> =
        modules.iter().map(|(p, m)| (p.clone(), re_exports(p, m, &known))).collect();
    let mut graph = Graph::new();
    for (path, m) in &modules {
        let edges = graph.entry(path.clone()).or_default();
        for (reference, line) in references(path, &m.code) {
            let target = resolve(&reference, &known, &exports);
            // A module may use what it contains.
            if !target.starts_with(path) {
                edges.entry(target).or_insert((m.file.clone(), line));
            }
        }
    }
    graph
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(graph: &Graph) -> Vec<Vec<ModPath>> {
    struct Walk<'g> {
        graph: &'g Graph,
        index: BTreeMap<&'g ModPath, usize>,
        low: BTreeMap<&'g ModPath, usize>,
        stack: Vec<&'g ModPath>,
        on_stack: BTreeSet<&'g ModPath>,
        found: Vec<Vec<ModPath>>,
    }
    fn visit<'g>(w: &mut Walk<'g>, v: &'g ModPath) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        w.on_stack.insert(v);
        for u in w.graph.get(v).into_iter().flat_map(|e| e.keys()) {
            if !w.index.contains_key(u) {
                visit(w, u);
                let low = w.low[v].min(w.low[u]);
                w.low.insert(v, low);
            } else if w.on_stack.contains(u) {
                let low = w.low[v].min(w.index[u]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(u) = w.stack.pop() {
                w.on_stack.remove(u);
                component.push(u.clone());
                if u == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.found.push(component);
            }
        }
    }
    let mut w = Walk {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !w.index.contains_key(v) {
            visit(&mut w, v);
        }
    }
    w.found
}

fn name(path: &ModPath) -> String {
    if path.is_empty() {
        "crate".into()
    } else {
        path.join("::")
    }
}

#[test]
fn no_module_imports_itself_back() {
    let graph = graph();
    let report: Vec<String> = cycles(&graph)
        .iter()
        .map(|component| {
            let inside: BTreeSet<&ModPath> = component.iter().collect();
            let edges: Vec<String> = component
                .iter()
                .flat_map(|from| {
                    graph[from].iter().filter(|(to, _)| inside.contains(to)).map(move |(to, (file, line))| {
                        format!("    {} -> {}  ({}:{line})", name(from), name(to), file.display())
                    })
                })
                .collect();
            format!("a cycle among {} modules:\n{}", component.len(), edges.join("\n"))
        })
        .collect();
    assert!(report.is_empty(), "module cycles:\n{}", report.join("\n"));
}

#[test]
fn the_graph_sees_the_imports_it_must() {
    // The reader is only as good as what it finds: known imports must show up as edges.
    let graph = graph();
    let has = |from: &str, to: &str| {
        let path = |s: &str| s.split("::").map(String::from).collect::<ModPath>();
        graph.get(&path(from)).is_some_and(|e| e.contains_key(&path(to)))
    };
    assert!(has("cli::compose", "engine::compose"), "the compose command uses the composer");
    assert!(has("engine::value::totals", "engine::value::quantity"), "a value rule uses quantities");
    assert!(has("engine::compose::claims", "engine::facts::fact"), "a re-exported Fact leads to its file");
}

#[test]
fn no_file_is_over_the_code_line_limit() {
    let over: Vec<String> = modules()
        .values()
        .map(|m| (m.code.lines().count(), &m.file))
        .filter(|(n, _)| *n > CODE_LINES_MOST)
        .map(|(n, f)| format!("{} has {n} lines of code", f.display()))
        .collect();
    assert!(over.is_empty(), "files over {CODE_LINES_MOST} lines of code:\n{}", over.join("\n"));
}

#[test]
fn a_cycle_is_found_and_a_chain_is_not() {
    let path = |s: &str| -> ModPath { s.split("::").map(String::from).collect() };
    let mut graph = Graph::new();
    let mut edge = |from: &str, to: &str| {
        graph.entry(path(from)).or_default().insert(path(to), (PathBuf::new(), 1));
        cycles(&graph)
    };
    edge("a", "b");
    assert!(edge("b", "c").is_empty(), "a → b → c is a chain");
    assert_eq!(edge("c", "a"), [vec![path("a"), path("b"), path("c")]]);
}

#[test]
fn use_trees_are_read_whole() {
    let read = |s: &str| paths_at(s).into_iter().map(|p| p.join("::")).collect::<Vec<_>>();
    assert_eq!(
        read("crate::engine::{facts::{Fact, Per}, value::Quantity};"),
        ["crate::engine::facts::Fact", "crate::engine::facts::Per", "crate::engine::value::Quantity"]
    );
    assert_eq!(read("super::super::missing::MissingKind::ALL"), ["super::super::missing::MissingKind::ALL"]);
}
