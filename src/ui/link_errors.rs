//! What a link (or a host attribute) asked for that could not be used, said in words.

use yew::prelude::*;

use crate::engine::profile::{InputError, Lang};
use crate::engine::result::error_message;

#[derive(Properties, PartialEq)]
pub struct LinkErrorsProps {
    pub errors: Vec<InputError>,
    pub lang: Lang,
}

#[component]
pub fn LinkErrors(props: &LinkErrorsProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="link-errors" role="alert">
            <p class="link-errors__title">{ props.lang.texts().link_errors }</p>
            <ul class="link-errors__list">
                { for props.errors.iter().map(|e| html! { <li class="link-errors__item">{ error_message(e, props.lang) }</li> }) }
            </ul>
        </div>
    }
}
