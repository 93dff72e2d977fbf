//! Rehearse: practise saying the open service's message out loud, offline and without a
//! microphone — the prompter with its timer and pace, the likely questions as flashcards, a
//! checklist for before the meeting and a log of runs. The browser supplies the clock (and ticks
//! it only while the timer runs); the timing itself is the engine's, through the reducer.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use super::audience_picker::AudiencePicker;
use gloo_events::EventListener;
use gloo_timers::callback::Interval;

use super::browser;
use super::meeting_checklist::meeting_checklist;
use super::practice_log::practice_log;
use super::prompter::{button, prompter, Controls};
use super::question_drill::question_drill;
use crate::engine::compose::Message;
use crate::engine::rehearsal::drill::{cards, Mark};
use crate::engine::rehearsal::run::Script;
use crate::engine::rehearsal::timer::spoken;
use crate::org::Org;
use crate::state::{is_blank, FullScreen, Rehearsal, RehearseAction, ServiceAction, Target, View};
use crate::storage_format::Entry;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub entry: Entry,
    pub org: Rc<Org>,
    pub rehearsal: Rehearsal,
    pub on_rehearse: Callback<RehearseAction>,
    pub on_service: Callback<ServiceAction>,
    pub on_show: Callback<View>,
}

/// How often the screen follows the clock while the timer runs.
const TICK_MS: u32 = 250;

