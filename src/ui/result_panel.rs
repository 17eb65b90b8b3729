//! The result: the type, its portrait and the sections that explain it. The summary line is a live
//! region that exists before any result, so screen readers hear each change.

use yew::prelude::*;

use super::cta::{Cta, CtaSettings};
use super::growth::Growth;
use super::hats::Hats;
use super::hire_profile::HireProfile;
use super::instead::Instead;
use super::job_draft::JobDraft;
use super::mission_list::MissionList;
use super::reasons::Reasons;
use super::route_section::RouteSection;
use super::runner_up::RunnerUp;
use super::score_bars::ScoreBars;
use super::share::Share;
use crate::engine::profile::Lang;
use std::rc::Rc;

use crate::engine::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// `None` until a headcount is known.
    pub view: Option<Rc<ResultView>>,
    pub lang: Lang,
    /// Prefix for element ids, unique to this widget on the page.
    pub prefix: AttrValue,
    /// The link that reopens this result.
    pub share: AttrValue,
    /// The panel itself, for the compact summary to scroll to.
    pub panel: NodeRef,
    /// The compact layout: the answer, what to look for and how to fill the seat, the rest one action away.
    #[prop_or_default]
    pub compact: bool,
    /// The host's call to action, when it set one.
    #[prop_or_default]
    pub cta: Option<CtaSettings>,
}

#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let t = props.lang.texts();
    let view = props.view.as_ref();
    let lang = props.lang;
    let body = view.map(|v| {
        let cta = props.cta.clone().map(|settings| html! { <Cta {settings} outcome={v.outcome.id()} route={v.route.route.id()} {lang} /> });
        let explained = html! { <>
            if !v.scores.is_empty() {
                <ScoreBars view={v.clone()} />
            }
            <Reasons view={v.clone()} />
            if v.runner_up.is_some() {
                <RunnerUp view={v.clone()} />
            }
        </> };
        let deeper = html! { <>
            if !v.tiers.is_empty() {
                <MissionList view={v.clone()} />
            }
            if v.deeper.is_some() {
                <Hats view={v.clone()} />
                <Growth view={v.clone()} />
                <HireProfile view={v.clone()} />
                <JobDraft view={v.clone()} prefix={props.prefix.clone()} />
            }
        </> };
        let instead = (!v.instead.is_empty()).then(|| html! { <Instead view={v.clone()} /> });
        let beyond = v.beyond.as_ref().map(|beyond| html! { <p class="result-panel__beyond">{ beyond.as_str() }</p> });
        if props.compact {
            html! { <>
                { instead }
                <RouteSection view={v.clone()} />
                { cta }
                <Share link={props.share.clone()} {lang} />
                <details class="result-panel__more">
                    <summary class="result-panel__more-summary">{ t.more_result }</summary>
                    <div class="result-panel__more-body">
                        <p class="result-panel__portrait">{ v.portrait }</p>
                        { beyond }
                        { explained }
                        { deeper }
                    </div>
                </details>
            </> }
        } else {
            html! { <>
                <p class="result-panel__portrait">{ v.portrait }</p>
                { beyond }
                { explained }
                { instead }
                <RouteSection view={v.clone()} />
                { cta }
                { deeper }
                <Share link={props.share.clone()} {lang} />
            </> }
        }
    });
    html! {
        <section
            class="result-panel"
            aria-label={t.result_label}
            data-cto-type={view.map(|v| v.outcome.id())}
            data-runner-up={view.and_then(|v| v.runner_up.as_ref()).map(|r| r.ty.id())}
            data-route={view.map(|v| v.route.route.id())}
            tabindex="-1"
            ref={props.panel.clone()}
        >
            <div class="result-panel__summary" aria-live="polite" aria-atomic="true">
                if let Some(v) = view {
                    <p class="result-panel__label">{ v.label }</p>
                    <p class="result-panel__name">{ v.name }</p>
                    <p class="result-panel__tagline">{ v.tagline }</p>
                } else {
                    <p class="result-panel__waiting">{ t.waiting }</p>
                }
            </div>
            { body }
        </section>
    }
}
