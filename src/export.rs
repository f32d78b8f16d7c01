//! What can be exported, and the text exports. CSV is the core's
//! (`gangmu_core::present::csv`: BOM, CRLF, formula guard), so the web app's CSV is the CLI's;
//! this module adds the clipboard's TSV (the same rows) and JSON lines, and safe file names.

use crate::i18n::Lang;
use crate::protocol::{DatasetTable, ExportFormat, Names};
use gangmu_core::present::csv;
use gangmu_core::Report;

/// Which reports an export covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Current,
    All,
}

/// What the report view exports: a table the worker builds (CSV, XLSX), the contract lines
/// (JSON), or the visible rows to the clipboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    Table(ExportFormat),
    /// The dataset (`gangmu dataset`): one table as CSV, or a workbook.
    Dataset(ExportFormat, DatasetTable),
    Json,
    CopyTable,
}

/// What the comparison can be saved as: the worker's tables, or the JSON and chart the page
/// already holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareExport {
    Table(ExportFormat),
    Json,
    Svg,
}

/// The metric rows `shown` (indices into `report.metrics`, in display order) as tab-separated
/// text that pastes into Excel/WPS one value per cell: the CSV's cells (formula guard
/// included), with tabs and line breaks inside a cell turned into spaces (a quoted multi-line
/// cell pastes unreliably). The indicator column takes its names from `names` (the worker
/// sends them; the dictionary is not in the page's bundle), the id until they have come.
pub fn tsv(
    header: &[&str],
    file: &str,
    report: &Report,
    shown: &[usize],
    names: Option<&Names>,
) -> String {
    let clean = |s: &str| s.replace(['\t', '\n', '\r'], " ");
    let rows = csv::rows_named(file, report, |id| {
        Some(
            names
                .and_then(|n| n.indicator(id, Lang::Zh))
                .unwrap_or(id)
                .to_string(),
        )
    });
    let mut out = header
        .iter()
        .map(|h| clean(h))
        .collect::<Vec<_>>()
        .join("\t");
    out.push('\n');
    for row in shown.iter().filter_map(|&i| rows.get(i)) {
        out.push_str(&row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"));
        out.push('\n');
    }
    out
}

/// JSON lines, one CLI-contract object per report (the lines are stored as the worker made
/// them, so this is the CLI's output byte for byte).
pub fn json_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A file name safe on Windows, macOS and Linux, from a report name.
pub fn file_stem(name: &str) -> String {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .take(80)
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed.is_empty() {
        "gangmu".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gangmu_core::{Decimal, Metric, MetricKind, Span};

    fn metric(label: &str, value: &str) -> Metric {
        Metric {
            value: Decimal::parse(value).unwrap(),
            unit: Some("件".into()),
            qualifier: None,
            qualifier_text: None,
            kind: MetricKind::Count,
            direction: None,
            label: label.into(),
            section: None,
            span: Span::new(3, 12),
            text: format!("{value}件"),
            base: None,
            indicator: None,
            correction: None,
        }
    }

    #[test]
    fn tsv_keeps_one_line_per_row_in_display_order() {
        let report = Report {
            metrics: vec![
                metric("受理\t案件", "163"),
                metric("=cmd|' /C calc'!A0", "-5"),
            ],
            ..Report::default()
        };
        let out = tsv(&csv::COLUMNS, "a.txt", &report, &[1, 0], None);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        assert!(lines
            .iter()
            .all(|l| l.split('\t').count() == csv::COLUMNS.len()));
        assert!(
            lines[1].starts_with("a.txt\t\t'=cmd|' /C calc'!A0\t-5\t"),
            "{}",
            lines[1]
        );
        assert!(lines[2].contains("受理 案件\t163\t"), "{}", lines[2]);
    }

    #[test]
    fn tsv_rows_are_the_csv_rows_with_the_names_the_worker_sends() {
        let text = crate::samples::text(3).unwrap();
        let report = gangmu_core::extract(text, &Default::default());
        let reply = crate::worker::handle(crate::protocol::Envelope::new(
            crate::protocol::Request::Indicators { job: 1 },
        ));
        let names: Names = serde_json::from_str(&reply.line.unwrap()).unwrap();
        let all: Vec<usize> = (0..report.metrics.len()).collect();
        let out = tsv(&csv::COLUMNS, "003.txt", &report, &all, Some(&names));
        let expected: Vec<String> = csv::rows("003.txt", &report)
            .iter()
            .map(|r| r.join("\t").replace(['\n', '\r'], " "))
            .collect();
        assert!(report.metrics.iter().any(|m| m.indicator.is_some()));
        assert_eq!(out.lines().skip(1).collect::<Vec<_>>(), expected);
    }

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(
            file_stem("<img src=x onerror=alert(1)>.txt"),
            "_img src=x onerror=alert(1)_"
        );
        assert_eq!(file_stem("..."), "gangmu");
        assert_eq!(file_stem("报告.txt"), "报告");
    }
}
