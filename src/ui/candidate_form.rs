//! The candidate's questions: the largest team they have led, and what they have done and owned, over
//! the same sixteen needs as the company's, worded for a person.

use yew::prelude::*;

use super::profile_form::FormProps;

use super::needs_picker::NeedsPicker;
use super::number_input::NumberInput;
use super::state::Action;
use crate::engine::profile::Field;
use crate::engine::result::error_message;

#[component]
pub fn CandidateForm(props: &FormProps) -> Html {
    let c = &props.lang.texts().candidate;
    let error = props.field_errors.iter().find(|e| e.field == Field::Led).map(|e| error_message(e, props.lang));
    html! {
        <div class="candidate-form">
            <p class="candidate-form__intro">{ c.intro }</p>
            <NumberInput
                id={[&*props.prefix, "-led"].concat()}
                label={c.led_field.label}
                help={c.led_field.help}
                value={props.answers.led.clone()}
                {error}
                on_edit={props.on_action.reform(Action::EditLed)}
            />
            <NeedsPicker
                prefix={props.prefix.clone()}
                needs={props.answers.did}
                lang={props.lang}
                candidate=true
                on_toggle={props.on_action.reform(Action::ToggleDid)}
            />
        </div>
    }
}
