//! The type close behind, and the changes that would make it win.

use yew::prelude::*;

use super::ViewProps;

#[component]
pub fn RunnerUp(props: &ViewProps) -> Html {
    let Some(v) = &props.view.runner_up else { return Html::default() };
    html! {
        <div class="runner-up" data-type={v.ty.id()}>
            <h3 class="runner-up__heading">{ v.heading.as_str() }</h3>
            <p class="runner-up__intro">{ v.intro.as_str() }</p>
            <ul class="runner-up__tips">
                { for v.tips.iter().map(|tip| html! { <li class="runner-up__tip">{ tip.as_str() }</li> }) }
            </ul>
        </div>
    }
}
