//! The wasm binary: exports what loader.js calls. `mount_page` mounts the standalone page's widget;
//! `mount` mounts one embedded widget and returns its handle, which follows the element's attributes
//! (`update`), returns to the presets (`reset`) and releases the widget (`destroy`).

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub fn mount_page(root: web_sys::Element, base: &str) {
        cto_match::ui::mount_page(root, base);
    }

    /// A mounted embedded widget.
    #[wasm_bindgen]
    pub struct Widget(cto_match::ui::Widget);

    #[wasm_bindgen]
    impl Widget {
        /// Reads the element's attributes again and updates the widget in place.
        pub fn update(&mut self) {
            self.0.update();
        }

        /// Returns the widget to its presets.
        pub fn reset(&self) {
            self.0.reset();
        }

        /// Releases the widget: its DOM, its listeners, and the page's URL if it kept it.
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
