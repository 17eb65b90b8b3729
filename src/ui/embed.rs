//! Mounting: the standalone page's `#cto-match`, and every `[data-cto-match]` element of a host page,
//! each in its own open shadow root with the widget's stylesheets, so host CSS and widget CSS never
//! meet. Host attributes go through the engine's field readers; a bad one is a console warning. A crash
//! is the loaders' business (crash.js): release builds abort on panic, so no Rust hook would run.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::AttrValue;
use super::app::{App, AppProps, Theme};
use super::browser;
use crate::engine::codec;
use crate::engine::profile::{Answers, Field, Lang};
use crate::engine::result::error_message;

/// The stylesheets an embedded widget links inside its shadow root, relative to the widget's files.
const STYLESHEETS: [&str; 2] = ["tokens.css", "widget.css"];

/// Mounts every widget on the page. `base` is the URL of the folder holding the widget's files
/// (loader.js passes its own folder), so stylesheets load from wherever the widget is hosted.
pub fn mount_all(base: &str) {
    let Some(document) = browser::document() else { return };
    // The standalone page: its state lives in the page's URL.
    if let Some(root) = document.get_element_by_id("cto-match").filter(claim) {
        let settings = settings(&root, 0);
        PAGE.with(|page| page.borrow_mut().url_taken = true);
        mount(root, &settings, true, base);
    }
    mount_hosts(base);
    watch_for_new_hosts(base.to_owned());
}

/// What the page's widgets share: how many there are, and whether one keeps the URL.
#[derive(Default)]
struct PageState {
    widgets: usize,
    url_taken: bool,
}

/// Mounts every `[data-cto-match]` element not mounted yet.
fn mount_hosts(base: &str) {
    let Some(hosts) = browser::document().and_then(|d| d.query_selector_all("[data-cto-match]").ok()) else { return };
    let hosts = (0..hosts.length()).filter_map(|i| hosts.item(i)).filter_map(|n| n.dyn_into::<Element>().ok());
    for host in hosts {
        if host.shadow_root().is_some() || !claim(&host) {
            continue; // already mounted: the script was included twice, or this is #cto-match itself
        }
        let index = PAGE.with(|page| {
            page.borrow_mut().widgets += 1;
            page.borrow().widgets
        });
        let settings = settings(&host, index);
        // One URL fragment, one owner: the first widget that asks for it.
        let url_state = settings.url_state && PAGE.with(|page| !std::mem::replace(&mut page.borrow_mut().url_taken, true));
        if settings.url_state && !url_state {
            browser::warn("cto-match: data-url-state ignored: another widget on this page already keeps the URL");
        }
        match shadow_mount_point(&host, base) {
            Some(point) => mount(point, &settings, url_state, base),
            None => browser::warn("cto-match: could not attach a shadow root to a [data-cto-match] element"),
        }
    }
}

/// Widgets added to the page later (a single-page app, content loaded on scroll) are mounted too.
fn watch_for_new_hosts(base: String) {
    let Some(body) = browser::document().and_then(|d| d.body()) else { return };
    let callback = Closure::<dyn FnMut()>::new(move || mount_hosts(&base));
    let Ok(observer) = web_sys::MutationObserver::new(callback.as_ref().unchecked_ref()) else { return };
    let options = web_sys::MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    if observer.observe_with_options(&body, &options).is_ok() {
        // The observer lives as long as the page.
        callback.forget();
    }
}

/// What a mount element asks for, from its `data-` attributes (the standalone page's `#cto-match`
/// reads the same ones).
struct Settings {
    preset: Answers,
    remember: Option<String>,
    lang: Option<Lang>,
    theme: Option<Theme>,
    url_state: bool,
    /// `data-share-standalone`: share the standalone page even though this page keeps the URL (frame.html).
    share_standalone: bool,
}

/// Marks `el` as mounted; false when it already was.
fn claim(el: &Element) -> bool {
    let fresh = !el.has_attribute("data-cto-match-mounted");
    let _ = el.set_attribute("data-cto-match-mounted", "");
    fresh
}

/// `index` numbers the widgets of the page, for remembered answers of widgets without an id.
fn settings(el: &Element, index: usize) -> Settings {
    let values: Vec<(Field, String)> =
        Field::ALL.into_iter().filter_map(|f| el.get_attribute(&format!("data-{}", f.id())).map(|v| (f, v))).collect();
    let (mut preset, errors) = codec::decode_presets(values.iter().map(|(f, v)| (*f, v.as_str())));
    for error in &errors {
        browser::warn(&format!("cto-match: data-{} ignored. {}", error.field.id(), error_message(error, Lang::En)));
    }
    let theme = el.get_attribute("data-theme").and_then(|value| {
        let theme = Theme::from_id(&value);
        if theme.is_none() {
            browser::warn(&format!("cto-match: data-theme=\"{value}\" ignored: use light or dark"));
        }
        theme
    });
    let lang = preset.lang.take();
    // data-remember="name" stores under that name; a bare data-remember uses the element's id, else
    // the widget's place on the page.
    let remember = el.get_attribute("data-remember").map(|name| {
        let name = match (name.trim(), el.id()) {
            ("", id) if id.is_empty() => format!("widget-{index}"),
            ("", id) => id,
            (name, _) => name.to_owned(),
        };
        let page = browser::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        format!("cto-match:v1:{page}#{name}")
    });
    Settings {
        preset,
        remember,
        lang,
        theme,
        url_state: el.has_attribute("data-url-state"),
        share_standalone: el.has_attribute("data-share-standalone"),
    }
}

/// An open shadow root on `host` holding the stylesheets and an element for the widget.
fn shadow_mount_point(host: &Element, base: &str) -> Option<Element> {
    let document = browser::document()?;
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?;
    for sheet in STYLESHEETS {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &format!("{base}{sheet}")).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let point = document.create_element("div").ok()?;
    shadow.append_child(&point).ok()?;
    Some(point)
}

thread_local! {
    static PAGE: RefCell<PageState> = RefCell::new(PageState::default());
}

fn mount(point: Element, settings: &Settings, url_state: bool, base: &str) {
    let props = AppProps {
        fragment: if url_state { browser::current_fragment().into() } else { AttrValue::default() },
        preset: settings.preset.clone(),
        url_state,
        fallback_lang: settings.lang.unwrap_or_else(browser::preferred_lang),
        theme: settings.theme,
        remember: settings.remember.clone().map(AttrValue::from),
        files: AttrValue::from(base.to_owned()),
        share_page: url_state && !settings.share_standalone,
    };
    yew::Renderer::<App>::with_root_and_props(point, props).render();
}
