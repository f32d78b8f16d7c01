//! The workspace kept in the browser, as plain Rust over the storage service
//! (`services::storage::Store`), so it is tested natively with the in-memory store:
//!
//! - [`record`]: what is stored of a report (meta, body, source) and how two writes merge;
//! - [`outbox`]: what the reducer asks to be written or deleted;
//! - [`sync`]: the records of finished reports, and a restore planned report by report (as
//!   stored, or read again because the engine changed).

pub mod outbox;
pub mod record;
pub mod sync;

/// Why the workspace could not be kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage here: a private window, a browser that refuses it for `file://` pages,
    /// storage turned off. The detail is the browser's.
    Unavailable(String),
    /// The browser's storage quota for this page is used up.
    Full,
    /// Any other failure the browser reported.
    Failed(String),
}
