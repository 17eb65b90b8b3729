//! Mounting: the standalone page's element (`[data-cto-match-page]`, in the page's own DOM), and each
//! embedded widget (`[data-cto-match]`, `<cto-match>`) in its own open shadow root with the widget's
//! stylesheets, so host CSS and widget CSS never meet. The loader drives embedded widgets' lifecycle
//! (`mount`, `Widget::update` on a changed attribute, `Widget::destroy`). A crash is the loaders'
//! business (crash.js): release builds abort on panic, so no Rust hook would run.
//!
//! Apps are recycled, never destroyed: yew 0.23 never releases the event listeners it puts on an app's
//! root element (dom_bundle/subtree_root.rs forgets them on purpose, and they hold the element), so each
//! destroyed app would leave its root and listeners behind. A removed widget's app goes back to a pool,
//! rendering nothing, with its root element; the next widget to mount takes it. What stays is bounded by
//! the most widgets ever on the page at once, not by how many came and went.

use std::cell::{Cell, RefCell};

use web_sys::{Element, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;
use yew::AppHandle;

use super::app::{App, AppProps, Layout, Theme};
use super::browser;
use super::cta::CtaSettings;
use super::state::{Action, Remote};
use crate::engine::codec;
use crate::engine::profile::{cap_errors, Answers, Field, InputError, Lang};
use crate::engine::result::error_message;
use crate::engine::text::{decimal, fill};

/// The stylesheets an embedded widget links inside its shadow root, relative to the widget's files.
const STYLESHEETS: [&str; 2] = ["tokens.css", "widget.css"];

/// The attributes a widget reads besides the profile's fields (`{prefix}theme`, ...).
const SETTINGS: [&str; 8] = ["theme", "remember", "url-state", "share-standalone", "layout", "cta-href", "cta-label", "share-url"];

thread_local! {
    /// Whether a widget of this page keeps the page's URL: one fragment, one owner.
    static URL_TAKEN: Cell<bool> = const { Cell::new(false) };
    /// Apps of removed widgets, rendering nothing, ready for the next widget.
    static POOL: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
}

/// Mounts the standalone page's widget on `root` (the page's `[data-cto-match-page]`, whatever its
/// placeholder held is replaced). Its state lives in the page's URL; it lives as long as the page.
pub fn mount_page(root: Element, base: &str) {
    let (settings, _) = read_settings(&root, "data-", &[]);
    root.set_text_content(None);
    URL_TAKEN.with(|taken| taken.set(true));
    let props = AppProps {
        fragment: browser::current_fragment().into(),
        share_page: !settings.share_standalone,
        page: true,
        // The standalone page shows everything unless it asks otherwise (frame.html is compact).
        layout: settings.layout.unwrap_or(Layout::Full),
        ..settings.props(true, base)
    };
    // Through the same root component as the embeds: one renderer in the wasm, not two.
    let _ = yew::Renderer::<SlotRoot>::with_root_and_props(root, SlotProps { app: Some(props), generation: 0 }).render();
}

/// The root of a pooled app: the widget's app while a widget holds it, nothing in between. The key
/// gives each new widget a fresh app (fresh state), even within one render batch.
#[derive(Properties, PartialEq, Default)]
struct SlotProps {
    #[prop_or_default]
    app: Option<AppProps>,
    #[prop_or_default]
    generation: u64,
}

#[component]
fn SlotRoot(props: &SlotProps) -> Html {
    match &props.app {
        Some(app) => html! { <App key={decimal(props.generation)} ..app.clone() /> },
        None => html! {},
    }
}

/// A long-lived app and its root element.
struct Slot {
    app: AppHandle<SlotRoot>,
    point: Element,
}

impl Slot {
    fn take() -> Option<Slot> {
        if let Some(slot) = POOL.with(|pool| pool.borrow_mut().pop()) {
            return Some(slot);
        }
        let point = browser::document()?.create_element("div").ok()?;
        let app = yew::Renderer::<SlotRoot>::with_root_and_props(point.clone(), SlotProps::default()).render();
        Some(Slot { app, point })
    }

    fn show(&mut self, app: Option<AppProps>, generation: u64) {
        self.app.update(SlotProps { app, generation });
    }
}

/// A mounted embedded widget. `update` follows its element's attributes in place, `reset` returns it to
/// its presets, `destroy` releases it (its app goes back to the pool, and the URL if it kept it).
pub struct Widget {
    host: Element,
    prefix: String,
    base: String,
    slot: Option<Slot>,
    generation: u64,
    remote: Remote,
    /// The raw attributes last read, so a bad value is reported once, not at each update.
    seen: Vec<Option<String>>,
    fragment: AttrValue,
    owns_url: bool,
}

/// Mounts a widget in an open shadow root of `host`, from its attributes: `prefix` is `"data-"` for a
/// `[data-cto-match]` element and `""` for `<cto-match>`. A shadow root left by an earlier mount is
/// reused (a host element can only be given one).
pub fn mount(host: &Element, base: &str, prefix: &str) -> Option<Widget> {
    let (settings, seen) = read_settings(host, prefix, &[]);
    let Some(shadow) = shadow_root(host, base) else {
        browser::warn("cto-match: could not attach a shadow root to a widget's element");
        return None;
    };
    let mut slot = Slot::take()?;
    if shadow.append_child(&slot.point).is_err() {
        POOL.with(|pool| pool.borrow_mut().push(slot));
        return None;
    }
    let generation = GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    });
    let mut widget = Widget {
        host: host.clone(),
        prefix: prefix.to_owned(),
        base: base.to_owned(),
        slot: None,
        generation,
        remote: Remote::default(),
        seen,
        fragment: AttrValue::default(),
        owns_url: false,
    };
    widget.follow_url(settings.url_state);
    if widget.owns_url {
        widget.fragment = browser::current_fragment().into();
    }
    slot.show(Some(widget.props(&settings)), generation);
    widget.slot = Some(slot);
    Some(widget)
}

