//! The missions, grouped by whom the CTO works with; those answering a ticked need come first and say so.

use yew::prelude::*;

use crate::engine::profile::Lang;
use crate::engine::view::GroupView;

#[derive(Properties, PartialEq)]
pub struct MissionListProps {
    pub groups: Vec<GroupView>,
    pub lang: Lang,
}

#[component]
pub fn MissionList(props: &MissionListProps) -> Html {
    html! {
        <div class="mission-list">
            <h3 class="mission-list__heading">{ props.lang.texts().missions_heading }</h3>
            <div class="mission-list__groups">
            { for props.groups.iter().map(|group| html! {
                <section class="mission-list__group" data-group={group.id} key={group.id}>
                    <h4 class="mission-list__group-title">{ group.title }</h4>
                    <ul class="mission-list__missions">
                        { for group.missions.iter().map(|m| html! {
                            <li
                                class={classes!("mission-list__mission", m.matched.is_some().then_some("mission-list__mission--matched"))}
                                data-mission={m.id}
                                key={m.id}
                            >
                                <span class="mission-list__title">{ m.title }</span>
                                <span class="mission-list__detail">{ m.detail }</span>
                                if let Some(matched) = &m.matched {
                                    <span class="mission-list__matched">{ matched }</span>
                                }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
            </div>
        </div>
    }
}
