//! The app's commands: bring reports in (paste, files, samples), stop, read a file again with
//! another encoding, export, and the comparison's commands (`use_compare`). Components reach
//! them through `Ctx`; each talks to the engine and the reducer, never to the DOM.

use super::use_compare::use_compare;
use super::use_engine::{request_export, Pending};
use super::use_persistence::Persistence;
use super::workspace_file;
use crate::export::{CompareExport, ExportKind, Scope};
use crate::i18n::{messages, Lang};
use crate::protocol::{DatasetTable, Envelope, ExportOf, InputKind, Request, Typed, TypedField};
use crate::services::clock::now_ms;
use crate::services::engine::{Engine, Payload};
use crate::services::files::Originals;
use crate::services::storage::Store;
use crate::state::{next_id, Action, AppState, Entry, EntryId, Origin, Status};
use crate::view::loaded::Loaded;
use std::collections::HashSet;
use std::rc::Rc;
use web_sys::File;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct Commands {
    pub paste: Callback<String>,
    pub files: Callback<Vec<File>>,
    pub samples: Callback<()>,
    pub stop: Callback<()>,
    pub export: Callback<(ExportKind, Scope)>,
    /// Compare the ticked reports.
    pub compare: Callback<()>,
    /// Run the comparison on screen again (the chart in the current language).
    pub recompare: Callback<()>,
    /// The comparison on screen with (`true`) or without its 合计 columns.
    pub compare_total: Callback<bool>,
    pub compare_export: Callback<CompareExport>,
    /// Read a report's file again with this encoding label.
    pub reread: Callback<(EntryId, String)>,
    /// Save the whole workspace as one `*.gangmu.json` file.
    pub export_workspace: Callback<()>,
    /// Ask the core what the selected text (a span of the shown report) states.
    pub read_selection: Callback<gangmu_core::Span>,
    /// Look up the divisions a user's words may mean (`AppState.regions` gets them).
    pub find_regions: Callback<String>,
    /// Have the core read a correction form's field (in the worker); the callback gets it.
    pub read_typed: Callback<(TypedField, String, Callback<Option<Typed>>)>,
}

fn extract(job: EntryId, name: String, input: InputKind, encoding: Option<String>) -> Request {
    Request::Extract {
        job,
        name,
        input,
        encoding,
        corrections: Vec::new(),
    }
}

/// A new report's entry, stamped with the time it was added (its place after a reload).
fn new_entry(id: EntryId, name: &str, origin: Origin, size: usize) -> Entry {
    let mut e = Entry::new(id, name, origin, size);
    e.added = now_ms();
    e
}

