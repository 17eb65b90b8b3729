//! The Yew shell: one reducer at the root (`App`) and small components that lay out the engine's view
//! model. Browser look-ups never unwrap: a missing element or API costs a console warning, not the widget.

mod app;
mod browser;
mod instead;
mod lang_switch;
mod link_errors;
mod mission_list;
mod needs_picker;
mod number_input;
mod profile_form;
mod reasons;
mod result_panel;
mod runner_up;
mod score_bars;
mod stage_picker;
mod state;

pub use app::{App, AppProps};
pub use state::{Action, State};

/// Mounts the standalone widget into `#cto-match`, reading and keeping the profile in the URL fragment.
pub fn start() {
    let Some(root) = browser::document().and_then(|d| d.get_element_by_id("cto-match")) else {
        browser::warn("cto-match: no element with id \"cto-match\" to mount into");
        return;
    };
    let props = AppProps {
        fragment: browser::current_fragment().into(),
        url_state: true,
        fallback_lang: browser::preferred_lang(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