impl Widget {
    /// Reads the element's attributes again and updates the running app in place: a changed preset sets
    /// that field, the language and theme follow, every other answer stays.
    pub fn update(&mut self) {
        let (settings, seen) = read_settings(&self.host, &self.prefix, &self.seen);
        self.seen = seen;
        self.follow_url(settings.url_state);
        let props = self.props(&settings);
        self.remote.send(Action::Presets(settings.preset));
        if let Some(slot) = &mut self.slot {
            slot.show(Some(props), self.generation);
        }
    }

    /// Back to the presets (the host's `el.reset()`).
    pub fn reset(&self) {
        self.remote.send(Action::Restart);
    }

    pub fn destroy(&mut self) {
        if let Some(mut slot) = self.slot.take() {
            slot.show(None, 0);
            slot.point.remove();
            POOL.with(|pool| pool.borrow_mut().push(slot));
        }
        self.follow_url(false);
    }

    /// Takes the page's URL when asked and nobody has it; gives it back when no longer asked.
    fn follow_url(&mut self, asked: bool) {
        if asked && !self.owns_url {
            self.owns_url = !URL_TAKEN.with(|taken| taken.replace(true));
            if !self.owns_url {
                browser::warn(&["cto-match: ", &self.prefix, "url-state ignored: another widget on this page already keeps the URL"].concat());
            }
        } else if !asked && std::mem::take(&mut self.owns_url) {
            URL_TAKEN.with(|taken| taken.set(false));
        }
    }

    fn props(&self, settings: &Settings) -> AppProps {
        AppProps {
            fragment: self.fragment.clone(),
            share_page: self.owns_url && !settings.share_standalone,
            remote: self.remote.clone(),
            ..settings.props(self.owns_url, &self.base)
        }
    }
}

/// What a mount element asks for, from its attributes.
struct Settings {
    preset: Answers,
    remember: Option<String>,
    theme: Option<Theme>,
    url_state: bool,
    /// `share-standalone`: share the standalone page even though this page keeps the URL (frame.html).
    share_standalone: bool,
    /// `layout`, when given (embeds default to compact, the standalone page to full).
    layout: Option<Layout>,
    cta: Option<CtaSettings>,
    share_url: Option<String>,
}

impl Settings {
    fn props(&self, url_state: bool, base: &str) -> AppProps {
        AppProps {
            preset: self.preset.clone(),
            url_state,
            fallback_lang: browser::preferred_lang(),
            theme: self.theme,
            remember: self.remember.clone().map(AttrValue::from),
            files: AttrValue::from(base.to_owned()),
            layout: self.layout.unwrap_or(Layout::Compact),
            cta: self.cta.clone(),
            share_url: self.share_url.clone().map(AttrValue::from),
            ..AppProps::default()
        }
    }
}

