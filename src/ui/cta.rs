//! The host's call to action under the result (`cta-href`, `cta-label`): a link whose `{type}`,
//! `{route}`, `{fit}` and `{lang}` are filled in, URL-encoded. Following it sends `ctomatch:cta` and the
//! `cta` step; the link itself is followed as any link is. The template was checked when it was read
//! (`codec::safe_href`): only `http(s)`, `mailto` and relative links get here.

use web_sys::Element;
use yew::prelude::*;

use super::browser::{self, CtaDetail, Step};
use crate::engine::codec::fill_link;
use crate::engine::profile::Lang;

/// What a host set: the link template and, optionally, its label.
#[derive(Clone, Debug, PartialEq)]
pub struct CtaSettings {
    pub href: AttrValue,
    pub label: Option<AttrValue>,
}

#[derive(Properties, PartialEq)]
pub struct CtaProps {
    pub settings: CtaSettings,
    /// The outcome, route and candidate fit the link carries.
    pub outcome: &'static str,
    pub route: &'static str,
    #[prop_or_default]
    pub fit: Option<&'static str>,
    pub lang: Lang,
}

#[component]
pub fn Cta(props: &CtaProps) -> Html {
    let link = use_node_ref();
    let values = [("type", props.outcome), ("route", props.route), ("fit", props.fit.unwrap_or_default()), ("lang", props.lang.id())];
    let href = fill_link(&props.settings.href, &values);
    let onclick = {
        let (link, href, outcome, route, fit, lang) = (link.clone(), href.clone(), props.outcome, props.route, props.fit, props.lang.id());
        Callback::from(move |_| {
            if let Some(el) = link.cast::<Element>() {
                browser::dispatch_cta(&el, &CtaDetail { href: &href, outcome, route, fit, lang });
                browser::dispatch_step(&el, Step::Cta);
            }
        })
    };
    let label = props.settings.label.clone().unwrap_or_else(|| AttrValue::from(props.lang.texts().cta_default));
    html! {
        <p class="cta">
            <a class="cta__link" {href} ref={link} {onclick}>{ label }</a>
        </p>
    }
}
