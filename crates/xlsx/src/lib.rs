//! Gangmu reports as one Excel workbook: a sheet of metrics, one of the outline, one of findings.
//!
//! The metric sheet is the core's CSV table (`gangmu_core::present::csv`) with typed cells.
//! Several reports go into the same three sheets, one block of rows per report, with the file
//! name in the first column, so a workbook of 200 county reports can be filtered and pivoted.
//! Numbers are number cells; text cells that a spreadsheet could read as a formula get Excel's
//! quote prefix (shown without the apostrophe, never evaluated). Runs on wasm32 (the web app's
//! worker) as well as natively.

pub mod compare;
pub mod dataset;
pub mod table;

use rust_xlsxwriter::{Format, FormatAlign, Workbook, Worksheet, XlsxError};
use table::{Cell, Lang, Named};

/// Builds the workbook and returns the bytes of the `.xlsx` file.
pub fn workbook(reports: &[Named<'_>], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let styles = Styles::new();

    let (header, metrics) = table::metric_sheet(reports, lang);
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(lang, "指标", "Metrics"))?;
    let marked = table::corrected_cells(reports);
    write_sheet_marked(sheet, &header, &metrics, &styles, &marked)?;

    let outline: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::outline_rows(*r))
        .collect();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(lang, "提纲", "Outline"))?;
    write_sheet(sheet, &table::outline_header(lang), &outline, &styles)?;

    let findings: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::finding_rows(*r, lang))
        .collect();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name(lang, "核查发现", "Findings"))?;
    write_sheet(sheet, &table::findings_header(lang), &findings, &styles)?;

    // The user's corrections, applied or not, when there are any: the audit trail of the
    // corrected cells marked in the metric sheet.
    let corrections: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::correction_rows(*r, lang))
        .collect();
    if !corrections.is_empty() {
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name(lang, "更正记录", "Corrections"))?;
        write_sheet(
            sheet,
            &table::corrections_header(lang),
            &corrections,
            &styles,
        )?;
    }

    book.save_to_buffer()
}

pub(crate) fn sheet_name(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

pub(crate) struct Styles {
    header: Format,
    /// Text that could be read as a formula: Excel's quote prefix keeps it text.
    quoted: Format,
    /// A cell the user corrected.
    corrected: Format,
    corrected_quoted: Format,
}

impl Styles {
    pub(crate) fn new() -> Self {
        Styles {
            header: Format::new().set_bold().set_align(FormatAlign::Center),
            quoted: Format::new().set_quote_prefix(),
            corrected: Format::new().set_background_color(CORRECTED_FILL),
            corrected_quoted: Format::new()
                .set_quote_prefix()
                .set_background_color(CORRECTED_FILL),
        }
    }
}

/// Widest column we size for; longer text wraps in Excel's own way.
const MAX_WIDTH: f64 = 60.0;

/// Light amber: the fill of cells the user corrected.
const CORRECTED_FILL: u32 = 0xFFE9A8;

pub(crate) fn write_sheet(
    sheet: &mut Worksheet,
    header: &[&str],
    rows: &[Vec<Cell>],
    styles: &Styles,
) -> Result<(), XlsxError> {
    write_sheet_marked(sheet, header, rows, styles, &[])
}

/// [`write_sheet`] with the cells at `marked` ((row, column) below the header) filled.
fn write_sheet_marked(
    sheet: &mut Worksheet,
    header: &[&str],
    rows: &[Vec<Cell>],
    styles: &Styles,
    marked: &[(usize, usize)],
) -> Result<(), XlsxError> {
    let marked: std::collections::HashSet<(usize, usize)> = marked.iter().copied().collect();
    let mut widths: Vec<f64> = header.iter().map(|h| display_width(h)).collect();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *h, &styles.header)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let col = c as u16;
            let mark = marked.contains(&(i, c));
            let plain = if mark {
                &styles.corrected
            } else {
                &Format::new()
            };
            match cell {
                Cell::Text(s) if table::looks_like_formula(s) => {
                    let quoted = if mark {
                        &styles.corrected_quoted
                    } else {
                        &styles.quoted
                    };
                    sheet.write_string_with_format(r, col, s, quoted)?;
                }
                Cell::Text(s) if mark => {
                    sheet.write_string_with_format(r, col, s, plain)?;
                }
                Cell::Text(s) => {
                    sheet.write_string(r, col, s)?;
                }
                Cell::Number(d) if mark => {
                    sheet.write_number_with_format(r, col, d.to_f64(), plain)?;
                }
                Cell::Number(d) => {
                    sheet.write_number(r, col, d.to_f64())?;
                }
                Cell::Int(i) => {
                    sheet.write_number(r, col, *i as f64)?;
                }
                Cell::Bool(b) => {
                    sheet.write_boolean(r, col, *b)?;
                }
                Cell::Empty if mark => {
                    sheet.write_blank(r, col, plain)?;
                }
                Cell::Empty => {}
            }
            if let Some(w) = widths.get_mut(c) {
                *w = w.max(display_width(&cell.plain()));
            }
        }
    }
    for (c, w) in widths.iter().enumerate() {
        sheet.set_column_width(c as u16, (w + 2.0).min(MAX_WIDTH))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// Column width in Excel's units: a CJK character is about two Latin ones wide.
fn display_width(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
        .sum()
}
