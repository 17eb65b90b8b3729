//! cto-match: which type of CTO a company needs, and why.
//! A pure engine (`engine`, plain Rust, tested natively) and, in the browser only, a thin Yew shell (`ui`)
//! that lays out the engine's view model.

pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod ui;
