//! The dataset as CSV: UTF-8 with a byte-order mark and CRLF (opens cleanly in Excel and WPS),
//! a snake_case header unless Chinese is asked for; text a spreadsheet would read as a formula
//! is quoted with `'` (`present::csv::escape`).

use super::{columns, report_rows, Table, Value};
use crate::model::Report;
use crate::present::csv::escape;
use crate::present::Lang;

/// The whole table: [`header`], then [`rows`] of each report.
pub fn table(table: Table, reports: &[(&str, &Report)], lang: Lang) -> String {
    let mut out = header(table, lang);
    for (file, report) in reports {
        out.push_str(&rows(table, file, report));
    }
    out
}

/// The byte-order mark and the header line.
pub fn header(table: Table, lang: Lang) -> String {
    let names = columns(table)
        .into_iter()
        .map(|c| if lang == Lang::Zh { c.zh } else { c.key });
    let mut out = String::from("\u{feff}");
    out.push_str(&write(std::iter::once(names.map(str::to_string).collect())));
    out
}

/// The lines of one report's rows.
pub fn rows(table: Table, file: &str, report: &Report) -> String {
    write(
        report_rows(table, file, report)
            .iter()
            .map(|row| row.iter().map(cell).collect()),
    )
}

fn write(records: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail; errors are ignored rather than unwrapped.
    for rec in records {
        let _ = w.write_record(&rec);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

fn cell(v: &Value) -> String {
    match v {
        Value::Text(s) => escape(s),
        other => other.plain(),
    }
}
