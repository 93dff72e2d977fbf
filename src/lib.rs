//! ValueLens turns what an IT manager knows about a service into what each audience cares about.
//! One crate: the pure `engine`, the UI `state` (plain Rust), the browser `ui` and the native `cli`.

pub mod engine;
pub mod state;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
