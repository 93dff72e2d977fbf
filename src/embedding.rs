//! What a page that embeds ValueLens (the `<valuelens-widget>` element or the JS `mount`) asks of
//! it: the audience to start with and those to offer, the view, compact layout, a starting text,
//! where drafts are kept, and the organisation's pack. Plain Rust, tested natively. Options come
//! from a host page, so they are hostile: reading never fails, and every option it cannot use is
//! named in a problem while ValueLens falls back to its default for it.

use std::rc::Rc;

use serde_json::{Map, Value};

use crate::engine::audience::Audience;
use crate::engine::lenient::{quoted, Problem, Reader};
use crate::engine::org_pack::{self, OrgPack};
use crate::org::Org;
use crate::state::{Action, LibraryAction, ServiceAction, View};
use crate::storage_format::KEY;

/// The options a host may give, as named in attributes and in `mount(element, options)`.
const OPTIONS: [&str; 7] = ["audience", "audiences", "mode", "compact", "text", "storage", "pack"];
/// What `valuelens-widget.js` adds: the widget's place on the page, why a pack could not be
/// fetched, and where the standalone app is.
const LOADER_OPTIONS: [&str; 3] = ["place", "pack-error", "app"];
/// Longest storage name a host may choose.
const LONGEST_NAME: usize = 64;

/// Where a widget keeps its library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Storage {
    /// Under this local storage key.
    Key(String),
    /// Nowhere: the drafts last as long as the page (`storage="none"`).
    Nowhere,
}

/// Everything a host asked, read and put right.
#[derive(Debug, Clone, PartialEq)]
pub struct Embedding {
    /// The audience to show first (an offered one), if the host named one.
    pub audience: Option<String>,
    pub view: Option<View>,
    pub compact: bool,
    /// The service text to start with, if the host gave one.
    pub text: Option<String>,
    pub storage: Storage,
    pub org: Rc<Org>,
    pub problems: Vec<Problem>,
    /// Where the standalone app is served (beside the widget's files), for shared links.
    pub app: Option<String>,
}

/// Reads the host's options (a JSON object; attribute values are strings). Never fails.
pub fn read(options: &str) -> Embedding {
    let mut r = Reader::default();
    let options = r.document(options, "options", "an object of options");
    // What the loader adds is known too, but not offered to the host as a suggestion.
    let given = &mut options.keys().map(String::as_str).filter(|k| !LOADER_OPTIONS.contains(k));
    r.unknown_names("", given, &OPTIONS, "option", "ValueLens");
    let pack = read_pack(&options, &mut r);
    let org = Rc::new(offered(&options, pack, &mut r));
    let audience = text_option(&options, "audience", &mut r).and_then(|id| {
        if org.find(&id).is_some() {
            return Some(id);
        }
        r.problem("audience", format!("“{}” is not offered here; {}", quoted(&id), one_of(&org.audiences)));
        None
    });
    let view = text_option(&options, "mode", &mut r).and_then(|mode| {
        let view = View::ALL.into_iter().find(|v| v.id() == mode.trim());
        if view.is_none() {
            let modes = View::ALL.map(View::id).join(", ");
            r.problem("mode", format!("“{}” is not a mode; expected one of {modes}", quoted(&mode)));
        }
        view
    });
    let compact = match options.get("compact") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(on)) => *on,
        Some(Value::String(s)) if matches!(s.trim(), "" | "true" | "compact") => true,
        Some(Value::String(s)) if s.trim() == "false" => false,
        Some(_) => {
            r.problem("compact", "expected true or false");
            false
        }
    };
    let text = text_option(&options, "text", &mut r).filter(|t| !t.trim().is_empty());
    let storage = storage(&options, &mut r);
    let app = text_option(&options, "app", &mut r)
        .filter(|url| (url.starts_with("https://") || url.starts_with("http://")) && !url.contains('#'));
    Embedding { audience, view, compact, text, storage, org, problems: r.finish("options"), app }
}

/// The option `name` when it is text; any other value is a problem.
fn text_option(options: &Map<String, Value>, name: &str, r: &mut Reader) -> Option<String> {
    match options.get(name) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => {
            r.problem(name, "expected text");
            None
        }
    }
}

/// The organisation pack: given as JSON text or an object; `pack-error` says the host page could
/// not fetch it.
fn read_pack(options: &Map<String, Value>, r: &mut Reader) -> OrgPack {
    if let Some(error) = text_option(options, "pack-error", r) {
        // The loader's own sentence (naming the host's URL): kept whole, less control characters.
        let said: String = error.chars().filter(|c| !c.is_control()).take(400).collect();
        r.problem("pack", said);
        return OrgPack::default();
    }
    let json = match options.get("pack") {
        None | Some(Value::Null) => return OrgPack::default(),
        Some(Value::String(s)) if s.trim().is_empty() => return OrgPack::default(),
        Some(Value::String(s)) => s.clone(),
        Some(value) => value.to_string(),
    };
    let reading = org_pack::read(&json);
    for problem in reading.problems {
        r.push(problem.under("pack"));
    }
    reading.pack
}

