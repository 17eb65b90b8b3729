//! Component tests in a real headless Chromium (wasm-bindgen-test): each test mounts a fresh widget,
//! acts as a person would (types, clicks), lets Yew render, and reads what the page shows.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use cto_match::engine::profile::Lang;
use cto_match::ui::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for a task of its own (a zero-delay timeout): a `<details>` reports its toggle in one.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until an answer's result is drawn: the result follows an answer in the task after the next
/// paint (a frame, then a zero-delay timeout).
async fn settled() {
    yew::scheduler::flush().await;
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
    next_task().await;
    yew::scheduler::flush().await;
}

/// A widget mounted into its own element, and the ways a person uses it.
struct Widget {
    host: Element,
}

impl Widget {
    async fn mount(fragment: &str) -> Widget {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        let props = AppProps { fragment: fragment.to_owned().into(), fallback_lang: Lang::En, ..AppProps::default() };
        yew::Renderer::<App>::with_root_and_props(host.clone(), props).render();
        yew::scheduler::flush().await;
        Widget { host }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.host.query_selector(selector).unwrap()
    }

    fn get(&self, selector: &str) -> Element {
        self.find(selector).unwrap_or_else(|| panic!("nothing matches {selector}"))
    }

    fn all_texts(&self, selector: &str) -> Vec<String> {
        let list = self.host.query_selector_all(selector).unwrap();
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
    }

    fn text(&self, selector: &str) -> String {
        self.get(selector).text_content().unwrap_or_default()
    }

    async fn type_into(&self, selector: &str, text: &str) {
        let input: HtmlInputElement = self.get(selector).dyn_into().unwrap();
        input.focus().unwrap();
        input.set_value(text);
        let init = EventInit::new();
        init.set_bubbles(true);
        input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
        settled().await;
    }

    /// Opens a folded section (`<details>`), as a click on its summary does.
    async fn open(&self, selector: &str) {
        self.get(selector).set_attribute("open", "").unwrap();
        next_task().await;
        yew::scheduler::flush().await;
    }

    async fn click(&self, selector: &str) {
        self.get(selector).dyn_into::<HtmlElement>().unwrap().click();
        settled().await;
    }

    async fn tick(&self, need: &str) {
        self.click(&format!("input[name=needs][value={need}]")).await;
    }

    fn outcome(&self) -> Option<String> {
        self.get(".result-panel").get_attribute("data-cto-type")
    }

    fn runner_up(&self) -> Option<String> {
        self.get(".result-panel").get_attribute("data-runner-up")
    }

    fn missions(&self) -> Vec<String> {
        let list = self.host.query_selector_all("[data-mission]").unwrap();
        (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).filter_map(|e| e.get_attribute("data-mission")).collect()
    }
}

const HEADCOUNT: &str = "input[id$='-headcount']";
const TECH: &str = "input[id$='-tech']";

/// A typed answer paints at once; its result follows in the task after that paint, so the answer is not
/// held up by the result's rendering. A result never waits on a link or the host.
#[wasm_bindgen_test]
async fn an_answer_paints_before_its_result_follows() {
    let w = Widget::mount("headcount=4").await;
    assert_eq!(w.outcome().as_deref(), Some("hacker"), "a link's result shows in the first render");
    let input: HtmlInputElement = w.get(HEADCOUNT).dyn_into().unwrap();
    input.set_value("450");
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(input.value(), "450");
    assert_eq!(w.outcome().as_deref(), Some("hacker"), "the result waits for the answer's paint");
    settled().await;
    assert_eq!(w.outcome().as_deref(), Some("industrializer"));
}

#[wasm_bindgen_test]
async fn typing_a_headcount_shows_the_type_and_follows_every_keystroke() {
    let w = Widget::mount("").await;
    assert_eq!(w.outcome(), None);
    assert!(w.text(".result-panel__summary").contains("Enter the number of people"));

    w.type_into(HEADCOUNT, "4").await;
    assert_eq!(w.outcome().as_deref(), Some("hacker"));
    assert_eq!(w.text(".result-panel__name"), "The hacker");

    w.type_into(HEADCOUNT, "45").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"));
    assert_eq!(w.runner_up().as_deref(), Some("industrializer"));
    assert!(w.all_texts(".reasons__text").contains(&"45 people: 10 to 50, the typology's stabilizer".to_owned()));

    w.type_into(HEADCOUNT, "450").await;
    assert_eq!(w.outcome().as_deref(), Some("industrializer"));
    assert_eq!(w.runner_up(), None);
    assert_eq!(w.get(".result-panel").get_attribute("data-route").as_deref(), Some("executive"));
    assert_eq!(w.text(".summary-bar__name"), "The industrializer", "the compact summary follows too");
}

