//! Where the workspace is kept between visits: a small trait over the browser's IndexedDB
//! ([`idb::IdbStore`]), with an in-memory implementation ([`memory::MemoryStore`]) for native
//! tests. The records are `persist::record`'s; every write of a report's [`Meta`] is merged
//! with what is stored (`Meta::merged`), inside one transaction, so two tabs that correct the
//! same report keep both their corrections. [`engine_id`] names the engine whose results are
//! stored.

pub mod idb;
pub mod memory;

use crate::persist::record::{Body, Meta};
pub use crate::persist::StoreError;

/// One report to write: its record, and the parts that changed.
#[derive(Clone, Debug, PartialEq)]
pub struct Write {
    pub meta: Meta,
    pub body: Option<Body>,
    /// The original bytes of a file (written once, when the report is added).
    pub source: Option<Vec<u8>>,
}

/// The storage service. Single-threaded (the page, native tests): no `Send` bounds.
#[allow(async_fn_in_trait)]
pub trait Store {
    /// Every report's record, in the order they were added.
    async fn metas(&self) -> Result<Vec<Meta>, StoreError>;
    /// The records of these reports (`None` for one that is not stored).
    async fn metas_of(&self, keys: &[String]) -> Result<Vec<Option<Meta>>, StoreError>;
    /// The bodies of these reports (`None` for one that is not stored).
    async fn bodies(&self, keys: &[String]) -> Result<Vec<Option<Body>>, StoreError>;
    /// A file's original bytes.
    async fn source(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// The original bytes of these files, in one read (a restore after an engine change reads
    /// hundreds).
    async fn sources(&self, keys: &[String]) -> Result<Vec<Option<Vec<u8>>>, StoreError>;
    /// Writes the reports, each meta merged with the stored one; returns the merged metas.
    async fn write(&self, writes: Vec<Write>) -> Result<Vec<Meta>, StoreError>;
    async fn remove(&self, keys: &[String]) -> Result<(), StoreError>;
    async fn clear(&self) -> Result<(), StoreError>;
}

/// The engine of this build: the worker wasm's hash, which scripts/postbuild.py writes into
/// `<meta name="gangmu-engine">` (and into the single file). Stored results of another engine
/// are read again from their sources when restored; without the tag (a build without the
/// post-build step) the build id stands in, else `dev`.
pub fn engine_id() -> String {
    let doc = web_sys::window().and_then(|w| w.document());
    let tag = |name: &str| {
        doc.as_ref()
            .and_then(|d| {
                d.query_selector(&format!("meta[name={name}]"))
                    .ok()
                    .flatten()
            })
            .and_then(|m| m.get_attribute("content"))
    };
    tag("gangmu-engine")
        .or_else(|| tag("gangmu-build"))
        .unwrap_or_else(|| "dev".into())
}
