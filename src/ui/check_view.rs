//! Check my draft: the user's own wording for the chosen audience — findings marked in place and
//! listed with what to do, readability and speaking time against the audience's targets, and the
//! rules and accepted terms.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::audience_picker::AudiencePicker;
use super::browser;
use super::finding_list::FindingList;
use super::focus;
use super::marked_text::MarkedText;
use super::readability_panel::ReadabilityPanel;
use super::rule_settings::RuleSettings;
use crate::engine::checks::{check, rule_name, Finding};
use crate::engine::readability;
use crate::org::Org;
use crate::state::CheckAction;
use crate::storage_format::CheckSettings;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub draft: String,
    pub audience: String,
    pub org: Rc<Org>,
    pub settings: CheckSettings,
    pub tips_hidden: bool,
    /// The rule just switched off from a finding, offered to undo.
    pub switched_off: Option<String>,
    pub on_check: Callback<CheckAction>,
    /// Choose the audience to check for (by id).
    pub on_audience: Callback<String>,
}

#[component]
pub fn CheckView(props: &Props) -> Html {
    let audience = props.org.audience(&props.audience);
    let findings: Rc<Vec<Finding>> = use_memo(
        (props.draft.clone(), audience.id.clone(), props.settings.clone(), props.org.clone()),
        |(draft, audience, settings, org)| check(draft, &org.check_options(audience, settings)),
    );
    let measured = readability::measure(&props.draft, readability::DEFAULT_SPEAKING_WPM);
    let d = &props.on_check;
    let on_select = {
        let draft = props.draft.clone();
        Callback::from(move |(start, end): (usize, usize)| browser::select_in("draft", &draft, start, end))
    };
    let count = findings.len();
    let summary = match count {
        0 if props.draft.trim().is_empty() => "Paste or type your draft above to check it.".to_string(),
        0 => format!("Nothing to flag for {}.", audience.label.to_lowercase()),
        1 => "1 finding".to_string(),
        n => format!("{n} findings"),
    };
    html! {
        <div class="check">
            <section class="panel draft-panel" aria-labelledby="check-heading">
                <h2 id="check-heading">{ "Check my draft" }</h2>
                <p class="lede">{ "Paste what you plan to say or send. ValueLens flags what will lose this audience and says why." }</p>
                <AudiencePicker org={props.org.clone()} chosen={audience.id.clone()}
                    on_choose={props.on_audience.clone()} />
                <div class="field">
                    <label for="draft">{ "Your draft" }</label>
                    <textarea id="draft" rows="8" spellcheck="true" aria-describedby="findings-count"
                        value={props.draft.clone()}
                        oninput={d.reform(|e: InputEvent| CheckAction::EditDraft(e.target_unchecked_into::<HtmlTextAreaElement>().value()))} />
                </div>
                <ReadabilityPanel audience={audience.clone()} measured={measured} />
            </section>
            <section class="panel findings" aria-labelledby="findings-heading">
                <h2 id="findings-heading" tabindex="-1">{ "Findings" }</h2>
                <p class="findings-count" id="findings-count" aria-live="polite">{ summary }</p>
                if let Some(rule) = props.switched_off.clone() {
                    <p class="switched-off">
                        { format!("Switched off “{}”: its findings are hidden. ", rule_name(&rule).unwrap_or(&rule)) }
                        <button type="button" id="undo-switch-off" onclick={d.reform(move |_| {
                            focus::after_render(vec!["findings-heading".into()]);
                            CheckAction::SetRule { id: rule.clone(), on: true }
                        })}>{ "Undo" }</button>
                    </p>
                }
                if !props.draft.is_empty() {
                    <MarkedText text={props.draft.clone()} findings={(*findings).clone()} on_select={on_select.clone()}
                        tips_hidden={props.tips_hidden}
                        on_tips={d.reform(|show: bool| if show { CheckAction::ShowTips } else { CheckAction::HideTips })} />
                }
                if count > 0 {
                    <FindingList text={props.draft.clone()} findings={(*findings).clone()} on_check={d.clone()} on_select={on_select} />
                }
            </section>
            <RuleSettings settings={props.settings.clone()} rules={props.org.rule_ids()} on_check={d.clone()} />
        </div>
    }
}
