//! Messages between the page and the extraction worker.
//!
//! A message is a plain JS object with a small JSON `head` (what to do, which job) and the
//! bulky parts beside it as their own fields (`text`, `line`, `bytes`, `lines`), so a 50 MB
//! report is never escaped into JSON and bytes travel as a transferred `ArrayBuffer`.
//! This module is the Rust side of that shape; `services::bridge` converts to and from JS.
//!
//! ```text
//! page ── {head: Extract{job, name, source}, text | bytes} ──▶ worker
//! page ◀── {head: Extracted{job, summary}, text, line, report?} worker   (line = CLI JSON line;
//!                                                                         report: for a paste or a correction)
//! page ◀── {head: Failed{job, error}} ───────────────────────── worker
//! page ── {head: Export{job, format, lang, of}, lines} ──────▶ worker
//! page ◀── {head: Exported{job, mime}, bytes} ───────────────── worker
//! page ── {head: Compare{job, lang, total}, lines} ──────────▶ worker
//! page ◀── {head: Compared{job, order}, line, text, bytes} ──── worker   (line = comparison JSON, text = SVG,
//!                                                                         bytes = the page's view of it, crate::wire)
//! page ── {head: Regions{job, query}} ────────────────────────▶ worker
//! page ◀── {head: Regions{job, found}} ──────────────────────── worker   (divisions for the region picker)
//! page ── {head: Indicators{job}} ───────────────────────────▶ worker
//! page ◀── {head: IndicatorNames{job}, line} ────────────────── worker   (line = [`Names`] as JSON)
//! page ── {head: ReadTyped{job, field, typed}} ──────────────▶ worker
//! page ◀── {head: Typed{job, read}} ─────────────────────────── worker   (a form's number or year, or why not)
//! page ── {head: Load{job}, line} ────────────────────────────▶ worker
//! page ◀── {head: Loaded{job}, bytes} ───────────────────────── worker   (the report for the page: crate::wire)
//! ```
//!
//! `Extract` may carry an encoding label (`decode::OFFERED_ENCODINGS`): the user's override
//! when a file is read again with another encoding.

use crate::i18n::{Bilingual, Lang};
use gangmu_core::corrections::{Correction, NewMetric};
use gangmu_core::numeral::typed::Refusal;
use gangmu_core::{Decimal, IssuedBy, RegionRef, Span};
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

/// What an export is built from: the reports' metric tables (one row per metric), the
/// comparison of the reports (one row per indicator, `gangmu compare`, with its 合计 columns
/// when `total`), or the dataset (`gangmu dataset`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportOf {
    #[default]
    Reports,
    Comparison {
        total: bool,
    },
    Dataset(DatasetTable),
}

/// Which dataset table (`gangmu dataset --table`): a CSV holds one, a workbook may hold both
/// (`gangmu dataset --format xlsx` without `--table`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DatasetTable {
    /// One row per report.
    Reports,
    /// One row per metric per report (the long table).
    Metrics,
    /// Both, as two sheets.
    Both,
}

/// What the page asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    Extract {
        job: u32,
        name: String,
        input: InputKind,
        /// An encoding label chosen by the user (text formats only); `None`: detect.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        encoding: Option<String>,
        /// The user's corrections, applied by the core (`extract_corrected`).
        #[serde(default, skip_serializing_if = "Vec::is_empty", with = "as_json")]
        corrections: Vec<Correction>,
    },
    /// The report in `text` analysed again with these corrections: `summary` is the report's
    /// as it was (how the input was read: format, encoding, title hint, hash, notes), so the
    /// contract line is the one a first reading with these corrections gives.
    Correct {
        job: u32,
        name: String,
        /// Boxed: a summary is large (clippy's large_enum_variant).
        summary: Box<Summary>,
        #[serde(with = "as_json")]
        corrections: Vec<Correction>,
    },
    /// The metric the user selected in the source text (`span` of `text`), read by the core.
    ReadSelection { job: u32, span: Span },
    /// A workspace file (`text`) to open: read and checked by the core (version, hashes), so
    /// the page only reads back the normalised JSON.
    OpenWorkspace { job: u32 },
    Export {
        job: u32,
        format: ExportFormat,
        lang: Lang,
        #[serde(default)]
        of: ExportOf,
    },
    /// Compare the reports in `lines` (in the CLI's order: each issuer's reports by year; the
    /// reply says which), with a 合计 column per year when `total`; the chart's text is in
    /// `lang`.
    Compare {
        job: u32,
        lang: Lang,
        #[serde(default)]
        total: bool,
    },
    /// The indicator dictionary's names, asked for once when the engine is up.
    Indicators { job: u32 },
    /// The divisions a user's words may mean (a code, a name, part of one), for setting a
    /// report's region by hand.
    Regions { job: u32, query: String },
    /// What a correction form's field states (the core's `numeral::typed`, which stays out of
    /// the first-paint bundle this way).
    ReadTyped {
        job: u32,
        field: TypedField,
        typed: String,
    },
    /// The report whose contract line is in `line`, for the page to show (the selected one):
    /// read by the worker and sent back in `bytes` as [`crate::wire`] writes it, so the page
    /// links no reader of the report's JSON.
    Load { job: u32 },
}