#[wasm_bindgen_test]
async fn ticking_needs_changes_the_type_and_puts_their_missions_first() {
    let w = Widget::mount("headcount=45").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"));
    assert!(w.missions().contains(&"investors-board".to_owned()), "every CTO faces investors");
    assert_ne!(w.get("[data-tier=first] [data-mission]").get_attribute("data-mission").as_deref(), Some("investors-board"));

    w.tick("investors").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"), "investors shape the missions, not the type");
    let matched = w.get("[data-mission=investors-board]");
    assert!(matched.get_attribute("class").unwrap_or_default().contains("mission-list__mission--matched"));
    assert_eq!(w.text("[data-mission=investors-board] .mission-list__matched"), "Answers your need: Investors and board");
    let first = w.get("[data-tier=first] [data-mission]");
    assert_eq!(first.get_attribute("data-mission").as_deref(), Some("investors-board"), "a ticked need leads");

    for need in ["processes", "change"] {
        w.tick(need).await;
    }
    assert_eq!(w.outcome().as_deref(), Some("industrializer"));
    assert_eq!(w.runner_up().as_deref(), Some("stabilizer"), "the headcount's own type is named");
    assert_eq!(w.text(".runner-up__heading"), "By headcount alone: the stabilizer");

    w.tick("change").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"), "unticking moves it back");
}

#[wasm_bindgen_test]
async fn the_stage_radio_moves_the_result() {
    let w = Widget::mount("headcount=9&needs=hire-team").await;
    assert_eq!(w.outcome().as_deref(), Some("hacker"), "a tie goes to the headcount's type");
    w.click("input[type=radio][value=scaling]").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"));
    let checked: HtmlInputElement = w.get("input[type=radio][value=scaling]").dyn_into().unwrap();
    assert!(checked.checked());
    w.click("input[type=radio][value=unsure]").await;
    assert_eq!(w.outcome().as_deref(), Some("hacker"));
}

#[wasm_bindgen_test]
async fn a_bad_typed_value_is_named_beside_its_field_and_the_rest_keeps_working() {
    let w = Widget::mount("headcount=30&stage=launched").await;
    w.type_into(HEADCOUNT, "thirty").await;
    let input = w.get(HEADCOUNT);
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let error_id = input.get_attribute("aria-describedby").unwrap();
    assert!(error_id.ends_with("-headcount-error"), "{error_id}");
    assert_eq!(w.text("[id$='-headcount-error']"), "People in the company: “thirty” is not a number of people (give a whole number, for example 45).");
    assert_eq!(w.get("[id$='-headcount-error']").get_attribute("aria-live").as_deref(), Some("polite"));
    assert_eq!(w.outcome(), None, "no headcount, no result");
    let stage: HtmlInputElement = w.get("input[type=radio][value=launched]").dyn_into().unwrap();
    assert!(stage.checked(), "the other answers stay");

    w.type_into(HEADCOUNT, "30").await;
    assert_eq!(w.text("[id$='-headcount-error']"), "", "the message goes once the value is fixed");
    assert_eq!(w.get(HEADCOUNT).get_attribute("aria-invalid").as_deref(), Some("false"));
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"));

    w.type_into(TECH, "31").await;
    assert_eq!(w.text("[id$='-tech-error']"), "Tech team: 31 is more than the 30 people in the whole company.");
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"), "the headcount still counts");
}

#[wasm_bindgen_test]
async fn a_link_with_garbage_names_what_it_dropped_and_shows_the_rest() {
    let w = Widget::mount("headcount=8&stage=rocket&needs=coffee,first-version&lang=xx").await;
    assert_eq!(
        w.all_texts(".link-errors__item"),
        vec![
            "Stage: “rocket” is not a value the widget knows; choose in the form among “Idea”, “First version”, “Launched”, “Scaling” or “Established”.",
            "Needs: “coffee” is not a need this widget knows.",
            "Language: “xx” is not available; the widget speaks English (en) and French (fr).",
        ]
    );
    assert_eq!(w.outcome().as_deref(), Some("hacker"));
    let ticked: HtmlInputElement = w.get("input[name=needs][value=first-version]").dyn_into().unwrap();
    assert!(ticked.checked());

    w.click("input[type=radio][value=mvp]").await;
    assert_eq!(w.all_texts(".link-errors__item").len(), 2, "choosing a stage clears the stage message");
}

#[wasm_bindgen_test]
async fn only_equipment_needs_say_no_cto_and_what_instead() {
    let w = Widget::mount("headcount=20").await;
    w.tick("internal-it").await;
    assert_eq!(w.outcome().as_deref(), Some("none"));
    assert_eq!(w.text(".result-panel__name"), "Another role than a CTO");
    assert!(w.text(".instead").contains("managed IT provider"));
    assert!(w.find(".score-bars").is_none(), "no bars comparing jobs nobody is hiring for");
    assert!(w.missions().is_empty());
    assert_eq!(w.runner_up().as_deref(), Some("hacker"), "a build would start with nobody in tech");
}

