//! The dataset (`gangmu_core::dataset`) as a workbook: a sheet per table asked for (报告 for
//! the report table, 指标明细 for the long table), the same rows as the CSV and the JSON
//! lines, numbers as number cells.

use crate::book::Book;
use crate::table::{Cell, Lang};
use crate::{sheet_name, write_sheet_streamed, XlsxError};
use gangmu_core::dataset::{columns, report_rows, Table, Value};
use gangmu_core::Report;

/// The bytes of the `.xlsx` file with one sheet per table in `tables`.
pub fn workbook(
    tables: &[Table],
    reports: &[(&str, &Report)],
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new();
    for &table in tables {
        let header: Vec<&str> = columns(table)
            .into_iter()
            .map(|c| if lang == Lang::Zh { c.zh } else { c.key })
            .collect();
        // Made report by report as they are written: the long table of thousands of reports
        // has millions of cells (they once took 600 MB held all at once).
        let cells = || {
            reports
                .iter()
                .flat_map(move |(file, report)| report_rows(table, file, report))
                .map(|row| row.into_iter().map(cell).collect::<Vec<Cell>>())
        };
        let name = match table {
            Table::Reports => sheet_name(lang, "报告", "Reports"),
            Table::Metrics => sheet_name(lang, "指标明细", "Metrics"),
        };
        write_sheet_streamed(&mut book, name, &header, cells)?;
    }
    book.finish()
}

/// A dataset value as a workbook cell (the workbook quotes formula-like text itself).
pub fn cell(v: Value) -> Cell {
    match v {
        Value::Text(s) => Cell::Text(s),
        Value::Number(d) => Cell::Number(d),
        Value::Int(i) => Cell::Int(i),
        Value::Bool(b) => Cell::Bool(b),
        Value::Empty => Cell::Empty,
    }
}
