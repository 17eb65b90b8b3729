//! The wasm binary: exports what loader.js calls. `mount_all` mounts the standalone page's widget;
//! `mount` mounts one embedded widget and returns its handle, whose `destroy` releases it.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn mount_all(base: &str) {
        cto_match::ui::mount_all(base);
    }

    /// A mounted embedded widget.
    #[wasm_bindgen]
    pub struct Widget(cto_match::ui::Widget);

    #[wasm_bindgen]
    impl Widget {
        /// Releases the app, its DOM and its listeners.
        pub fn destroy(&mut self) {
            self.0.destroy();
        }
    }

    /// Mounts a widget on `host`, reading its settings from attributes named `{prefix}headcount`, ...
    /// (`"data-"` for `[data-cto-match]`, `""` for `<cto-match>`).
    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, base: &str, prefix: &str) -> Option<Widget> {
        cto_match::ui::mount(&host, base, prefix).map(Widget)
    }
}

fn main() {}
