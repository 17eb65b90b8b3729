//! A labelled whole-number field that reports its text as typed; the engine judges it, and the field
//! shows the verdict, tied to the input for assistive technology (aria-describedby, aria-invalid) and
//! announced as it appears (a polite live region).

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberInputProps {
    /// The input's id; its help and error ids are derived from it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub help: AttrValue,
    /// The text shown, as last typed (or as the link gave it).
    pub value: AttrValue,
    /// Why the value cannot be used, if it cannot.
    #[prop_or_default]
    pub error: Option<String>,
    /// Called with the field's text on every keystroke.
    pub on_edit: Callback<String>,
}

#[component]
pub fn NumberInput(props: &NumberInputProps) -> Html {
    let help_id = [&*props.id, "-help"].concat();
    let error_id = [&*props.id, "-error"].concat();
    let described_by = match props.error {
        Some(_) => [&*help_id, " ", &error_id].concat(),
        None => help_id.clone(),
    };
    let oninput = props.on_edit.reform(|event: InputEvent| event.target_dyn_into::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default());
    let invalid = props.error.is_some();
    let body = html! { <>
            <label class="number-input__label" for={props.id.clone()}>{ props.label.as_str() }</label>
            <input
                id={props.id.clone()}
                class="number-input__field"
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                value={props.value.clone()}
                aria-describedby={described_by}
                aria-invalid={if invalid { "true" } else { "false" }}
                {oninput}
            />
            <p id={help_id} class="number-input__help">{ props.help.as_str() }</p>
            // Always present, so screen readers announce an error when it appears.
            <p id={error_id} class="number-input__error" aria-live="polite">{ props.error.clone().unwrap_or_default() }</p>
    </> };
    // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see
    // ui/mod.rs). Both branches are the same `div`, so yew keeps the element (and the input's focus).
    if invalid {
        html! { <div class="number-input number-input--invalid">{ body }</div> }
    } else {
        html! { <div class="number-input">{ body }</div> }
    }
}
