//! The few browser calls the widget makes: read and replace the URL fragment, read the preferred
//! language, send the result event. Each one degrades to doing nothing (with a console warning) when
//! the browser refuses, so no look-up can take the widget down.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Document, Element, Window};

use crate::engine::candidate_view::CandidateView;
use crate::engine::profile::{Lang, Profile};
use crate::engine::result::ResultView;

pub fn window() -> Option<Window> {
    web_sys::window()
}

pub fn document() -> Option<Document> {
    window().and_then(|w| w.document())
}

/// Runs `then` in the task after the next paint (a frame, then a zero-delay timeout). A page that draws
/// no frames (a hidden tab, an iframe out of sight) runs it after 100 ms all the same, and a browser
/// that schedules nothing, at once.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    use std::{cell::Cell, rc::Rc};
    use wasm_bindgen::closure::Closure;
    /// Run by whichever comes first, the frame's task or the fallback, and only once.
    type Once = Rc<Cell<Option<Box<dyn FnOnce()>>>>;
    let once: Once = Rc::new(Cell::new(Some(Box::new(then))));
    let run = {
        let once = once.clone();
        move || {
            if let Some(then) = once.take() {
                then();
            }
        }
    };
    let Some(w) = window() else { return run() };
    let task = {
        let run = run.clone();
        move || {
            let Some(w) = window() else { return run() };
            // (Nothing scheduled: the fallback runs it.)
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(Closure::once_into_js(run.clone()).unchecked_ref(), 0);
        }
    };
    let frame = w.request_animation_frame(Closure::once_into_js(task).unchecked_ref());
    let fallback = w.set_timeout_with_callback_and_timeout_and_arguments_0(Closure::once_into_js(run.clone()).unchecked_ref(), 100);
    if frame.is_err() && fallback.is_err() {
        run();
    }
}

pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// The page's URL fragment, without the `#`; empty when there is none or it cannot be read.
pub fn current_fragment() -> String {
    let hash = window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// Replaces the URL fragment without adding a history entry; an empty fragment removes the `#`.
pub fn replace_fragment(fragment: &str) {
    let Some(window) = window() else { return };
    if current_fragment() == fragment {
        return;
    }
    let location = window.location();
    let url = if fragment.is_empty() { location.pathname().unwrap_or_default() + &location.search().unwrap_or_default() } else { ["#", fragment].concat() };
    let replaced = window.history().and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
    if replaced.is_err() {
        warn("cto-match: could not update the page address");
    }
}

/// The standalone page's language and title (and its one heading, which says the same).
pub fn set_page_language(lang: &str, title: &str) {
    let Some(document) = document() else { return };
    document.set_title(title);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang);
    }
    if let Ok(Some(heading)) = document.query_selector("h1") {
        heading.set_text_content(Some(title));
    }
}

/// Copies `text` to the clipboard; `false` when the browser refuses (no permission, an insecure page,
/// no clipboard API), so the caller can offer another way.
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else { return false };
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// The page's address, fragment included.
pub fn current_href() -> String {
    window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// What became of a share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The system share sheet took it (Web Share).
    Sheet,
    /// The visitor closed the share sheet.
    Cancelled,
    Copied,
    /// Neither a share sheet nor the clipboard: the caller shows the link to copy by hand.
    Refused,
}

/// Offers `url` to the system share sheet where the browser has one (phones, some desktops), else
/// copies it to the clipboard.
pub async fn share_link(title: &str, url: &str) -> Shared {
    if let Some(navigator) = window().map(|w| w.navigator()) {
        let share = js_sys::Reflect::get(&navigator, &JsValue::from_str("share")).unwrap_or(JsValue::UNDEFINED);
        if let Some(share) = share.dyn_ref::<js_sys::Function>() {
            let data = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&data, &JsValue::from_str("title"), &JsValue::from_str(title));
            let _ = js_sys::Reflect::set(&data, &JsValue::from_str("url"), &JsValue::from_str(url));
            if let Ok(promise) = share.call1(&navigator, &data).and_then(|p| p.dyn_into::<js_sys::Promise>()) {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => return Shared::Sheet,
                    // The visitor closed the sheet: nothing to do. Any other refusal falls back to copying.
                    Err(error)
                        if js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).as_deref() == Some("AbortError") =>
                    {
                        return Shared::Cancelled
                    }
                    Err(_) => {}
                }
            }
        }
    }
    if copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Refused
    }
}

