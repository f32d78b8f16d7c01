//! The user's corrections: data the core applies, not an overlay of the UI.
//!
//! No extractor gets every figure right, so a user can edit a metric's fields, remove a metric
//! that is none (不是指标), add one the extractor missed, edit the report's facts (title,
//! issuer, year, publication date) and mark a finding reviewed or dismissed. Each is one
//! [`Correction`] in a log; [`crate::extract_corrected`] runs the pipeline with the log applied
//! right after the metrics stage, so indicators, checks and the profile are computed from the
//! corrected values (a sum that failed on a misread figure holds once the figure is fixed), and
//! the web app and the CLI, given the same log, produce the same report byte for byte.
//!
//! Corrections are anchored to the source ([`Anchor`]: a span plus the text at it and a little
//! context), so they find their place again after a re-read with another encoding or under a
//! newer core. One that does not is reported as unplaced, never dropped.
//!
//! - [`anchor`]: finding an anchor's place in the text as read now;
//! - [`apply`]: the log applied to metrics, facts and findings;
//! - [`selection`]: a metric read from text the user selected;
//! - `wire`: how a [`Change`] is read from JSON.

pub mod anchor;
pub mod apply;
pub mod selection;
mod wire;

pub use anchor::Anchor;
pub use selection::read_selection;

use crate::decimal::Decimal;
use crate::model::{Direction, FindingKind, MetricKind, Qualifier, ReviewStatus};
use serde::{Deserialize, Serialize};

/// One user action on a report. Later corrections of the same thing win; the log's order is
/// the order they are applied in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// Unique within the workspace (the web app makes it from its tab and a counter), so two
    /// logs of one report merge without duplicates.
    pub id: String,
    /// Milliseconds since the Unix epoch, from the caller (the core has no clock); 0 when not
    /// known. Merged logs are ordered by it.
    #[serde(default)]
    pub time: u64,
    /// Corrections made by one user action share a group, which undo takes back whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub change: Change,
}

/// What a correction does. Read through one flat struct (`wire.rs`: the same JSON, without
/// serde's buffering of internally tagged enums).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "wire::Flat")]
pub enum Change {
    /// Sets one field of the metric standing at `at`.
    EditMetric { at: Anchor, set: MetricField },
    /// The number at `at` is not a metric.
    RemoveMetric { at: Anchor },
    /// A metric the extractor missed, at the text the user selected.
    AddMetric { at: Anchor, metric: NewMetric },
    /// Sets a fact of the report.
    EditFact { set: Fact },
    /// Marks the finding of kind `finding` at `at` (or, for a finding without a place, with
    /// the message `message`) reviewed or dismissed.
    ReviewFinding {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<Anchor>,
        finding: FindingKind,
        /// The finding's Chinese message when it was reviewed (tells apart findings without
        /// a place, such as two missing parts).
        #[serde(default)]
        message: String,
        status: ReviewStatus,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
}

/// A metric field and its new value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum MetricField {
    Label(String),
    Value(Decimal),
    /// `None` for a figure without a unit.
    Unit(Option<String>),
    Qualifier(Option<Qualifier>),
    Kind(MetricKind),
    Direction(Option<Direction>),
    /// A canonical indicator id from the dictionary, or `None` for "no indicator".
    Indicator(Option<String>),
}

impl MetricField {
    /// The field's name as in the JSON contract.
    pub fn name(&self) -> &'static str {
        match self {
            MetricField::Label(_) => "label",
            MetricField::Value(_) => "value",
            MetricField::Unit(_) => "unit",
            MetricField::Qualifier(_) => "qualifier",
            MetricField::Kind(_) => "kind",
            MetricField::Direction(_) => "direction",
            MetricField::Indicator(_) => "indicator",
        }
    }
}

/// A fact of the report and its new value (`None` clears it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum Fact {
    Title(Option<String>),
    Issuer(Option<String>),
    Year(Option<i32>),
    /// `YYYY-MM-DD`; it drives the timeliness check.
    Published(Option<String>),
    /// The issuer's region by its 6-digit code (GB/T 2260), where the name alone does not
    /// settle it; `None` clears it.
    Region(Option<String>),
}

impl Fact {
    pub fn name(&self) -> &'static str {
        match self {
            Fact::Title(_) => "title",
            Fact::Issuer(_) => "issuer",
            Fact::Year(_) => "year",
            Fact::Published(_) => "published",
            Fact::Region(_) => "region",
        }
    }
}

/// The fields of a metric the user adds. Value, unit and qualifier usually come from
/// [`read_selection`]; the user confirms or edits them.
pub type NewMetric = crate::model::MetricFields;
