//! The dataset as JSON lines: one object per row, keyed by the snake_case column keys whatever
//! the language, numbers as numbers, empty cells as `null`.

use super::{columns, rows, Table, Value};
use crate::model::Report;

pub fn table(table: Table, reports: &[(&str, &Report)]) -> String {
    let cols = columns(table);
    let mut out = String::new();
    for row in rows(table, reports) {
        let mut obj = serde_json::Map::with_capacity(cols.len());
        for (c, v) in cols.iter().zip(row) {
            obj.insert(c.key.to_string(), json(v));
        }
        out.push_str(&serde_json::Value::Object(obj).to_string());
        out.push('\n');
    }
    out
}

fn json(v: Value) -> serde_json::Value {
    match v {
        Value::Text(s) => serde_json::Value::String(s),
        Value::Number(d) => serde_json::to_value(d).unwrap_or(serde_json::Value::Null),
        Value::Int(i) => i.into(),
        Value::Bool(b) => b.into(),
        Value::Empty => serde_json::Value::Null,
    }
}
