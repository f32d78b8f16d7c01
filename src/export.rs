//! Text exports: CSV (for Excel on Chinese Windows), TSV for the clipboard, JSON lines.
//!
//! All three start from the shared rows in `gangmu_xlsx::table`, so they agree with the
//! workbook cell for cell. Text cells that a spreadsheet could read as a formula get a leading
//! apostrophe; numbers are written as their digits.
// TODO(core present::csv): when the core's CSV lands on main, write `csv` through it.

use gangmu_xlsx::escape::escape_text;
use gangmu_xlsx::table::{self, Cell, Lang, Named};

/// The UTF-8 byte-order mark Excel needs to read UTF-8 CSV as such.
pub const BOM: &str = "\u{feff}";

/// The metric table of every report, as CSV with a BOM.
pub fn csv(reports: &[Named<'_>], lang: Lang) -> String {
    let mut out = String::from(BOM);
    push_csv_row(
        &mut out,
        table::metric_header(lang).into_iter().map(str::to_string),
    );
    for named in reports {
        for row in table::all_metric_rows(*named) {
            push_csv_row(&mut out, row.iter().map(cell_text));
        }
    }
    out
}

fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => escape_text(s),
        other => other.plain(),
    }
}

fn push_csv_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}

/// Rows as tab-separated text that pastes into Excel/WPS one value per cell. Tabs and line
/// breaks inside a cell become spaces (a quoted multi-line cell pastes unreliably).
pub fn tsv(header: &[&str], rows: &[Vec<Cell>]) -> String {
    let mut out = String::new();
    let clean = |s: String| s.replace(['\t', '\n', '\r'], " ");
    out.push_str(
        &header
            .iter()
            .map(|h| clean(h.to_string()))
            .collect::<Vec<_>>()
            .join("\t"),
    );
    out.push('\n');
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| clean(cell_text(c))).collect();
        out.push_str(&cells.join("\t"));
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
    use gangmu_core::{Decimal, Metric, MetricKind, Report, Span};

    fn report() -> Report {
        Report {
            metrics: vec![Metric {
                value: Decimal::parse("23.07").unwrap(),
                unit: Some("亿元".into()),
                qualifier: None,
                qualifier_text: None,
                kind: MetricKind::Money,
                direction: None,
                label: "=cmd|' /C calc'!A0, \"投入\"".into(),
                section: None,
                span: Span::new(3, 12),
                text: "23.07亿元".into(),
                base: None,
                indicator: None,
            }],
            ..Report::default()
        }
    }

    #[test]
    fn csv_has_a_bom_quotes_and_escapes_formulas() {
        let r = report();
        let out = csv(
            &[Named {
                file: "a.txt",
                report: &r,
            }],
            Lang::En,
        );
        assert!(out.starts_with('\u{feff}'));
        let row = out.lines().nth(1).unwrap();
        assert!(
            row.starts_with("a.txt,1,,\"'=cmd|' /C calc'!A0, \"\"投入\"\"\",23.07,亿元,"),
            "{row}"
        );
    }

    #[test]
    fn tsv_keeps_one_line_per_row() {
        let rows = vec![vec![
            Cell::Text("a\tb\nc".into()),
            Cell::Number(Decimal::parse("-5").unwrap()),
            Cell::Text("-5".into()),
        ]];
        assert_eq!(tsv(&["x", "y", "z"], &rows), "x\ty\tz\na b c\t-5\t'-5\n");
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
