//! Before the meeting: the checklist drawn from the advice on talking to managers and boards,
//! grouped by the advice it comes from; ticks are kept with the service. A part of the Rehearse
//! view, drawn from values and callbacks only.

use std::collections::BTreeSet;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::engine::rehearsal::checklist::{items, ticked_count};

/// The checklist with the items in `ticked` ticked; `on_check` gets (item id, ticked).
pub fn meeting_checklist(ticked: &BTreeSet<String>, on_check: &Callback<(String, bool)>) -> Html {
    let items = items();
    html! {
        <section class="panel checklist" aria-labelledby="checklist-heading">
            <h2 id="checklist-heading">{ "Before the meeting" }</h2>
            <p class="lede">{ format!("{} of {} done", ticked_count(ticked), items.len()) }</p>
            { for items.chunk_by(|a, b| a.area == b.area).map(|group| html! {
                <fieldset>
                    <legend>{ &group[0].area }</legend>
                    { for group.iter().map(|item| {
                        let id = item.id;
                        html! {
                            <label class="check-item">
                                <input type="checkbox" checked={ticked.contains(item.id)}
                                    onchange={on_check.reform(move |e: Event|
                                        (id.to_string(), e.target_unchecked_into::<HtmlInputElement>().checked()))} />
                                { &item.text }
                            </label>
                        }
                    }) }
                </fieldset>
            }) }
        </section>
    }
}
