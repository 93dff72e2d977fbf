//! Prepares the engine's data files (src/engine/data/**/*.json) at build time. Each is checked to
//! be valid JSON (a file that is not fails the build with its path and the parser's message) and
//! minified into OUT_DIR. Files made of word lists and wording (`TABLES`) are compiled instead into
//! Rust statics: a struct whose fields are sorted word sets and word-keyed maps (`engine::tables`)
//! or single words and sentences, which the engine reads with no parsing at start-up. A field the struct does not have, or one
//! missing, fails the build where the generated code is included.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// A data file compiled into statics.
struct Table {
    file: &'static str,
    /// The struct it fills (each element's, when the file is a list of objects).
    type_name: &'static str,
    /// For a field mapping words to objects: the struct each object fills.
    nested: &'static [(&'static str, &'static str)],
    /// Lists kept in their written order (`&[…]`), where order means something; any other list is
    /// a set of words, sorted (`Words`).
    ordered: &'static [&'static str],
}

const fn table(file: &'static str, type_name: &'static str) -> Table {
    Table { file, type_name, nested: &[], ordered: &[] }
}

const TABLES: [Table; 9] = [
    table("fact_lexicon.json", "Lexicon"),
    table("story.json", "StoryWords"),
    table("claim_words.json", "ClaimWords"),
    table("brief.json", "BriefWords"),
    Table {
        nested: &[("assumptions", "AssumptionWords"), ("missing", "MissingWords")],
        ..table("value_model.json", "ValueWords")
    },
    Table { ordered: &["analogies"], ..table("service_kinds.json", "ServiceKind") },
    table("kind_weak_words.json", "Words"),
    table("analogies.json", "Analogy"),
    table("checklist.json", "Item"),
];

fn main() {
    let source = Path::new("src/engine/data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", source.display());
    for file in json_files(source) {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", file.display()));
        let relative = file.strip_prefix(source).expect("under the data folder");
        let target = out.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).expect("create OUT_DIR folders");
        }
        let name = relative.to_string_lossy().replace('\\', "/");
        match TABLES.iter().find(|t| t.file == name) {
            // Each file is one or the other; a stale copy of the other kind is removed.
            Some(spec) => {
                let code = compiled(&value, spec).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                fs::write(target.with_extension("rs"), code).expect("write compiled data");
                let _ = fs::remove_file(&target);
            }
            None => {
                fs::write(&target, value.to_string()).expect("write minified data");
                let _ = fs::remove_file(target.with_extension("rs"));
            }
        }
    }
}

/// The Rust expression for a data file: its struct, a list of its structs, or a set of words.
fn compiled(value: &Value, spec: &Table) -> Result<String, String> {
    match value {
        Value::Array(items) if items.iter().all(Value::is_object) => {
            let each =
                items.iter().map(|item| fields(item, spec.type_name, spec)).collect::<Result<Vec<_>, _>>()?;
            Ok(format!("&[\n{}\n]", each.join(",\n")))
        }
        Value::Array(items) => list(items, "the list", false),
        _ => fields(value, spec.type_name, spec),
    }
}

/// `type_name { field: Words(&[…]), field: Map(&[…]), field: "…", … }` for an object whose fields
/// are lists of words, objects of words to numbers, words, true/false or (where `spec.nested`
/// names their struct) objects of such fields, or such scalars.
fn fields(value: &Value, type_name: &str, spec: &Table) -> Result<String, String> {
    let Value::Object(object) = value else { return Err(format!("expected an object for {type_name}")) };
    let mut code = format!("{type_name} {{\n");
    for (field, value) in object {
        let rust = match value {
            Value::Array(items) => list(items, field, spec.ordered.contains(&field.as_str()))?,
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort(); // as the binary search needs
                let inner = spec.nested.iter().find(|(f, _)| f == field).map(|(_, t)| *t);
                let pairs =
                    keys.into_iter()
                        .map(|k| {
                            let v = &map[k];
                            let literal = match inner {
                                Some(inner) => fields(v, inner, &table("", ""))
                                    .map_err(|e| format!("{field}.{k}: {e}"))?,
                                None => scalar(v)
                                    .ok_or(format!("{field}.{k}: {v} is not a word, number or true/false"))?,
                            };
                            Ok(format!("({k:?}, {literal})"))
                        })
                        .collect::<Result<Vec<_>, String>>()?;
                format!("Map(&[{}])", pairs.join(", "))
            }
            other => {
                scalar(other).ok_or(format!("{field}: {other} is not a word list, a map or a scalar"))?
            }
        };
        code.push_str(&format!("    {field}: {rust},\n"));
    }
    code.push('}');
    Ok(code)
}

/// A list of words: in its written order (`&[…]`), or as a sorted set (`Words(&[…])`).
fn list(items: &[Value], field: &str, ordered: bool) -> Result<String, String> {
    let mut words = items
        .iter()
        .map(|w| w.as_str().map(str::to_string).ok_or(format!("{field}: a word list holds {w}")))
        .collect::<Result<Vec<_>, _>>()?;
    if !ordered {
        words.sort();
        words.dedup();
    }
    let listed: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
    Ok(if ordered { format!("&[{}]", listed.join(", ")) } else { format!("Words(&[{}])", listed.join(", ")) })
}

/// A JSON scalar as a Rust literal: a string, an `f64` or a `bool`.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(format!("{s:?}")),
        Value::Number(n) => n.as_f64().map(|f| format!("{f:?}_f64")),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).expect("src/engine/data exists").flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(json_files(&path));
        } else if path.extension().is_some_and(|e| e == "json") {
            found.push(path);
        }
    }
    found
}
