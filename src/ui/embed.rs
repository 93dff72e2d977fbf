//! How a host page embeds this app: the options it gave, the widget's number on the page, and the
//! outbox where the app leaves the open service for the host to read. Shared by the app shell and
//! the JS face (`widget`), below both.

use std::cell::RefCell;
use std::rc::Rc;

use crate::embedding::Embedding;
use crate::org::Org;
use crate::storage_format::Entry;

/// How a host page embeds this app (see `widget`).
#[derive(Clone, PartialEq)]
pub struct Embed {
    /// This widget's number on the page (the standalone app is 0).
    pub instance: u32,
    pub embedding: Rc<Embedding>,
    /// Where the app leaves its state for the host to read the message.
    pub outbox: Outbox,
}

/// The open service and who it speaks for.
type Latest = Option<(Entry, Rc<Org>)>;

/// What a widget last showed, for the host to read.
#[derive(Clone, Default)]
pub struct Outbox(Rc<RefCell<Latest>>);

impl PartialEq for Outbox {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Outbox {
    /// Keeps the open service as the widget's latest.
    pub fn put(&self, entry: &Entry, org: &Rc<Org>) {
        if let Ok(mut slot) = self.0.try_borrow_mut() {
            *slot = Some((entry.clone(), org.clone()));
        }
    }

    /// The open service's message, as JSON text (`null` before there is one or after `clear`).
    pub fn message_json(&self) -> String {
        let Ok(latest) = self.0.try_borrow() else { return "null".into() };
        let Some((entry, org)) = latest.as_ref() else { return "null".into() };
        let audience = org.audience(&entry.audience);
        let message = org.compose(&entry.input, &org.understand(&entry.input), audience, entry.seed);
        serde_json::to_string(&message).unwrap_or_else(|_| "null".into())
    }

    /// Forgets the latest: the widget is gone.
    pub fn clear(&self) {
        if let Ok(mut slot) = self.0.try_borrow_mut() {
            *slot = None;
        }
    }
}
