//! For a company that needs no CTO: what to look for instead, said plainly.

use yew::prelude::*;

use super::ViewProps;

#[component]
pub fn Instead(props: &ViewProps) -> Html {
    html! {
        <div class="instead">
            <h3 class="instead__heading">{ props.view.lang().texts().why_no_cto.instead_heading }</h3>
            <ul class="instead__list">
                { for props.view.instead.iter().map(|item| html! { <li class="instead__item">{ *item }</li> }) }
            </ul>
        </div>
    }
}
