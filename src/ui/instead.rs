//! For a company that needs no CTO: what to look for instead, said plainly.

use yew::prelude::*;

use crate::engine::profile::Lang;

#[derive(Properties, PartialEq)]
pub struct InsteadProps {
    pub items: Vec<&'static str>,
    pub lang: Lang,
}

#[component]
pub fn Instead(props: &InsteadProps) -> Html {
    html! {
        <div class="instead">
            <h3 class="instead__heading">{ props.lang.texts().why_no_cto.instead_heading }</h3>
            <ul class="instead__list">
                { for props.items.iter().map(|item| html! { <li class="instead__item">{ *item }</li> }) }
            </ul>
        </div>
    }
}
