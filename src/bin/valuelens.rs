//! The `valuelens` command-line tool: a thin entry point over `valuelens::cli`.

#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let args = std::env::args_os().skip(1).collect();
    let code = valuelens::cli::run(
        args,
        &mut valuelens::cli::Io {
            stdin: &mut std::io::stdin().lock(),
            stdout: &mut std::io::stdout().lock(),
            stderr: &mut std::io::stderr().lock(),
        },
    );
    std::process::exit(code);
}
