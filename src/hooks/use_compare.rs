//! The comparison's commands: compare the ticked reports, run the comparison again (the
//! chart in another language), and save it. The comparison and its CSV/XLSX are built in the
//! worker (like `gangmu compare`); the JSON and the SVG the worker sent are saved as they are.

use super::use_engine::{Job, Pending};
use crate::components::context::CompareExport;
use crate::i18n::Message;
use crate::protocol::{Envelope, ExportFormat, ExportOf, Request};
use crate::services::engine::{Engine, Payload};
use crate::state::{next_id, Action, AppState, CompareResult, EntryId};
use std::rc::Rc;
use yew::prelude::*;

pub struct CompareCommands {
    pub compare: Callback<()>,
    pub recompare: Callback<()>,
    pub export: Callback<CompareExport>,
}

fn send(
    engine: &Engine,
    pending: &Pending,
    dispatch: &UseReducerDispatcher<AppState>,
    state: &AppState,
    ids: Vec<EntryId>,
    lines: Vec<Rc<str>>,
) {
    let job = next_id();
    let lang = state.lang;
    pending.borrow_mut().insert(job, Job::Compare);
    let request = Envelope {
        lines: lines.iter().map(|l| l.to_string()).collect(),
        ..Envelope::new(Request::Compare { job, lang })
    };
    dispatch.dispatch(Action::CompareStarted {
        job,
        ids,
        lines,
        lang,
    });
    engine.submit(Payload::Ready(request));
}

/// `gangmu-compare-3-20250131.csv`.
fn file_name(n: usize, ext: &str) -> String {
    format!(
        "gangmu-compare-{n}-{}.{ext}",
        crate::components::app::today()
    )
}

#[hook]
pub fn use_compare(
    engine: &Engine,
    pending: &Pending,
    state: &UseReducerHandle<AppState>,
) -> CompareCommands {
    let dispatch = state.dispatcher();
    let compare = {
        let (engine, pending, dispatch, state) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
        );
        Callback::from(move |_: ()| {
            let chosen = state.checked_done();
            if chosen.len() < 2 {
                let s = crate::i18n::ZH.compare_tick_hint;
                dispatch.dispatch(Action::Notify {
                    message: Message::new(s, crate::i18n::EN.compare_tick_hint),
                    error: true,
                });
                return;
            }
            let ids = chosen.iter().map(|e| e.id).collect();
            let lines = chosen.iter().map(|e| e.line.clone()).collect();
            send(&engine, &pending, &dispatch, &state, ids, lines);
        })
    };
    let recompare = {
        let (engine, pending, dispatch, state) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
        );
        Callback::from(move |_: ()| {
            if let Some(c) = &state.compare {
                send(
                    &engine,
                    &pending,
                    &dispatch,
                    &state,
                    c.ids.clone(),
                    c.lines.clone(),
                );
            }
        })
    };
    let export = {
        let (engine, pending, dispatch, state) = (
            engine.clone(),
            pending.clone(),
            dispatch.clone(),
            state.clone(),
        );
        Callback::from(move |kind: CompareExport| {
            let Some(c) = &state.compare else { return };
            let CompareResult::Done { json, svg } = &c.result else {
                return;
            };
            let n = c.ids.len();
            let save = |bytes: &[u8], mime: &str, name: String| {
                let (message, error) = match crate::services::download::save(bytes, mime, &name) {
                    Ok(()) => (
                        Message::new(format!("已导出 {name}"), format!("Exported {name}")),
                        false,
                    ),
                    Err(e) => (
                        Message::new(format!("导出失败：{e}"), format!("Export failed: {e}")),
                        true,
                    ),
                };
                dispatch.dispatch(Action::Notify { message, error });
            };
            match kind {
                // What `gangmu compare` prints: the JSON object and a newline.
                CompareExport::Json => save(
                    format!("{json}\n").as_bytes(),
                    "application/json",
                    file_name(n, "json"),
                ),
                CompareExport::Svg => save(svg.as_bytes(), "image/svg+xml", file_name(n, "svg")),
                CompareExport::Table(format) => {
                    let job = next_id();
                    let ext = match format {
                        ExportFormat::Xlsx => "xlsx",
                        ExportFormat::Csv => "csv",
                    };
                    pending
                        .borrow_mut()
                        .insert(job, Job::Export(file_name(n, ext)));
                    dispatch.dispatch(Action::ExportBusy(true));
                    engine.submit(Payload::Ready(Envelope {
                        lines: c.lines.iter().map(|l| l.to_string()).collect(),
                        ..Envelope::new(Request::Export {
                            job,
                            format,
                            lang: state.lang,
                            of: ExportOf::Comparison,
                        })
                    }));
                }
            }
        })
    };
    CompareCommands {
        compare,
        recompare,
        export,
    }
}