/// Reads an element's settings (`{prefix}headcount`, ..., `{prefix}theme`, ...). A value that cannot be
/// used is left out with one console line for its attribute, unless it was already there in `seen` (the
/// values read last time, in the same order as the returned list).
fn read_settings(el: &Element, prefix: &str, seen: &[Option<String>]) -> (Settings, Vec<Option<String>>) {
    let names = Field::ALL.into_iter().map(Field::id).chain(SETTINGS);
    let raw: Vec<Option<String>> = names.map(|name| el.get_attribute(&[prefix, name].concat())).collect();
    let is_new = |index: usize| seen.get(index) != Some(&raw[index]);
    let fields = Field::ALL.into_iter().zip(&raw).filter_map(|(f, v)| v.as_deref().map(|v| (f, v)));
    let (preset, errors) = codec::decode_presets(fields);
    for (index, field) in Field::ALL.into_iter().enumerate() {
        if is_new(index) {
            warn_ignored(prefix, field, errors.iter().filter(|e| e.field == field).cloned());
        }
    }
    let setting = |name: &str| SETTINGS.iter().position(|s| *s == name).and_then(|i| raw[Field::ALL.len() + i].clone());
    let theme = setting("theme").and_then(|value| {
        let theme = Theme::from_id(&value);
        if theme.is_none() && is_new(Field::ALL.len()) {
            browser::warn(&["cto-match: ", prefix, "theme=\"", &value, "\" ignored: use light or dark"].concat());
        }
        theme
    });
    // remember="name" stores under that name; a bare remember under the element's id, else under the
    // page's one unnamed entry. Widgets with the same name share their answers, on purpose.
    let remember = setting("remember").map(|name| {
        let name = if name.trim().is_empty() { el.id() } else { name.trim().to_owned() };
        let page = browser::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        ["cto-match:v1:", &page, "#", &name].concat()
    });
    let index_of = |name: &str| Field::ALL.len() + SETTINGS.iter().position(|s| *s == name).unwrap_or_default();
    let layout = setting("layout").and_then(|value| {
        let layout = Layout::from_id(&value);
        if layout.is_none() && is_new(index_of("layout")) {
            browser::warn(&["cto-match: ", prefix, "layout=\"", &value, "\" ignored: use compact or full"].concat());
        }
        layout
    });
    // Links from the host: only http(s), mailto and relative ones are followed (one console line else).
    let link = |name: &str| {
        setting(name).filter(|href| !href.trim().is_empty()).and_then(|href| {
            let safe = codec::safe_href(&href).map(str::to_owned);
            if safe.is_none() && is_new(index_of(name)) {
                browser::warn(&["cto-match: ", prefix, name, " ignored: only http(s), mailto and relative links are followed"].concat());
            }
            safe
        })
    };
    let cta = link("cta-href").map(|href| CtaSettings {
        href: AttrValue::from(href),
        label: setting("cta-label").map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).map(AttrValue::from),
    });
    let settings = Settings {
        preset,
        remember,
        theme,
        url_state: setting("url-state").is_some(),
        share_standalone: setting("share-standalone").is_some(),
        layout,
        cta,
        share_url: link("share-url"),
    };
    (settings, raw)
}

/// One console line for an attribute, however many of its values were left out.
fn warn_ignored(prefix: &str, field: Field, errors: impl Iterator<Item = InputError>) {
    let (shown, more) = cap_errors(errors);
    if shown.is_empty() {
        return;
    }
    let mut line = ["cto-match: ", prefix, field.id(), " ignored."].concat();
    for error in &shown {
        line.push(' ');
        line.push_str(&error_message(error, Lang::En));
    }
    if more > 0 {
        line.push(' ');
        line.push_str(&fill(Lang::En.texts().more_errors, &[("count", &Lang::En.number(more as u64))]));
    }
    browser::warn(&line);
}

/// An open shadow root on `host` holding the stylesheets, ready for the widget's element.
fn shadow_root(host: &Element, base: &str) -> Option<web_sys::ShadowRoot> {
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
    Some(shadow)
}
