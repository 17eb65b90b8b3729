//! Share this result: the system share sheet where there is one (phones), else the link copied; if the
//! clipboard is refused too, the link is shown selected to copy by hand. The link is also printed with
//! the result, so a printed page leads back to it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::browser::{self, Shared};
use crate::engine::profile::Lang;
use crate::engine::text::fill;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    /// The link that reopens this result (see `codec::share_link`).
    pub link: AttrValue,
    pub lang: Lang,
}

#[component]
pub fn Share(props: &ShareProps) -> Html {
    let t = &props.lang.texts().share;
    let state = use_state(|| None::<Shared>);
    let field = use_node_ref();
    {
        // Another result, another link: the last message no longer applies.
        let state = state.clone();
        use_effect_with(props.link.clone(), move |_| state.set(None));
    }
    let button = use_node_ref();
    let on_share = {
        let (link, title, state, button) = (props.link.clone(), t.title, state.clone(), button.clone());
        Callback::from(move |_| {
            if let Some(el) = button.cast::<web_sys::Element>() {
                browser::dispatch_step(&el, browser::Step::Share);
            }
            let (link, state) = (link.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move { state.set(Some(browser::share_link(title, &link).await)) });
        })
    };
    {
        // A refused clipboard shows the link: select it, so a keyboard shortcut copies it.
        let field = field.clone();
        use_effect_with(*state, move |state| {
            if *state == Some(Shared::Refused) {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                    input.select();
                }
            }
        });
    }
    html! {
        <div class="share">
            <button type="button" class="share__button" onclick={on_share} ref={button}>{ t.button }</button>
            <p class="share__status" role="status">
                { match *state {
                    Some(Shared::Copied) => t.copied,
                    Some(Shared::Sheet) => t.shared,
                    Some(Shared::Refused) => t.refused,
                    Some(Shared::Cancelled) | None => "",
                } }
            </p>
            if *state == Some(Shared::Refused) {
                <input class="share__link" type="url" readonly=true value={props.link.clone()} aria-label={t.refused} ref={field} />
            }
            <p class="share__print">{ fill(t.print, &[("url", &props.link)]) }</p>
        </div>
    }
}
