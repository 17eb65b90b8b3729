//! A single choice as a native radio group (arrow keys move within it), "not sure" first: the stage and
//! what software is to the business.

use yew::prelude::*;

use crate::engine::text::Choice;

/// Not generic on purpose: one compiled copy serves every question (each copy of a component costs
/// kilobytes of wasm). Options come with their id; the choice goes back up as its position in them.
#[derive(Properties, PartialEq)]
pub struct ChoicePickerProps {
    /// Prefix for the ids and the radio group's name, unique to this group on the page.
    pub name: AttrValue,
    /// The question, which names the CSS modifier (`choice-picker--stage`).
    pub kind: Kind,
    pub legend: &'static str,
    pub unsure: &'static str,
    /// Each choice's id (the radio's value) and text.
    pub options: Vec<(&'static str, Choice)>,
    /// The position of the chosen option, if any.
    pub value: Option<usize>,
    pub on_select: Callback<Option<usize>>,
}

/// The questions a picker asks.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Stage,
    Org,
    Software,
    Cto,
}

#[component]
pub fn ChoicePicker(props: &ChoicePickerProps) -> Html {
    let unsure = (None, "unsure", props.unsure, None);
    let options = std::iter::once(unsure).chain(props.options.iter().enumerate().map(|(i, (id, text))| (Some(i), *id, text.label, Some(text.help))));
    let body = html! { <>
            <legend class="choice-picker__legend">{ props.legend }</legend>
            <div class="choice-picker__options">
                { for options.map(|(option, key, label, help)| {
                    let id = [&*props.name, "-", key].concat();
                    let help_id = [&*id, "-help"].concat();
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
    </> };
    // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see
    // ui/mod.rs).
    match props.kind {
        Kind::Stage => html! { <fieldset class="choice-picker choice-picker--stage">{ body }</fieldset> },
        Kind::Org => html! { <fieldset class="choice-picker choice-picker--org">{ body }</fieldset> },
        Kind::Software => html! { <fieldset class="choice-picker choice-picker--software">{ body }</fieldset> },
        Kind::Cto => html! { <fieldset class="choice-picker choice-picker--cto">{ body }</fieldset> },
    }
}
