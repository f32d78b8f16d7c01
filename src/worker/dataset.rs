//! The dataset exports (`gangmu dataset`): the report table or the long table as CSV (the
//! core's `dataset::csv`, so the bytes are the CLI's), or a workbook of one or both
//! (`gangmu_xlsx::dataset`, the CLI's cells), from the reports' contract lines in list order.

use super::{named, parse_line, parse_lines, workbook_failed, CSV_MIME, XLSX_MIME};
use crate::i18n::Bilingual;
use crate::protocol::{DatasetTable, ExportFormat};
use gangmu_core::dataset::{csv, Table};
use gangmu_core::present::Lang;

pub fn export(
    lines: &[String],
    format: ExportFormat,
    table: DatasetTable,
    lang: Lang,
) -> Result<(Vec<u8>, &'static str), Bilingual> {
    let tables: &[Table] = match table {
        DatasetTable::Reports => &[Table::Reports],
        DatasetTable::Metrics => &[Table::Metrics],
        DatasetTable::Both => &[Table::Reports, Table::Metrics],
    };
    match format {
        // One report at a time, as the CLI streams it: the rows of 2 000 reports are never
        // all held at once, only the text they make.
        ExportFormat::Csv => {
            let table = tables.last().copied().unwrap_or_default();
            let mut out = csv::header(table, lang);
            for line in lines {
                let l = parse_line(line)?;
                out.push_str(&csv::rows(table, &l.file, &l.report));
            }
            Ok((out.into_bytes(), CSV_MIME))
        }
        ExportFormat::Xlsx => {
            let parsed = parse_lines(lines)?;
            gangmu_xlsx::dataset::workbook(tables, &named(&parsed), lang)
                .map(|b| (b, XLSX_MIME))
                .map_err(workbook_failed)
        }
    }
}