#[wasm_bindgen_test]
async fn the_software_question_tells_it_operations_from_a_product() {
    let w = Widget::mount("headcount=12&needs=infrastructure,internal-it").await;
    assert_eq!(w.outcome().as_deref(), Some("none"));
    w.click("input[type=radio][value=product]").await;
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"), "with a product to build, a CTO");
    assert!(w.all_texts(".reasons__note").iter().any(|n| n.starts_with("Software is at the heart of what you do")));
    w.click("input[type=radio][value=internal]").await;
    assert_eq!(w.outcome().as_deref(), Some("none"));
    assert!(w.all_texts(".reasons__text").contains(&"Software is staff tools only: there is no product to build".to_owned()));
    let legend = w.text(".choice-picker--software .choice-picker__legend");
    assert_eq!(legend, "What is software to your business? (optional)");
}

#[wasm_bindgen_test]
async fn a_candidate_reads_their_fit_with_the_role_the_host_preset() {
    let w = Widget::mount("headcount=45&tech=8&stage=scaling&needs=hire-team,scalability,investors").await;
    let details: Rc<RefCell<Vec<wasm_bindgen::JsValue>>> = Rc::default();
    let seen = details.clone();
    let listener = gloo_events::EventListener::new(&w.host, "ctomatch:result", move |event| {
        seen.borrow_mut().push(event.unchecked_ref::<web_sys::CustomEvent>().detail());
    });
    w.click(".mode-switch__button:nth-child(2)").await;
    assert_eq!(w.text(".cto-match__title"), "Does your record fit this CTO role?");
    assert_eq!(w.text(".candidate-panel__role-name"), "The stabilizer", "the role, summarized");
    assert!(w.text(".candidate-panel .result-panel__summary").contains("Say how large a team"));
    w.type_into("input[id$='-led']", "12").await;
    w.click("input[name=did][value=hire-team]").await;
    w.click("input[name=did][value=scalability]").await;
    let panel = w.get(".candidate-panel");
    assert_eq!(panel.get_attribute("data-candidate-type").as_deref(), Some("stabilizer"));
    assert_eq!(panel.get_attribute("data-fit").as_deref(), Some("strong"));
    assert_eq!(w.all_texts(".candidate-panel__gaps li"), vec!["Investors and board"]);
    let last = details.borrow().last().cloned().expect("an event");
    let get = |path: &[&str]| path.iter().fold(last.clone(), |v, key| js_sys::Reflect::get(&v, &(*key).into()).unwrap());
    assert_eq!(get(&["candidate", "fit"]).as_string().as_deref(), Some("strong"));
    assert_eq!(get(&["candidate", "type"]).as_string().as_deref(), Some("stabilizer"));
    assert_eq!(js_sys::Array::from(&get(&["candidate", "gaps"])).get(0).as_string().as_deref(), Some("investors"));
    w.click(".mode-switch__button:nth-child(1)").await;
    assert!(w.find(".candidate-panel").is_none(), "back to the company's result");
    assert_eq!(w.outcome().as_deref(), Some("stabilizer"));
    drop(listener);
}