#[hook]
pub fn use_commands(
    state: &UseReducerHandle<AppState>,
    engine: &Engine,
    pending: &Pending,
    persistence: &Persistence,
    loaded: Option<Rc<Loaded>>,
) -> Commands {
    let dispatch = state.dispatcher();
    let originals = (*use_memo((), |_| Originals::default())).clone();
    let compare = use_compare(engine, pending, state);

    // Forget the files of removed reports.
    {
        let (originals, state) = (originals.clone(), state.clone());
        use_effect_with(state.entries.len(), move |_| {
            if originals.len() > state.entries.len() {
                let listed: HashSet<EntryId> = state.entries.iter().map(|e| e.id).collect();
                originals.retain(&listed);
            }
        });
    }

    let paste = {
        let (engine, dispatch, state) = (engine.clone(), dispatch.clone(), state.clone());
        Callback::from(move |text: String| {
            let id = next_id();
            let name = state.paste_name();
            let entry = new_entry(id, &name, Origin::Paste, text.len());
            dispatch.dispatch(Action::Add(vec![entry]));
            engine.submit(Payload::Ready(Envelope {
                text: Some(text),
                ..Envelope::new(extract(id, name, InputKind::Text, None))
            }));
        })
    };
    let files = {
        let (engine, dispatch, originals) = (engine.clone(), dispatch.clone(), originals.clone());
        let pending = pending.clone();
        Callback::from(move |files: Vec<File>| {
            let mut entries = Vec::new();
            let mut payloads = Vec::new();
            let (workspaces, files): (Vec<File>, Vec<File>) = files
                .into_iter()
                .partition(|f| workspace_file::is_workspace(&f.name()));
            for file in workspaces {
                open_workspace(file, engine.clone(), pending.clone());
            }
            for file in files {
                let id = next_id();
                let name = file.name();
                originals.keep(id, file.clone());
                let size = file.size() as usize;
                entries.push(new_entry(id, &name, Origin::File, size));
                let request = extract(id, name, InputKind::Bytes, None);
                payloads.push(Payload::File(Envelope::new(request), file));
            }
            dispatch.dispatch(Action::Add(entries));
            for p in payloads {
                engine.submit(p);
            }
        })
    };
    let samples = {
        let (engine, dispatch) = (engine.clone(), dispatch.clone());
        Callback::from(move |_| {
            let mut entries = Vec::new();
            for (i, name) in crate::samples::NAMES.iter().enumerate() {
                let id = next_id();
                let mut entry = new_entry(id, name, Origin::Sample, 0);
                entry.sample = Some(i);
                entries.push(entry);
                let request = extract(id, name.to_string(), InputKind::Sample(i), None);
                engine.submit(Payload::Ready(Envelope::new(request)));
            }
            dispatch.dispatch(Action::Add(entries));
        })
    };
    let stop = {
        let (engine, dispatch, pending) = (engine.clone(), dispatch.clone(), pending.clone());
        Callback::from(move |_| {
            engine.stop();
            // Every job dies with the workers: exports and comparisons are not coming back,
            // and the names are asked for again once the fresh workers are up.
            pending.borrow_mut().clear();
            dispatch.dispatch(Action::Stop);
        })
    };
    let reread = {
        let (engine, dispatch, state, originals, persistence) = (
            engine.clone(),
            dispatch.clone(),
            state.clone(),
            originals.clone(),
            persistence.clone(),
        );
        Callback::from(move |(id, label): (EntryId, String)| {
            let Some(entry) = state.entry(id).cloned() else {
                return;
            };
            if entry.status.is_pending() {
                return;
            }
            let request = Request::Extract {
                job: id,
                name: entry.name.clone(),
                input: InputKind::Bytes,
                encoding: Some(label.clone()),
                corrections: entry.log.live(),
            };
            // The file as dropped, else its bytes as kept (in memory or, after a reload, in
            // the browser's storage).
            let (engine, dispatch, store) = (engine.clone(), dispatch.clone(), persistence.store());
            let file = originals.get(id);
            wasm_bindgen_futures::spawn_local(async move {
                let payload = match (file, &entry.source, store) {
                    (Some(file), _, _) => Payload::File(Envelope::new(request), file),
                    (None, Some(bytes), _) => Payload::Ready(Envelope {
                        bytes: Some(bytes.to_vec()),
                        ..Envelope::new(request)
                    }),
                    (None, None, Some(store)) => match store.source(&entry.key).await {
                        Ok(Some(bytes)) => Payload::Ready(Envelope {
                            bytes: Some(bytes),
                            ..Envelope::new(request)
                        }),
                        _ => return,
                    },
                    _ => return,
                };
                dispatch.dispatch(Action::Reread {
                    id,
                    encoding: Some(label),
                });
                engine.submit(payload);
            });
        })
    };
    // Reports whose corrections changed are analysed again in the worker
    // (`extract_corrected`); the table and checks follow when the reply comes.
    {
        let (engine, state, pending) = (engine.clone(), state.clone(), pending.clone());
        use_effect_with(state.recompute.clone(), move |ids| {
            if !ids.is_empty() {
                state.dispatch(Action::RecomputeTaken(ids.iter().copied().collect()));
                for e in ids.iter().filter_map(|id| state.entry(*id)) {
                    let Some(summary) = e.summary.clone() else {
                        continue;
                    };
                    let job = next_id();
                    pending.borrow_mut().insert(
                        job,
                        super::use_engine::Job::Recompute {
                            id: e.id,
                            revision: e.revision,
                        },
                    );
                    let request = Request::Correct {
                        job,
                        name: e.name.clone(),
                        summary: Box::new(summary),
                        corrections: e.log.live(),
                    };
                    engine.submit(Payload::Ready(Envelope {
                        text: Some(e.text.to_string()),
                        ..Envelope::new(request)
                    }));
                }
            }
        });
    }
    // Reports whose input waits in their entry (opened from a workspace file) go to the
    // engine with their corrections.
    {
        let (engine, state) = (engine.clone(), state.clone());
        use_effect_with(state.extract.clone(), move |ids| {
            if !ids.is_empty() {
                state.dispatch(Action::ExtractTaken(ids.iter().copied().collect()));
                for e in ids.iter().filter_map(|id| state.entry(*id)) {
                    let (input, text, bytes) = match &e.source {
                        Some(bytes) => (InputKind::Bytes, None, Some(bytes.to_vec())),
                        None => (InputKind::Text, Some(e.text.to_string()), None),
                    };
                    engine.submit(Payload::Ready(Envelope {
                        text,
                        bytes,
                        ..Envelope::new(Request::Extract {
                            job: e.id,
                            name: e.name.clone(),
                            input,
                            encoding: e.encoding.clone(),
                            corrections: e.log.live(),
                        })
                    }));
                }
            }
        });
    }
    let export = {
        let (engine, pending, state) = (engine.clone(), pending.clone(), state.clone());
        Callback::from(move |(kind, scope): (ExportKind, Scope)| {
            export_reports(&state, &engine, &pending, loaded.as_deref(), kind, scope)
        })
    };

    let export_workspace = {
        let (state, persistence) = (state.clone(), persistence.clone());
        Callback::from(move |_: ()| workspace_file::export(state.clone(), persistence.clone()))
    };

    let read_selection = {
        let (engine, pending, state) = (engine.clone(), pending.clone(), state.clone());
        Callback::from(move |span: gangmu_core::Span| {
            let Some(e) = state.selected_entry() else {
                return;
            };
            let job = next_id();
            pending
                .borrow_mut()
                .insert(job, super::use_engine::Job::Selection { id: e.id, span });
            engine.submit(Payload::Ready(Envelope {
                text: Some(e.text.to_string()),
                ..Envelope::new(Request::ReadSelection { job, span })
            }));
        })
    };

    let find_regions = {
        let (engine, pending, dispatch) = (engine.clone(), pending.clone(), state.dispatcher());
        Callback::from(move |query: String| {
            let job = next_id();
            pending
                .borrow_mut()
                .insert(job, super::use_engine::Job::Regions);
            dispatch.dispatch(Action::RegionsAsked(job));
            engine.submit(Payload::Ready(Envelope::new(Request::Regions {
                job,
                query,
            })));
        })
    };

    let read_typed = {
        let (engine, pending) = (engine.clone(), pending.clone());
        Callback::from(
            move |(field, typed, form): (TypedField, String, Callback<Option<Typed>>)| {
                let job = next_id();
                pending
                    .borrow_mut()
                    .insert(job, super::use_engine::Job::Typed(form));
                engine.submit(Payload::Ready(Envelope::new(Request::ReadTyped {
                    job,
                    field,
                    typed,
                })));
            },
        )
    };

    Commands {
        read_typed,
        read_selection,
        find_regions,
        export_workspace,
        paste,
        files,
        samples,
        stop,
        export,
        compare: compare.compare,
        recompare: compare.recompare,
        compare_total: compare.total,
        compare_export: compare.export,
        reread,
    }
}

