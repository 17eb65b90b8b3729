//! The widget's state: the answers as given, and what a link could not set. The reducer only forwards to
//! the engine (`Answers`, `codec`); it touches no browser API.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::codec;
use crate::engine::profile::{Answers, Field, InputError, Lang, Need, Stage};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct State {
    pub answers: Answers,
    /// What the host page preset (data- attributes); a fragment applies on top of it.
    pub preset: Answers,
    /// Values from the link (or host attributes) that were left out: stage, needs and language. Number
    /// fields keep their text in `answers`, so their errors show beside the field instead.
    pub link_errors: Vec<InputError>,
}

/// What a visitor does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The headcount field's text, as typed.
    EditHeadcount(String),
    /// The tech team field's text, as typed.
    EditTech(String),
    SetStage(Option<Stage>),
    ToggleNeed(Need),
    SetLang(Lang),
    /// A new URL fragment (the address bar was edited).
    LoadFragment(String),
    /// Back to the host's presets (an empty form on the standalone page), in the current language.
    Reset,
}

impl State {
    /// The presets, with the fragment's values on top.
    pub fn new(preset: &Answers, fragment: &str) -> State {
        State::layered(preset, &[fragment])
    }

    /// The presets, then each layer's values on top of the last (remembered answers, then the URL's
    /// fragment). Every layer is untrusted text in the fragment format.
    pub fn layered(preset: &Answers, layers: &[&str]) -> State {
        let mut answers = preset.clone();
        let mut link_errors = Vec::new();
        for layer in layers {
            let (read, errors) = codec::read_over(answers, layer);
            answers = read;
            link_errors.extend(errors);
        }
        State { answers, preset: preset.clone(), link_errors }
    }

    fn without_errors_for(mut self, field: Field) -> State {
        self.link_errors.retain(|e| e.field != field);
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let answers = &mut next.answers;
        let next = match action {
            Action::EditHeadcount(text) => {
                answers.headcount = text;
                next
            }
            Action::EditTech(text) => {
                answers.tech = text;
                next
            }
            Action::SetStage(stage) => {
                answers.stage = stage;
                next.without_errors_for(Field::Stage)
            }
            Action::ToggleNeed(need) => {
                answers.needs = answers.needs.toggled(need);
                next.without_errors_for(Field::Needs)
            }
            Action::SetLang(lang) => {
                answers.lang = Some(lang);
                next.without_errors_for(Field::Lang)
            }
            Action::LoadFragment(fragment) => State::new(&next.preset, &fragment),
            Action::Reset => State {
                answers: Answers { lang: answers.lang, ..next.preset.clone() },
                preset: next.preset,
                link_errors: Vec::new(),
            },
        };
        Rc::new(next)
    }
}
