//! The metric table as CSV that opens cleanly in Excel and WPS.
//!
//! UTF-8 with a byte-order mark (Excel on Chinese Windows otherwise guesses GBK), CRLF line
//! ends, one row per metric of every report, numbers written as plain numbers. Text cells that
//! a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR) are prefixed with `'`.

use super::section::section_name;
use super::Lang;
use crate::model::{Metric, OriginalMetric, Report};

/// Number of columns of the metric table.
pub const WIDTH: usize = 18;

/// Column keys, in order (the English header row).
pub const COLUMNS: [&str; WIDTH] = [
    "file",
    "section",
    "label",
    "value",
    "unit",
    "qualifier",
    "kind",
    "direction",
    "base_value",
    "base_unit",
    "text",
    "start",
    "end",
    "indicator",
    "corrected",
    "original_value",
    "original_unit",
    "original_label",
];

/// Chinese header row, same order.
pub const COLUMNS_ZH: [&str; WIDTH] = [
    "文件",
    "所在章节",
    "指标",
    "数值",
    "单位",
    "限定词",
    "类型",
    "方向",
    "折算数值",
    "折算单位",
    "原文",
    "起始字节",
    "结束字节",
    "指标口径",
    "用户更正",
    "原数值",
    "原单位",
    "原指标",
];

/// The metrics of `reports` (file name, report) as one CSV table, BOM included.
pub fn metrics_table(reports: &[(&str, &Report)], lang: Lang) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = if lang == Lang::Zh {
        COLUMNS_ZH
    } else {
        COLUMNS
    };
    // Writing into a Vec cannot fail; errors are ignored rather than unwrapped.
    let _ = w.write_record(header);
    for (file, report) in reports {
        for row in rows(file, report) {
            let _ = w.write_record(&row);
        }
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::with_capacity(body.len() + 3);
    out.push('\u{feff}');
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

/// The rows of one report, as strings in [`COLUMNS`] order (also used for TSV and XLSX).
pub fn rows(file: &str, report: &Report) -> Vec<[String; WIDTH]> {
    rows_named(file, report, |id| {
        crate::indicators::get(id).map(|i| i.zh.clone())
    })
}

/// [`rows`] with the indicators' Chinese names supplied by the caller: the web page has the
/// names but not the dictionary, which stays in its worker, out of the first-paint bundle.
pub fn rows_named(
    file: &str,
    report: &Report,
    indicator_zh: impl Fn(&str) -> Option<String>,
) -> Vec<[String; WIDTH]> {
    report
        .metrics
        .iter()
        .map(|m| {
            [
                escape(file),
                escape(&section_name(report, m.section)),
                escape(&m.label),
                m.value.to_string(),
                escape(m.unit.as_deref().unwrap_or("")),
                m.qualifier
                    .map(|q| q.as_str().to_string())
                    .unwrap_or_default(),
                m.kind.as_str().to_string(),
                m.direction
                    .map(|d| format!("{d:?}").to_lowercase())
                    .unwrap_or_default(),
                m.base
                    .as_ref()
                    .map(|b| b.value.to_string())
                    .unwrap_or_default(),
                escape(
                    m.base
                        .as_ref()
                        .and_then(|b| b.unit.as_deref())
                        .unwrap_or(""),
                ),
                escape(&m.text),
                m.span.start.to_string(),
                m.span.end.to_string(),
                // The canonical indicator, by its Chinese name (the dictionary's id is in JSON).
                escape(
                    &m.indicator
                        .as_deref()
                        .and_then(&indicator_zh)
                        .unwrap_or_default(),
                ),
                // What the user changed: `added`, `edited` or nothing, and the figure and
                // label as extracted, so a corrected table can be audited.
                corrected(m).to_string(),
                original(m).map(|o| o.value.to_string()).unwrap_or_default(),
                original(m)
                    .and_then(|o| o.unit.as_deref())
                    .map(escape)
                    .unwrap_or_default(),
                original(m).map(|o| escape(&o.label)).unwrap_or_default(),
            ]
        })
        .collect()
}

/// `added`, `edited` or empty: whether and how the user corrected metric `m`.
pub fn corrected(m: &Metric) -> &'static str {
    match &m.correction {
        Some(c) if c.added => "added",
        Some(_) => "edited",
        None => "",
    }
}

fn original(m: &Metric) -> Option<&OriginalMetric> {
    m.correction.as_ref().and_then(|c| c.original.as_ref())
}

/// Neutralises text a spreadsheet would evaluate (CSV/formula injection).
pub fn escape(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Options};

    #[test]
    fn bom_header_and_one_row_per_metric() {
        let r = extract(
            "一、行政复议\n审结行政复议案件163件，其中维持93件。\n",
            &Options::default(),
        );
        let csv = metrics_table(&[("a.txt", &r)], Lang::En);
        assert!(csv.starts_with('\u{feff}'));
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines[0], COLUMNS.join(","));
        assert_eq!(lines.len(), 1 + r.metrics.len());
        assert!(lines[1].starts_with("a.txt,一、行政复议,审结行政复议案件,163,件,"));
    }

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(escape("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(escape("@SUM"), "'@SUM");
        assert_eq!(escape("审结"), "审结");
    }

    #[test]
    fn chinese_headers() {
        let csv = metrics_table(&[], Lang::Zh);
        assert!(csv.contains("所在章节"));
    }
}
