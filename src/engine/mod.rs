//! The pure engine: profile, scoring, mission catalogue, texts, URL-fragment codec and the view model.
//! It never imports the browser layer (yew, web_sys, gloo, js_sys, wasm_bindgen), so `cargo test` runs
//! it natively in seconds.

pub mod codec;
pub mod profile;
pub mod scoring;
pub mod catalogue;
pub mod deeper;
pub mod text;
pub mod view;
