//! Why: the answers that point to the result, biggest first, then what pulls the other way, each with
//! the points it gave; then the answers that shape the missions but not the type.

use yew::prelude::*;

use super::ViewProps;

use crate::engine::result::ReasonView;

fn items(reasons: &[ReasonView]) -> Html {
    html! {
        <ul class="reasons__list">
            { for reasons.iter().map(|r| html! {
                <li class="reasons__item" data-type={r.toward.map(|ty| ty.id())}>
                    <span class="reasons__text">{ r.text.as_str() }</span>
                    if let Some(badge) = &r.badge {
                        <span class="reasons__badge">{ badge.as_str() }</span>
                    }
                </li>
            }) }
        </ul>
    }
}

#[component]
pub fn Reasons(props: &ViewProps) -> Html {
    let t = &props.view.lang().texts().why;
    let v = &props.view;
    html! {
        <div class="reasons">
            <h3 class="reasons__heading">{ t.heading }</h3>
            { items(&v.reasons) }
            if !v.against.is_empty() {
                <h4 class="reasons__subheading">{ t.against_heading }</h4>
                { items(&v.against) }
            }
            if !v.notes.is_empty() {
                <ul class="reasons__notes">
                    { for v.notes.iter().map(|note| html! { <li class="reasons__note">{ note.as_str() }</li> }) }
                </ul>
            }
        </div>
    }
}
