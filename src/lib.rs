//! ValueLens turns what an IT manager knows about a service into what each audience cares about.
//! One crate: the pure `engine`; the web app's plain-Rust parts (`state`, `org`, `embedding`,
//! `storage_format`, `share_link`, `highlight`), tested natively; the browser `ui` and the native
//! `cli`.

pub mod embedding;
pub mod engine;
pub mod highlight;
pub mod org;
pub mod share_link;
pub mod state;
pub mod storage_format;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;

#[cfg(target_arch = "wasm32")]
pub mod ui;
