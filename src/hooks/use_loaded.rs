//! The selected report, read by the worker from its contract line (`Request::Load`, sent
//! before any queued job) and handed over as [`crate::wire`] bytes, so the page links no reader
//! of the report's JSON. Asked for only when the selection or its line changes: the list never
//! reads the reports it does not show. A paste's and a correction's reply bring their report
//! along ([`Sent`]): those are shown without asking.
//!
//! Between the question and the answer (a few milliseconds; behind the jobs a worker already
//! holds while a batch runs) the page shows what it had: the same report's previous reading
//! (a correction's recomputation, a reading with another encoding), marked as still loading,
//! or, for another report, the "working" placeholder — never one report's figures under
//! another's name.

use super::use_engine::{Job, Pending};
use crate::protocol::{Envelope, Request};
use crate::services::engine::{Engine, Payload};
use crate::state::{next_id, AppState, EntryId, Status};
use crate::view::loaded::Loaded;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Which reading of which report: the entry and its line (by address; a new reading is a new
/// line).
type Key = (EntryId, usize);

/// A reading's report as [`crate::wire`] bytes.
type Brought = (Key, Vec<u8>);

/// Reports that came with their reply (`Envelope::report`), by reading, until shown.
#[derive(Clone, Default)]
pub struct Sent(Rc<RefCell<Vec<Brought>>>);

/// The few last are kept: one is shown, others were replaced or not selected.
const SENT_KEPT: usize = 4;

impl Sent {
    /// Report `id`'s reading `line` came with its bytes.
    pub fn keep(&self, id: EntryId, line: &Rc<str>, bytes: Vec<u8>) {
        let mut sent = self.0.borrow_mut();
        if sent.len() == SENT_KEPT {
            sent.remove(0);
        }
        sent.push(((id, key_of(line)), bytes));
    }

    fn take(&self, key: Key) -> Option<Vec<u8>> {
        let mut sent = self.0.borrow_mut();
        let i = sent.iter().position(|(k, _)| *k == key)?;
        Some(sent.remove(i).1)
    }
}

fn key_of(line: &Rc<str>) -> usize {
    Rc::as_ptr(line) as *const u8 as usize
}

/// What the panes show.
#[derive(Clone, Default, PartialEq)]
pub struct Shown {
    /// The report to show (`None`: none, it could not be read, or another report's is coming).
    pub loaded: Option<Rc<Loaded>>,
    /// The selected report's current reading is still on its way (`loaded`, if any, is the
    /// same report's previous one).
    pub loading: bool,
}

#[hook]
pub fn use_loaded(state: &AppState, engine: &Engine, pending: &Pending, sent: &Sent) -> Shown {
    let selected = state
        .selected_entry()
        .filter(|e| e.status == Status::Done)
        .cloned();
    let key: Option<Key> = selected.as_ref().map(|e| (e.id, key_of(&e.line)));
    // The reading's report if it came with its reply.
    let brought = {
        let (sent, selected) = (sent.clone(), selected.clone());
        use_memo(key, move |key| {
            let bytes = sent.take((*key)?)?;
            let report = crate::wire::decode(&bytes)?;
            Some(Rc::new(Loaded::new(selected.as_ref()?, report)))
        })
    };
    // The last answer to a `Load`, for the reading it answers (`None`: its line could not be
    // read).
    let made = use_state(|| None::<(Key, Option<Rc<Loaded>>)>);
    // The reading wanted now: an answer for any other is dropped.
    let wanted = use_mut_ref(|| None::<Key>);
    *wanted.borrow_mut() = key;
    {
        let (engine, pending, made, wanted) = (
            engine.clone(),
            pending.clone(),
            made.clone(),
            wanted.clone(),
        );
        let answered = brought.is_some() || made.as_ref().is_some_and(|(k, _)| Some(*k) == key);
        use_effect_with((key, state.stops), move |_| {
            if let (Some(key), Some(entry), false) = (key, selected, answered) {
                let job = next_id();
                let line = entry.line.to_string();
                let then = Callback::from(move |bytes: Option<Vec<u8>>| {
                    if *wanted.borrow() != Some(key) {
                        return;
                    }
                    let report = bytes.and_then(|b| crate::wire::decode(&b));
                    made.set(Some((key, report.map(|r| Rc::new(Loaded::new(&entry, r))))));
                });
                pending.borrow_mut().insert(job, Job::Load(then));
                engine.submit_first(Payload::Ready(Envelope {
                    line: Some(line),
                    ..Envelope::new(Request::Load { job })
                }));
            }
        });
    }
    if let Some(loaded) = (*brought).clone() {
        return Shown {
            loaded: Some(loaded),
            loading: false,
        };
    }
    match (&*made, key) {
        (Some((k, loaded)), Some(key)) if *k == key => Shown {
            loaded: loaded.clone(),
            loading: false,
        },
        (Some((k, loaded)), Some(key)) if k.0 == key.0 => Shown {
            loaded: loaded.clone(),
            loading: true,
        },
        (_, key) => Shown {
            loaded: None,
            loading: key.is_some(),
        },
    }
}
