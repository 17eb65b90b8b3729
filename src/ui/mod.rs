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

pub use app::{App, AppProps, Theme};
pub use state::{Action, State};

use crate::engine::profile::Lang;

/// Mounts the standalone widget into `#cto-match`, reading and keeping the profile in the URL fragment.
pub fn start() {
    let Some(root) = browser::document().and_then(|d| d.get_element_by_id("cto-match")) else {
        browser::warn("cto-match: no element with id \"cto-match\" to mount into");
        return;
    };
    let theme = root.get_attribute("data-theme").and_then(|value| {
        let theme = Theme::from_id(&value);
        if theme.is_none() {
            browser::warn(&format!("cto-match: data-theme=\"{value}\" is not light or dark; following the visitor's preference"));
        }
        theme
    });
    let data_lang = root.get_attribute("data-lang").and_then(|value| {
        let lang = Lang::from_id(value.trim());
        if lang.is_none() {
            browser::warn(&format!("cto-match: data-lang=\"{value}\" is not en or fr; using the browser's language"));
        }
        lang
    });
    let props = AppProps {
        fragment: browser::current_fragment().into(),
        url_state: true,
        fallback_lang: data_lang.unwrap_or_else(browser::preferred_lang),
        theme,
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
