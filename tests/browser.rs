//! Component tests in headless Chromium (wasm-bindgen-test): units that read more clearly on their
//! own than through the whole app — the highlight layer, the marked draft, the copy button, the
//! crash panel, the storage glue, the rehearsal clock and practice log — and the app as a user first
//! meets it.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlTextAreaElement, KeyboardEvent, KeyboardEventInit,
};
use yew::{Callback, Html};

use valuelens::engine::checks::{check, CheckOptions};
use valuelens::engine::rehearsal::log;
use valuelens::state::Loaded;
use valuelens::storage_format::{Library, KEY, SET_ASIDE_KEY};
use valuelens::ui::copy_button::{self, CopyButton};
use valuelens::ui::description_input::{self, DescriptionInput, MarkKind};
use valuelens::ui::marked_text::{self, MarkedText};
use valuelens::ui::practice_log::practice_log;
use valuelens::ui::{browser, crash};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten()).expect("local storage")
}

/// A fresh element to render into.
fn root() -> Element {
    let root = document().create_element("div").expect("create a div");
    document().body().expect("a body").append_child(&root).expect("append the root");
    root
}

async fn render_app() -> Element {
    storage().clear().expect("clear storage");
    let root = root();
    yew::Renderer::<valuelens::ui::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn dispatch(target: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict(kind, &init).expect("an event");
    target.dispatch_event(&event).expect("dispatch");
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).ok().flatten().unwrap_or_else(|| panic!("no {selector}"))
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.text_content()).collect()
}

#[wasm_bindgen_test]
async fn the_app_opens_on_compose_with_its_views_and_four_audiences() {
    let root = render_app().await;
    assert_eq!(texts(&root, "h1"), ["ValueLens"]);
    assert_eq!(
        texts(&root, "nav button"),
        ["Compose", "Compare", "Check my draft", "Rehearse", "Library", "Brief"]
    );
    assert_eq!(find(&root, "nav button.current").get_attribute("aria-current").as_deref(), Some("page"));
    assert_eq!(texts(&root, ".audience-label"), ["The board", "A team lead", "A peer", "Your manager"]);
    assert!(root.query_selector("textarea#description").ok().flatten().is_some());
}

#[wasm_bindgen_test]
async fn typing_highlights_facts_lists_them_and_saves() {
    let root = render_app().await;
    let area: HtmlTextAreaElement = find(&root, "#description").dyn_into().expect("a text box");
    area.set_value("We run the mail service for 1,200 staff at 99.95% uptime.");
    dispatch(&area, "input");
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, ".highlight-layer mark"), ["1,200 staff", "99.95% uptime"]);
    assert_eq!(texts(&root, ".fact-words"), ["1,200 staff", "99.95% uptime"]);
    assert_eq!(texts(&root, "#facts-count"), ["2 facts found"]);
    let saved = storage().get_item(KEY).ok().flatten().unwrap_or_default();
    assert!(saved.contains("1,200 staff at 99.95% uptime"), "{saved}");
}

#[wasm_bindgen_test]
async fn the_highlight_layer_marks_each_kind_and_keeps_text_as_text() {
    let root = root();
    let text = "<b>1,200</b> staff, 101% uptime".to_string();
    let props = description_input::Props {
        value: text.clone(),
        marks: vec![(3..8, MarkKind::Fact), (20..31, MarkKind::Problem), (0..3, MarkKind::Corrected)],
        on_edit: Callback::noop(),
        described_by: "hint".into(),
    };
    yew::Renderer::<DescriptionInput>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "mark.mark-corrected"), ["<b>"]);
    assert_eq!(texts(&root, "mark.mark-fact"), ["1,200"]);
    assert_eq!(texts(&root, "mark.mark-problem"), ["101% uptime"]);
    assert!(root.query_selector("b").ok().flatten().is_none(), "no element from the user's text");
    assert_eq!(find(&root, ".highlight-layer").get_attribute("aria-hidden").as_deref(), Some("true"));
    let area: HtmlTextAreaElement = find(&root, "textarea").dyn_into().expect("a text box");
    assert_eq!(area.value(), text);
}

