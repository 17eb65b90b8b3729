//! The three scores side by side, as native `<meter>` bars (no inline style, so a strict CSP holds).

use yew::prelude::*;

use super::ViewProps;

use crate::engine::text::decimal;

#[component]
pub fn ScoreBars(props: &ViewProps) -> Html {
    html! {
        <div class="score-bars">
            <h3 class="score-bars__heading">{ props.view.lang().texts().scores_heading }</h3>
            <ul class="score-bars__list">
                { for props.view.scores.iter().map(|s| {
                    let body = html! { <>
                        <span class="score-bars__label">{ s.label }</span>
                        <meter
                            class="score-bars__meter"
                            min="0"
                            max="100"
                            value={decimal(s.percent.into())}
                            aria-label={[s.label, props.view.lang().texts().colon, &s.value].concat()}
                        />
                        <span class="score-bars__value">{ s.value.as_str() }</span>
                    </> };
                    // A literal class in each branch: a class computed at run time goes through yew's `Classes` (see ui/mod.rs).
                    if s.leading {
                        html! { <li class="score-bars__item score-bars__item--leading" data-type={s.ty.id()} key={s.ty.id()}>{ body }</li> }
                    } else {
                        html! { <li class="score-bars__item" data-type={s.ty.id()} key={s.ty.id()}>{ body }</li> }
                    }
                }) }
            </ul>
        </div>
    }
}
