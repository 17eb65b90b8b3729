//! A single choice as a native radio group (arrow keys move within it), "not sure" first: the stage and
//! what software is to the business.

use yew::prelude::*;

use crate::engine::text::Choice;

#[derive(Properties, PartialEq)]
pub struct ChoicePickerProps<T: Copy + PartialEq + 'static> {
    /// Prefix for the ids and the radio group's name, unique to this group on the page.
    pub name: AttrValue,
    /// Modifier for the CSS class (`choice-picker--stage`).
    pub kind: &'static str,
    pub legend: &'static str,
    pub unsure: &'static str,
    /// Each choice with its id (for the radio's value) and its text.
    pub options: Vec<(T, &'static str, Choice)>,
    pub value: Option<T>,
    pub on_select: Callback<Option<T>>,
}

#[component]
pub fn ChoicePicker<T: Copy + PartialEq + 'static>(props: &ChoicePickerProps<T>) -> Html {
    let unsure = (None, "unsure", props.unsure, None);
    let options = std::iter::once(unsure).chain(props.options.iter().map(|(value, id, text)| (Some(*value), *id, text.label, Some(text.help))));
    html! {
        <fieldset class={classes!("choice-picker", format!("choice-picker--{}", props.kind))}>
            <legend class="choice-picker__legend">{ props.legend }</legend>
            <div class="choice-picker__options">
                { for options.map(|(option, key, label, help)| {
                    let id = format!("{}-{key}", props.name);
                    let help_id = format!("{id}-help");
                    html! {
                        <div class="choice-picker__option" key={key}>
                            <input
                                type="radio"
                                class="choice-picker__radio"
                                id={id.clone()}
                                name={props.name.clone()}
                                value={key}
                                checked={props.value == option}
                                aria-describedby={help.map(|_| help_id.clone())}
                                onchange={props.on_select.reform(move |_| option)}
                            />
                            <label class="choice-picker__label" for={id}>{ label }</label>
                            if let Some(help) = help {
                                <span class="choice-picker__help" id={help_id}>{ help }</span>
                            }
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
