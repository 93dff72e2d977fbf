//! The views, as a row of buttons; the current one is marked for screen readers and by sight.

use yew::prelude::*;

use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: View,
    pub on_show: Callback<View>,
}

#[component]
pub fn ViewNav(props: &Props) -> Html {
    html! {
        <nav class="view-nav" aria-label="Views">
            <ul>
                { for View::ALL.iter().map(|&view| {
                    let current = view == props.view;
                    html! {
                        <li>
                            <button type="button" id={format!("nav-{}", view.id())}
                                class={classes!("nav-button", current.then_some("current"))}
                                aria-current={current.then_some("page")}
                                onclick={props.on_show.reform(move |_| view)}>
                                { view.label() }
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
