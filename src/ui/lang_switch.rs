//! The language buttons; each names its language in that language.

use yew::prelude::*;

use crate::engine::profile::Lang;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub lang: Lang,
    pub on_select: Callback<Lang>,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    html! {
        <div class="lang-switch" role="group" aria-label={props.lang.texts().lang_switch}>
            { for Lang::ALL.into_iter().map(|lang| html! {
                <button
                    type="button"
                    class="lang-switch__button"
                    lang={lang.id()}
                    aria-pressed={if lang == props.lang { "true" } else { "false" }}
                    onclick={props.on_select.reform(move |_| lang)}
                >
                    { lang.texts().lang_name }
                </button>
            }) }
        </div>
    }
}
