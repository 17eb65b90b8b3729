//! The missions by tier: what this CTO carries personally first, what is also part of the job, and what
//! comes later (or goes through managers). Each says whom it is carried out with; those answering a
//! ticked need come first and say so.

use yew::prelude::*;

use super::ViewProps;

#[component]
pub fn MissionList(props: &ViewProps) -> Html {
    html! {
        <div class="mission-list">
            <h3 class="mission-list__heading">{ props.view.lang().texts().missions_heading }</h3>
            <div class="mission-list__groups">
            { for props.view.tiers.iter().map(|tier| html! {
                <section class="mission-list__group" data-tier={tier.id} key={tier.id}>
                    <h4 class="mission-list__group-title">{ tier.title }</h4>
                    <ul class="mission-list__missions">
                        { for tier.missions.iter().map(|m| {
                            let body = html! { <>
                                <span class="mission-list__title">{ m.title }</span>
                                <span class="mission-list__detail">{ m.detail }</span>
                                <span class="mission-list__with">{ m.group }</span>
                            </> };
                            // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see ui/mod.rs).
                            match &m.matched {
                                Some(matched) => html! {
                                    <li class="mission-list__mission mission-list__mission--matched" data-mission={m.id} key={m.id}>
                                        { body }
                                        <span class="mission-list__matched">{ matched.as_str() }</span>
                                    </li>
                                },
                                None => html! { <li class="mission-list__mission" data-mission={m.id} key={m.id}>{ body }</li> },
                            }
                        }) }
                    </ul>
                </section>
            }) }
            </div>
        </div>
    }
}
