//! Why: the answers that moved the result, the winner's first, each with the points it gave.

use yew::prelude::*;

use crate::engine::profile::Lang;
use crate::engine::view::ReasonView;

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub reasons: Vec<ReasonView>,
    pub lang: Lang,
}

#[component]
pub fn Reasons(props: &ReasonsProps) -> Html {
    html! {
        <div class="reasons">
            <h3 class="reasons__heading">{ props.lang.texts().why_heading }</h3>
            <ul class="reasons__list">
                { for props.reasons.iter().map(|r| html! {
                    <li class={classes!("reasons__item", r.toward.map(|ty| format!("reasons__item--{}", ty.id())))}>
                        <span class="reasons__text">{ &r.text }</span>
                        if let Some(badge) = &r.badge {
                            <span class="reasons__badge">{ badge }</span>
                        }
                    </li>
                }) }
            </ul>
        </div>
    }
}
