//! The needs as checkboxes, in a few named groups so sixteen choices read as a handful of questions.

use yew::prelude::*;

use crate::engine::missions::NeedGroup;
use crate::engine::profile::{Lang, Need, NeedSet};

#[derive(Properties, PartialEq)]
pub struct NeedsPickerProps {
    /// Prefix for the ids.
    pub prefix: AttrValue,
    pub needs: NeedSet,
    pub lang: Lang,
    pub on_toggle: Callback<Need>,
}

#[component]
pub fn NeedsPicker(props: &NeedsPickerProps) -> Html {
    let t = props.lang.texts();
    let help_id = format!("{}-needs-help", props.prefix);
    let need_box = |need: Need| {
        let text = (t.need)(need);
        let id = format!("{}-need-{}", props.prefix, need.id());
        let help_id = format!("{id}-help");
        html! {
            <div class="needs-picker__need" key={need.id()}>
                <input
                    type="checkbox"
                    class="needs-picker__checkbox"
                    id={id.clone()}
                    name="needs"
                    value={need.id()}
                    checked={props.needs.contains(need)}
                    aria-describedby={help_id.clone()}
                    onchange={props.on_toggle.reform(move |_| need)}
                />
                <label class="needs-picker__label" for={id}>{ text.label }</label>
                <span class="needs-picker__help" id={help_id}>{ text.help }</span>
            </div>
        }
    };
    html! {
        <fieldset class="needs-picker" aria-describedby={help_id.clone()}>
            <legend class="needs-picker__legend">{ t.needs_legend }</legend>
            <p class="needs-picker__intro" id={help_id}>{ t.needs_help }</p>
            { for NeedGroup::ALL.into_iter().map(|group| html! {
                <fieldset class="needs-picker__group" key={group.id()}>
                    <legend class="needs-picker__group-title">{ (t.need_group)(group) }</legend>
                    { for group.needs().iter().map(|need| need_box(*need)) }
                </fieldset>
            }) }
        </fieldset>
    }
}
