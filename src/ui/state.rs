//! The widget's state as a Yew reducer: a thin adapter onto the engine's `Form`, which holds the logic
//! (layering, reset, clearing errors) and its tests. It touches no browser API.

use std::cell::RefCell;
use std::rc::Rc;

use yew::{Callback, Reducible};

use crate::engine::form::Form;
pub use crate::engine::form::FormAction as Action;
use crate::engine::profile::Answers;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State(pub Form);

impl State {
    /// The presets, then the remembered entry, then the URL's fragment (`Form::start`).
    pub fn start(preset: &Answers, remembered: &str, fragment: &str) -> State {
        State(Form::start(preset, remembered, fragment))
    }
}

/// The host page's way in to a running app: the loader's `update()` and `reset()` send their actions
/// through it, and the app connects its reducer's dispatcher on its first render.
#[derive(Clone, Default)]
pub struct Remote(Rc<RefCell<Option<Callback<Action>>>>);

impl Remote {
    pub fn connect(&self, on_action: &Callback<Action>) {
        self.0.replace(Some(on_action.clone()));
    }

    /// Sends `action` to the app; `false` before the app's first render (its props are read then).
    pub fn send(&self, action: Action) -> bool {
        let on_action = self.0.borrow().clone();
        on_action.map(|on_action| on_action.emit(action)).is_some()
    }
}

impl PartialEq for Remote {
    fn eq(&self, other: &Remote) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
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