/// Which kind of form field a [`Request::ReadTyped`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TypedField {
    /// A metric's value (`1,200`, `１２`, `一千二百`).
    Number,
    /// A report's year (`2023年`, `二〇二三`).
    Year,
}

/// A form field as read: the number, the year, or why it is neither.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Typed {
    Number(Decimal),
    Year(i32),
    Refused(Refusal),
}

/// What the worker answers (the engine also makes `Failed` itself when a worker dies).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Extracted {
        job: u32,
        summary: Summary,
    },
    Failed {
        job: u32,
        error: Bilingual,
    },
    Exported {
        job: u32,
        mime: String,
    },
    /// The comparison as JSON in `line` (what `gangmu compare` prints), its chart in `text`,
    /// and in `bytes` what the page shows of it (`view::compare::ComparisonView` as
    /// [`crate::wire`] writes it, in the request's language), so the page never parses the
    /// core's `Comparison`.
    /// `order[k]` is the index in the request's `lines` of the comparison's column `k`.
    Compared {
        job: u32,
        #[serde(default)]
        order: Vec<usize>,
    },
    /// [`Names`] as JSON in `line`.
    IndicatorNames {
        job: u32,
    },
    /// The workspace file as the core read it, normalised, in `line`.
    Workspace {
        job: u32,
    },
    /// What the selection states (`None`: no number in it).
    Selection {
        job: u32,
        #[serde(
            serialize_with = "as_json::serialize",
            deserialize_with = "as_json::on_page"
        )]
        metric: Option<NewMetric>,
    },
    /// The divisions found for a [`Request::Regions`] query, best first.
    Regions {
        job: u32,
        found: Vec<RegionRef>,
    },
    /// A [`Request::ReadTyped`]'s field as read.
    Typed {
        job: u32,
        read: Typed,
    },
    /// A [`Request::Load`]'s report, in `bytes`.
    Loaded {
        job: u32,
    },
}

/// A message head: requests go one way and replies the other, so each wasm binary carries
/// the serde code of one direction only (the page: requests out, replies in).
pub trait Head: Serialize + serde::de::DeserializeOwned {
    fn job(&self) -> u32;
    /// Reads a head: with `serde_json` in the worker (requests), which links it anyway for
    /// the core, and with the page's small deserializer on the page (replies, `crate::json`).
    fn from_json(text: &str) -> Option<Self>;
}

impl Head for Request {
    fn job(&self) -> u32 {
        match self {
            Request::Extract { job, .. }
            | Request::Correct { job, .. }
            | Request::ReadSelection { job, .. }
            | Request::OpenWorkspace { job }
            | Request::Export { job, .. }
            | Request::Compare { job, .. }
            | Request::Indicators { job }
            | Request::Regions { job, .. }
            | Request::ReadTyped { job, .. }
            | Request::Load { job } => *job,
        }
    }

    fn from_json(text: &str) -> Option<Self> {
        serde_json::from_str(text).ok()
    }
}

impl Head for Reply {
    fn job(&self) -> u32 {
        match self {
            Reply::Extracted { job, .. }
            | Reply::Failed { job, .. }
            | Reply::Exported { job, .. }
            | Reply::Compared { job, .. }
            | Reply::Selection { job, .. }
            | Reply::Workspace { job }
            | Reply::IndicatorNames { job }
            | Reply::Regions { job, .. }
            | Reply::Typed { job, .. }
            | Reply::Loaded { job } => *job,
        }
    }

