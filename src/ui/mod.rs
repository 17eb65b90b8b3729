//! The Yew shell: one reducer at the root (`App`) and small components that lay out the engine's view
//! model. Browser look-ups never unwrap: a missing element or API costs a console warning, not the widget.

mod app;
mod browser;
mod candidate_form;
mod candidate_panel;
mod choice_picker;
mod embed;
mod growth;
mod hats;
mod hire_profile;
mod job_draft;
mod instead;
mod lang_switch;
mod link_errors;
mod mission_list;
mod mode_switch;
mod needs_picker;
mod number_input;
mod profile_form;
mod reasons;
mod result_panel;
mod route_section;
mod runner_up;
mod score_bars;
mod share;
mod state;
mod summary_bar;

pub use app::{App, AppProps, Theme};
pub use embed::{mount, mount_all, Widget};
pub use state::{Action, State};

