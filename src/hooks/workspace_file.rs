//! The workspace file (`*.gangmu.json`, the core's `workspace::Workspace`): the whole batch
//! in one file — each report's text (a file's original bytes), its name, the encoding chosen
//! and its corrections — to keep, to open in another browser, or to give the CLI
//! (`gangmu extract --corrections FILE`).
//!
//! Export reads a file's bytes from memory or from the browser's storage. Opening one is the
//! worker's (the core checks the version and the hashes) and the reducer's
//! (`Action::OpenWorkspace`: a report not listed yet is added and analysed with its
//! corrections; one listed — the same content hash — takes its corrections too).

use super::use_persistence::Persistence;
use crate::services::clock::today;
use crate::services::storage::Store;
use crate::state::{Action, AppState, Origin, Status};
use gangmu_core::workspace::{Source, Workspace, WorkspaceReport};
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
