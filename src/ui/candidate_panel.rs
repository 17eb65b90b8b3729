//! The candidate's result: the role (when the company is known), the type their record reads as, the
//! fit and why, what matches, what is missing and what would close the gaps. Like the company's result,
//! its summary is a live region that exists before any reading.

use std::rc::Rc;

use yew::prelude::*;

use super::cta::{Cta, CtaSettings};
use super::share::Share;
use crate::engine::candidate_view::CandidateView;
use crate::engine::profile::Lang;
use crate::engine::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct CandidatePanelProps {
    /// `None` until the candidate has said something about their record.
    pub view: Option<Rc<CandidateView>>,
    /// The company's result, for the role's summary (shown before the candidate answers).
    pub company: Option<Rc<ResultView>>,
    pub lang: Lang,
    pub share: AttrValue,
    /// The host's call to action, when it set one.
    #[prop_or_default]
    pub cta: Option<CtaSettings>,
}

/// A heading and its list, for a `div` the caller writes (with a literal class: see ui/mod.rs).
fn list(heading: &'static str, items: &[&'static str]) -> Html {
    html! { <>
        <h3 class="candidate-panel__heading">{ heading }</h3>
        <ul class="candidate-panel__list">{ for items.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
    </> }
}

#[component]
pub fn CandidatePanel(props: &CandidatePanelProps) -> Html {
    let c = &props.lang.texts().candidate;
    let view = props.view.as_ref();
    html! {
        <section
            class="result-panel candidate-panel"
            aria-label={c.result_label}
            data-candidate-type={view.map(|v| v.reading.reads_as.id())}
            data-fit={view.and_then(|v| v.reading.fit).map(|f| f.id())}
        >
            if let Some(role) = &props.company {
                <div class="candidate-panel__role" data-type={role.outcome.id()}>
                    <h3 class="candidate-panel__heading">{ c.role_heading }</h3>
                    <p class="candidate-panel__role-name">{ role.name }</p>
                    if let Some(first) = role.tiers.first() {
                        <p class="candidate-panel__caption">{ c.role_missions }</p>
                        <ul class="candidate-panel__list">{ for first.missions.iter().take(5).map(|m| html! { <li>{ m.title }</li> }) }</ul>
                    }
                </div>
            }
            <div class="result-panel__summary" aria-live="polite" aria-atomic="true">
                if let Some(v) = view {
                    <p class="result-panel__label">{ c.reads_as }</p>
                    <p class="result-panel__name">{ v.name }</p>
                    <p class="result-panel__tagline">{ v.portrait }</p>
                    if let Some(fit) = v.fit {
                        <p class="candidate-panel__fit" data-fit={v.reading.fit.map(|f| f.id())}>{ fit }</p>
                    }
                } else {
                    <p class="result-panel__waiting">{ c.waiting }</p>
                }
            </div>
            if let Some(v) = view {
                if let Some(suits) = &v.suits {
                    <p class="candidate-panel__suits">{ suits.as_str() }</p>
                }
                <div class="reasons">
                    <h3 class="reasons__heading">{ c.why_heading }</h3>
                    <ul class="reasons__list">
                        { for v.reasons.iter().map(|r| html! { <li class="reasons__item">{ r.as_str() }</li> }) }
                    </ul>
                </div>
                if !v.matched.is_empty() {
                    <div class="candidate-panel__matched">{ list(c.matched_heading, &v.matched) }</div>
                }
                if !v.gaps.is_empty() {
                    <div class="candidate-panel__gaps">{ list(c.gaps_heading, &v.gaps) }</div>
                }
                if !v.advice.is_empty() {
                    <div class="candidate-panel__advice">
                        <h3 class="candidate-panel__heading">{ c.advice_heading }</h3>
                        <ul class="candidate-panel__list">{ for v.advice.iter().map(|a| html! { <li>{ a.as_str() }</li> }) }</ul>
                    </div>
                }
                if let (Some(settings), Some(company)) = (props.cta.clone(), props.company.as_ref()) {
                    <Cta {settings} outcome={company.outcome.id()} route={company.route.route.id()} fit={v.reading.fit.map(|f| f.id())} lang={props.lang} />
                }
                <Share link={props.share.clone()} lang={props.lang} />
            }
        </section>
    }
}