/// Scrolls `el` into view and moves the keyboard focus to it.
pub fn reveal(el: &web_sys::HtmlElement) {
    el.scroll_into_view();
    let _ = el.focus();
}

/// Offers `text` as a file download named `name`.
pub fn download_text(name: &str, text: &str, mime: &str) {
    let Some(document) = document() else { return };
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let Ok(url) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob)) else {
        warn("cto-match: the browser refused to build the download");
        return;
    };
    let link = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
    if let (Some(link), Some(body)) = (link, document.body()) {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        let _ = body.append_child(&link);
        link.click();
        link.remove();
    }
    // Revoke once the download has started.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// The stored value for `key`; `Err` when storage is blocked or throws (sandboxed frame, blocked
/// third-party storage, private modes), so the caller can carry on without it.
pub fn storage_get(key: &str) -> Result<Option<String>, JsValue> {
    let storage = window().ok_or(JsValue::NULL)?.local_storage()?.ok_or(JsValue::NULL)?;
    storage.get_item(key)
}

/// Stores `value` under `key`; `Err` when storage is blocked, full or throws.
pub fn storage_set(key: &str, value: &str) -> Result<(), JsValue> {
    let storage = window().ok_or(JsValue::NULL)?.local_storage()?.ok_or(JsValue::NULL)?;
    storage.set_item(key, value)
}

/// The first of the browser's languages that the widget speaks, else English.
pub fn preferred_lang() -> Lang {
    let Some(navigator) = window().map(|w| w.navigator()) else { return Lang::default() };
    let mut tags: Vec<String> = navigator.languages().iter().filter_map(|tag| tag.as_string()).collect();
    tags.extend(navigator.language());
    tags.iter().find_map(|tag| Lang::from_tag(tag)).unwrap_or_default()
}

/// The `detail` of the `ctomatch:result` event (contract v1).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultDetail {
    version: u32,
    #[serde(rename = "type")]
    outcome: &'static str,
    runner_up: Option<&'static str>,
    scores: Scores,
    missions: Vec<&'static str>,
    route: &'static str,
    profile: ProfileDetail,
    /// In candidate mode, the candidate's reading; null otherwise.
    candidate: Option<CandidateDetail>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct CandidateDetail {
    #[serde(rename = "type")]
    reads_as: &'static str,
    fit: Option<&'static str>,
    matched: Vec<&'static str>,
    gaps: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct Scores {
    hacker: u32,
    stabilizer: u32,
    industrializer: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
struct ProfileDetail {
    headcount: Option<u32>,
    tech: Option<u32>,
    stage: Option<&'static str>,
    /// The kind of organisation (`startup`, `sme`, `group`, `public`, `nonprofit`), when answered.
    org: Option<&'static str>,
    software: Option<&'static str>,
    /// Who holds the seat today (`none`, `left`, `in-place`), when answered.
    cto: Option<&'static str>,
    needs: Vec<&'static str>,
    lang: &'static str,
}

impl ResultDetail {
    pub fn new(view: &ResultView, candidate: Option<&CandidateView>, profile: &Profile, lang: Lang) -> ResultDetail {
        let [hacker, stabilizer, industrializer] = view.assessment.scores;
        ResultDetail {
            version: 1,
            outcome: view.outcome.id(),
            runner_up: view.runner_up.as_ref().map(|r| r.ty.id()),
            scores: Scores { hacker, stabilizer, industrializer },
            missions: view.mission_ids(),
            route: view.route.route.id(),
            candidate: candidate.map(|c| CandidateDetail {
                reads_as: c.reading.reads_as.id(),
                fit: c.reading.fit.map(|f| f.id()),
                matched: c.reading.matched.iter().map(|n| n.id()).collect(),
                gaps: c.reading.gaps.iter().map(|n| n.id()).collect(),
            }),
            profile: ProfileDetail {
                headcount: profile.headcount,
                tech: profile.tech,
                stage: profile.stage.map(|s| s.id()),
                org: profile.org.map(|o| o.id()),
                software: profile.software.map(|s| s.id()),
                cto: profile.cto.map(|c| c.id()),
                needs: profile.needs.iter().map(|n| n.id()).collect(),
                lang: lang.id(),
            },
        }
    }
}

/// Sends `ctomatch:result` from `target` (bubbles, composed, so a host sees it through a shadow root).
pub fn dispatch_result(target: &Element, detail: &ResultDetail) {
    dispatch(target, "ctomatch:result", detail);
}

/// A step of the visitor's way through the widget, for a host's analytics (`ctomatch:step`): the first
/// answer, a share, the job ad copied, the call to action followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Answer,
    Share,
    JobCopy,
    Cta,
}

impl Step {
    fn id(self) -> &'static str {
        match self {
            Step::Answer => "answer",
            Step::Share => "share",
            Step::JobCopy => "job-copy",
            Step::Cta => "cta",
        }
    }
}

