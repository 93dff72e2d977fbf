//! One assumption of the value model, changeable in place: what is in force and who set it, a
//! box for the user's own value, and why a value cannot be used. What the user types is never
//! lost: a value that cannot be used stays in the box with its reason.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::english;
use crate::engine::value::{AssumptionId, Setting, Source};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AssumptionId,
    /// The user's own value, as they would type it ("210", "£45"), or empty.
    pub shown: String,
    /// The value in force, if there is one.
    pub in_force: Option<f64>,
    pub source: Option<Source>,
    pub currency: Option<AttrValue>,
    pub on_set: Callback<(AssumptionId, Setting)>,
}

#[component]
pub fn AssumptionField(props: &Props) -> Html {
    let text = use_state(|| props.shown.clone());
    let problem = use_state(|| None::<String>);
    let id = props.id;
    let field = format!("assumption-{}", id.key());
    let note = format!("{field}-note");
    let oninput = {
        let (text, problem, currency, on_set) =
            (text.clone(), problem.clone(), props.currency.clone(), props.on_set.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            match id.read(&typed, currency.as_deref()) {
                Ok(setting) => {
                    problem.set(None);
                    on_set.emit((id, setting));
                }
                Err(why) => problem.set(Some(why)),
            }
            text.set(typed);
        })
    };
    let in_force = match (props.in_force, props.source) {
        (_, Some(Source::User)) => "Your value.".to_string(),
        (Some(value), Some(Source::Organisation)) => {
            format!("Your organisation's value: {}.", shown(id, value))
        }
        (Some(value), _) => format!("Default: {}.", shown(id, value)),
        (None, _) => "Not set: no figure is assumed.".to_string(),
    };
    html! {
        <div class="field assumption">
            <label for={field.clone()}>{ id.label() }</label>
            <input id={field.clone()} type="text" inputmode="decimal" autocomplete="off" value={(*text).clone()}
                placeholder={props.in_force.map(|v| shown(id, v)).unwrap_or_default()}
                aria-describedby={note.clone()} aria-invalid={problem.is_some().to_string()} {oninput} />
            <p class="hint" id={note}>
                { in_force }
                if let Some(why) = &*problem {
                    <span class="problem" role="status">{ format!(" {why}") }</span>
                }
            </p>
        </div>
    }
}

/// A value as a person reads it in a note: "220", "50%", "7.5".
fn shown(id: AssumptionId, value: f64) -> String {
    match id {
        AssumptionId::RecaptureRate => english::percent(value),
        _ => english::number(value),
    }
}
