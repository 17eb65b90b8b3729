//! Which side the visitor is on: the company hiring, or a candidate checking their fit.

use yew::prelude::*;

use crate::engine::profile::{Lang, Mode};

#[derive(Properties, PartialEq)]
pub struct ModeSwitchProps {
    pub mode: Mode,
    pub lang: Lang,
    pub on_select: Callback<Mode>,
}

#[component]
pub fn ModeSwitch(props: &ModeSwitchProps) -> Html {
    let c = &props.lang.texts().candidate;
    let button = |mode: Mode, label: &'static str| {
        html! {
            <button
                type="button"
                class="mode-switch__button"
                aria-pressed={if mode == props.mode { "true" } else { "false" }}
                onclick={props.on_select.reform(move |_| mode)}
            >
                { label }
            </button>
        }
    };
    html! {
        <div class="mode-switch" role="group" aria-label={c.mode_legend}>
            { button(Mode::Company, c.mode_company) }
            { button(Mode::Candidate, c.mode_candidate) }
        </div>
    }
}
