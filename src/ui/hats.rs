//! The twelve hats: which to wear, share or hand over, the post-MVP priorities marked.

use yew::prelude::*;

use super::{use_opened, ViewProps};

#[component]
pub fn Hats(props: &ViewProps) -> Html {
    let Some(deeper) = props.view.deeper.clone() else { return Html::default() };
    let t = &props.view.lang().texts().hats;
    let (opened, ontoggle) = use_opened();
    html! {
        <details class="deeper hats" {ontoggle}>
            <summary class="deeper__summary"><h3 class="deeper__heading">{ deeper.hats_heading }</h3></summary>
            if opened {
            <p class="deeper__intro">{ t.intro }</p>
            <p class="deeper__note">{ deeper.hats_team.as_str() }</p>
            <div class="hats__groups">
                { for deeper.hats.iter().map(|group| html! {
                    <section class="hats__group">
                        <h4 class="hats__role">{ group.title }</h4>
                        <ul class="hats__list">
                            { for group.hats.iter().map(|hat| {
                                let body = html! { <>
                                    <span class="hats__name">{ hat.name }</span>
                                    <span class="hats__detail">{ hat.detail }</span>
                                </> };
                                // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see ui/mod.rs).
                                if hat.priority {
                                    html! {
                                        <li class="hats__hat hats__hat--priority">
                                            { body }
                                            <span class="hats__badge">{ t.priority_badge }</span>
                                        </li>
                                    }
                                } else {
                                    html! { <li class="hats__hat">{ body }</li> }
                                }
                            }) }
                        </ul>
                    </section>
                }) }
            </div>
            if let Some(note) = deeper.priorities_note {
                <p class="deeper__note">{ note }</p>
            }
            <p class="deeper__opinion">{ t.opinion }</p>
            }
        </details>
    }
}