/// The audiences to offer: the built-in ones and the pack's, narrowed to those the host listed.
fn offered(options: &Map<String, Value>, pack: OrgPack, r: &mut Reader) -> Org {
    let mut all: Vec<Audience> = org_pack::audiences(&pack).into_iter().cloned().collect();
    let listed: Option<Vec<String>> = match options.get("audiences") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(
            s.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(String::from)
                .collect(),
        ),
        Some(Value::Array(items)) => {
            Some(items.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        }
        Some(_) => {
            r.problem("audiences", "expected a list of audience ids");
            None
        }
    };
    if let Some(listed) = listed.filter(|l| !l.is_empty()) {
        let find = |id: &str| all.iter().find(|a| a.id == id);
        let unknown: Vec<String> =
            listed.iter().filter(|id| find(id).is_none()).map(|id| quoted(id)).collect();
        if !unknown.is_empty() {
            let verb = if unknown.len() == 1 { "is" } else { "are" };
            let message = format!("“{}” {verb} not offered; {}", unknown.join("”, “"), one_of(&all));
            r.problem("audiences", message);
        }
        let mut chosen: Vec<Audience> = Vec::new();
        for audience in listed.iter().filter_map(|id| find(id)) {
            if !chosen.iter().any(|c| c.id == audience.id) {
                chosen.push(audience.clone());
            }
        }
        if chosen.is_empty() {
            r.problem("audiences", "none of them can be offered, so all are");
        } else {
            all = chosen;
        }
    }
    Org { pack, audiences: all }
}

/// Where the drafts live: the host's choice, else a key of this widget's own.
fn storage(options: &Map<String, Value>, r: &mut Reader) -> Storage {
    // A widget has a place on its page; the standalone app (options in its address) has none and
    // keeps its own library.
    let own = match text_option(options, "place", r) {
        Some(place) => Storage::Key(format!("{KEY}.widget:{}", place.chars().take(400).collect::<String>())),
        None => Storage::Key(KEY.to_string()),
    };
    let Some(name) = text_option(options, "storage", r) else { return own };
    match name.trim() {
        "none" => Storage::Nowhere,
        "app" => Storage::Key(KEY.to_string()),
        name if !name.is_empty()
            && name.len() <= LONGEST_NAME
            && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) =>
        {
            Storage::Key(format!("{KEY}.shared:{name}"))
        }
        _ => {
            r.problem(
                "storage",
                format!(
                    "“{}” is not a storage name; expected “none”, “app”, or up to {LONGEST_NAME} letters, \
                     digits, dots, hyphens or underscores. This widget keeps its drafts under its own name",
                    quoted(&name)
                ),
            );
            own
        }
    }
}

/// "expected one of board, team-lead, peer, manager".
fn one_of(audiences: &[Audience]) -> String {
    let ids: Vec<&str> = audiences.iter().map(|a| a.id.as_str()).collect();
    format!("expected one of {}", ids.join(", "))
}

