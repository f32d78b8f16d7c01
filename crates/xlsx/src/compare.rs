//! A comparison of reports (`gangmu_core::compare::Comparison`) as a workbook: a sheet of
//! indicators × reports (value, unit, figure as written, and the change from the same issuer's
//! earlier year), and a sheet of report-level measures. Same cell rules as the report workbook:
//! numbers are number cells, text a spreadsheet could read as a formula is quoted.

use crate::book::Book;
use crate::table::{Cell, Lang};
use crate::{sheet_name, write_sheet, XlsxError};
use gangmu_core::compare::total::total_note;
use gangmu_core::compare::{measure_text, Comparison};

/// The bytes of the `.xlsx` file.
pub fn workbook(c: &Comparison, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let zh = lang == Lang::Zh;
    let mut book = Book::new();

    let header = gangmu_core::compare::csv::header(c, lang);
    let text = |s: &str| {
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s.to_string())
        }
    };
    let rows: Vec<Vec<Cell>> = c
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut out = vec![
                text(&row.indicator),
                text(row.name(lang)),
                Cell::Int(i64::from(row.area)),
                text(row.kind.as_str()),
            ];
            for (j, col) in c.columns.iter().enumerate() {
                let cell = &row.cells[j];
                out.push(cell.value.map_or(Cell::Empty, Cell::Number));
                out.push(text(cell.unit.as_deref().unwrap_or("")));
                let written = cell.text.as_deref().unwrap_or("");
                out.push(text(&match (cell.derived, zh) {
                    (true, true) => format!("推算：{written}"),
                    (true, false) => format!("computed: {written}"),
                    _ => written.to_string(),
                }));
                if col.previous.is_some() {
                    let ch = cell.change.as_ref();
                    out.push(ch.map_or(Cell::Empty, |c| Cell::Number(c.delta)));
                    out.push(
                        ch.and_then(|c| c.percent)
                            .and_then(|p| gangmu_core::Decimal::parse(&format!("{p:.1}")))
                            .map_or(Cell::Empty, Cell::Number),
                    );
                }
            }
            for t in &c.totals {
                let cell = &t.cells[i];
                out.push(cell.value.map_or(Cell::Empty, Cell::Number));
                out.push(text(cell.unit.as_deref().unwrap_or("")));
                out.push(text(&total_note(c, cell, lang)));
            }
            out
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    write_sheet(
        &mut book,
        sheet_name(lang, "指标对比", "Indicators"),
        &header,
        &rows,
    )?;

    let mut header = vec![if zh { "概况" } else { "measure" }];
    header.extend(c.columns.iter().map(|col| col.name.as_str()));
    let rows: Vec<Vec<Cell>> = c
        .measures
        .iter()
        .map(|m| {
            let mut out = vec![text(m.name(lang))];
            out.extend(m.values.iter().map(|v| match v.as_deref() {
                None => Cell::Empty,
                Some(v) => match gangmu_core::Decimal::parse(v) {
                    Some(d) => Cell::Number(d),
                    None => text(measure_text(v, lang)),
                },
            }));
            out
        })
        .collect();
    write_sheet(
        &mut book,
        sheet_name(lang, "报告概况", "Profile"),
        &header,
        &rows,
    )?;
    book.finish()
}
