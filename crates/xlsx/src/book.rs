//! A small Office Open XML (SpreadsheetML) writer for the workbooks Gangmu makes: sheets of
//! typed cells (text, number, boolean), a bold centred header row frozen in place, column
//! widths, Excel's quote prefix for text that looks like a formula, and a fill for corrected
//! cells. Nothing else: no formulas, charts, dates, merged cells.
//!
//! Why not rust_xlsxwriter, which wrote these workbooks before: in the web worker it cost
//! about 100 KB gzip of wasm (its charts, drawings, VML and every other part are linked
//! whether used or not, and it pulls zip's zopfli and zlib-rs encoders), which took the hosted
//! app over its 1.3 MB budget (ARCHITECTURE.md, "Decisions", has the A/B figures). The parts
//! written here follow ECMA-376 Part 1 (§18.2 workbook, §18.3 worksheet, §18.4 shared
//! strings, §18.8 styles) and the package conventions of Part 2; the zip is the `zip` crate's
//! (deflate through flate2, which the decoders use already). Each sheet's XML is streamed into
//! the zip as its rows are written, so even the 7 million cells of a 2 000-report long table
//! never exist twice in memory.

use crate::table::Cell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::ZipWriter;

/// Excel's limits (the workbook would not open beyond them).
const MAX_ROWS: usize = 1_048_576;
const MAX_COLUMNS: usize = 16_384;
/// Characters in one cell (Excel counts UTF-16 units).
const MAX_CELL_CHARS: usize = 32_767;
/// Characters in a sheet name.
const MAX_SHEET_NAME: usize = 31;

/// Why a workbook could not be written.
#[derive(Debug)]
pub enum XlsxError {
    /// The zip container could not be written (out of memory, in practice).
    Zip(String),
    /// More rows or columns than a worksheet holds.
    TooLarge { sheet: String },
    /// A text cell longer than Excel's 32 767 characters.
    TextTooLong { sheet: String, row: usize },
    /// A sheet name Excel refuses (empty, too long, or with `[]:*?/\`).
    SheetName(String),
}

impl std::fmt::Display for XlsxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            XlsxError::Zip(e) => write!(f, "the workbook could not be written: {e}"),
            XlsxError::TooLarge { sheet } => write!(
                f,
                "sheet {sheet:?} has more than {MAX_ROWS} rows or {MAX_COLUMNS} columns"
            ),
            XlsxError::TextTooLong { sheet, row } => write!(
                f,
                "a cell in row {row} of sheet {sheet:?} has more than {MAX_CELL_CHARS} characters"
            ),
            XlsxError::SheetName(name) => write!(f, "{name:?} is not a valid sheet name"),
        }
    }
}

impl std::error::Error for XlsxError {}

impl From<zip::result::ZipError> for XlsxError {
    fn from(e: zip::result::ZipError) -> Self {
        XlsxError::Zip(e.to_string())
    }
}

impl From<std::io::Error> for XlsxError {
    fn from(e: std::io::Error) -> Self {
        XlsxError::Zip(e.to_string())
    }
}

/// The cell styles, by their index in `styles.xml`'s `cellXfs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Plain = 0,
    Header = 1,
    Quoted = 2,
    Corrected = 3,
    CorrectedQuoted = 4,
}

/// The fill of corrected cells (light amber), as ARGB.
const CORRECTED_FILL: &str = "FFFFE9A8";

/// A workbook being written: sheets go straight into the zip; the shared strings, the
/// workbook part and the package's indexes are written by [`Book::finish`].
pub struct Book {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    sheets: Vec<String>,
    strings: HashMap<String, usize>,
    string_count: usize,
}

impl Default for Book {
    fn default() -> Self {
        Self::new()
    }
}

impl Book {
    pub fn new() -> Self {
        Book {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            sheets: Vec::new(),
            strings: HashMap::new(),
            string_count: 0,
        }
    }

