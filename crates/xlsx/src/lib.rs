//! Gangmu reports as one Excel workbook: a sheet of metrics, one of the outline, one of findings.
//!
//! The metric sheet is the core's CSV table (`gangmu_core::present::csv`) with typed cells.
//! Several reports go into the same three sheets, one block of rows per report, with the file
//! name in the first column, so a workbook of 200 county reports can be filtered and pivoted.
//! Numbers are number cells; text cells that a spreadsheet could read as a formula get Excel's
//! quote prefix (shown without the apostrophe, never evaluated). Runs on wasm32 (the web app's
//! worker) as well as natively.

pub mod book;
pub mod compare;
pub mod dataset;
pub mod table;

pub use book::XlsxError;
use book::{Book, Style};
use table::{Cell, Lang, Named};

/// Builds the workbook and returns the bytes of the `.xlsx` file.
pub fn workbook(reports: &[Named<'_>], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut book = Book::new();

    let (header, metrics) = table::metric_sheet(reports, lang);
    let marked = table::corrected_cells(reports);
    write_sheet_marked(
        &mut book,
        sheet_name(lang, "指标", "Metrics"),
        &header,
        &metrics,
        &marked,
    )?;

    let outline: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::outline_rows(*r))
        .collect();
    write_sheet(
        &mut book,
        sheet_name(lang, "提纲", "Outline"),
        &table::outline_header(lang),
        &outline,
    )?;

    let findings: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::finding_rows(*r, lang))
        .collect();
    write_sheet(
        &mut book,
        sheet_name(lang, "核查发现", "Findings"),
        &table::findings_header(lang),
        &findings,
    )?;

    // The user's corrections, applied or not, when there are any: the audit trail of the
    // corrected cells marked in the metric sheet.
    let corrections: Vec<Vec<Cell>> = reports
        .iter()
        .flat_map(|r| table::correction_rows(*r, lang))
        .collect();
    if !corrections.is_empty() {
        write_sheet(
            &mut book,
            sheet_name(lang, "更正记录", "Corrections"),
            &table::corrections_header(lang),
            &corrections,
        )?;
    }

    book.finish()
}

/// A sheet's name in the table's language.
pub(crate) fn sheet_name(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Columns are as wide as their longest cell, up to this many characters.
const MAX_WIDTH: f64 = 60.0;

/// Writes one sheet: the header row (bold, centred, frozen), then the rows, columns as wide
/// as their contents.
pub(crate) fn write_sheet(
    book: &mut Book,
    name: &str,
    header: &[&str],
    rows: &[Vec<Cell>],
) -> Result<(), XlsxError> {
    write_sheet_marked(book, name, header, rows, &[])
}

/// [`write_sheet`] with the cells at `marked` ((row, column) below the header) filled.
fn write_sheet_marked(
    book: &mut Book,
    name: &str,
    header: &[&str],
    rows: &[Vec<Cell>],
    marked: &[(usize, usize)],
) -> Result<(), XlsxError> {
    let marked: std::collections::HashSet<(usize, usize)> = marked.iter().copied().collect();
    let widths = column_widths(header, rows);
    book.sheet(name, header, rows, &widths, |i, c, cell| {
        cell_style(marked.contains(&(i, c)), cell)
    })
}

/// Writes one sheet whose rows are made as they are written: `rows` is called twice, once to
/// size the columns and once to write, so no more than one row is held at a time.
pub(crate) fn write_sheet_streamed<R, I>(
    book: &mut Book,
    name: &str,
    header: &[&str],
    rows: impl Fn() -> I,
) -> Result<(), XlsxError>
where
    R: AsRef<[Cell]>,
    I: IntoIterator<Item = R>,
{
    let widths = column_widths(header, rows());
    book.sheet(name, header, rows(), &widths, |_, _, cell| {
        cell_style(false, cell)
    })
}

/// Columns as wide as their longest cell (the header's included), two characters more, up to
/// [`MAX_WIDTH`].
fn column_widths<R: AsRef<[Cell]>>(header: &[&str], rows: impl IntoIterator<Item = R>) -> Vec<f64> {
    let mut widths: Vec<f64> = header.iter().map(|h| display_width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row.as_ref()) {
            *w = w.max(display_width(&cell.plain()));
        }
    }
    widths.iter().map(|w| (w + 2.0).min(MAX_WIDTH)).collect()
}

/// A cell's style: filled when the user corrected it, quote-prefixed when its text would read
/// as a formula.
fn cell_style(marked: bool, cell: &Cell) -> Style {
    let quoted = matches!(cell, Cell::Text(s) if table::looks_like_formula(s));
    match (marked, quoted) {
        (true, true) => Style::CorrectedQuoted,
        (true, false) => Style::Corrected,
        (false, true) => Style::Quoted,
        (false, false) => Style::Plain,
    }
}

/// Column width in Excel's units: a CJK character is about two Latin ones wide.
fn display_width(s: &str) -> f64 {
    s.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
        .sum()
}
