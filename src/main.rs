//! The standalone page: mounts the widget into `#cto-match`, its state kept in the URL fragment.

fn main() {
    #[cfg(target_arch = "wasm32")]
    cto_match::ui::start();
}
