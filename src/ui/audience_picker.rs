//! The audience choice: a labelled radio group, so arrow keys move between audiences and screen
//! readers announce the group and the choice.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use std::rc::Rc;

use crate::org::Org;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Whose audiences are offered.
    pub org: Rc<Org>,
    pub chosen: String,
    pub on_choose: Callback<String>,
}

#[component]
pub fn AudiencePicker(props: &Props) -> Html {
    let onchange = props.on_choose.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <fieldset class="audience-picker">
            <legend>{ "Who is listening?" }</legend>
            <div class="audience-options">
                { for props.org.audiences.iter().map(|a| html! {
                    <label class="audience-option">
                        <input type="radio" name="audience" value={a.id.clone()}
                            checked={a.id == props.chosen} onchange={onchange.clone()} />
                        <span class="audience-label">{ &a.label }</span>
                    </label>
                }) }
            </div>
        </fieldset>
    }
}
