//! The form's state: the answers as given, the host's presets under them, and what a link could not set.
//! Layering (presets, then remembered answers, then the URL's fragment), reset and clearing an error
//! live here, natively tested; the Yew reducer only forwards actions to `Form::apply`.

use super::codec;
use super::profile::{Answers, Field, InputError, Lang, Mode, Need, Software, Stage};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    pub answers: Answers,
    /// What the host page preset (attributes); every layer applies on top of it.
    pub preset: Answers,
    /// Values from the link, the host or storage that were left out: the choice fields. Number fields
    /// keep their text in `answers`, so their errors show beside the field instead.
    pub link_errors: Vec<InputError>,
}

/// What a visitor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// The headcount field's text, as typed.
    EditHeadcount(String),
    /// The tech team field's text, as typed.
    EditTech(String),
    SetStage(Option<Stage>),
    SetSoftware(Option<Software>),
    ToggleNeed(Need),
    SetMode(Mode),
    /// The candidate's largest team led, as typed.
    EditLed(String),
    ToggleDid(Need),
    SetLang(Lang),
    /// A new URL fragment (the address bar was edited).
    LoadFragment(String),
    /// Back to the host's presets (an empty form on the standalone page), in the current language.
    Reset,
}

impl Form {
    /// The presets, then each layer's values on top of the last (remembered answers, then the URL's
    /// fragment). Every layer is untrusted text in the fragment format.
    pub fn layered(preset: &Answers, layers: &[&str]) -> Form {
        let mut answers = preset.clone();
        let mut link_errors = Vec::new();
        for layer in layers {
            let (read, errors) = codec::read_over(answers, layer);
            answers = read;
            link_errors.extend(errors);
        }
        Form { answers, preset: preset.clone(), link_errors }
    }

    /// The form after a visitor's action. Answering a field clears what the link could not set in it.
    pub fn apply(mut self, action: FormAction) -> Form {
        let answered = match action {
            FormAction::EditHeadcount(text) => {
                self.answers.headcount = text;
                None
            }
            FormAction::EditTech(text) => {
                self.answers.tech = text;
                None
            }
            FormAction::SetStage(stage) => {
                self.answers.stage = stage;
                Some(Field::Stage)
            }
            FormAction::SetSoftware(software) => {
                self.answers.software = software;
                Some(Field::Software)
            }
            FormAction::ToggleNeed(need) => {
                self.answers.needs = self.answers.needs.toggled(need);
                Some(Field::Needs)
            }
            FormAction::SetMode(mode) => {
                self.answers.mode = mode;
                Some(Field::Mode)
            }
            FormAction::EditLed(text) => {
                self.answers.led = text;
                None
            }
            FormAction::ToggleDid(need) => {
                self.answers.did = self.answers.did.toggled(need);
                Some(Field::Did)
            }
            FormAction::SetLang(lang) => {
                self.answers.lang = Some(lang);
                Some(Field::Lang)
            }
            FormAction::LoadFragment(fragment) => return Form::layered(&self.preset, &[&fragment]),
            FormAction::Reset => {
                // Start over keeps the language and the side the visitor is on.
                let (lang, mode) = (self.answers.lang, self.answers.mode);
                return Form { answers: Answers { lang, mode, ..self.preset.clone() }, preset: self.preset, link_errors: Vec::new() };
            }
        };
        if let Some(field) = answered {
            self.link_errors.retain(|e| e.field != field);
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::profile::Problem;

    fn preset() -> Answers {
        Answers { headcount: "12".into(), stage: Some(Stage::Mvp), ..Answers::default() }
    }

    #[test]
    fn layers_apply_in_order_over_the_presets() {
        let form = Form::layered(&preset(), &["headcount=30&needs=data", "stage=scaling"]);
        assert_eq!(form.answers.headcount, "30", "remembered answers replace the preset");
        assert_eq!(form.answers.stage, Some(Stage::Scaling), "the fragment comes last");
        assert!(form.answers.needs.contains(Need::Data));
        assert_eq!(form.preset, preset());
    }

    #[test]
    fn bad_layer_values_are_kept_as_errors_and_the_rest_applies() {
        let form = Form::layered(&Answers::default(), &["stage=rocket&software=saas&headcount=9"]);
        let problems: Vec<Problem> = form.link_errors.iter().map(|e| e.problem).collect();
        assert_eq!(problems, vec![Problem::UnknownStage, Problem::UnknownSoftware]);
        assert_eq!(form.answers.headcount, "9");
    }

    #[test]
    fn answering_a_field_clears_its_link_error_only() {
        let form = Form::layered(&Answers::default(), &["stage=rocket&needs=coffee&lang=de"]);
        let form = form.apply(FormAction::SetStage(Some(Stage::Idea)));
        let fields: Vec<Field> = form.link_errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec![Field::Needs, Field::Lang]);
        let form = form.apply(FormAction::ToggleNeed(Need::Budget)).apply(FormAction::SetLang(Lang::Fr));
        assert!(form.link_errors.is_empty());
    }

    #[test]
    fn reset_goes_back_to_the_presets_and_keeps_the_language() {
        let form = Form::layered(&preset(), &["lang=fr&needs=data&stage=rocket"])
            .apply(FormAction::EditHeadcount("400".into()))
            .apply(FormAction::SetSoftware(Some(Software::Product)))
            .apply(FormAction::Reset);
        assert_eq!(form.answers, Answers { lang: Some(Lang::Fr), ..preset() });
        assert!(form.link_errors.is_empty());
    }

    #[test]
    fn a_new_fragment_replaces_the_answers_but_not_the_presets() {
        let form = Form::layered(&preset(), &["headcount=30"]).apply(FormAction::LoadFragment("needs=roadmap".into()));
        assert_eq!(form.answers.headcount, "12");
        assert!(form.answers.needs.contains(Need::Roadmap));
    }

    #[test]
    fn typing_keeps_the_text_as_typed() {
        let form = Form::default().apply(FormAction::EditHeadcount("1 200".into())).apply(FormAction::EditTech("abc".into()));
        assert_eq!((form.answers.headcount.as_str(), form.answers.tech.as_str()), ("1 200", "abc"));
    }
}
