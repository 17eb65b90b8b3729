//! "As you grow": when the next type takes over, and what to hand over and take on (or, for the
//! industrializer, what the role keeps).

use yew::prelude::*;

use super::{use_opened, ViewProps};

#[component]
pub fn Growth(props: &ViewProps) -> Html {
    let Some(deeper) = props.view.deeper.clone() else { return Html::default() };
    let t = &props.view.lang().texts().grow;
    let (opened, ontoggle) = use_opened();
    html! {
        <details class="deeper growth" {ontoggle}>
            <summary class="deeper__summary"><h3 class="deeper__heading">{ t.heading }</h3></summary>
            if opened {
            <p class="deeper__intro">{ deeper.next.as_str() }</p>
            <div class="growth__lists">
                { for deeper.growth.iter().map(|list| html! {
                    <section class="growth__list">
                        <h4 class="growth__title">{ list.title }</h4>
                        <ul class="growth__items">
                            { for list.items.iter().map(|item| html! { <li>{ *item }</li> }) }
                        </ul>
                    </section>
                }) }
            </div>
            }
        </details>
    }
}
