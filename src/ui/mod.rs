//! The Yew shell: one reducer at the root (`App`) and small components that lay out the engine's view
//! model. Browser look-ups never unwrap: a missing element or API costs a console warning, not the widget.
//!
//! No `core::fmt` in the wasm (its cost: BENCHMARKS.md, issue 14): text children are given as
//! `&str` (`{ s.as_str() }`, not `{ &s }`: yew writes any other text through `ToString`, which for a
//! `&String` or an `AttrValue` runs the formatter), ids are joined with `concat`, numbers written with
//! `engine::text::decimal`.
//!
//! No `class={…}` computed at run time: yew turns any non-literal class into `Classes`, an index set
//! (its cost: BENCHMARKS.md, issue 14). An element whose class has a modifier is written once per
//! class, each with a literal, around the same children.

mod app;
mod browser;
mod candidate_form;
mod candidate_panel;
mod choice_picker;
mod cta;
mod embed;
mod growth;
mod hats;
mod hire_profile;
mod instead;
mod job_draft;
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

/// The props of each section that lays out a part of the result: the view, whose key holds the language.
#[derive(yew::Properties, PartialEq)]
pub struct ViewProps {
    pub view: std::rc::Rc<crate::engine::result::ResultView>,
}

/// A folded section (`<details>`) builds its body when first opened, and keeps it: a result then
/// costs its summary lines until someone asks for more (the DOM, its layout, an answer's re-render).
/// Returns whether it has been opened, and the `ontoggle` listener to put on the `<details>`.
#[yew::hook]
pub fn use_opened() -> (bool, yew::Callback<yew::Event>) {
    let opened = yew::use_state_eq(|| false);
    let ontoggle = {
        let opened = opened.clone();
        yew::use_callback((), move |event: yew::Event, _| {
            if yew::TargetCast::target_dyn_into::<web_sys::Element>(&event).is_some_and(|details| details.has_attribute("open")) {
                opened.set(true);
            }
        })
    };
    (*opened, ontoggle)
}

pub use embed::{mount, mount_page, Widget};
pub use state::{Action, Remote, State};