/// The visitor's language switch, like an answer: the form speaks the new language in the click's own
/// paint, the result follows in the task after it (issue 22).
#[wasm_bindgen_test]
async fn the_language_switch_paints_the_form_before_the_result() {
    let w = Widget::mount("headcount=1200").await;
    w.get(".lang-switch__button[lang=fr]").dyn_into::<HtmlElement>().unwrap().click();
    yew::scheduler::flush().await;
    assert_eq!(w.get(".cto-match").get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(w.text(".cto-match__title"), "De quel CTO votre entreprise a-t-elle besoin\u{a0}?");
    assert_eq!(w.text(".result-panel__name"), "The industrializer", "the result waits for the form's paint");
    settled().await;
    assert_eq!(w.text(".result-panel__name"), "L’industrialisateur");
}

#[wasm_bindgen_test]
async fn the_language_switch_translates_everything_and_marks_the_root() {
    let w = Widget::mount("headcount=1200").await;
    let root = w.get(".cto-match");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    w.click(".lang-switch__button[lang=fr]").await;
    assert_eq!(root.get_attribute("lang").as_deref(), Some("fr"));
    assert_eq!(w.text(".result-panel__name"), "L’industrialisateur");
    assert_eq!(w.text(".cto-match__title"), "De quel CTO votre entreprise a-t-elle besoin\u{a0}?");
    assert!(w.all_texts(".reasons__text")[0].starts_with("1\u{202f}200\u{a0}personnes"));
    assert!(w.text(".result-panel__beyond").starts_with("À 1\u{202f}200\u{a0}personnes"));
    assert_eq!(w.get(".lang-switch__button[lang=fr]").get_attribute("aria-pressed").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn each_change_of_result_sends_the_contract_event() {
    let w = Widget::mount("").await;
    let details: Rc<RefCell<Vec<wasm_bindgen::JsValue>>> = Rc::default();
    let seen = details.clone();
    let listener = gloo_events::EventListener::new(&w.host, "ctomatch:result", move |event| {
        let event: &web_sys::CustomEvent = event.unchecked_ref();
        assert!(event.bubbles() && event.composed());
        seen.borrow_mut().push(event.detail());
    });
    w.type_into(HEADCOUNT, "45").await;
    w.tick("investors").await;
    let details = details.borrow();
    assert_eq!(details.len(), 2, "one event per change of result");
    let get = |value: &wasm_bindgen::JsValue, path: &[&str]| path.iter().fold(value.clone(), |v, key| js_sys::Reflect::get(&v, &(*key).into()).unwrap());
    let last = &details[1];
    assert_eq!(get(last, &["version"]).as_f64(), Some(1.0));
    assert_eq!(get(last, &["type"]).as_string().as_deref(), Some("stabilizer"));
    assert_eq!(get(last, &["runnerUp"]).as_string().as_deref(), Some("industrializer"));
    assert_eq!(get(last, &["scores", "stabilizer"]).as_f64(), Some(3.0));
    assert_eq!(get(last, &["scores", "industrializer"]).as_f64(), Some(1.0));
    assert!(get(last, &["profile", "software"]).is_null());
    assert!(get(last, &["candidate"]).is_null(), "no candidate in company mode");
    assert_eq!(get(last, &["profile", "headcount"]).as_f64(), Some(45.0));
    assert!(get(last, &["profile", "tech"]).is_null());
    let needs = js_sys::Array::from(&get(last, &["profile", "needs"]));
    assert_eq!(needs.get(0).as_string().as_deref(), Some("investors"));
    let missions = js_sys::Array::from(&get(last, &["missions"]));
    assert!(missions.includes(&"investors-board".into(), 0));
    drop(listener);
}

#[wasm_bindgen_test]
async fn start_over_clears_the_answers_but_keeps_the_language() {
    let w = Widget::mount("headcount=12&stage=mvp&needs=budget&lang=fr").await;
    w.click(".profile-form__reset").await;
    assert_eq!(w.outcome(), None);
    let headcount: HtmlInputElement = w.get(HEADCOUNT).dyn_into().unwrap();
    assert_eq!(headcount.value(), "");
    let checked = w.host.query_selector_all("input:checked").unwrap();
    let values: Vec<String> = (0..checked.length()).filter_map(|i| checked.item(i)).map(|n| n.unchecked_into::<HtmlInputElement>().id()).collect();
    assert_eq!(values.len(), 4, "only the four 'not sure' radios stay checked: {values:?}");
    assert!(values.iter().all(|id| id.ends_with("-unsure")), "{values:?}");
    assert_eq!(w.get(".cto-match").get_attribute("lang").as_deref(), Some("fr"));
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_have_their_own_ids_and_answers() {
    let a = Widget::mount("headcount=3").await;
    let b = Widget::mount("headcount=300").await;
    assert_ne!(a.get(HEADCOUNT).id(), b.get(HEADCOUNT).id());
    a.tick("budget").await;
    assert_eq!((a.outcome().as_deref(), b.outcome().as_deref()), (Some("hacker"), Some("industrializer")));
    let b_budget: HtmlInputElement = b.get("input[name=needs][value=budget]").dyn_into().unwrap();
    assert!(!b_budget.checked());
}

#[wasm_bindgen_test]
async fn the_job_draft_follows_the_answers() {
    let w = Widget::mount("headcount=45&stage=scaling&needs=hire-team").await;
    // Folded sections are built when first opened.
    assert!(w.find(".job-draft__text").is_none(), "a closed job ad costs its summary only");
    w.open(".job-draft").await;
    w.open(".hats").await;
    let draft = || w.get(".job-draft__text").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap().value();
    assert!(draft().starts_with("CTO\n\nTo grow our tech team and make the product last.\n"), "{}", draft());
    assert!(draft().contains("We are a company of 45 people, and we are growing fast."), "{}", draft());
    w.type_into(HEADCOUNT, "450").await;
    assert!(draft().starts_with("CTO\n\nTo lead the technology and the teams who build and run it.\n"), "{}", draft());
    assert!(draft().contains("450 people"));
    assert!(draft().contains("€100k–€150k gross per year"), "an expert band at 450 people");
    assert_eq!(w.all_texts(".hats__hat--priority .hats__name"), vec!["Manager", "Innovation director", "Architect"]);
    w.tick("internal-it").await;
    w.tick("hire-team").await;
    assert!(w.find(".job-draft").is_none(), "no CTO, no job draft");
}