#[wasm_bindgen_test]
async fn a_marked_draft_gives_each_finding_a_button_described_by_its_reason() {
    let root = root();
    let text = "We think the SAN is fine.".to_string();
    let findings = check(&text, &CheckOptions { audience: "peer".into(), ..CheckOptions::default() });
    let props = marked_text::Props {
        text: text.clone(),
        findings,
        on_select: Callback::noop(),
        tips_hidden: false,
        on_tips: Callback::noop(),
    };
    yew::Renderer::<MarkedText>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(texts(&root, "button.finding-mark"), ["We think", "SAN"]);
    let san =
        root.query_selector_all("button.finding-mark").ok().and_then(|l| l.item(1)).expect("a second mark");
    let san: Element = san.dyn_into().expect("an element");
    let tip_id = san.get_attribute("aria-describedby").expect("a description");
    let tip = document().get_element_by_id(&tip_id).expect("the tooltip");
    assert_eq!(tip.get_attribute("role").as_deref(), Some("tooltip"));
    let tip_text = tip.text_content().unwrap_or_default();
    assert!(tip_text.contains("is jargon to most listeners"), "{tip_text}");
    assert!(tip_text.contains("Say instead:"), "{tip_text}");
}

#[wasm_bindgen_test]
async fn a_copy_button_names_what_it_copies_and_says_when_it_has() {
    let root = root();
    let props = copy_button::Props {
        what: "the headline".into(),
        text: "Mail just works.".into(),
        copied: false,
        on_copy: Callback::noop(),
        label: None,
    };
    yew::Renderer::<CopyButton>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let button = find(&root, "button");
    assert_eq!(button.get_attribute("aria-label").as_deref(), Some("Copy the headline"));
    assert_eq!(button.text_content().as_deref(), Some("Copy"));

    let root = self::root();
    let props = copy_button::Props {
        what: "the Markdown".into(),
        text: "# Mail".into(),
        copied: true,
        on_copy: Callback::noop(),
        label: Some("Copy Markdown".into()),
    };
    yew::Renderer::<CopyButton>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let button = find(&root, "button");
    assert_eq!(button.get_attribute("aria-label"), None, "the visible label is the name");
    assert_eq!(button.text_content().as_deref(), Some("Copied"));
}

#[wasm_bindgen_test]
fn the_crash_panel_offers_the_users_text_as_text() {
    crash::remember(
        0,
        vec![
            ("Service description", "<script>x()</script> Mail for 1,200 staff".into()),
            ("Your draft", "   ".into()),
        ],
    );
    crash::show("panicked at somewhere");
    let panel = document().get_element_by_id("crash").expect("the crash panel");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alert"));
    let area: HtmlTextAreaElement = find(&panel, "textarea").dyn_into().expect("a text box");
    assert_eq!(area.value(), "<script>x()</script> Mail for 1,200 staff");
    assert_eq!(texts(&panel, "label"), ["Service description"], "empty texts are left out");
    assert!(panel.query_selector("script").ok().flatten().is_none());
    assert_eq!(texts(&panel, "pre"), ["panicked at somewhere"]);
    crash::show("a second panic");
    assert_eq!(document().query_selector_all("#crash").map(|l| l.length()).unwrap_or(0), 1, "shown once");
    let link: HtmlElement = find(&panel, "a").dyn_into().expect("a link");
    assert_eq!(link.text_content().as_deref(), Some("Reload ValueLens"));
    panel.remove();
}

#[wasm_bindgen_test]
fn figures_beyond_32_bits_are_written_whole_in_webassembly() {
    use valuelens::engine::english::number;
    assert_eq!(number(5e9), "5,000,000,000");
    assert_eq!(number(2_500_000_000.5), "2,500,000,000.5");
}

#[wasm_bindgen_test]
fn an_embedded_widget_crashes_inside_itself_with_its_own_text() {
    let doc = document();
    let host = doc.create_element("section").expect("a host element");
    doc.body().expect("a body").append_child(&host).expect("append");
    let host_text = doc.create_element("p").expect("p");
    host_text.set_text_content(Some("The host page"));
    host.append_child(&host_text).expect("append");
    let root = doc.create_element("div").expect("a widget root");
    host.append_child(&root).expect("append");
    crash::place(7, root.clone());
    crash::remember(7, vec![("Your draft", "Widget draft".into())]);
    crash::remember(0, vec![("Your draft", "Standalone draft".into())]);
    crash::show("panicked in a widget");
    let panel = find(&root, ".crash");
    let area: HtmlTextAreaElement = find(&panel, "textarea").dyn_into().expect("a text box");
    assert_eq!(area.value(), "Widget draft");
    assert_eq!(host_text.text_content().as_deref(), Some("The host page"), "the host page is left alone");
    assert!(doc
        .body()
        .and_then(|b| b.first_element_child())
        .is_none_or(|first| first.class_name() != "crash"));
    crash::forget(7);
    host.remove();
}

