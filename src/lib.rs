//! cto-match: which type of CTO a company needs, and why.
//! A pure engine (`engine`, plain Rust, tested natively) and, in the browser only, a thin Yew shell (`ui`)
//! that lays out the engine's view model.

pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod ui;

/// The wasm build's allocator: talc in its single-threaded wasm configuration, smaller
/// than std's dlmalloc (measured in BENCHMARKS.md, issue 14). Like dlmalloc it frees, coalesces and reuses
/// memory, so widgets can mount and unmount any number of times. (The wasm build has no threads: no
/// `atomics` target feature, which talc's single-threaded cell requires.)
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