    /// Adds a sheet: `header` as its first row (bold, centred, frozen), then `rows`; `style`
    /// gives each cell's style by (row index in `rows`, column); `widths` are the columns'
    /// widths in Excel's character units. The rows are written as they come, so a caller can
    /// make them one at a time (a dataset of thousands of reports never holds them all).
    pub fn sheet<R: AsRef<[Cell]>>(
        &mut self,
        name: &str,
        header: &[&str],
        rows: impl IntoIterator<Item = R>,
        widths: &[f64],
        style: impl Fn(usize, usize, &Cell) -> Style,
    ) -> Result<(), XlsxError> {
        check_sheet_name(name)?;
        let too_large = || XlsxError::TooLarge { sheet: name.into() };
        if header.len() > MAX_COLUMNS {
            return Err(too_large());
        }
        self.sheets.push(name.to_string());
        let number = self.sheets.len();
        self.zip.start_file(
            format!("xl/worksheets/sheet{number}.xml"),
            SimpleFileOptions::default(),
        )?;
        let mut xml = String::with_capacity(64 * 1024);
        xml.push_str(XML_HEAD);
        xml.push_str(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
        );
        // The header row stays in view while scrolling (frozen below row 1).
        let _ =
            write!(
            xml,
            "<sheetViews><sheetView {}workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" \
             activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>\
             </sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>",
            if number == 1 { "tabSelected=\"1\" " } else { "" }
        );
        if !widths.is_empty() {
            xml.push_str("<cols>");
            for (c, w) in widths.iter().enumerate() {
                let _ = write!(
                    xml,
                    "<col min=\"{n}\" max=\"{n}\" width=\"{}\" customWidth=\"1\"/>",
                    stored_width(*w),
                    n = c + 1
                );
            }
            xml.push_str("</cols>");
        }
        xml.push_str("<sheetData>");
        let header: Vec<Cell> = header.iter().map(|h| Cell::Text(h.to_string())).collect();
        self.row(&mut xml, name, 1, &header, |_, _| Style::Header)?;
        for (i, row) in rows.into_iter().enumerate() {
            let row = row.as_ref();
            if i + 2 > MAX_ROWS || row.len() > MAX_COLUMNS {
                return Err(too_large());
            }
            self.row(&mut xml, name, i + 2, row, |c, cell| style(i, c, cell))?;
            if xml.len() > 48 * 1024 {
                self.zip.write_all(xml.as_bytes())?;
                xml.clear();
            }
        }
        xml.push_str(
            "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" \
             header=\"0.3\" footer=\"0.3\"/></worksheet>",
        );
        self.zip.write_all(xml.as_bytes())?;
        Ok(())
    }

    /// One `<row>`: numbers and booleans inline, text as shared strings; empty cells left out
    /// unless styled.
    fn row(
        &mut self,
        xml: &mut String,
        sheet: &str,
        r: usize,
        cells: &[Cell],
        style: impl Fn(usize, &Cell) -> Style,
    ) -> Result<(), XlsxError> {
        let _ = write!(xml, "<row r=\"{r}\">");
        for (c, cell) in cells.iter().enumerate() {
            let s = style(c, cell);
            let at = CellRef(c, r);
            let styled = |xml: &mut String| {
                if s != Style::Plain {
                    let _ = write!(xml, " s=\"{}\"", s as u8);
                }
            };
            match cell {
                Cell::Empty if s == Style::Plain => {}
                Cell::Empty => {
                    let _ = write!(xml, "<c r=\"{at}\"");
                    styled(xml);
                    xml.push_str("/>");
                }
                Cell::Text(t) => {
                    if t.encode_utf16().count() > MAX_CELL_CHARS {
                        return Err(XlsxError::TextTooLong {
                            sheet: sheet.into(),
                            row: r,
                        });
                    }
                    let index = self.shared(t);
                    let _ = write!(xml, "<c r=\"{at}\"");
                    styled(xml);
                    let _ = write!(xml, " t=\"s\"><v>{index}</v></c>");
                }
                Cell::Number(d) => number(xml, at, styled, d.to_f64()),
                Cell::Int(i) => number(xml, at, styled, *i as f64),
                Cell::Bool(b) => {
                    let _ = write!(xml, "<c r=\"{at}\"");
                    styled(xml);
                    let _ = write!(xml, " t=\"b\"><v>{}</v></c>", u8::from(*b));
                }
            }
        }
        xml.push_str("</row>");
        Ok(())
    }