#[wasm_bindgen_test]
fn storage_round_trips_and_sets_aside_what_it_cannot_read() {
    let storage = storage();
    storage.clear().expect("clear storage");
    assert_eq!(browser::load(KEY), Loaded::Nothing);

    let mut library = Library::default();
    library.services[0].input.description = "Mail for 1,200 staff".into();
    assert_eq!(browser::save(KEY, &library), Ok(()));
    assert!(matches!(browser::load(KEY), Loaded::Library(loaded, _) if loaded == library));

    storage.set_item(KEY, "{not json").expect("write");
    assert!(matches!(browser::load(KEY), Loaded::Unreadable { set_aside: Some(_), .. }));
    assert_eq!(storage.get_item(SET_ASIDE_KEY).ok().flatten().as_deref(), Some("{not json"));
    storage.clear().expect("clear storage");
}

fn click(root: &Element, selector: &str) {
    find(root, selector).dyn_into::<HtmlElement>().expect("an HTML element").click();
}

fn press(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("a key event");
    target.dispatch_event(&event).expect("dispatch");
}

/// Waits `ms` of real time.
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("a window");
        window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).expect("a timeout");
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("slept");
}

#[wasm_bindgen_test]
async fn rehearse_starts_the_timer_on_space_and_steps_on_arrows_but_leaves_keys_to_controls() {
    let root = render_app().await;
    click(&root, "#nav-rehearse");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".rehearse-empty p")[0].starts_with("Describe a service in Compose"));
    let example =
        root.query_selector_all(".rehearse-empty button").expect("buttons").item(1).expect("a second button");
    example.dyn_into::<HtmlElement>().expect("a button").click();
    yew::scheduler::flush().await;
    let stage = find(&root, "#prompter-stage");
    assert_eq!(stage.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(texts(&root, ".step-label")[0].starts_with("Sentence 1, step 1 of "));

    let radio = find(&root, "input[type=radio][name=audience]");
    press(&radio, "ArrowRight");
    press(&radio, " ");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".step-label")[0].starts_with("Sentence 1, "), "keys on a control are its own");
    assert!(texts(&root, ".prompter-controls button").contains(&"Start timer".to_string()));

    press(&stage, " ");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".prompter-controls button").contains(&"Stop timer".to_string()));
    press(&stage, "ArrowRight");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".step-label")[0].starts_with("Sentence 2, step 2 of "));
    press(&stage, "ArrowLeft");
    press(&stage, " ");
    yew::scheduler::flush().await;
    assert!(texts(&root, ".step-label")[0].starts_with("Sentence 1, "));
    assert!(texts(&root, ".prompter-controls button").contains(&"Start timer".to_string()));
    storage().clear().expect("clear storage");
}

#[wasm_bindgen_test]
async fn the_clock_moves_on_and_an_interval_stops_when_dropped() {
    let before = browser::now();
    let today = browser::today();
    assert_eq!(today.len(), 10, "{today}");
    assert!(today.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 {
        b == b'-'
    } else {
        b.is_ascii_digit()
    }));

    let ticks = Rc::new(Cell::new(0));
    let interval = {
        let ticks = ticks.clone();
        gloo_timers::callback::Interval::new(5, move || ticks.set(ticks.get() + 1))
    };
    sleep(60).await;
    assert!(ticks.get() >= 2, "{}", ticks.get());
    assert!(browser::now() >= before + 50);
    drop(interval);
    let stopped_at = ticks.get();
    sleep(40).await;
    assert_eq!(ticks.get(), stopped_at, "no tick after the interval is dropped");
}

#[yew::component]
fn LogOf() -> Html {
    let run = |date: &str, ms: u64, wpm: Option<u32>| log::Entry {
        date: date.into(),
        duration_ms: ms,
        target_ms: 30_000,
        wpm,
    };
    practice_log(&[run("<b>2026-11-22</b>", 45_000, None), run("2026-11-23", 32_000, Some(138))])
}

#[wasm_bindgen_test]
async fn the_practice_log_lists_runs_newest_first_with_a_labelled_chart() {
    let root = root();
    yew::Renderer::<LogOf>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    assert_eq!(
        texts(&root, ".log-list li"),
        [
            "2026-11-23: 0:32 (target 0:30), 138 words a minute",
            "<b>2026-11-22</b>: 0:45 (target 0:30), pace not measured"
        ]
    );
    assert!(root.query_selector("li b").ok().flatten().is_none(), "a stored date stays text");
    let chart = find(&root, "svg.sparkline");
    assert_eq!(chart.get_attribute("role").as_deref(), Some("img"));
    assert_eq!(
        chart.get_attribute("aria-label").as_deref(),
        Some("Run times for 2 runs, oldest first: from 0:45 to 0:32, getting shorter.")
    );
    assert_eq!(find(&root, "svg path").get_attribute("d").as_deref(), Some("M0,0 L200,40"));
}
