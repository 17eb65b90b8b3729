//! For a company that needs no CTO: what to look for instead, said plainly.

use yew::prelude::*;

use std::rc::Rc;

use crate::engine::profile::Lang;
use crate::engine::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct InsteadProps {
    pub view: Rc<ResultView>,
    pub lang: Lang,
}

#[component]
pub fn Instead(props: &InsteadProps) -> Html {
    html! {
        <div class="instead">
            <h3 class="instead__heading">{ props.lang.texts().why_no_cto.instead_heading }</h3>
            <ul class="instead__list">
                { for props.view.instead.iter().map(|item| html! { <li class="instead__item">{ *item }</li> }) }
            </ul>
        </div>
    }
}
