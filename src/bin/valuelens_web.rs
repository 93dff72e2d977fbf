//! The web app's entry point, built for the browser by Trunk; natively it only says so.

#[cfg(target_arch = "wasm32")]
fn main() {
    valuelens::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("valuelens-web is the browser app: run scripts/serve.sh to build and serve it");
    std::process::exit(2);
}
