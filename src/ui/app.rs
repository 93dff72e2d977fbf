//! The app shell: owns the state through a reducer and hands each leaf only values and callbacks.

use std::rc::Rc;

use yew::prelude::*;

use super::audience_picker::AudiencePicker;
use super::description_input::DescriptionInput;
use super::readability_panel::ReadabilityPanel;
use crate::engine::{audience, readability};
use crate::state::{Action, AppState};

/// Adapts the pure reducer to Yew.
#[derive(Debug, Clone, PartialEq, Default)]
struct Store(AppState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.clone().reduce(action)))
    }
}

#[component]
pub fn App() -> Html {
    let store = use_reducer_eq(Store::default);
    let state = &store.0;
    let on_edit = {
        let store = store.clone();
        Callback::from(move |text: String| store.dispatch(Action::EditDescription(text)))
    };
    let on_choose = {
        let store = store.clone();
        Callback::from(move |id: String| store.dispatch(Action::ChooseAudience(id)))
    };
    let chosen = audience::find(&state.audience);
    let measured = readability::measure(&state.description, readability::DEFAULT_SPEAKING_WPM);

    html! {
        <div class="app">
            <header class="app-header">
                <h1>{ "ValueLens" }</h1>
                <p class="tagline">{ "Say what your IT service is worth, in the words your audience cares about." }</p>
            </header>
            <DescriptionInput value={state.description.clone()} on_edit={on_edit} />
            <AudiencePicker audiences={audience::builtin()} chosen={state.audience.clone()} on_choose={on_choose} />
            if let Some(chosen) = chosen {
                <ReadabilityPanel audience={chosen} measured={measured} />
            }
        </div>
    }
}
