//! The comparison's commands: compare the ticked reports, run the comparison again (the
//! chart in another language), and save it. The comparison and its CSV/XLSX are built in the
//! worker (like `gangmu compare`); the JSON and the SVG the worker sent are saved as they are.

use super::use_engine::{request_export, Job, Pending};
use crate::export::CompareExport;
use crate::i18n::messages;
use crate::protocol::{Envelope, ExportOf, Request};
use crate::services::engine::{Engine, Payload};
use crate::state::{next_id, Action, AppState, CompareResult, EntryId};
use std::rc::Rc;
use yew::prelude::*;

pub struct CompareCommands {
    pub compare: Callback<()>,
    pub recompare: Callback<()>,
    /// Run the comparison on screen again with (`true`) or without its 合计 columns.
    pub total: Callback<bool>,
    pub export: Callback<CompareExport>,
}

fn send(
    engine: &Engine,
    pending: &Pending,
    dispatch: &UseReducerDispatcher<AppState>,
    state: &AppState,
    ids: Vec<EntryId>,
    lines: Vec<Rc<str>>,
    total: bool,
) {
    if super::use_engine::engine_missing(state, dispatch) {
        return;
    }
    let job = next_id();
    let lang = state.lang;
    pending.borrow_mut().insert(job, Job::Compare);
    let request = Envelope {
        lines: lines.iter().map(|l| l.to_string()).collect(),
        ..Envelope::new(Request::Compare { job, lang, total })
    };
    dispatch.dispatch(Action::CompareStarted {
        job,
        ids,
        lines,
        lang,
        total,
    });
    engine.submit(Payload::Ready(request));
}

/// The file name, without extension, of an export of a comparison of `n` reports:
/// `gangmu-compare-3-20250131`.
fn stem(n: usize) -> String {
    format!("gangmu-compare-{n}-{}", crate::services::clock::today())
}

#[hook]
pub fn use_compare(
    engine: &Engine,
    pending: &Pending,
    state: &UseReducerHandle<AppState>,
) -> CompareCommands {
    let dispatch = state.dispatcher();
    // The 合计 switch as the user last left it: a new comparison starts with it.
    let last_total = use_mut_ref(|| false);
    let compare = {
        let (engine, pending, dispatch, state, last_total) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
            last_total.clone(),
        );
        Callback::from(move |_: ()| {
            let chosen = state.checked_done();
            if chosen.len() < 2 {
                dispatch.dispatch(Action::Notify {
                    message: messages::compare_tick_hint(),
                    error: true,
                });
                return;
            }
            let ids = chosen.iter().map(|e| e.id).collect();
            let lines = chosen.iter().map(|e| e.line.clone()).collect();
            let total = *last_total.borrow();
            send(&engine, &pending, &dispatch, &state, ids, lines, total);
        })
    };
    // The comparison on screen again, in the page's language, with or without totals.
    let again = {
        let (engine, pending, dispatch, state) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
        );
        Callback::from(move |total: Option<bool>| {
            if let Some(c) = &state.compare {
                let total = total.unwrap_or(c.total);
                *last_total.borrow_mut() = total;
                send(
                    &engine,
                    &pending,
                    &dispatch,
                    &state,
                    c.ids.clone(),
                    c.lines.clone(),
                    total,
                );
            }
        })
    };
    let recompare = again.reform(|_: ()| None);
    let total = again.reform(Some);
    let export = {
        let (engine, pending, dispatch, state) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
        );
        Callback::from(move |kind: CompareExport| {
            let Some(c) = &state.compare else { return };
            let CompareResult::Done { json, svg, .. } = &c.result else {
                return;
            };
            let n = c.ids.len();
            let save = |bytes: &[u8], mime: &str, ext: &str| {
                let name = format!("{}.{ext}", stem(n));
                let (message, error) =
                    crate::services::download::save_with_notice(bytes, mime, &name);
                dispatch.dispatch(Action::Notify { message, error });
            };
            match kind {
                // What `gangmu compare` prints: the JSON object and a newline.
                CompareExport::Json => {
                    save(format!("{json}\n").as_bytes(), "application/json", "json")
                }
                CompareExport::Svg => save(svg.as_bytes(), "image/svg+xml", "svg"),
                CompareExport::Table(_) if super::use_engine::engine_missing(&state, &dispatch) => {
                }
                CompareExport::Table(format) => request_export(
                    &engine,
                    &pending,
                    &dispatch,
                    c.lines.iter().map(|l| l.to_string()).collect(),
                    (format, ExportOf::Comparison { total: c.total }),
                    state.lang,
                    &stem(n),
                ),
            }
        })
    };
    CompareCommands {
        compare,
        recompare,
        total,
        export,
    }
}
