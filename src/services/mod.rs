//! The browser edges: everything that talks to the DOM or browser APIs lives here, so the rest
//! of the crate is plain Rust.
//!
//! - [`bridge`]: protocol envelopes to and from JS objects;
//! - [`clock`]: today's date and the time (the core has no clock);
//! - [`engine`]: the extraction workers (Blob-URL workers, page-thread fallback, Stop);
//! - [`files`]: reading dropped or picked files, and keeping their handles;
//! - [`image`]: the comparison chart (an SVG string) as an `<img>` source;
//! - [`download`], [`clipboard`]: getting exports out;
//! - [`offline`]: service-worker registration for the hosted app;
//! - [`storage`]: the workspace in IndexedDB, behind a trait (in memory for native tests).

pub mod bridge;
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod engine;
pub mod files;
pub mod image;
pub mod offline;
pub mod storage;
