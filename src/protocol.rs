//! Messages between the page and the extraction worker.
//!
//! A message is a plain JS object with a small JSON `head` (what to do, which job) and the
//! bulky parts beside it as their own fields (`text`, `line`, `bytes`, `lines`), so a 50 MB
//! report is never escaped into JSON and bytes travel as a transferred `ArrayBuffer`.
//! This module is the Rust side of that shape; `services::bridge` converts to and from JS.
//!
//! ```text
//! page ── {head: Extract{job, name, source}, text | bytes} ──▶ worker
//! page ◀── {head: Extracted{job, summary}, text, line} ─────── worker   (line = CLI JSON line)
//! page ◀── {head: Failed{job, error}} ───────────────────────── worker
//! page ── {head: Export{job, format, lang}, lines} ──────────▶ worker
//! page ◀── {head: Exported{job, mime}, bytes} ───────────────── worker
//! ```

use crate::i18n::{Lang, Message};
use serde::{Deserialize, Serialize};

/// Where a report's input comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputKind {
    /// Pasted text, in the `text` field.
    Text,
    /// A file's bytes, in the `bytes` field; the worker decodes them.
    Bytes,
    /// One of the bundled sample reports, by index into [`crate::samples::NAMES`].
    Sample(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    Xlsx,
    Csv,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Head {
    Extract {
        job: u32,
        name: String,
        input: InputKind,
    },
    Extracted {
        job: u32,
        summary: Summary,
    },
    Failed {
        job: u32,
        error: Message,
    },
    Export {
        job: u32,
        format: ExportFormat,
        lang: Lang,
    },
    Exported {
        job: u32,
        mime: String,
    },
}

impl Head {
    pub fn job(&self) -> u32 {
        match self {
            Head::Extract { job, .. }
            | Head::Extracted { job, .. }
            | Head::Failed { job, .. }
            | Head::Export { job, .. }
            | Head::Exported { job, .. } => *job,
        }
    }
}

/// One message: the head plus its bulky fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Envelope {
    pub head: Option<Head>,
    /// Report text (pasted, or decoded by the worker).
    pub text: Option<String>,
    /// The CLI-contract JSON line of one report.
    pub line: Option<String>,
    pub bytes: Option<Vec<u8>>,
    /// CLI-contract JSON lines to export.
    pub lines: Vec<String>,
}

impl Envelope {
    pub fn new(head: Head) -> Self {
        Envelope {
            head: Some(head),
            ..Envelope::default()
        }
    }
}

/// What the report list shows, computed in the worker so the page never parses a report it
/// does not display.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: Option<String>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    pub headings: usize,
    pub metrics: usize,
    pub findings: usize,
    /// Checks that do not hold.
    pub failed_checks: usize,
    /// Input size in characters.
    pub chars: usize,
    /// `text`, `html` …
    pub format: String,
    /// `UTF-8`, `GBK` …
    pub encoding: String,
    /// What the decoder noted (an encoding guessed, scanned PDF pages …), both languages.
    #[serde(default)]
    pub notes: Vec<Message>,
    /// Byte offset in the contract line where the report's own fields start, so the page can
    /// parse `{` + `line[report_at..]` as a plain `Report` (serde's `flatten` is ~8× slower,
    /// which is seconds on the page thread for a large report).
    #[serde(default)]
    pub report_at: Option<usize>,
}
