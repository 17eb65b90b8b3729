//! The job ad: the engine's plain text in a read-only text area, to copy (with a visible fallback when
//! the browser refuses the clipboard), or the same ad in Markdown to download as a .md file. The
//! source's caveat on pay sits beside the ad, never in it.

use std::rc::Rc;
use web_sys::HtmlTextAreaElement;

use yew::prelude::*;

use super::{browser, use_opened};
use crate::engine::result::ResultView;

#[derive(Properties, PartialEq)]
pub struct JobDraftProps {
    /// Rendered only for a CTO result, which has the deeper sections.
    pub view: Rc<ResultView>,
    /// Prefix for element ids, unique to this widget on the page.
    pub prefix: AttrValue,
}

/// What happened to the last copy.
#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Done,
    Refused,
}

#[component]
pub fn JobDraft(props: &JobDraftProps) -> Html {
    let Some(deeper) = props.view.deeper.clone() else { return Html::default() };
    let t = &props.view.lang().texts().job;
    let area = use_node_ref();
    let copy = use_state(|| None::<CopyState>);
    let heading_id = [&*props.prefix, "-job-heading"].concat();

    let on_copy = {
        let (text, area, copy) = (deeper.job.clone(), area.clone(), copy.clone());
        Callback::from(move |_| {
            let (text, area, copy) = (text.clone(), area.clone(), copy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = browser::copy_text(&text).await;
                if !copied {
                    // Fallback: select the text so a keyboard shortcut copies it.
                    if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                        let _ = area.focus();
                        area.select();
                    }
                }
                if copied {
                    if let Some(area) = area.cast::<web_sys::Element>() {
                        browser::dispatch_step(&area, browser::Step::JobCopy);
                    }
                }
                copy.set(Some(if copied { CopyState::Done } else { CopyState::Refused }));
            });
        })
    };
    let on_download = {
        let (text, name) = (deeper.job_markdown.clone(), deeper.job_file.clone());
        Callback::from(move |_| browser::download_text(&name, &text, "text/markdown"))
    };
    // A new draft (other answers) clears the last copy's message.
    {
        let copy = copy.clone();
        use_effect_with(deeper.job.clone(), move |_| copy.set(None));
    }

    let (opened, ontoggle) = use_opened();
    html! {
        <details class="deeper job-draft" {ontoggle}>
            <summary class="deeper__summary"><h3 class="deeper__heading" id={heading_id.clone()}>{ t.heading }</h3></summary>
            if opened {
            <p class="deeper__intro">{ t.intro }</p>
            <textarea
                class="job-draft__text"
                readonly=true
                rows="14"
                aria-labelledby={heading_id}
                ref={area}
                value={deeper.job.clone()}
            />
            <div class="job-draft__actions">
                <button type="button" class="job-draft__button" onclick={on_copy}>{ t.copy }</button>
                <button type="button" class="job-draft__button" onclick={on_download}>{ t.download }</button>
            </div>
            <p class="job-draft__beside">{ t.beside }</p>
            <p class="job-draft__status" role="status">
                { match *copy {
                    Some(CopyState::Done) => t.copied,
                    Some(CopyState::Refused) => t.copy_refused,
                    None => "",
                } }
            </p>
            }
        </details>
    }
}
