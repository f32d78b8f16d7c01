//! The engine as a hook: starts the workers once, turns their replies into reducer actions
//! (batched, so 10 000 replies are a few hundred renders, not 10 000), saves exports and
//! hands comparisons and the indicator names to the reducer.

use super::use_loaded::Sent;
use crate::i18n::{messages, Lang};
use crate::protocol::{
    Envelope, ExportFormat, ExportOf, FromWorker, Head, Names, Reply, Request, Typed,
};
use crate::services::engine::{Engine, Event, Payload};
use crate::state::{next_id, Action, AppState, Engine as EngineState, Outcome};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Replies closer together than this are applied together.
const BATCH_MS: f64 = 80.0;

/// A job that is not a report's extraction.
#[derive(Clone, Debug, PartialEq)]
pub enum Job {
    /// An export, saved under this file name.
    Export(String),
    Compare,
    Names,
    /// What the selection `span` of report `id` states (to add a missed metric).
    Selection {
        id: u32,
        span: gangmu_core::Span,
    },
    /// A workspace file being opened.
    Workspace,
    /// The divisions the user's words may mean (the facts editor's region choices).
    Regions,
    /// Report `id` analysed again with the corrections of its `revision`.
    Recompute {
        id: u32,
        revision: u32,
    },
    /// A correction form's field being read; the form gets it (`None`: no answer, the
    /// worker failed).
    Typed(Callback<Option<Typed>>),
    /// The selected report for the page ([`crate::wire`] bytes; `None`: the worker failed).
    Load(Callback<Option<Vec<u8>>>),
}

/// Jobs other than extractions, waiting for their reply: job → what it is.
pub type Pending = Rc<RefCell<HashMap<u32, Job>>>;

/// Asks the worker for a CSV or workbook made of the contract `lines` (`of` says whether of
/// the reports' metrics or of their comparison); the reply is saved as `stem` + extension.
/// Whether the engine could not be loaded; if so, tells the user (the engine's own message)
/// instead of queuing a job that would wait for ever. Exports the page makes itself (JSON, the
/// workspace) do not need it.
pub fn engine_missing(state: &AppState, dispatch: &UseReducerDispatcher<AppState>) -> bool {
    let crate::state::Engine::Failed(message) = &state.engine else {
        return false;
    };
    dispatch.dispatch(Action::Notify {
        message: message.clone(),
        error: true,
    });
    true
}

pub fn request_export(
    engine: &Engine,
    pending: &Pending,
    dispatch: &UseReducerDispatcher<AppState>,
    lines: Vec<String>,
    (format, of): (ExportFormat, ExportOf),
    lang: Lang,
    stem: &str,
) {
    let job = next_id();
    let ext = match format {
        ExportFormat::Xlsx => "xlsx",
        ExportFormat::Csv => "csv",
    };
    pending
        .borrow_mut()
        .insert(job, Job::Export(format!("{stem}.{ext}")));
    dispatch.dispatch(Action::ExportBusy(true));
    engine.submit(Payload::Ready(Envelope {
        lines,
        ..Envelope::new(Request::Export {
            job,
            format,
            lang,
            of,
        })
    }));
}

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

