//! The workspace file (`*.gangmu.json`, the core's `workspace::Workspace`): the whole batch
//! in one file — each report's text (a file's original bytes), its name, the encoding chosen
//! and its corrections — to keep, to open in another browser, or to give the CLI
//! (`gangmu extract --corrections FILE`).
//!
//! Export reads a file's bytes from memory or from the browser's storage. Import adds each
//! report the workspace does not hold yet (analysed with its corrections) and merges the
//! corrections of one it holds: the same content hash is the same report.

use super::use_persistence::Persistence;
use crate::corrections::log::Log;
use crate::i18n::Bilingual;
use crate::protocol::{Envelope, InputKind, Request};
use crate::services::clock::{now_ms, today};
use crate::services::engine::{Engine, Payload};
use crate::services::storage::Store;
use crate::state::{next_id, Action, AppState, Entry, Origin, Status};
use gangmu_core::workspace::{Source, Workspace, WorkspaceReport};
use std::rc::Rc;
use yew::prelude::*;

/// Whether a picked or dropped file is a workspace file (by its name; its content decides).
pub fn is_workspace(name: &str) -> bool {
    name.to_lowercase().ends_with(".gangmu.json")
}

/// The workspace of every analysed report, as the file is written.
pub async fn build(state: &AppState, persistence: &Persistence) -> Workspace {
    let mut ws = Workspace::default();
    let store = persistence.store();
    for e in state.entries.iter().filter(|e| e.status == Status::Done) {
        let source = match (e.origin, &e.source) {
            (Origin::File, Some(bytes)) => Source::File {
                bytes: bytes.to_vec(),
            },
            (Origin::File, None) => match &store {
                Some(store) => match store.source(&e.key).await {
                    Ok(Some(bytes)) => Source::File { bytes },
                    _ => continue,
                },
                None => continue,
            },
            _ => Source::Pasted {
                text: e.text.to_string(),
            },
        };
        ws.reports.push(WorkspaceReport {
            hash: e
                .summary
                .as_ref()
                .map(|s| s.hash.clone())
                .unwrap_or_default(),
            name: e.name.clone(),
            source,
            encoding: e.encoding.clone(),
            added: e.added.max(0.0) as u64,
            corrections: e.log.live(),
        });
    }
    ws
}

/// Saves the workspace file and says so.
pub fn export(state: UseReducerHandle<AppState>, persistence: Persistence) {
    wasm_bindgen_futures::spawn_local(async move {
        let ws = build(&state, &persistence).await;
        let name = format!("gangmu-workspace-{}.gangmu.json", today());
        let (message, error) = crate::services::download::save_with_notice(
            ws.to_json().as_bytes(),
            "application/json",
            &name,
        );
        state.dispatch(Action::Notify { message, error });
    });
}

/// Opens a workspace file: new reports are added and analysed with their corrections; a
/// report already listed (same content hash) takes the file's corrections as well.
pub fn import(
    text: &str,
    state: &AppState,
    engine: &Engine,
    dispatch: &UseReducerDispatcher<AppState>,
) -> Result<usize, Bilingual> {
    let ws = Workspace::parse(text).map_err(|e| Bilingual::new(e.message_zh(), e.message_en()))?;
    let mut added = Vec::new();
    let mut payloads = Vec::new();
    for r in ws.reports {
        let mut log = Log::default();
        log.add(r.corrections.iter().cloned());
        let listed = state
            .entries
            .iter()
            .find(|e| e.summary.as_ref().is_some_and(|s| s.hash == r.hash));
        if let Some(e) = listed {
            dispatch.dispatch(Action::MergeLog {
                key: e.key.to_string(),
                log,
            });
            continue;
        }
        let id = next_id();
        let (origin, input, text, bytes) = match r.source {
            Source::File { bytes } => (Origin::File, InputKind::Bytes, None, Some(bytes)),
            Source::Pasted { text } => (Origin::Paste, InputKind::Text, Some(text), None),
        };
        let mut entry = Entry::new(id, r.name.clone(), origin, 0);
        entry.added = if r.added > 0 {
            r.added as f64
        } else {
            now_ms()
        };
        entry.encoding = r.encoding.clone();
        entry.log = Rc::new(log.clone());
        added.push(entry);
        payloads.push(Payload::Ready(Envelope {
            text,
            bytes,
            ..Envelope::new(Request::Extract {
                job: id,
                name: r.name,
                input,
                encoding: r.encoding,
                corrections: log.live(),
            })
        }));
    }
    let n = added.len();
    if !added.is_empty() {
        dispatch.dispatch(Action::Add(added));
    }
    for p in payloads {
        engine.submit(p);
    }
    Ok(n)
}
