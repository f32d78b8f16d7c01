//! What the browser keeps of each report, in three parts so a reload is quick: [`Meta`] (the
//! list's row: name, origin, summary, the user's corrections — all read at once), [`Body`]
//! (the decoded text and the contract line — read in chunks once the list is back) and a
//! file's original bytes (read only to read the file again or to export the workspace).

use crate::corrections::log::Log;
use crate::protocol::Summary;
use crate::state::Origin;
use serde::{Deserialize, Serialize};

/// One report's small record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// Unique in the workspace and across tabs (`<tab>-<n>`).
    pub key: String,
    pub name: String,
    pub origin: Origin,
    /// When it was added (ms since the epoch; the page's clock): the list's order.
    pub added: f64,
    /// The user's encoding choice, if any (files only).
    #[serde(default)]
    pub encoding: Option<String>,
    /// Which sample it is, for a bundled sample (its text is not stored twice).
    #[serde(default)]
    pub sample: Option<usize>,
    /// The engine that made the body (`services::storage::engine_id`): under another one the
    /// report is read again from its source when restored.
    pub engine: String,
    /// What the list shows; `hash` in it is the content hash that makes two copies of a
    /// report the same report when workspaces merge.
    pub summary: Summary,
    /// The user's corrections, and the ids undo withdrew.
    #[serde(default)]
    pub log: Log,
}

impl Meta {
    /// This record written over `stored` (what another tab may have written meanwhile):
    /// the corrections of both are kept (logs only grow; see `corrections::log`).
    pub fn merged(mut self, stored: &Meta) -> Meta {
        self.log = self.log.merged(&stored.log);
        self
    }
}

/// The decoded text and the CLI-contract line: what the page shows and exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Body {
    pub text: String,
    pub line: String,
}

/// The list's order: as added, ties by key.
pub fn sort(metas: &mut [Meta]) {
    gangmu_core::sort::by(metas, |a, b| {
        a.added.total_cmp(&b.added).then_with(|| a.key.cmp(&b.key))
    });
}