/// A labelled radio button in a group.
fn radio(name: &str, label: String, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="choice-option">
            <input type="radio" name={name.to_string()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

#[component]
pub fn RehearseView(props: &Props) -> Html {
    let entry = &props.entry;
    let input = &entry.input;
    let audience = props.org.audience(&entry.audience);
    let message: Rc<Message> = use_memo(
        (input.clone(), audience.id.clone(), entry.seed, props.org.clone()),
        |(input, _, seed, org)| org.compose(input, &org.understand(input), audience, *seed),
    );
    let r = &props.rehearsal;
    let d = &props.on_rehearse;
    let act = |f: fn() -> RehearseAction| d.reform(move |()| f());
    let running = r.run.timer.is_running();

    // The clock ticks on screen only while the timer runs; dropping the interval stops it.
    use_effect_with(running, {
        let d = d.clone();
        move |running| {
            let interval = running.then(|| {
                Interval::new(TICK_MS, move || d.emit(RehearseAction::Tick { now: browser::now() }))
            });
            move || drop(interval)
        }
    });
    // The browser's own full screen can end without us (Escape).
    use_effect_with((), {
        let d = d.clone();
        move |_| {
            let listener = browser::document().map(|doc| {
                EventListener::new(&doc, "fullscreenchange", move |_| {
                    if !browser::is_full_screen() {
                        d.emit(RehearseAction::LeftFullScreen);
                    }
                })
            });
            move || drop(listener)
        }
    });

    if is_blank(input) && r.script != Script::Brief {
        return html! {
            <section class="panel rehearse-empty" aria-labelledby="rehearse-heading">
                <h2 id="rehearse-heading">{ "Rehearse" }</h2>
                <div class="empty">
                    <p>{ "Describe a service in Compose and its message is ready to rehearse here." }</p>
                    <div class="actions">
                        { button("Go to Compose", &props.on_show.reform(|()| View::Compose)) }
                        { button("Try an example", &props.on_service.reform(|()| ServiceAction::UseExample)) }
                    </div>
                </div>
            </section>
        };
    }

    let on_toggle = d.reform(|()| RehearseAction::Toggle { now: browser::now() });
    let on_next = d.reform(|()| RehearseAction::Next { now: browser::now(), today: browser::today() });
    let on_previous = d.reform(|()| RehearseAction::Previous { now: browser::now() });
    let full = r.full_screen;
    let on_full_screen = {
        let d = d.clone();
        Callback::from(move |()| {
            if full != FullScreen::Off {
                browser::leave_full_screen();
                d.emit(RehearseAction::FullScreen(FullScreen::Off));
                return;
            }
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let mode = match browser::full_screen("prompter").await {
                    Ok(()) => FullScreen::Native,
                    Err(browser::Refused) => FullScreen::Window,
                };
                d.emit(RehearseAction::FullScreen(mode));
                browser::focus("prompter-stage");
            });
        })
    };
    // Space and the arrows, unless a control has the key (text fields, buttons, radio groups).
    let onkeydown = {
        let (toggle, next, previous) = (on_toggle.clone(), on_next.clone(), on_previous.clone());
        let d = d.clone();
        Callback::from(move |e: KeyboardEvent| {
            if full == FullScreen::Window && e.key() == "Escape" {
                return d.emit(RehearseAction::FullScreen(FullScreen::Off));
            }
            let in_control = e.target().and_then(|t| t.dyn_into::<Element>().ok()).is_none_or(|el| {
                el.closest("input, textarea, select, button, a, summary, [contenteditable]")
                    .ok()
                    .flatten()
                    .is_some()
            });
            if in_control || e.ctrl_key() || e.alt_key() || e.meta_key() {
                return;
            }
            let key = e.key();
            let handler = match key.as_str() {
                " " if !e.repeat() => &toggle,
                "ArrowRight" => &next,
                "ArrowLeft" => &previous,
                _ => return,
            };
            e.prevent_default();
            handler.emit(());
        })
    };

    let script = |s: Script| d.reform(move |_: Event| RehearseAction::Script(s));
    let target = |t: Target| d.reform(move |_: Event| RehearseAction::Target(t));
    let problem = r.custom_problem();
    let controls = Controls {
        toggle: on_toggle,
        next: on_next,
        previous: on_previous,
        restart: act(|| RehearseAction::Restart),
        smaller: act(|| RehearseAction::TextSize(false)),
        larger: act(|| RehearseAction::TextSize(true)),
        full_screen: on_full_screen,
    };
    let what = match r.script {
        Script::Pitch => "30-second pitch",
        Script::TalkTrack => "2-minute talk track",
        Script::Brief => "brief of your whole library",
    };

    html! {
        <div class="rehearse" {onkeydown}>
            <section class="panel rehearse-main" aria-labelledby="rehearse-heading">
                <h2 id="rehearse-heading">{ "Rehearse" }</h2>
                <p class="lede">
                    { format!("Say the {what} for {} out loud, a step at a time, against the clock. Nothing is recorded: \
                        ValueLens times your steps.", audience.label.to_lowercase()) }
                </p>
                <AudiencePicker org={props.org.clone()} chosen={audience.id.clone()}
                    on_choose={props.on_service.reform(ServiceAction::ChooseAudience)} />
                <div class="choices">
                    <fieldset class="choice">
                        <legend>{ "What to rehearse" }</legend>
                        { radio("script", "30-second pitch, a sentence at a time".into(), r.script == Script::Pitch, script(Script::Pitch)) }
                        { radio("script", "2-minute talk track, a part at a time".into(), r.script == Script::TalkTrack, script(Script::TalkTrack)) }
                        { radio("script", "The brief of your whole library, a part at a time".into(), r.script == Script::Brief, script(Script::Brief)) }
                    </fieldset>
                    <fieldset class="choice">
                        <legend>{ "Target time" }</legend>
                        { radio("target", "30 seconds".into(), r.target == Target::HalfMinute, target(Target::HalfMinute)) }
                        { radio("target", "2 minutes".into(), r.target == Target::TwoMinutes, target(Target::TwoMinutes)) }
                        { radio("target", format!("Their usual slot, {}", spoken(u64::from(audience.slot_seconds) * 1000)),
                            r.target == Target::Slot, target(Target::Slot)) }
                        { radio("target", "My own".into(), r.target == Target::Custom, target(Target::Custom)) }
                        if r.target == Target::Custom {
                            <div class="field custom-target">
                                <label for="custom-target">{ "My own target (minutes:seconds)" }</label>
                                <p class="hint" id="custom-target-hint">{ "Like 1:30, or 5 for five minutes." }</p>
                                <input id="custom-target" type="text" autocomplete="off" value={r.custom.clone()}
                                    aria-invalid={problem.is_some().then_some("true")}
                                    aria-describedby="custom-target-hint custom-target-problem"
                                    oninput={d.reform(|e: InputEvent| RehearseAction::EditCustomTarget(
                                        e.target_unchecked_into::<HtmlInputElement>().value()))} />
                                <p class="error" id="custom-target-problem" aria-live="polite">{ problem.unwrap_or_default() }</p>
                            </div>
                        }
                    </fieldset>
                </div>
                { prompter(&r.run, r.now, r.text_size, full, &controls) }
                if let Some(summary) = r.summary() {
                    <section class="run-summary" aria-labelledby="summary-heading">
                        <h3 id="summary-heading">{ "How the run went" }</h3>
                        <p>{ summary.text }</p>
                    </section>
                }
            </section>
            <div class="rehearse-side">
                { question_drill(&cards(&message), &entry.practice,
                    &d.reform(|(question, mark): (String, Mark)| RehearseAction::Mark { question, mark })) }
                { meeting_checklist(&entry.practice.ticked, &d.reform(|(id, on)| RehearseAction::Check { id, on })) }
                { practice_log(&entry.practice.log) }
            </div>
        </div>
    }
}
