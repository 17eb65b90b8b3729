//! The wasm binary: exports `mount_all` for loader.js, which calls it with the folder the widget is
//! served from (embedded widgets link their stylesheets from there).

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_all(base: &str) {
    cto_match::ui::mount_all(base);
}

fn main() {}
