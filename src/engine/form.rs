//! The form's state: the answers as given, the host's presets under them, and what a link could not set.
//! Layering (presets, then remembered answers, then the URL's fragment), the host changing a preset,
//! reset and clearing an error live here, natively tested; the Yew reducer only forwards actions to
//! `Form::apply`. The rule between the host and the visitor: the host's presets come first, the
//! visitor's answers go on top, and a preset the host changes later wins for that field alone.

use super::codec;
use super::profile::{cap_errors, Answers, Field, Incumbent, InputError, Lang, Mode, Need, Org, Software, Stage};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Form {
    pub answers: Answers,
    /// What the host page preset (attributes); every layer applies on top of it.
    pub preset: Answers,
    /// Values from the link, the host or storage that were left out: the choice fields. Number fields
    /// keep their text in `answers`, so their errors show beside the field instead. Deduplicated and
    /// capped (`cap_errors`): `more_errors` counts the ones not named.
    pub link_errors: Vec<InputError>,
    pub more_errors: usize,
}

/// What a visitor, or the host page, does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormAction {
    /// The headcount field's text, as typed.
    EditHeadcount(String),
    /// The tech team field's text, as typed.
    EditTech(String),
    SetStage(Option<Stage>),
    SetOrg(Option<Org>),
    SetSoftware(Option<Software>),
    /// Who holds the seat today.
    SetCto(Option<Incumbent>),
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
    /// The host page's new presets (a changed attribute): each field whose preset changed takes it;
    /// every other answer stays as the visitor gave it.
    Presets(Answers),
    /// The host page's `reset()`: back to the presets, language and side included.
    Restart,
}

/// Separates the answers from the presets they were given over, in a remembered entry.
const MEMORY_SEPARATOR: char = '\n';

impl Form {
    /// The presets, then each layer's values on top of the last (remembered answers, then the URL's
    /// fragment). Every layer is untrusted text in the fragment format.
    pub fn layered(preset: &Answers, layers: &[&str]) -> Form {
        Form::layered_over(preset, preset.clone(), layers)
    }

    fn layered_over(preset: &Answers, mut answers: Answers, layers: &[&str]) -> Form {
        let mut errors = Vec::new();
        for layer in layers {
            let (read, layer_errors) = codec::read_over(answers, layer);
            answers = read;
            errors.extend(layer_errors);
        }
        let (link_errors, more_errors) = cap_errors(errors);
        Form { answers, preset: preset.clone(), link_errors, more_errors }
    }

    /// The form a widget starts with: the presets, the remembered entry (`memory`'s text, or an older
    /// entry of answers alone), then the URL's fragment. A preset the host changed since the answers
    /// were remembered wins over the remembered answer to that field.
    pub fn start(preset: &Answers, remembered: &str, fragment: &str) -> Form {
        let (stored, stored_preset) = remembered.split_once(MEMORY_SEPARATOR).unwrap_or((remembered, ""));
        let (mut answers, mut errors) = codec::read_over(preset.clone(), stored);
        if !stored_preset.is_empty() {
            let (then, _) = codec::read(stored_preset);
            let now = normalized(preset);
            for field in Field::ALL.into_iter().filter(|f| !now.same(&then, *f)) {
                answers.take(preset, field);
                errors.retain(|e| e.field != field);
            }
        }
        let mut form = Form::layered_over(preset, answers, &[fragment]);
        let (link_errors, more_errors) = cap_errors(errors.into_iter().chain(form.link_errors));
        form.link_errors = link_errors;
        form.more_errors += more_errors;
        form
    }

    /// What a widget remembers: its answers, then the presets they were given over (so that a preset
    /// the host changes later can win, see `start`), both in the fragment format.
    pub fn memory(&self) -> String {
        let mut text = codec::encode(&self.answers.profile().0);
        text.push(MEMORY_SEPARATOR);
        text.push_str(&codec::encode(&self.preset.profile().0));
        text
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
            FormAction::SetOrg(org) => {
                self.answers.org = org;
                Some(Field::Org)
            }
            FormAction::SetSoftware(software) => {
                self.answers.software = software;
                Some(Field::Software)
            }
            FormAction::SetCto(cto) => {
                self.answers.cto = cto;
                Some(Field::Cto)
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
                return Form { answers: Answers { lang, mode, ..self.preset.clone() }, preset: self.preset, ..Form::default() };
            }
            FormAction::Restart => return Form { answers: self.preset.clone(), preset: self.preset, ..Form::default() },
            FormAction::Presets(preset) => {
                for field in Field::ALL.into_iter().filter(|f| !preset.same(&self.preset, *f)) {
                    self.answers.take(&preset, field);
                    self.link_errors.retain(|e| e.field != field);
                }
                self.preset = preset;
                return self;
            }
        };
        if let Some(field) = answered {
            self.link_errors.retain(|e| e.field != field);
        }
        self
    }
}

