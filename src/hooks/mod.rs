//! Hooks: the app's logic that needs yew's lifecycle, one concern each.
//!
//! - [`use_field`]: a form field that keeps the user's typing across re-renders;
//! - [`use_engine`]: the workers and their replies, batched into reducer actions;
//! - [`use_commands`]: what the user asks for (paste, files, samples, stop, export, read
//!   again), with [`use_compare`] for the comparison's commands;
//! - [`use_loaded`]: the selected report, parsed once;
//! - [`use_names`]: the indicator names from the worker;
//! - [`use_persistence`]: the workspace restored, stored and shared with other tabs;
//! - [`use_document`]: `<html lang>` and the service worker;
//! - [`use_page_drop`]: page-wide file drops;
//! - [`use_undo_keys`]: Ctrl+Z / Ctrl+Shift+Z for corrections;
//! - [`use_typed`]: a correction form's number or year, read by the core in the worker;
//! - [`use_viewport`]: scroll tracking for virtual lists;
//! - [`workspace_file`]: the `*.gangmu.json` workspace file, exported and opened.

pub mod use_commands;
pub mod use_compare;
pub mod use_document;
pub mod use_engine;
pub mod use_field;
pub mod use_loaded;
pub mod use_names;
pub mod use_page_drop;
pub mod use_persistence;
pub mod use_typed;
pub mod use_undo_keys;
pub mod use_viewport;
pub mod workspace_file;
