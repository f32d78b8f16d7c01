//! The comparison as one CSV table: a row per indicator (then a row per report-level measure,
//! keyed `profile:…`), and for each report its value, unit and figure as written, plus the
//! difference from the same issuer's previous year where there is one. UTF-8 with BOM and CRLF
//! like the metric table (`present::csv`); text cells are formula-escaped.

use super::total::{total_name, total_note};
use super::{measure_text, Comparison};
use crate::present::csv::escape;
use crate::present::Lang;

pub fn table(c: &Comparison, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let header = header(c, lang);
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let _ = w.write_record(header.iter().map(|h| escape(h)));
    for (i, row) in c.rows.iter().enumerate() {
        let mut rec = vec![
            row.indicator.clone(),
            escape(row.name(lang)),
            row.area.to_string(),
            row.kind.as_str().to_string(),
        ];
        for (j, col) in c.columns.iter().enumerate() {
            let cell = &row.cells[j];
            rec.push(cell.value.map(|v| v.to_string()).unwrap_or_default());
            rec.push(escape(cell.unit.as_deref().unwrap_or("")));
            let text = cell.text.as_deref().unwrap_or("");
            rec.push(escape(&if cell.derived && zh {
                format!("推算：{text}")
            } else if cell.derived {
                format!("computed: {text}")
            } else {
                text.to_string()
            }));
            if col.previous.is_some() {
                let ch = cell.change.as_ref();
                rec.push(ch.map(|c| c.delta.to_string()).unwrap_or_default());
                rec.push(
                    ch.and_then(|c| c.percent)
                        .map(|p| format!("{p:.1}"))
                        .unwrap_or_default(),
                );
            }
        }
        for t in &c.totals {
            let cell = &t.cells[i];
            rec.push(cell.value.map(|v| v.to_string()).unwrap_or_default());
            rec.push(escape(cell.unit.as_deref().unwrap_or("")));
            rec.push(escape(&total_note(c, cell, lang)));
        }
        let _ = w.write_record(&rec);
    }
    for m in &c.measures {
        let mut rec = vec![
            format!("profile:{}", m.key),
            escape(m.name(lang)),
            String::new(),
            String::new(),
        ];
        for (j, col) in c.columns.iter().enumerate() {
            let v = m.values[j].as_deref().unwrap_or("");
            rec.extend([
                measure_text(v, lang).to_string(),
                String::new(),
                String::new(),
            ]);
            if col.previous.is_some() {
                rec.extend([String::new(), String::new()]);
            }
        }
        for _ in &c.totals {
            rec.extend([String::new(), String::new(), String::new()]);
        }
        let _ = w.write_record(&rec);
    }
    let body = w.into_inner().unwrap_or_default();
    let mut out = String::with_capacity(body.len() + 3);
    out.push('\u{feff}');
    out.push_str(&String::from_utf8_lossy(&body));
    out
}

/// The comparison table's header row, shared by this CSV and the workbook (`gangmu-xlsx`):
/// four indicator columns, then per report its value, unit and figure as written, and the
/// change from the same issuer's previous year where the comparison found one; then per
/// total (合计) its value, unit and a note (how it was made, which reports do not state it).
pub fn header(c: &Comparison, lang: Lang) -> Vec<String> {
    let zh = lang == Lang::Zh;
    let mut header: Vec<String> = if zh {
        vec![
            "指标代码".into(),
            "指标".into(),
            "领域".into(),
            "类型".into(),
        ]
    } else {
        vec![
            "indicator".into(),
            "name".into(),
            "area".into(),
            "kind".into(),
        ]
    };
    for col in &c.columns {
        let n = &col.name;
        if zh {
            header.extend([
                format!("{n} 数值"),
                format!("{n} 单位"),
                format!("{n} 原文"),
            ]);
        } else {
            header.extend([
                format!("{n} value"),
                format!("{n} unit"),
                format!("{n} text"),
            ]);
        }
        if let Some(p) = col.previous {
            let prev = &c.columns[p].name;
            if zh {
                header.extend([format!("{n} 较{prev}增减"), format!("{n} 较{prev}增减%")]);
            } else {
                header.extend([
                    format!("{n} change from {prev}"),
                    format!("{n} change from {prev} %"),
                ]);
            }
        }
    }
    for t in &c.totals {
        let n = total_name(t, lang);
        if zh {
            header.extend([
                format!("{n} 数值"),
                format!("{n} 单位"),
                format!("{n} 说明"),
            ]);
        } else {
            header.extend([
                format!("{n} value"),
                format!("{n} unit"),
                format!("{n} note"),
            ]);
        }
    }
    header
}
