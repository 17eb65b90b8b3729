//! The pure engine: profile, form state, scoring, missions, hats, hiring, job draft, texts, the
//! URL-fragment codec and the result's view model. It never imports the browser layer (yew, web_sys,
//! gloo, js_sys, wasm_bindgen), so `cargo test` runs it natively in seconds.

pub mod candidate;
pub mod candidate_view;
pub mod codec;
pub mod form;
pub mod hats;
pub mod hiring;
pub mod job;
pub mod missions;
pub mod profile;
pub mod result;
pub mod route;
pub mod scoring;
pub mod text;