/// `answers` as the fragment writes them ("1,200" people read as 1200), so that answers given in other
/// spellings compare equal.
fn normalized(answers: &Answers) -> Answers {
    codec::read(&codec::encode(&answers.profile().0)).0
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

    #[test]
    fn a_changed_preset_wins_for_its_field_only() {
        let form = Form::layered(&preset(), &[])
            .apply(FormAction::EditHeadcount("30".into()))
            .apply(FormAction::SetStage(Some(Stage::Scaling)))
            .apply(FormAction::ToggleNeed(Need::Data));
        let host = Answers { headcount: "50".into(), lang: Some(Lang::Fr), ..preset() };
        let form = form.apply(FormAction::Presets(host.clone()));
        assert_eq!(form.answers.headcount, "50", "the host changed the headcount: it wins");
        assert_eq!(form.answers.lang, Some(Lang::Fr), "the host changed the language: it wins");
        assert_eq!(form.answers.stage, Some(Stage::Scaling), "the stage preset did not change: the visitor's answer stays");
        assert!(form.answers.needs.contains(Need::Data), "the visitor's need stays");
        assert_eq!(form.preset, host);
        let same = form.clone().apply(FormAction::Presets(host));
        assert_eq!(same, form, "the same presets again change nothing");
    }

    #[test]
    fn restart_goes_back_to_every_preset() {
        let host = Answers { lang: Some(Lang::Fr), ..preset() };
        let form = Form::layered(&host, &["lang=en&mode=candidate&needs=data"]).apply(FormAction::Restart);
        assert_eq!(form.answers, host);
    }

    #[test]
    fn remembered_answers_come_back_unless_the_host_changed_that_preset() {
        let then = Form::layered(&preset(), &[]).apply(FormAction::EditHeadcount("30".into())).apply(FormAction::ToggleNeed(Need::Data));
        let memory = then.memory();
        let again = Form::start(&preset(), &memory, "");
        assert_eq!((again.answers.headcount.as_str(), again.answers.needs), ("30", then.answers.needs), "same presets: all comes back");
        let host = Answers { headcount: "50".into(), ..preset() };
        let changed = Form::start(&host, &memory, "");
        assert_eq!(changed.answers.headcount, "50", "the host's new headcount wins");
        assert!(changed.answers.needs.contains(Need::Data), "the rest is remembered");
        let spelled = Answers { headcount: "1,200".into(), ..preset() };
        let kept = Form::layered(&spelled, &[]).apply(FormAction::ToggleNeed(Need::Data));
        let again = Form::start(&spelled, &kept.memory(), "");
        assert_eq!(again.answers.profile(), kept.answers.profile(), "the same preset in another spelling is no change");
        assert_eq!(Form::start(&preset(), "headcount=30", "").answers.headcount, "30", "an older entry, answers alone, still reads");
        assert_eq!(Form::start(&preset(), &memory, "headcount=7").answers.headcount, "7", "the link comes last");
    }

    #[test]
    fn a_flood_of_bad_values_is_named_briefly() {
        let needs: Vec<String> = (0..50_000).map(|i| ["x", &i.to_string()].concat()).collect();
        let fragment = ["needs=", &needs.join(","), &"&stage=bad".repeat(5_000)].concat();
        let form = Form::start(&Answers::default(), "", &fragment);
        assert_eq!(form.link_errors.len(), crate::engine::profile::ERRORS_SHOWN);
        assert_eq!(form.more_errors, 50_000 - crate::engine::profile::ERRORS_SHOWN + 5_000, "each value left out is counted");
    }
}