/// What to do to bring the app from the options `before` to `after` (all of `after` at first):
/// only what changed, so reading the same options again never moves the user. Where drafts are
/// kept is read once, at mount.
pub fn changes(before: Option<&Embedding>, after: &Embedding) -> Vec<Action> {
    let mut actions = Vec::new();
    if before.is_none_or(|b| b.org != after.org) {
        actions.push(Action::UseOrg(after.org.clone()));
    }
    if before.is_none_or(|b| b.text != after.text) {
        actions.extend(after.text.clone().map(|text| Action::Library(LibraryAction::OpenText(text))));
    }
    if before.is_none_or(|b| b.audience != after.audience) {
        actions.extend(after.audience.clone().map(|id| Action::Service(ServiceAction::ChooseAudience(id))));
    }
    if before.is_none_or(|b| b.view != after.view) {
        actions.extend(after.view.map(Action::Show));
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(e: &Embedding) -> Vec<&str> {
        e.org.audiences.iter().map(|a| a.id.as_str()).collect()
    }

    fn fields(e: &Embedding) -> Vec<&str> {
        e.problems.iter().map(|p| p.field.as_str()).collect()
    }

    #[test]
    fn no_options_mean_the_defaults_and_a_key_of_its_own() {
        let e = read(r#"{"place": "/intranet/page.html#1"}"#);
        assert_eq!(e.problems, []);
        assert_eq!(ids(&e), ["board", "team-lead", "peer", "manager"]);
        assert_eq!((e.audience.as_deref(), e.view, e.compact, e.text.as_deref()), (None, None, false, None));
        assert_eq!(e.storage, Storage::Key("valuelens.widget:/intranet/page.html#1".into()));
    }

    #[test]
    fn attribute_values_are_read_as_a_host_writes_them() {
        let e = read(
            r#"{"audience": "peer", "audiences": "peer, manager", "mode": "check", "compact": "",
                "text": "We run payroll.", "storage": "team-drafts"}"#,
        );
        assert_eq!(e.problems, []);
        assert_eq!(ids(&e), ["peer", "manager"]);
        assert_eq!(e.audience.as_deref(), Some("peer"));
        assert_eq!(e.view, Some(View::Check));
        assert!(e.compact);
        assert_eq!(e.text.as_deref(), Some("We run payroll."));
        assert_eq!(e.storage, Storage::Key("valuelens.shared:team-drafts".into()));
        let js = read(r#"{"audiences": ["board"], "compact": false, "storage": "none"}"#);
        assert_eq!((ids(&js), js.compact, &js.storage), (vec!["board"], false, &Storage::Nowhere));
        assert_eq!(read(r#"{"storage": "app"}"#).storage, Storage::Key(KEY.into()));
    }

    #[test]
    fn every_option_it_cannot_use_is_named_and_falls_back() {
        let e = read(
            r#"{"audience": "ceo", "audiences": "board ceo", "mode": "sideways", "compact": 3,
                "text": 7, "storage": "../../other", "colour": "red"}"#,
        );
        assert_eq!(fields(&e), ["colour", "audiences", "audience", "mode", "compact", "text", "storage"]);
        assert!(e.problems[1].message.contains("“ceo” is not offered"), "{:?}", e.problems[1]);
        assert!(e.problems[2].message.contains("expected one of board"), "{:?}", e.problems[2]);
        assert!(e.problems[3].line().starts_with("mode: “sideways” is not a mode; expected one of compose"));
        assert_eq!(ids(&e), ["board"]);
        assert_eq!((e.audience, e.view, e.compact, e.text), (None, None, false, None));
        assert_eq!(e.storage, Storage::Key(KEY.into()), "no place: the standalone app's own library");
    }

    #[test]
    fn an_audience_listed_twice_is_offered_once() {
        assert_eq!(ids(&read(r#"{"audiences": "board peer board"}"#)), ["board", "peer"]);
    }

    #[test]
    fn audiences_none_of_which_exist_leave_all_offered() {
        let e = read(r#"{"audiences": "ceo cfo"}"#);
        assert_eq!(ids(&e).len(), 4);
        assert_eq!(fields(&e), ["audiences", "audiences"]);
    }

    #[test]
    fn shared_links_open_the_standalone_app_only_at_a_web_address() {
        let at = |app: &str| read(&serde_json::json!({ "app": app }).to_string()).app;
        assert_eq!(
            at("https://intranet.example/valuelens/index.html").as_deref(),
            Some("https://intranet.example/valuelens/index.html")
        );
        for hostile in ["javascript:alert(1)", "data:text/html,x", "https://x.example/#vl=", ""] {
            assert_eq!(at(hostile), None, "{hostile}");
        }
    }

    #[test]
    fn options_that_are_not_an_object_are_one_problem() {
        for bad in ["", "[1]", "{", "null", "\"board\""] {
            let e = read(bad);
            assert_eq!(fields(&e), ["options"], "{bad}");
            assert_eq!(ids(&e).len(), 4);
        }
    }

    #[test]
    fn a_pack_is_read_and_its_problems_named_under_pack() {
        let e = read(r#"{"pack": "{\"goals\": 5}"}"#);
        assert!(e.problems.iter().any(|p| p.field.starts_with("pack.goals")), "{:?}", e.problems);
        let e = read(r#"{"pack-error": "no <script id=\"x\"> on this page"}"#);
        assert_eq!(e.problems[0].line(), "pack: no <script id=\"x\"> on this page");
        let e = read(r#"{"pack": "not json"}"#);
        assert!(e.problems[0].field.starts_with("pack"), "{:?}", e.problems);
    }

    #[test]
    fn hostile_values_are_quoted_short_and_without_control_characters() {
        let long = format!("{}\u{0}\u{202e}", "x".repeat(100_000));
        let e = read(&serde_json::json!({ "audience": long, "mode": "\u{0}\u{7}<script>" }).to_string());
        assert!(e.problems.iter().all(|p| p.message.chars().count() < 400 && !p.message.contains('\u{0}')));
        assert!(e.problems[0].message.contains('…'));
    }

    #[test]
    fn changes_apply_only_what_changed() {
        let first = read(r#"{"audience": "peer", "mode": "check", "text": "We run mail."}"#);
        assert_eq!(
            changes(None, &first),
            [
                Action::UseOrg(first.org.clone()),
                Action::Library(LibraryAction::OpenText("We run mail.".into())),
                Action::Service(ServiceAction::ChooseAudience("peer".into())),
                Action::Show(View::Check)
            ]
        );
        let same = read(r#"{"audience": "peer", "mode": "check", "text": "We run mail."}"#);
        assert_eq!(changes(Some(&first), &same), []);
        let audience = read(r#"{"audience": "board", "mode": "check", "text": "We run mail."}"#);
        assert_eq!(
            changes(Some(&first), &audience),
            [Action::Service(ServiceAction::ChooseAudience("board".into()))]
        );
        let narrowed = read(r#"{"audiences": "board", "mode": "check", "text": "We run mail."}"#);
        assert_eq!(changes(Some(&first), &narrowed), [Action::UseOrg(narrowed.org.clone())]);
    }
}
