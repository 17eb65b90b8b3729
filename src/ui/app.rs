//! The root component: owns the one reducer, derives the profile and the view model from it on each
//! render, and keeps the outside world in step (URL fragment, result event).

use std::sync::atomic::{AtomicU32, Ordering};

use gloo_events::EventListener;
use yew::prelude::*;

use super::browser::{self, ResultDetail, Step};
use super::candidate_form::CandidateForm;
use super::candidate_panel::CandidatePanel;
use super::cta::CtaSettings;
use super::lang_switch::LangSwitch;
use super::link_errors::LinkErrors;
use super::mode_switch::ModeSwitch;
use super::profile_form::ProfileForm;
use super::result_panel::ResultPanel;
use super::state::{Action, Remote, State};
use super::summary_bar::SummaryBar;
use crate::engine::candidate_view::candidate_view;
use crate::engine::codec;
use crate::engine::profile::Mode;
use crate::engine::profile::{Answers, Lang};
use crate::engine::result::result_view;
use crate::engine::text::decimal;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The profile to start from, in the URL-fragment form (`headcount=45&stage=mvp`); its fields
    /// replace the presets'.
    #[prop_or_default]
    pub fragment: AttrValue,
    /// Answers preset by the host page (`data-` attributes), already checked.
    #[prop_or_default]
    pub preset: Answers,
    /// Keep the page's URL fragment in step with the answers, and follow it when it is edited.
    #[prop_or_default]
    pub url_state: bool,
    /// The language when the profile names none (the browser's).
    #[prop_or_default]
    pub fallback_lang: Lang,
    /// A fixed colour theme; by default the widget follows the visitor's preference.
    #[prop_or_default]
    pub theme: Option<Theme>,
    /// Remember the answers in localStorage under this key (opt-in: `data-remember`).
    #[prop_or_default]
    pub remember: Option<AttrValue>,
    /// The URL of the folder holding the widget's files: a shared link opens the standalone page there
    /// unless the widget shares the page's own address.
    #[prop_or_default]
    pub files: AttrValue,
    /// Share the page's own address (the widget keeps it in step), rather than the standalone page.
    #[prop_or_default]
    pub share_page: bool,
    /// The standalone page's widget (index.html, frame.html): it sets the page's title and language.
    #[prop_or_default]
    pub page: bool,
    /// The host page's way in (changed presets, `reset()`), connected on the first render.
    #[prop_or_default]
    pub remote: Remote,
    /// Compact (the embeds' default) or full (the standalone page's).
    #[prop_or_default]
    pub layout: Layout,
    /// The host's call to action (`cta-href`, `cta-label`), already checked.
    #[prop_or_default]
    pub cta: Option<CtaSettings>,
    /// The page a shared link opens (`share-url`), already checked; the fragment is appended.
    #[prop_or_default]
    pub share_url: Option<AttrValue>,
}

/// How much of the widget shows at once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    /// The form with its optional questions folded, and the result's answer with the rest one action
    /// away: one or two screens in an article.
    Compact,
    /// Every question and every section open (the standalone page).
    #[default]
    Full,
}

impl Layout {
    pub fn id(self) -> &'static str {
        match self {
            Layout::Compact => "compact",
            Layout::Full => "full",
        }
    }

    pub fn from_id(id: &str) -> Option<Layout> {
        [Layout::Compact, Layout::Full].into_iter().find(|l| l.id() == id.trim().to_ascii_lowercase())
    }
}

/// A colour theme a host can force with `data-theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn id(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark].into_iter().find(|t| t.id() == id.trim().to_ascii_lowercase())
    }
}

/// Test builds only (feature "crash-test"): a page script dispatching `ctomatch:test-panic` on the
/// widget's root makes it panic, to test the crash message end to end (see ui::embed).
#[cfg(feature = "crash-test")]
#[hook]
fn use_crash_trigger(root: &NodeRef) {
    use_effect_with((), {
        let root = root.clone();
        move |_| {
            let listener =
                root.cast::<web_sys::Element>().map(|el| EventListener::new(&el, "ctomatch:test-panic", |_| panic!("ctomatch:test-panic was dispatched")));
            move || drop(listener)
        }
    });
}

/// In shipped builds there is no way to make the widget panic on purpose.
#[cfg(not(feature = "crash-test"))]
#[hook]
fn use_crash_trigger(_root: &NodeRef) {}

/// Remembered answers (untrusted: they go through the fragment decoder); `Err` when storage is blocked.
fn remembered(key: &str) -> Result<String, ()> {
    browser::storage_get(key).map(Option::unwrap_or_default).map_err(|_| ())
}

