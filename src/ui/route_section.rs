//! How to fill the seat: the usual route for this company, and why.

use yew::prelude::*;

use super::ViewProps;

#[component]
pub fn RouteSection(props: &ViewProps) -> Html {
    let r = &props.view.route;
    html! {
        <div class="route" data-route={r.route.id()}>
            <h3 class="route__heading">{ props.view.lang().texts().route.heading }</h3>
            <p class="route__name">{ r.name }</p>
            <p class="route__why">{ r.why }</p>
            if let Some(search) = r.search {
                <p class="route__why">{ search }</p>
            }
        </div>
    }
}
