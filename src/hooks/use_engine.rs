//! The engine as a hook: starts the workers once, turns their replies into reducer actions
//! (batched, so 10 000 replies are a few hundred renders, not 10 000) and saves exports.

use crate::i18n::Message;
use crate::protocol::{Envelope, Head};
use crate::services::engine::{Engine, Event};
use crate::state::{Action, AppState, Engine as EngineState, Outcome};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Replies closer together than this are applied together.
const BATCH_MS: f64 = 80.0;

/// Export jobs waiting for their file: job → file name.
pub type PendingExports = Rc<RefCell<HashMap<u32, String>>>;

#[derive(Default)]
struct Buffer {
    started: Vec<u32>,
    outcomes: Vec<Outcome>,
    scheduled: bool,
    last_flush: f64,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn flush(buffer: &Rc<RefCell<Buffer>>, dispatch: &UseReducerDispatcher<AppState>) {
    let (started, outcomes) = {
        let mut b = buffer.borrow_mut();
        b.scheduled = false;
        if !b.outcomes.is_empty() {
            b.last_flush = now();
        }
        (
            std::mem::take(&mut b.started),
            std::mem::take(&mut b.outcomes),
        )
    };
    if !started.is_empty() {
        dispatch.dispatch(Action::Started(started));
    }
    if !outcomes.is_empty() {
        dispatch.dispatch(Action::Finished(outcomes));
    }
}

/// Results are applied at once when the last results were a while ago (a single paste shows
/// immediately), otherwise at the end of the current batch window. "Started" alone only ever
/// waits for the window: it must not use up the immediate flush a result is about to need.
fn schedule(buffer: &Rc<RefCell<Buffer>>, dispatch: &UseReducerDispatcher<AppState>) {
    let wait = {
        let mut b = buffer.borrow_mut();
        if b.scheduled {
            return;
        }
        let since = now() - b.last_flush;
        if since >= BATCH_MS && !b.outcomes.is_empty() {
            None
        } else {
            b.scheduled = true;
            Some((BATCH_MS - since).clamp(0.0, BATCH_MS))
        }
    };
    match wait {
        None => flush(buffer, dispatch),
        Some(ms) => {
            let (buffer, dispatch) = (buffer.clone(), dispatch.clone());
            gloo_timers::callback::Timeout::new(ms.max(0.0) as u32, move || {
                flush(&buffer, &dispatch)
            })
            .forget();
        }
    }
}

fn on_reply(
    envelope: Envelope,
    exports: &PendingExports,
    buffer: &Rc<RefCell<Buffer>>,
    dispatch: &UseReducerDispatcher<AppState>,
) {
    let Some(head) = envelope.head else { return };
    let export_name = exports.borrow_mut().remove(&head.job());
    if let Some(name) = export_name {
        dispatch.dispatch(Action::ExportBusy(false));
        let result = match (&head, envelope.bytes) {
            (Head::Exported { mime, .. }, Some(bytes)) => {
                crate::services::download::save(&bytes, mime, &name)
                    .map_err(|e| Message::new(e.clone(), e))
            }
            (Head::Failed { error, .. }, _) => Err(error.clone()),
            _ => Err(Message::new("导出结果为空", "The export came back empty")),
        };
        let (message, error) = match result {
            Ok(()) => (
                Message::new(format!("已导出 {name}"), format!("Exported {name}")),
                false,
            ),
            Err(e) => (
                Message::new(
                    format!("导出失败：{}", e.zh),
                    format!("Export failed: {}", e.en),
                ),
                true,
            ),
        };
        dispatch.dispatch(Action::Notify { message, error });
        return;
    }
    let outcome = match head {
        Head::Extracted { job, summary } => Outcome::Done {
            id: job,
            text: Rc::from(envelope.text.unwrap_or_default()),
            line: Rc::from(envelope.line.unwrap_or_default()),
            summary,
        },
        Head::Failed { job, error } => Outcome::Failed { id: job, error },
        _ => return,
    };
    buffer.borrow_mut().outcomes.push(outcome);
    schedule(buffer, dispatch);
}

#[hook]
pub fn use_engine(dispatch: UseReducerDispatcher<AppState>) -> (Engine, PendingExports) {
    let exports: PendingExports = use_mut_ref(HashMap::new);
    let engine = {
        let exports = exports.clone();
        use_memo((), move |_| {
            let buffer = Rc::new(RefCell::new(Buffer::default()));
            Engine::start(move |event| match event {
                Event::Ready { worker } => dispatch.dispatch(Action::Engine(if worker {
                    EngineState::Worker
                } else {
                    EngineState::MainThread
                })),
                Event::Unavailable(message) => {
                    dispatch.dispatch(Action::Engine(EngineState::Failed(message)))
                }
                Event::Started(jobs) => {
                    let mine: Vec<u32> = jobs
                        .into_iter()
                        .filter(|j| !exports.borrow().contains_key(j))
                        .collect();
                    if !mine.is_empty() {
                        buffer.borrow_mut().started.extend(mine);
                        schedule(&buffer, &dispatch);
                    }
                }
                Event::Reply(envelope) => on_reply(*envelope, &exports, &buffer, &dispatch),
            })
        })
    };
    ((*engine).clone(), exports)
}
