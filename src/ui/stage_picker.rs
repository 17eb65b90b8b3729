//! The company stage as a native radio group (arrow keys move within it), "not sure" included.

use yew::prelude::*;

use crate::engine::profile::{Lang, Stage};

#[derive(Properties, PartialEq)]
pub struct StagePickerProps {
    /// Prefix for the ids and the radio group's name.
    pub prefix: AttrValue,
    pub value: Option<Stage>,
    pub lang: Lang,
    pub on_select: Callback<Option<Stage>>,
}

#[component]
pub fn StagePicker(props: &StagePickerProps) -> Html {
    let t = props.lang.texts();
    let name = format!("{}-stage", props.prefix);
    let options = std::iter::once(None).chain(Stage::ALL.into_iter().map(Some));
    html! {
        <fieldset class="stage-picker">
            <legend class="stage-picker__legend">{ t.stage_legend }</legend>
            <div class="stage-picker__options">
                { for options.map(|option| {
                    let key = option.map_or("unsure", Stage::id);
                    let id = format!("{name}-{key}");
                    let help_id = format!("{id}-help");
                    let (label, help) = match option {
                        Some(stage) => (t.stages[stage.index()].label, Some(t.stages[stage.index()].help)),
                        None => (t.stage_unsure, None),
                    };
                    html! {
                        <div class="stage-picker__option" key={key}>
                            <input
                                type="radio"
                                class="stage-picker__radio"
                                id={id.clone()}
                                name={name.clone()}
                                value={key}
                                checked={props.value == option}
                                aria-describedby={help.map(|_| help_id.clone())}
                                onchange={props.on_select.reform(move |_| option)}
                            />
                            <label class="stage-picker__label" for={id}>{ label }</label>
                            if let Some(help) = help {
                                <span class="stage-picker__help" id={help_id}>{ help }</span>
                            }
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}
