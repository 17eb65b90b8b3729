//! The widget's state as a Yew reducer: a thin adapter onto the engine's `Form`, which holds the logic
//! (layering, reset, clearing errors) and its tests. It touches no browser API.

use std::rc::Rc;

use yew::Reducible;

pub use crate::engine::form::FormAction as Action;
use crate::engine::form::Form;
use crate::engine::profile::Answers;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State(pub Form);

impl State {
    /// The presets, then each layer on top (remembered answers, then the URL's fragment).
    pub fn layered(preset: &Answers, layers: &[&str]) -> State {
        State(Form::layered(preset, layers))
    }
}

impl std::ops::Deref for State {
    type Target = Form;

    fn deref(&self) -> &Form {
        &self.0
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.clone().apply(action)))
    }
}
