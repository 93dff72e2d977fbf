//! Prepares the engine's data files (src/engine/data/**/*.json) at build time. Each is checked to
//! be valid JSON (a file that is not fails the build with its path and the parser's message) and
//! minified into OUT_DIR. Files made of word lists and wording (`TABLES`) are compiled instead into
//! Rust statics: a struct whose fields are sorted word sets and word-keyed maps (`engine::tables`)
//! or single words and sentences, which the engine reads with no parsing at start-up. A field the struct does not have, or one
//! missing, fails the build where the generated code is included.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// A data file compiled into statics: the file, the struct it fills, and for a field that maps
/// words to objects, the struct each object fills.
type Table = (&'static str, &'static str, &'static [(&'static str, &'static str)]);

const TABLES: [Table; 5] = [
    ("fact_lexicon.json", "Lexicon", &[]),
    ("story.json", "StoryWords", &[]),
    ("claim_words.json", "ClaimWords", &[]),
    ("brief.json", "BriefWords", &[]),
    ("value_model.json", "ValueWords", &[("assumptions", "AssumptionWords"), ("missing", "MissingWords")]),
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
        match TABLES.iter().find(|(file, ..)| *file == name) {
            Some((_, type_name, nested)) => {
                let code =
                    tables(&value, type_name, nested).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                fs::write(target.with_extension("rs"), code).expect("write compiled data");
            }
            None => fs::write(&target, value.to_string()).expect("write minified data"),
        }
    }
}

/// `type_name { field: Words(&[…]), field: Map(&[…]), field: "…", … }` for an object whose fields
/// are lists of words, objects of words to numbers, words or true/false (or to objects of such
/// fields, when `nested` names their struct), or such scalars.
fn tables(value: &Value, type_name: &str, nested: &[(&str, &str)]) -> Result<String, String> {
    let Value::Object(fields) = value else { return Err("expected an object of word lists".into()) };
    let mut code = format!("{type_name} {{\n");
    for (field, value) in fields {
        let table = match value {
            Value::Array(items) => {
                let mut words = items
                    .iter()
                    .map(|w| w.as_str().map(str::to_string).ok_or(format!("{field}: a word list holds {w}")))
                    .collect::<Result<Vec<_>, _>>()?;
                words.sort();
                words.dedup();
                let listed: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
                format!("Words(&[{}])", listed.join(", "))
            }
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                keys.sort(); // as the binary search needs
                let pairs = keys
                    .into_iter()
                    .map(|k| {
                        let v = &map[k];
                        let literal = match nested.iter().find(|(f, _)| f == field) {
                            Some((_, inner)) => {
                                tables(v, inner, &[]).map_err(|e| format!("{field}.{k}: {e}"))?
                            }
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
        code.push_str(&format!("    {field}: {table},\n"));
    }
    code.push('}');
    Ok(code)
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