/// Each widget on a page gets its own prefix for element ids.
fn next_prefix() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    ["cto-match-", &decimal(NEXT.fetch_add(1, Ordering::Relaxed).into())].concat()
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // Said once, in the widget: remembered answers cannot be read or written here.
    let storage_failed = use_state_eq(|| false);
    let state = use_reducer({
        let (preset, fragment, remember) = (props.preset.clone(), props.fragment.clone(), props.remember.clone());
        let storage_failed = storage_failed.setter();
        move || {
            let stored = remember.map(|key| remembered(&key)).unwrap_or(Ok(String::new())).unwrap_or_else(|()| {
                storage_failed.set(true);
                String::new()
            });
            State::start(&preset, &stored, &fragment)
        }
    });
    // The URL fragment this widget last wrote or found, once it keeps the URL.
    let url_written = use_mut_ref(|| None::<String>);
    let prefix = use_state(next_prefix);
    let root = use_node_ref();
    let panel = use_node_ref();

    let (profile, field_errors) = state.answers.profile();
    let lang = profile.lang.unwrap_or(props.fallback_lang);
    // An answer the visitor types or ticks paints at once; the result follows in the task after that
    // paint, so the answer is not held up by the result's rendering. So does the visitor's own language
    // switch: the form speaks the new language at once, the result a frame later (issue 22: the switch
    // redrew the whole widget before its first paint). Anything else (the first render, a link, the host,
    // its `lang` attribute, the mode) shows its result in the same render.
    let shown = use_state_eq(|| profile);
    let visitor_answer = use_mut_ref(|| false);
    let lang_by_visitor = use_mut_ref(|| false);
    let deferred = *visitor_answer.borrow() && shown.mode == profile.mode;
    let result_profile = if deferred { *shown } else { profile };
    let result_lang = result_profile.lang.unwrap_or(props.fallback_lang);
    use_effect_with(profile, {
        let shown = shown.clone();
        move |profile| {
            if deferred {
                browser::after_next_paint({
                    let profile = *profile;
                    move || shown.set(profile)
                });
            } else {
                shown.set(*profile);
            }
        }
    });
    let view = result_view(&result_profile, result_lang).map(std::rc::Rc::new);
    let candidate_mode = profile.mode == Mode::Candidate;
    let candidate = candidate_mode.then(|| candidate_view(&result_profile, result_lang).map(std::rc::Rc::new)).flatten();
    // The visitor's first answer is a step a host's analytics counts (`ctomatch:step`), once.
    let answered = use_mut_ref(|| false);
    let on_action = {
        let (dispatcher, root, answered, visitor_answer) = (state.dispatcher(), root.clone(), answered.clone(), visitor_answer.clone());
        let lang_by_visitor = lang_by_visitor.clone();
        Callback::from(move |action: Action| {
            let by_visitor = !matches!(action, Action::Presets(_) | Action::Restart | Action::LoadFragment(_) | Action::SetLang(_));
            let visitor_lang = matches!(action, Action::SetLang(_)) && lang_by_visitor.replace(false);
            *visitor_answer.borrow_mut() = (by_visitor && !matches!(action, Action::SetMode(_))) || visitor_lang;
            if by_visitor && !answered.replace(true) {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    browser::dispatch_step(&el, Step::Answer);
                }
            }
            dispatcher.dispatch(action)
        })
    };
    props.remote.connect(&on_action);

    let fragment = codec::encode(&profile);
    use_effect_with((fragment.clone(), props.url_state), move |(fragment, url_state)| {
        if !*url_state {
            return;
        }
        // A fragment that is not the widget's (the host's own `#comments`) stays until the visitor answers.
        let mut written = url_written.borrow_mut();
        let ours = match written.as_deref() {
            None => codec::is_widget_fragment(&browser::current_fragment()),
            Some(last) => last != fragment,
        };
        if ours {
            browser::replace_fragment(fragment);
        }
        *written = Some(fragment.clone());
    });
    use_effect_with((state.memory(), props.remember.clone()), {
        let storage_failed = storage_failed.clone();
        move |(memory, remember)| {
            if let Some(key) = remember {
                if browser::storage_set(key, memory).is_err() {
                    storage_failed.set(true);
                }
            }
        }
    });
    use_effect_with(props.url_state, {
        let on_action = on_action.clone();
        move |url_state| {
            // Only a fragment that is the widget's is loaded: an in-page link of the host is not an answer.
            let listener = browser::window().filter(|_| *url_state).map(|window| {
                EventListener::new(&window, "hashchange", move |_| {
                    let fragment = browser::current_fragment();
                    if codec::is_widget_fragment(&fragment) {
                        on_action.emit(Action::LoadFragment(fragment));
                    }
                })
            });
            move || drop(listener)
        }
    });
    // The standalone page speaks the widget's language: its title, heading and `lang`.
    use_effect_with((lang, props.page), |(lang, page)| {
        if *page {
            browser::set_page_language(lang.id(), lang.texts().page_title);
        }
    });
    use_crash_trigger(&root);
    use_effect_with(view.as_ref().map(|v| ResultDetail::new(v, candidate.as_deref(), &result_profile, result_lang)), {
        let root = root.clone();
        move |detail| {
            if let (Some(detail), Some(target)) = (detail, root.cast::<web_sys::Element>()) {
                browser::dispatch_result(&target, detail);
            }
        }
    });

    let t = lang.texts();
    // A shared link opens the host's page when it said which (`share-url`), else this page when it keeps
    // the answers, else the standalone page; it always carries the language the visitor reads.
    // The standalone page shares its result's own page (a preview card that names the result).
    let page = props.share_url.as_ref().map(|url| url.to_string()).or_else(|| (props.share_page && !props.page).then(browser::current_href));
    let shared = codec::encode(&crate::engine::profile::Profile { lang: Some(result_lang), ..result_profile });
    let card = view.as_ref().map(|v| (v.outcome.id(), result_lang.id()));
    // The standalone page's result pages sit beside it: its own folder, read from its address (reading
    // it here also settles a long address the visitor just pasted before the widget rewrites it; a
    // 2 MB link measured 60 ms to a result this way, 700 ms otherwise).
    let folder = props.page.then(|| {
        let href = browser::current_href();
        let path = href.split(['#', '?']).next().unwrap_or_default();
        path[..path.rfind('/').map_or(0, |i| i + 1)].to_owned()
    });
    let share = AttrValue::from(codec::share_link(page.as_deref(), folder.as_deref().unwrap_or(&props.files), card, &shared));
    let compact = props.layout == Layout::Compact;
    let company_form = html! {
        <ProfileForm
            answers={state.answers.clone()}
            field_errors={field_errors.clone()}
            {lang}
            prefix={AttrValue::from((*prefix).clone())}
            role={candidate_mode}
            {compact}
            on_action={on_action.clone()}
        />
    };
    html! {
        <div class="cto-match" lang={lang.id()} data-theme={props.theme.map(Theme::id)} data-layout={props.layout.id()} ref={root}>
            <header class="cto-match__header">
                <h2 class="cto-match__title">{ if candidate_mode { t.candidate.title } else { t.title } }</h2>
                <p class="cto-match__intro">{
                    if candidate_mode { t.candidate.intro } else if props.share_page { t.intro } else { t.intro_embedded }
                }</p>
                <LangSwitch {lang} on_select={
                    let (on_action, lang_by_visitor) = (on_action.clone(), lang_by_visitor.clone());
                    Callback::from(move |lang| {
                        *lang_by_visitor.borrow_mut() = true;
                        on_action.emit(Action::SetLang(lang));
                    })
                } />
            </header>
            <LinkErrors errors={state.link_errors.clone()} more={state.more_errors} {lang} />
            if *storage_failed {
                <p class="cto-match__notice" role="status">{ t.storage_failed }</p>
            }
            <div class="cto-match__body">
                <div class="cto-match__answers">
                    <ModeSwitch mode={profile.mode} {lang} on_select={on_action.reform(Action::SetMode)} />
                    if candidate_mode {
                        <CandidateForm
                            answers={state.answers.clone()}
                            field_errors={field_errors.clone()}
                            {lang}
                            prefix={AttrValue::from((*prefix).clone())}
                            on_action={on_action.clone()}
                        />
                        // The company's questions: folded away once the host (or the visitor) has set them.
                        <details class="role-form" open={profile.headcount.is_none()}>
                            <summary class="role-form__summary">{ t.candidate.role_form }</summary>
                            { company_form }
                        </details>
                    } else {
                        { company_form }
                        if let Some(v) = &view {
                            <SummaryBar view={v.clone()} lang={result_lang} result={panel.clone()} cta={props.cta.clone()} />
                        }
                    }
                </div>
                if candidate_mode {
                    <CandidatePanel view={candidate} company={view} lang={result_lang} {share} cta={props.cta.clone()} />
                } else {
                    <ResultPanel {view} lang={result_lang} prefix={AttrValue::from((*prefix).clone())} {share} {panel} {compact} cta={props.cta.clone()} />
                }
            </div>
            <p class="cto-match__source">{ t.source_note }</p>
        </div>
    }
}
