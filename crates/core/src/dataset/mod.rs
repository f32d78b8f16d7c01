//! Hundreds of reports as one dataset: a report table (one row per report: who issued it, its
//! year, the required parts, its measures) and a long table (one row per metric per report,
//! the report's columns first), for spreadsheets, pandas and R.
//!
//! The rows are typed values ([`Value`]) built once here; CSV ([`csv`]), JSON lines
//! ([`jsonl`]) and the workbook (`gangmu_xlsx::dataset`) only render them, so the three formats
//! hold the same rows. Values do not depend on the language: only the header does (snake_case
//! keys, or Chinese names). The builders take whatever reports they are given — a caller that
//! applies the user's corrections passes the corrected reports (`extract_corrected`): the
//! report table counts the corrections applied, the long table marks each metric the user
//! added or edited, with the figure and label as extracted.

pub mod columns;
pub mod csv;
pub mod jsonl;

use crate::decimal::Decimal;
use crate::model::{Coverage, Part, Report};
use crate::present::section_name;
pub use columns::{Column, METRIC_COLUMNS, REPORT_COLUMNS};

/// Which table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Table {
    /// One row per report.
    #[default]
    Reports,
    /// One row per metric per report.
    Metrics,
}

/// One cell, typed so numbers stay numbers in every format.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(Decimal),
    Int(i64),
    Bool(bool),
    Empty,
}

impl Value {
    fn text(s: impl Into<String>) -> Value {
        let s = s.into();
        if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s)
        }
    }

    fn opt(s: Option<impl Into<String>>) -> Value {
        s.map_or(Value::Empty, Value::text)
    }

    /// As plain text: numbers as written, booleans `true`/`false`, empty for none.
    pub fn plain(&self) -> String {
        match self {
            Value::Text(s) => s.clone(),
            Value::Number(d) => d.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Empty => String::new(),
        }
    }
}

/// The columns of `table`.
pub fn columns(table: Table) -> Vec<&'static Column> {
    match table {
        Table::Reports => REPORT_COLUMNS.iter().collect(),
        Table::Metrics => REPORT_COLUMNS.iter().chain(METRIC_COLUMNS).collect(),
    }
}

/// The rows of `table` for `reports` (file name, report), in the order given.
pub fn rows(table: Table, reports: &[(&str, &Report)]) -> Vec<Vec<Value>> {
    reports
        .iter()
        .flat_map(|(file, report)| report_rows(table, file, report))
        .collect()
}

/// The rows of `table` for one report: one, or one per metric. Writers that stream (the CLI)
/// call it report by report, so a dataset of thousands never holds every row at once.
pub fn report_rows(table: Table, file: &str, report: &Report) -> Vec<Vec<Value>> {
    let head = report_row(file, report);
    match table {
        Table::Reports => vec![head],
        Table::Metrics => (0..report.metrics.len())
            .map(|i| {
                let mut row = Vec::with_capacity(REPORT_COLUMNS.len() + METRIC_COLUMNS.len());
                row.extend(head.iter().cloned());
                row.extend(metric_cells(report, i));
                row
            })
            .collect(),
    }
}

/// The report's own columns ([`REPORT_COLUMNS`]).
pub fn report_row(file: &str, r: &Report) -> Vec<Value> {
    let by = r.issued_by.as_ref();
    let parent = |level: crate::Level| {
        Value::opt(by.and_then(|b| {
            b.parents
                .iter()
                .find(|p| p.level == level)
                .map(|p| p.name.clone())
        }))
    };
    let mut row = vec![
        Value::text(file),
        Value::opt(r.title.clone()),
        Value::text(r.report_type.code()),
        Value::opt(r.issuer.clone()),
        Value::opt(by.and_then(|b| b.region.clone())),
        Value::opt(by.and_then(|b| b.code.clone())),
        Value::opt(by.and_then(|b| b.level).map(|l| l.as_str())),
        Value::opt(by.and_then(|b| b.body.clone())),
        parent(crate::Level::Prefecture),
        parent(crate::Level::Province),
        Value::opt(by.map(|b| b.resolution.code())),
        r.year.map_or(Value::Empty, |y| Value::Int(i64::from(y))),
        Value::opt(r.published.clone()),
        r.profile.on_time.map_or(Value::Empty, Value::Bool),
    ];
    for part in Part::ALL {
        let status = r.parts.iter().find(|p| p.part == part).map(|p| p.status);
        row.push(Value::opt(status.map(|s| match s {
            Coverage::Heading => "heading",
            Coverage::Passage => "passage",
            Coverage::Missing => "missing",
        })));
    }
    row.extend([
        Decimal::parse(&format!("{:.2}", r.profile.problems_share))
            .map_or(Value::Empty, Value::Number),
        Value::Bool(r.profile.causes_given),
        Value::Int(r.metrics.len() as i64),
        Value::Int(r.metrics.iter().filter(|m| m.indicator.is_some()).count() as i64),
        Value::Int(r.checks.iter().filter(|c| !c.holds).count() as i64),
        // The user's corrections that took effect (unplaced ones are listed in the report).
        Value::Int(
            r.corrections
                .iter()
                .filter(|c| c.status == crate::CorrectionStatus::Applied)
                .count() as i64,
        ),
    ]);
    debug_assert_eq!(row.len(), REPORT_COLUMNS.len());
    row
}

/// Metric `i`'s own columns ([`METRIC_COLUMNS`]).
fn metric_cells(r: &Report, i: usize) -> Vec<Value> {
    let m = &r.metrics[i];
    let indicator = m.indicator.as_deref();
    let original = m.correction.as_ref().and_then(|c| c.original.as_ref());
    vec![
        Value::text(section_name(r, m.section)),
        Value::opt(indicator),
        Value::opt(
            indicator
                .and_then(crate::indicators::get)
                .map(|d| d.zh.clone()),
        ),
        Value::text(m.label.clone()),
        Value::Number(m.value),
        Value::opt(m.unit.clone()),
        m.base
            .as_ref()
            .map_or(Value::Empty, |b| Value::Number(b.value)),
        Value::opt(m.base.as_ref().and_then(|b| b.unit.clone())),
        Value::opt(m.qualifier.map(|q| q.as_str())),
        Value::text(m.kind.as_str()),
        Value::opt(m.direction.map(|d| match d {
            crate::Direction::Up => "up",
            crate::Direction::Down => "down",
        })),
        Value::text(m.text.clone()),
        Value::Int(m.span.start as i64),
        Value::Int(m.span.end as i64),
        // Whether the user added or edited the metric, and what the extractor had read.
        Value::opt(Some(crate::present::csv::corrected(m))),
        original.map_or(Value::Empty, |o| Value::Number(o.value)),
        Value::opt(original.and_then(|o| o.unit.clone())),
        Value::opt(original.map(|o| o.label.clone())),
    ]
}

#[cfg(test)]
mod tests;
