//! Gangmu's web app: a yew UI over the extraction core, with the extraction itself in a web
//! worker (see ARCHITECTURE.md, "Web app").
//!
//! Two wasm binaries are built from this crate by Trunk:
//! - `gangmu-web` (crates/web-app/src/main.rs): the UI. It links the core only for its types, so the
//!   first-paint bundle stays small;
//! - `gangmu-worker` (crates/web-app/src/worker.rs): extraction, decoding, samples and the XLSX
//!   writer, loaded after the first paint into a worker (or the page thread as a fallback).
//!
//! Modules, from pure to DOM-bound:
//! - [`i18n`]: every UI string, Chinese and English;
//! - [`state`]: the reducer (tested natively);
//! - [`view`]: view models (outline rows, metric rows, source segments, virtual windows);
//! - [`json`]: the page's JSON reader (a serde deserializer written for small code);
//! - [`wire`]: the selected report as the worker sends it to the page (compact, positional);
//! - [`export`], [`protocol`], [`worker`], [`samples`]: exports, the worker messages and the
//!   worker's request handler (all tested natively);
//! - [`corrections`]: each report's corrections, undo/redo, corrections made from the UI;
//! - [`persist`]: the workspace kept in the browser (records, the outbox, restore steps),
//!   over the storage service's trait (tested natively with the in-memory store);
//! - [`services`]: the browser edges (files, downloads, clipboard, the worker bridge);
//! - [`hooks`], [`components`]: the yew UI, one component per file.

pub mod components;
pub mod corrections;
pub mod export;
pub mod hooks;
pub mod i18n;
pub mod json;
pub mod persist;
pub mod protocol;
pub mod samples;
pub mod services;
pub mod state;
pub mod view;
pub mod wire;
pub mod worker;
