//! The profile to look for: skills, background, the career ladder and the source's pay bands.

use yew::prelude::*;

use super::{use_opened, ViewProps};

#[component]
pub fn HireProfile(props: &ViewProps) -> Html {
    let Some(deeper) = props.view.deeper.clone() else { return Html::default() };
    let t = &props.view.lang().texts().grow;
    let v = &deeper;
    let (opened, ontoggle) = use_opened();
    html! {
        <details class="deeper hire-profile" {ontoggle}>
            <summary class="deeper__summary"><h3 class="deeper__heading">{ t.profile_heading }</h3></summary>
            if opened {
            <h4 class="hire-profile__title">{ t.skills_title }</h4>
            <ul class="hire-profile__list">{ for v.skills.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            <h4 class="hire-profile__title">{ t.background_title }</h4>
            <p>{ t.background }</p>
            <h4 class="hire-profile__title">{ t.ladder_title }</h4>
            <ol class="hire-profile__ladder">{ for v.ladder.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
            <p>{ v.position }</p>
            <h4 class="hire-profile__title">{ t.pay_title }</h4>
            <ul class="hire-profile__pay">
                { for v.pay.iter().map(|band| {
                    let body = html! { <>
                        <span class="hire-profile__band-label">{ band.label }</span>
                        <span class="hire-profile__band-amount">{ band.amount }</span>
                    </> };
                    // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see ui/mod.rs).
                    if band.highlighted {
                        html! { <li class="hire-profile__band hire-profile__band--highlighted">{ body }</li> }
                    } else {
                        html! { <li class="hire-profile__band">{ body }</li> }
                    }
                }) }
            </ul>
            <p class="hire-profile__reading">{ v.pay_reading.as_str() }</p>
            <p class="deeper__opinion">{ t.pay_caveat }</p>
            }
        </details>
    }
}
