//! The dataset as JSON lines: one object per row, keyed by the snake_case column keys whatever
//! the language, numbers as numbers, empty cells as `null`. Written directly (keys are plain
//! ASCII, text through serde_json's string escaping) rather than through a `serde_json::Map`
//! per row, which made the long table of 2 000 reports twice as slow.

use super::{columns, report_rows, Table, Value};
use crate::model::Report;
use std::fmt::Write;

pub fn table(table: Table, reports: &[(&str, &Report)]) -> String {
    let mut out = String::new();
    for (file, report) in reports {
        out.push_str(&lines(table, file, report));
    }
    out
}

/// The lines of one report's rows.
pub fn lines(table: Table, file: &str, report: &Report) -> String {
    let cols = columns(table);
    let mut out = String::new();
    for row in report_rows(table, file, report) {
        out.push('{');
        for (k, (c, v)) in cols.iter().zip(&row).enumerate() {
            if k > 0 {
                out.push(',');
            }
            let _ = write!(out, "\"{}\":", c.key);
            match v {
                Value::Text(s) => {
                    out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "null".into()))
                }
                Value::Number(d) => {
                    out.push_str(&serde_json::to_string(d).unwrap_or_else(|_| "null".into()))
                }
                Value::Int(i) => {
                    let _ = write!(out, "{i}");
                }
                Value::Bool(b) => {
                    let _ = write!(out, "{b}");
                }
                Value::Empty => out.push_str("null"),
            }
        }
        out.push_str("}\n");
    }
    out
}
