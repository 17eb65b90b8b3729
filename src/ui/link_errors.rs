//! What a link (or a host attribute) asked for that could not be used, said in words.

use yew::prelude::*;

use crate::engine::profile::{InputError, Lang};
use crate::engine::result::error_message;
use crate::engine::text::fill;

#[derive(Properties, PartialEq)]
pub struct LinkErrorsProps {
    pub errors: Vec<InputError>,
    /// How many more were left out without being named.
    #[prop_or_default]
    pub more: usize,
    pub lang: Lang,
}

#[component]
pub fn LinkErrors(props: &LinkErrorsProps) -> Html {
    if props.errors.is_empty() && props.more == 0 {
        return html! {};
    }
    let t = props.lang.texts();
    html! {
        <div class="link-errors" role="alert">
            <p class="link-errors__title">{ t.link_errors }</p>
            <ul class="link-errors__list">
                { for props.errors.iter().map(|e| html! { <li class="link-errors__item">{ error_message(e, props.lang) }</li> }) }
                if props.more > 0 {
                    <li class="link-errors__item">{ fill(t.more_errors, &[("count", &props.lang.number(props.more as u64))]) }</li>
                }
            </ul>
        </div>
    }
}
