//! How to fill the seat: the usual route for this company, and why.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::profile::Lang;
use crate::engine::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct RouteSectionProps {
    pub view: Rc<ResultView>,
    pub lang: Lang,
}

#[component]
pub fn RouteSection(props: &RouteSectionProps) -> Html {
    let r = &props.view.route;
    html! {
        <div class="route" data-route={r.route.id()}>
            <h3 class="route__heading">{ props.lang.texts().route.heading }</h3>
            <p class="route__name">{ r.name }</p>
            <p class="route__why">{ r.why }</p>
        </div>
    }
}
