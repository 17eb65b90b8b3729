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
    /// A candidate's record ("did"), worded for a person, rather than the company's needs.
    #[prop_or_default]
    pub candidate: bool,
    /// The company's needs, worded about the company that hires (candidate mode's role form).
    #[prop_or_default]
    pub role: bool,
    pub on_toggle: Callback<Need>,
}

#[component]
pub fn NeedsPicker(props: &NeedsPickerProps) -> Html {
    let t = props.lang.texts();
    let c = &t.candidate;
    let kind = if props.candidate { "did" } else { "needs" };
    let help_id = [&*props.prefix, "-", kind, "-help"].concat();
    let need_box = |need: Need| {
        let text = (t.need)(need);
        let (label, help) = if props.candidate { ((c.did)(need), None) } else { (text.label, Some(text.help)) };
        let id = [&*props.prefix, "-", kind, "-", need.id()].concat();
        let help_id = [&*id, "-help"].concat();
        html! {
            <div class="needs-picker__need" key={need.id()}>
                <input
                    type="checkbox"
                    class="needs-picker__checkbox"
                    id={id.clone()}
                    name={kind}
                    value={need.id()}
                    checked={props.needs.contains(need)}
                    aria-describedby={help.map(|_| help_id.clone())}
                    onchange={props.on_toggle.reform(move |_| need)}
                />
                <label class="needs-picker__label" for={id}>{ label }</label>
                if let Some(help) = help {
                    <span class="needs-picker__help" id={help_id}>{ help }</span>
                }
            </div>
        }
    };
    html! {
        <fieldset class="needs-picker" aria-describedby={help_id.clone()}>
            <legend class="needs-picker__legend">{ if props.candidate { c.did_legend } else if props.role { c.needs_legend } else { t.needs_legend } }</legend>
            <p class="needs-picker__intro" id={help_id}>{ if props.candidate { c.did_help } else { t.needs_help } }</p>
            { for NeedGroup::ALL.into_iter().map(|group| html! {
                <fieldset class="needs-picker__group" key={group.id()}>
                    <legend class="needs-picker__group-title">{ (t.need_group)(group) }</legend>
                    { for group.needs().iter().map(|need| need_box(*need)) }
                </fieldset>
            }) }
        </fieldset>
    }
}