    /// The index of `text` in the shared strings, added if new.
    fn shared(&mut self, text: &str) -> usize {
        self.string_count += 1;
        let next = self.strings.len();
        *self.strings.entry(text.to_string()).or_insert(next)
    }

    /// Writes the shared strings, styles, workbook and package parts; returns the file.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        let options = SimpleFileOptions::default();
        let mut ordered: Vec<(&String, &usize)> = self.strings.iter().collect();
        gangmu_core::sort::by_key(&mut ordered, |(_, &i)| i);
        let mut xml = String::with_capacity(64 * 1024);
        let _ = write!(
            xml,
            "{XML_HEAD}<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             count=\"{}\" uniqueCount=\"{}\">",
            self.string_count,
            ordered.len()
        );
        self.zip.start_file("xl/sharedStrings.xml", options)?;
        for (text, _) in ordered {
            let preserve = text.starts_with(char::is_whitespace)
                || text.ends_with(char::is_whitespace)
                || text.contains(['\n', '\t']);
            xml.push_str(if preserve {
                "<si><t xml:space=\"preserve\">"
            } else {
                "<si><t>"
            });
            escape(&mut xml, text);
            xml.push_str("</t></si>");
            if xml.len() > 48 * 1024 {
                self.zip.write_all(xml.as_bytes())?;
                xml.clear();
            }
        }
        xml.push_str("</sst>");
        self.zip.write_all(xml.as_bytes())?;

        self.zip.start_file("xl/styles.xml", options)?;
        self.zip.write_all(styles().as_bytes())?;

        let mut book = format!(
            "{XML_HEAD}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
             xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
             <bookViews><workbookView/></bookViews><sheets>"
        );
        let mut rels = format!(
            "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        );
        let mut types = format!(
            "{XML_HEAD}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
             <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
             <Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        );
        for (i, name) in self.sheets.iter().enumerate() {
            let n = i + 1;
            book.push_str("<sheet name=\"");
            escape(&mut book, name);
            let _ = write!(book, "\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
            let _ = write!(
                rels,
                "<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" \
                 Target=\"worksheets/sheet{n}.xml\"/>"
            );
            let _ = write!(
                types,
                "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" \
                 ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            );
        }
        book.push_str("</sheets></workbook>");
        let n = self.sheets.len();
        let _ = write!(
            rels,
            "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
             <Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>\
             </Relationships>",
            n + 1,
            n + 2
        );
        types.push_str("</Types>");

        self.zip.start_file("xl/workbook.xml", options)?;
        self.zip.write_all(book.as_bytes())?;
        self.zip.start_file("xl/_rels/workbook.xml.rels", options)?;
        self.zip.write_all(rels.as_bytes())?;
        self.zip.start_file("_rels/.rels", options)?;
        self.zip.write_all(
            format!(
                "{XML_HEAD}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" \
                 Target=\"xl/workbook.xml\"/></Relationships>"
            )
            .as_bytes(),
        )?;
        self.zip.start_file("[Content_Types].xml", options)?;
        self.zip.write_all(types.as_bytes())?;
        Ok(self.zip.finish()?.into_inner())
    }
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// `styles.xml`: the five cell formats of [`Style`], in that order.
fn styles() -> String {
    format!(
        "{XML_HEAD}<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
         <fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>\
         <font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>\
         <fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>\
         <fill><patternFill patternType=\"gray125\"/></fill>\
         <fill><patternFill patternType=\"solid\"><fgColor rgb=\"{CORRECTED_FILL}\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"5\">\
         <xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
         <xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>\
         <xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>\
         <xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\"/>\
         <xf numFmtId=\"0\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFill=\"1\" quotePrefix=\"1\"/>\
         </cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
         <dxfs count=\"0\"/><tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium9\" defaultPivotStyle=\"PivotStyleLight16\"/>\
         </styleSheet>"
    )
}

/// A number cell. Rust prints an `f64` without an exponent and as short as it reads back,
/// which is what SpreadsheetML's `xsd:double` accepts; non-finite values cannot be stored and
/// are left out.
fn number(xml: &mut String, at: CellRef, styled: impl Fn(&mut String), v: f64) {
    if !v.is_finite() {
        return;
    }
    let _ = write!(xml, "<c r=\"{at}\"");
    styled(xml);
    let _ = write!(xml, "><v>{v}</v></c>");
}

/// A cell's A1 reference: column (from 0) and row (from 1).
#[derive(Clone, Copy)]
struct CellRef(usize, usize);

impl std::fmt::Display for CellRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut letters = [0u8; 3];
        let mut n = self.0 + 1;
        let mut len = 0;
        while n > 0 {
            let d = (n - 1) % 26;
            letters[2 - len] = b'A' + d as u8;
            len += 1;
            n = (n - 1) / 26;
        }
        let col = std::str::from_utf8(&letters[3 - len..]).unwrap_or("A");
        write!(f, "{col}{}", self.1)
    }
}

