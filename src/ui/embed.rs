//! Mounting: the standalone page's `#cto-match`, and each embedded widget (`[data-cto-match]`,
//! `<cto-match>`) in its own open shadow root with the widget's stylesheets, so host CSS and widget
//! CSS never meet. The loader drives embedded widgets' lifecycle (mount, destroy). Host attributes go through the engine's field readers; a bad one is a console warning. A crash
//! is the loaders' business (crash.js): release builds abort on panic, so no Rust hook would run.

use std::cell::RefCell;

use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue};
use super::app::{App, AppProps, Theme};
use super::browser;
use crate::engine::codec;
use crate::engine::profile::{Answers, Field, Lang};
use crate::engine::result::error_message;
use crate::engine::text::decimal;

/// The stylesheets an embedded widget links inside its shadow root, relative to the widget's files.
const STYLESHEETS: [&str; 2] = ["tokens.css", "widget.css"];

/// Mounts the standalone page's `#cto-match`, whose state lives in the page's URL. Embedded widgets
/// (`[data-cto-match]`, `<cto-match>`) are mounted and destroyed one by one by the loader, as they
/// come and go (`mount`, `Widget::destroy`). `base` is the URL of the folder holding the widget's
/// files (loader.js passes its own folder), so stylesheets load from wherever the widget is hosted.
pub fn mount_all(base: &str) {
    let Some(document) = browser::document() else { return };
    if let Some(root) = document.get_element_by_id("cto-match") {
        let settings = settings(&root, 0, "data-");
        PAGE.with(|page| page.borrow_mut().url_taken = true);
        // The page's own widget lives as long as the page: its handle is not kept.
        let _ = render(root, &settings, true, base);
    }
}

/// What the page's widgets share: how many were mounted, and whether one keeps the URL.
#[derive(Default)]
struct PageState {
    widgets: usize,
    url_taken: bool,
}

/// A mounted embedded widget: destroying it releases the app, its DOM and its listeners, and gives the
/// page's URL back if it kept it.
pub struct Widget {
    app: Option<AppHandle<App>>,
    owns_url: bool,
}

impl Widget {
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if std::mem::take(&mut self.owns_url) {
            PAGE.with(|page| page.borrow_mut().url_taken = false);
        }
    }
}

/// Mounts a widget in an open shadow root of `host`, from its attributes: `prefix` is `"data-"` for a
/// `[data-cto-match]` element and `""` for `<cto-match>`. A shadow root left by an earlier mount is
/// reused (a host element can only be given one).
pub fn mount(host: &Element, base: &str, prefix: &str) -> Option<Widget> {
    let index = PAGE.with(|page| {
        page.borrow_mut().widgets += 1;
        page.borrow().widgets
    });
    let settings = settings(host, index, prefix);
    // One URL fragment, one owner: the first widget that asks for it.
    let url_state = settings.url_state && PAGE.with(|page| !std::mem::replace(&mut page.borrow_mut().url_taken, true));
    if settings.url_state && !url_state {
        browser::warn(&["cto-match: ", prefix, "url-state ignored: another widget on this page already keeps the URL"].concat());
    }
    let Some(point) = shadow_mount_point(host, base) else {
        browser::warn("cto-match: could not attach a shadow root to a widget's element");
        return None;
    };
    Some(Widget { app: Some(render(point, &settings, url_state, base)), owns_url: url_state })
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

/// `index` numbers the widgets of the page, for remembered answers of widgets without an id.
fn settings(el: &Element, index: usize, prefix: &str) -> Settings {
    let attribute = |name: &str| el.get_attribute(&[prefix, name].concat());
    let values: Vec<(Field, String)> = Field::ALL.into_iter().filter_map(|f| attribute(f.id()).map(|v| (f, v))).collect();
    let (mut preset, errors) = codec::decode_presets(values.iter().map(|(f, v)| (*f, v.as_str())));
    for error in &errors {
        browser::warn(&["cto-match: ", prefix, error.field.id(), " ignored. ", &error_message(error, Lang::En)].concat());
    }
    let theme = attribute("theme").and_then(|value| {
        let theme = Theme::from_id(&value);
        if theme.is_none() {
            browser::warn(&["cto-match: ", prefix, "theme=\"", &value, "\" ignored: use light or dark"].concat());
        }
        theme
    });
    let lang = preset.lang.take();
    // data-remember="name" stores under that name; a bare data-remember uses the element's id, else
    // the widget's place on the page.
    let remember = attribute("remember").map(|name| {
        let name = match (name.trim(), el.id()) {
            ("", id) if id.is_empty() => ["widget-", &decimal(index as u64)].concat(),
            ("", id) => id,
            (name, _) => name.to_owned(),
        };
        let page = browser::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        ["cto-match:v1:", &page, "#", &name].concat()
    });
    Settings {
        preset,
        remember,
        lang,
        theme,
        url_state: attribute("url-state").is_some(),
        share_standalone: attribute("share-standalone").is_some(),
    }
}

/// An open shadow root on `host` holding the stylesheets and an element for the widget.
fn shadow_mount_point(host: &Element, base: &str) -> Option<Element> {
    let document = browser::document()?;
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            shadow.set_text_content(None);
            shadow
        }
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)).ok()?,
    };
    for sheet in STYLESHEETS {
        let link = document.create_element("link").ok()?;
        link.set_attribute("rel", "stylesheet").ok()?;
        link.set_attribute("href", &[base, sheet].concat()).ok()?;
        shadow.append_child(&link).ok()?;
    }
    let point = document.create_element("div").ok()?;
    shadow.append_child(&point).ok()?;
    Some(point)
}

thread_local! {
    static PAGE: RefCell<PageState> = RefCell::new(PageState::default());
}

fn render(point: Element, settings: &Settings, url_state: bool, base: &str) -> AppHandle<App> {
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
    yew::Renderer::<App>::with_root_and_props(point, props).render()
}
