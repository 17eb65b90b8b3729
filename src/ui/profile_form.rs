//! The form: two numbers, the stage, the kind of organisation, what software is to the business, who holds
//! the seat, and the needs. There is no submit button: every change is an `Action` sent up at once, and the
//! result follows.

use yew::prelude::*;

use super::choice_picker::{ChoicePicker, Kind};
use super::needs_picker::NeedsPicker;
use super::number_input::NumberInput;
use super::state::Action;
use crate::engine::profile::{Answers, Field, Incumbent, InputError, Lang, Org, Software, Stage};
use crate::engine::result::error_message;

/// The props of both forms (the company's and the candidate's, which ignores `role` and `compact`).
#[derive(Properties, PartialEq)]
pub struct FormProps {
    pub answers: Answers,
    /// What the number fields hold that cannot be used.
    pub field_errors: Vec<InputError>,
    pub lang: Lang,
    /// Prefix for element ids, unique to this widget on the page.
    pub prefix: AttrValue,
    /// In candidate mode: the questions are about the company that hires, not "us".
    #[prop_or_default]
    pub role: bool,
    /// The compact layout: the optional questions folded.
    #[prop_or_default]
    pub compact: bool,
    pub on_action: Callback<Action>,
}

#[component]
pub fn ProfileForm(props: &FormProps) -> Html {
    let t = props.lang.texts();
    let error_for = |field: Field| props.field_errors.iter().find(|e| e.field == field).map(|e| error_message(e, props.lang));
    let on_action = &props.on_action;
    let optional = html! { <>
        <ChoicePicker
            name={[&*props.prefix, "-org"].concat()}
            kind={Kind::Org}
            legend={if props.role { t.candidate.org_legend } else { t.org_legend }}
            unsure={t.unsure}
            options={Org::ALL.map(|o| (o.id(), (t.org)(o))).to_vec()}
            value={props.answers.org.map(|o| o as usize)}
            on_select={on_action.reform(|i: Option<usize>| Action::SetOrg(i.and_then(|i| Org::ALL.get(i).copied())))}
        />
        <ChoicePicker
            name={[&*props.prefix, "-software"].concat()}
            kind={Kind::Software}
            legend={if props.role { t.candidate.software_legend } else { t.software_legend }}
            unsure={t.unsure}
            options={Software::ALL.map(|s| (s.id(), if props.role { (t.candidate.software)(s) } else { (t.software)(s) })).to_vec()}
            value={props.answers.software.map(|s| s as usize)}
            on_select={on_action.reform(|i: Option<usize>| Action::SetSoftware(i.and_then(|i| Software::ALL.get(i).copied())))}
        />
        <ChoicePicker
            name={[&*props.prefix, "-cto"].concat()}
            kind={Kind::Cto}
            legend={t.cto_legend}
            unsure={t.unsure}
            options={Incumbent::ALL.map(|i| (i.id(), (t.cto_today)(i))).to_vec()}
            value={props.answers.cto.map(|i| i as usize)}
            on_select={on_action.reform(|i: Option<usize>| Action::SetCto(i.and_then(|i| Incumbent::ALL.get(i).copied())))}
        />
    </> };
    let optional_answered = props.answers.org.is_some() || props.answers.software.is_some() || props.answers.cto.is_some();
    html! {
        <form class="profile-form" aria-label={t.form_label} onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="profile-form__numbers">
                <NumberInput
                    id={[&*props.prefix, "-headcount"].concat()}
                    label={t.headcount.label}
                    help={t.headcount.help}
                    value={props.answers.headcount.clone()}
                    error={error_for(Field::Headcount)}
                    on_edit={on_action.reform(Action::EditHeadcount)}
                />
                <NumberInput
                    id={[&*props.prefix, "-tech"].concat()}
                    label={t.tech.label}
                    help={t.tech.help}
                    value={props.answers.tech.clone()}
                    error={error_for(Field::Tech)}
                    on_edit={on_action.reform(Action::EditTech)}
                />
            </div>
            <ChoicePicker
                name={[&*props.prefix, "-stage"].concat()}
                kind={Kind::Stage}
                legend={t.stage_legend}
                unsure={t.unsure}
                options={Stage::ALL.map(|s| (s.id(), (t.stage)(s))).to_vec()}
                value={props.answers.stage.map(|s| s as usize)}
                on_select={on_action.reform(|i: Option<usize>| Action::SetStage(i.and_then(|i| Stage::ALL.get(i).copied())))}
            />
            if props.compact {
                // The optional questions, folded until asked for (open when one is answered).
                <details class="profile-form__more" open={optional_answered}>
                    <summary class="profile-form__more-summary">{ t.more_questions }</summary>
                    { optional }
                </details>
            } else {
                { optional }
            }
            <NeedsPicker
                prefix={props.prefix.clone()}
                needs={props.answers.needs}
                lang={props.lang}
                role={props.role}
                on_toggle={on_action.reform(Action::ToggleNeed)}
            />
            <button type="button" class="profile-form__reset" onclick={on_action.reform(|_| Action::Reset)}>
                { t.start_over }
            </button>
        </form>
    }
}