/// A comparison or the names came back.
fn on_other(
    envelope: FromWorker,
    job: Job,
    dispatch: &UseReducerDispatcher<AppState>,
    sent: &Sent,
) {
    let Some(head) = envelope.head else { return };
    match (job, head) {
        (Job::Compare, Reply::Compared { job, order }) => dispatch.dispatch(Action::Compared {
            job,
            json: Rc::from(envelope.line.unwrap_or_default()),
            svg: Rc::from(envelope.text.unwrap_or_default()),
            view: Rc::from(envelope.bytes.unwrap_or_default()),
            order,
        }),
        (Job::Compare, Reply::Failed { job, error }) => {
            dispatch.dispatch(Action::CompareFailed { job, error })
        }
        (Job::Regions, Reply::Regions { job, found }) => {
            dispatch.dispatch(Action::RegionsFound { job, found })
        }
        (Job::Selection { id, span }, Reply::Selection { metric, .. }) => {
            dispatch.dispatch(Action::SelectionRead { id, span, metric })
        }
        (Job::Typed(form), Reply::Typed { read, .. }) => form.emit(Some(read)),
        (Job::Typed(form), _) => form.emit(None),
        (Job::Load(then), Reply::Loaded { .. }) => then.emit(envelope.bytes),
        (Job::Load(then), _) => then.emit(None),
        (Job::Recompute { id, revision }, Reply::Extracted { summary, .. }) => {
            let line: Rc<str> = Rc::from(envelope.line.unwrap_or_default());
            if let Some(report) = envelope.report {
                sent.keep(id, &line, report);
            }
            dispatch.dispatch(Action::Recomputed {
                revision,
                outcome: Outcome::Done {
                    id,
                    text: Rc::from(envelope.text.unwrap_or_default()),
                    line,
                    summary,
                    source: None,
                    stored: false,
                },
            })
        }
        (Job::Recompute { id, revision }, Reply::Failed { error, .. }) => {
            dispatch.dispatch(Action::Recomputed {
                revision,
                outcome: Outcome::Failed { id, error },
            })
        }
        (Job::Workspace, Reply::Workspace { .. }) => {
            match envelope.line.as_deref().map(crate::json::from_str) {
                Some(Ok(ws)) => dispatch.dispatch(Action::OpenWorkspace(Box::new(ws))),
                _ => dispatch.dispatch(Action::Notify {
                    message: messages::workspace_unreadable(&messages::export_empty()),
                    error: true,
                }),
            }
        }
        (Job::Workspace, Reply::Failed { error, .. }) => dispatch.dispatch(Action::Notify {
            message: error,
            error: true,
        }),
        (Job::Names, Reply::IndicatorNames { .. }) => {
            if let Some(names) = envelope
                .line
                .and_then(|l| crate::json::from_str::<Names>(&l).ok())
            {
                dispatch.dispatch(Action::Names(Rc::new(names)));
            }
        }
        _ => {}
    }
}

fn on_reply(
    envelope: FromWorker,
    pending: &Pending,
    buffer: &Rc<RefCell<Buffer>>,
    dispatch: &UseReducerDispatcher<AppState>,
    sent: &Sent,
) {
    let Some(head) = &envelope.head else { return };
    let job = pending.borrow_mut().remove(&head.job());
    match job {
        Some(Job::Export(name)) => on_export(envelope, &name, dispatch),
        Some(other) => on_other(envelope, other, dispatch, sent),
        None => on_extraction(envelope, buffer, dispatch, sent),
    }
}

/// An export came back: save it under `name` and say so.
fn on_export(envelope: FromWorker, name: &str, dispatch: &UseReducerDispatcher<AppState>) {
    let Some(head) = envelope.head else { return };
    dispatch.dispatch(Action::ExportBusy(false));
    let result = match (&head, envelope.bytes) {
        (Reply::Exported { mime, .. }, Some(bytes)) => {
            crate::services::download::save(&bytes, mime, name)
                .map_err(|e| messages::browser_error(&e))
        }
        (Reply::Failed { error, .. }, _) => Err(error.clone()),
        _ => Err(messages::export_empty()),
    };
    let (message, error) = match result {
        Ok(()) => (messages::exported(name), false),
        Err(e) => (messages::export_failed(&e), true),
    };
    dispatch.dispatch(Action::Notify { message, error });
}

fn on_extraction(
    envelope: FromWorker,
    buffer: &Rc<RefCell<Buffer>>,
    dispatch: &UseReducerDispatcher<AppState>,
    sent: &Sent,
) {
    let Some(head) = envelope.head else { return };
    let outcome = match head {
        Reply::Extracted { job, summary } => Outcome::Done {
            id: job,
            text: Rc::from(envelope.text.unwrap_or_default()),
            line: {
                let line: Rc<str> = Rc::from(envelope.line.unwrap_or_default());
                if let Some(report) = envelope.report {
                    sent.keep(job, &line, report);
                }
                line
            },
            summary,
            source: envelope.bytes.map(Rc::from),
            stored: false,
        },
        Reply::Failed { job, error } => Outcome::Failed { id: job, error },
        _ => return,
    };
    buffer.borrow_mut().outcomes.push(outcome);
    schedule(buffer, dispatch);
}

#[hook]
pub fn use_engine(dispatch: UseReducerDispatcher<AppState>) -> (Engine, Pending, Sent) {
    let pending: Pending = use_mut_ref(HashMap::new);
    let sent = (*use_memo((), |_| Sent::default())).clone();
    let engine = {
        let (pending, sent) = (pending.clone(), sent.clone());
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
                        .filter(|j| !pending.borrow().contains_key(j))
                        .collect();
                    if !mine.is_empty() {
                        buffer.borrow_mut().started.extend(mine);
                        schedule(&buffer, &dispatch);
                    }
                }
                Event::Reply(envelope) => on_reply(*envelope, &pending, &buffer, &dispatch, &sent),
            })
        })
    };
    ((*engine).clone(), pending, sent)
}