/// A plain frozen object from string pairs (`null` for `None`): the small details need no serializer.
fn object(pairs: &[(&str, Option<&str>)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        let value = value.map_or(JsValue::NULL, JsValue::from_str);
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    js_sys::Object::freeze(&object);
    object.into()
}

/// Sends `ctomatch:step` from `target`.
pub fn dispatch_step(target: &Element, step: Step) {
    send(target, "ctomatch:step", &object(&[("step", Some(step.id()))]));
}

/// What the call to action's event says (`ctomatch:cta`): the link followed and the result it carried.
pub struct CtaDetail<'a> {
    pub href: &'a str,
    pub outcome: &'a str,
    pub route: &'a str,
    pub fit: Option<&'a str>,
    pub lang: &'a str,
}

pub fn dispatch_cta(target: &Element, d: &CtaDetail) {
    let detail = object(&[("href", Some(d.href)), ("type", Some(d.outcome)), ("route", Some(d.route)), ("fit", d.fit), ("lang", Some(d.lang))]);
    send(target, "ctomatch:cta", &detail);
}

/// Sends `name` from `target` with `detail`, serialized then deep-frozen.
fn dispatch(target: &Element, name: &str, detail: &impl Serialize) {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let Ok(value) = detail.serialize(&serializer) else {
        warn(&["cto-match: could not build the ", name, " event"].concat());
        return;
    };
    // Frozen, arrays and objects within too: no listener can change what the widget reports to the
    // next listener or through `el.result`.
    deep_freeze(&value);
    send(target, name, &value);
}

/// A `CustomEvent` named `name` (`ctomatch:…`) from `target`, bubbling and composed (a host hears it
/// through a shadow root), then the same under its colon-free alias (`ctomatch-…`), which JSX
/// toolchains can bind (React 19's `onctomatch-result`).
fn send(target: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    // `strip_prefix`, not `trim_start_matches`: no substring searcher in the wasm.
    let alias = ["ctomatch-", name.strip_prefix("ctomatch:").unwrap_or(name)].concat();
    for name in [name, &alias] {
        match CustomEvent::new_with_event_init_dict(name, &init) {
            Ok(event) => {
                let _ = target.dispatch_event(&event);
            }
            Err(_) => warn(&["cto-match: could not send the ", name, " event"].concat()),
        }
    }
}

fn deep_freeze(value: &JsValue) {
    if let Some(object) = value.dyn_ref::<js_sys::Object>() {
        for inner in js_sys::Object::values(object).iter() {
            deep_freeze(&inner);
        }
        js_sys::Object::freeze(object);
    }
}