/// Reads a workspace file and has the core read it (the reply opens it: `OpenWorkspace`).
fn open_workspace(file: File, engine: Engine, pending: Pending) {
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let job = next_id();
        pending
            .borrow_mut()
            .insert(job, super::use_engine::Job::Workspace);
        engine.submit(Payload::Ready(Envelope {
            text: Some(text),
            ..Envelope::new(Request::OpenWorkspace { job })
        }));
    });
}

/// Exports the selected report or all analysed ones: JSON lines here, CSV and XLSX from the
/// worker, the visible table rows to the clipboard.
fn export_reports(
    state: &UseReducerHandle<AppState>,
    engine: &Engine,
    pending: &Pending,
    loaded: Option<&Loaded>,
    kind: ExportKind,
    scope: Scope,
) {
    let dispatch = state.dispatcher();
    let notify = |message, error: bool| dispatch.dispatch(Action::Notify { message, error });
    let lang = state.lang;
    if kind == ExportKind::CopyTable {
        let Some(l) = loaded else {
            return notify(messages::nothing_to_export(), true);
        };
        copy_table(state, l, lang);
        return;
    }
    let chosen: Vec<Rc<Entry>> = match scope {
        Scope::Current => state.selected_entry().cloned().into_iter().collect(),
        Scope::All => state.entries.clone(),
    };
    let chosen: Vec<Rc<Entry>> = chosen
        .into_iter()
        .filter(|e| e.status == Status::Done)
        .collect();
    if chosen.is_empty() {
        return notify(messages::nothing_to_export(), true);
    }
    let stem = match (scope, chosen.as_slice(), kind) {
        // gangmu-dataset-metrics-200-20250131.csv
        (_, _, ExportKind::Dataset(_, table)) => format!(
            "gangmu-dataset{}-{}-{}",
            match table {
                DatasetTable::Reports => "-reports",
                DatasetTable::Metrics => "-metrics",
                DatasetTable::Both => "",
            },
            chosen.len(),
            crate::services::clock::today()
        ),
        (Scope::Current, [one], _) => crate::export::file_stem(&one.name),
        _ => format!(
            "gangmu-{}-{}",
            chosen.len(),
            crate::services::clock::today()
        ),
    };
    if kind != ExportKind::Json && super::use_engine::engine_missing(state, &dispatch) {
        return;
    }
    let lines: Vec<String> = chosen.iter().map(|e| e.line.to_string()).collect();
    match kind {
        ExportKind::Json => {
            let body = crate::export::json_lines(lines.iter().map(String::as_str));
            let ext = if lines.len() == 1 { "json" } else { "jsonl" };
            let name = format!("{stem}.{ext}");
            let (message, error) = crate::services::download::save_with_notice(
                body.as_bytes(),
                "application/json",
                &name,
            );
            notify(message, error);
        }
        ExportKind::Table(format) => request_export(
            engine,
            pending,
            &dispatch,
            lines,
            (format, ExportOf::Reports),
            lang,
            &stem,
        ),
        ExportKind::Dataset(format, table) => request_export(
            engine,
            pending,
            &dispatch,
            lines,
            (format, ExportOf::Dataset(table)),
            lang,
            &stem,
        ),
        ExportKind::CopyTable => {}
    }
}

/// The rows the table shows, as TSV on the clipboard.
fn copy_table(state: &UseReducerHandle<AppState>, l: &Loaded, lang: Lang) {
    let shown = crate::view::table::visible(&l.report, &state.filter, state.sort);
    let header = match lang {
        Lang::Zh => gangmu_core::present::csv::COLUMNS_ZH,
        Lang::En => gangmu_core::present::csv::COLUMNS,
    };
    let tsv = crate::export::tsv(&header, &l.file, &l.report, &shown, state.names.as_deref());
    let dispatch = state.dispatcher();
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::services::clipboard::copy(&tsv).await;
        let message = if ok {
            messages::copied()
        } else {
            messages::copy_failed()
        };
        dispatch.dispatch(Action::Notify {
            message,
            error: !ok,
        });
    });
}
