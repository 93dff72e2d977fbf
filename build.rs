//! Minifies the engine's data files (src/engine/data/**/*.json) into OUT_DIR at build time, so
//! the wasm carries compact JSON, and a data file that is not valid JSON fails the build with its
//! path and the parser's message.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let source = Path::new("src/engine/data");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", source.display());
    for file in json_files(source) {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let value: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", file.display()));
        let target = out.join(file.strip_prefix(source).expect("under the data folder"));
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).expect("create OUT_DIR folders");
        }
        fs::write(&target, value.to_string()).expect("write minified data");
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
