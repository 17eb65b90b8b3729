//! The compact result that stays in view on narrow widths while the visitor answers: the type, the
//! runner-up when there is one, and a button to the full result. It is not a live region (the result's
//! own summary is), so screen readers hear each change once; on wide layouts the stylesheet hides it,
//! as the result then sits beside the form.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::browser;
use super::cta::{Cta, CtaSettings};
use crate::engine::profile::Lang;
use crate::engine::result::ResultView;
use crate::engine::text::fill;

#[derive(Properties, PartialEq)]
pub struct SummaryBarProps {
    pub view: Rc<ResultView>,
    pub lang: Lang,
    /// The full result, to scroll to and focus.
    pub result: NodeRef,
    /// The host's call to action, when it set one: kept in view with the summary.
    #[prop_or_default]
    pub cta: Option<CtaSettings>,
}

#[component]
pub fn SummaryBar(props: &SummaryBarProps) -> Html {
    let t = &props.lang.texts().summary;
    let v = &props.view;
    let on_more = {
        let result = props.result.clone();
        Callback::from(move |_| {
            if let Some(el) = result.cast::<HtmlElement>() {
                browser::reveal(&el);
            }
        })
    };
    html! {
        <div class="summary-bar" data-type={v.outcome.id()}>
            <p class="summary-bar__text">
                <span class="summary-bar__name">{ v.name }</span>
                if let Some(r) = &v.runner_up {
                    <span class="summary-bar__close">{ fill(t.close, &[("type", (props.lang.texts().cto)(r.ty).the)]) }</span>
                }
            </p>
            <button type="button" class="summary-bar__more" onclick={on_more}>{ t.more }</button>
            if let Some(settings) = props.cta.clone() {
                <Cta {settings} outcome={v.outcome.id()} route={v.route.route.id()} lang={props.lang} />
            }
        </div>
    }
}
