//! The dataset as CSV: UTF-8 with a byte-order mark and CRLF (opens cleanly in Excel and WPS),
//! a snake_case header unless Chinese is asked for; text a spreadsheet would read as a formula
//! is quoted with `'` (`present::csv::escape`).

use super::{columns, rows, Table, Value};
use crate::model::Report;
use crate::present::csv::escape;
use crate::present::Lang;

pub fn table(table: Table, reports: &[(&str, &Report)], lang: Lang) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let header = columns(table)
        .into_iter()
        .map(|c| if lang == Lang::Zh { c.zh } else { c.key });
    // Writing into a Vec cannot fail; errors are ignored rather than unwrapped.
    let _ = w.write_record(header);
    for row in rows(table, reports) {
        let _ = w.write_record(row.iter().map(cell));
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::with_capacity(body.len() + 3);
    out.push('\u{feff}');
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

fn cell(v: &Value) -> String {
    match v {
        Value::Text(s) => escape(s),
        other => other.plain(),
    }
}