/// Column width as stored: Excel keeps the width in characters plus the cell's padding,
/// rounded to 1/256 of a character (5 pixels of padding over 7-pixel characters of the
/// default font).
fn stored_width(chars: f64) -> f64 {
    let pixels = (chars * 7.0 + 5.0).trunc();
    (pixels / 7.0 * 256.0).trunc() / 256.0
}

/// Text as XML character data, with SpreadsheetML's own escape for characters XML 1.0
/// cannot hold (`_x0001_`) and for text that reads like such an escape (`_x005F_` before it).
fn escape(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '_' if is_escape_like(rest) => out.push_str("_x005F_"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "_x{:04X}_", c as u32);
            }
            c => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// `_xHHHH_` at the start of `s` (four hex digits).
fn is_escape_like(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 7 && b[1] == b'x' && b[2..6].iter().all(u8::is_ascii_hexdigit) && b[6] == b'_'
}

fn check_sheet_name(name: &str) -> Result<(), XlsxError> {
    let bad = name.is_empty()
        || name.chars().count() > MAX_SHEET_NAME
        || name.contains(['[', ']', ':', '*', '?', '/', '\\'])
        || name.starts_with('\'')
        || name.ends_with('\'');
    if bad {
        Err(XlsxError::SheetName(name.into()))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_wider_than_a_sheet_is_refused_while_streaming() {
        let mut book = Book::new();
        let wide = vec![Cell::Int(1); MAX_COLUMNS + 1];
        let rows = [vec![Cell::Int(1)], wide];
        let err = book
            .sheet("指标明细", &["a"], rows.iter(), &[], |_, _, _| {
                Style::Plain
            })
            .unwrap_err();
        assert!(matches!(err, XlsxError::TooLarge { .. }), "{err:?}");
    }

    #[test]
    fn cell_references() {
        let r = |c, r| CellRef(c, r).to_string();
        assert_eq!(r(0, 1), "A1");
        assert_eq!(r(25, 2), "Z2");
        assert_eq!(r(26, 3), "AA3");
        assert_eq!(r(701, 4), "ZZ4");
        assert_eq!(r(702, 5), "AAA5");
        assert_eq!(r(16_383, 6), "XFD6");
    }

    #[test]
    fn text_is_escaped_for_xml_and_excel() {
        let mut s = String::new();
        escape(&mut s, "a<b & \"c\" _x0041_ \u{1}\tz");
        assert_eq!(s, "a&lt;b &amp; &quot;c&quot; _x005F_x0041_ _x0001_\tz");
    }

    #[test]
    fn widths_as_excel_stores_them() {
        // 10 characters of Calibri 11 are stored as 10.7109375 (75 pixels).
        assert_eq!(stored_width(10.0), 10.7109375);
    }

    #[test]
    fn bad_sheet_names_are_refused() {
        assert!(check_sheet_name("指标").is_ok());
        assert!(check_sheet_name("a/b").is_err());
        assert!(check_sheet_name(&"长".repeat(32)).is_err());
    }
}