    fn from_json(text: &str) -> Option<Self> {
        crate::json::from_str(text).ok()
    }
}

/// One message: the head plus its bulky fields.
#[derive(Clone, Debug, PartialEq)]
pub struct Envelope<H> {
    pub head: Option<H>,
    /// Report text (pasted, or decoded by the worker; the chart's SVG in `Compared`).
    pub text: Option<String>,
    /// The CLI-contract JSON line of one report (or the comparison, or the names, as JSON).
    pub line: Option<String>,
    pub bytes: Option<Vec<u8>>,
    /// CLI-contract JSON lines to export or compare.
    pub lines: Vec<String>,
    /// The report of an `Extracted` reply as [`crate::wire`] bytes, when the page will show it
    /// at once: a paste (`Extract` of text) and a correction's recomputation (`Correct`). The
    /// page then needs no `Load` for it.
    pub report: Option<Vec<u8>>,
}

/// A message to the worker.
pub type ToWorker = Envelope<Request>;
/// A message from the worker.
pub type FromWorker = Envelope<Reply>;

impl<H> Default for Envelope<H> {
    fn default() -> Self {
        Envelope {
            head: None,
            text: None,
            line: None,
            bytes: None,
            lines: Vec::new(),
            report: None,
        }
    }
}

impl<H> Envelope<H> {
    pub fn new(head: H) -> Self {
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
    /// The content hash of the input as given (`sha256:…`; a file's bytes, a paste's UTF-8):
    /// the same report is the same hash, whatever its name.
    #[serde(default)]
    pub hash: String,
    pub title: Option<String>,
    pub issuer: Option<String>,
    pub year: Option<i32>,
    /// What kind of text it is (法治政府建设年度报告, 统计公报 …): the list names any other.
    #[serde(default)]
    pub report_type: gangmu_core::ReportType,
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
    pub notes: Vec<Bilingual>,
    /// The title the decoder or the file name suggested (`Options::title_hint`), kept so a
    /// correction re-runs the pipeline exactly as the first reading did.
    #[serde(default)]
    pub title_hint: Option<String>,
    /// Corrections that no longer find their place (listed, never dropped).
    #[serde(default)]
    pub unplaced: usize,
    /// Corrections in force.
    #[serde(default)]
    pub corrections: usize,
    /// Who issued it: region, code, level, body, parents (or the candidates of an ambiguous
    /// name), for the list.
    #[serde(default)]
    pub issued_by: Option<Box<IssuedBy>>,
}

/// The names the page shows for indicator ids and 纲要 areas. The dictionary itself (terms,
/// matching rules) stays in the worker, out of the first-paint bundle; these few kilobytes
/// come over once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    /// `(id, 中文, English)` of every indicator.
    pub indicators: Vec<(String, String, String)>,
    /// `(n, 中文, English)` of the ten 纲要 areas.
    pub areas: Vec<(u8, String, String)>,
}

impl Names {
    pub fn indicator(&self, id: &str, lang: Lang) -> Option<&str> {
        self.indicators
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, zh, en)| lang.pick(zh, en))
    }

    pub fn area(&self, n: u8, lang: Lang) -> Option<&str> {
        self.areas
            .iter()
            .find(|(a, _, _)| *a == n)
            .map(|(_, zh, en)| lang.pick(zh, en))
    }
}

/// The corrections (and a read selection) travel in the head as JSON text: the page already
/// reads and writes them as JSON (they are stored so), and serialising the same types a
/// second way, to JS objects, would add that code to the first-paint bundle again.
mod as_json {
    use serde::de::DeserializeOwned;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&serde_json::to_string(value).map_err(serde::ser::Error::custom)?)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        d: D,
    ) -> Result<T, D::Error> {
        let text = String::deserialize(d)?;
        serde_json::from_str(&text).map_err(serde::de::Error::custom)
    }

    /// The same, read on the page (a reply's field) by the page's deserializer.
    pub fn on_page<'de, T: DeserializeOwned, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        let text = String::deserialize(d)?;
        crate::json::from_str(&text).map_err(serde::de::Error::custom)
    }
}
