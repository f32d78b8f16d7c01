//! The main document's characters, read through the piece table, to lines: one per
//! paragraph, one per table row (cells separated by tabs), list markers written out, field
//! codes dropped and their results kept, deleted revisions left out ([MS-DOC] 2.4.1–2.4.4).

use super::super::lines::collapse_blank_lines;
use super::lists::Lists;
use super::pieces::{compressed_char, Piece};
use super::props::{Para, Runs};

/// Fields nest at most this deep (deeper ones are read as if they were not there).
const MAX_FIELD_DEPTH: usize = 64;

/// What the text is read with.
pub struct Sources<'a> {
    pub word: &'a [u8],
    pub pieces: &'a [Piece],
    /// Characters of the main document.
    pub ccp_text: u32,
    pub paragraphs: &'a Runs<Para>,
    pub deleted: &'a Runs<bool>,
}

#[derive(Default)]
struct Table {
    cells: Vec<String>,
    cell: String,
}

#[derive(Default)]
struct Out {
    lines: Vec<String>,
    paragraph: String,
    /// Open tables, outermost first.
    tables: Vec<Table>,
    /// One entry per open field: `true` once its separator was seen (its result is shown).
    fields: Vec<bool>,
    /// Fields opened past [`MAX_FIELD_DEPTH`], not tracked.
    untracked: usize,
    lists: Lists,
    /// A high surrogate waiting for its pair.
    high: Option<u16>,
    /// Stop once the text passes this many bytes.
    cap: usize,
    size: usize,
}

/// The document's text; `None` when the text would pass `cap` bytes.
pub fn read(src: &Sources, lists: Lists, cap: usize) -> Option<String> {
    let mut out = Out {
        lists,
        cap,
        ..Out::default()
    };
    let mut pieces: Vec<&Piece> = src.pieces.iter().filter(|p| p.cp < src.ccp_text).collect();
    crate::sort::by_key(&mut pieces, |p| p.cp);
    for piece in pieces {
        let count = piece.cp_end.min(src.ccp_text) - piece.cp;
        for k in 0..count {
            let (fc, unit) = if piece.compressed {
                let fc = piece.fc.checked_add(k)?;
                let Some(&b) = src.word.get(fc as usize) else {
                    break;
                };
                (fc, compressed_char(b) as u16)
            } else {
                let fc = piece.fc.checked_add(k.checked_mul(2)?)?;
                let Some(u) = super::fib::u16_at(src.word, fc as usize) else {
                    break;
                };
                (fc, u)
            };
            if src.deleted.at(fc) {
                continue;
            }
            out.unit(unit, fc, src.paragraphs);
            if out.size > out.cap {
                return None;
            }
        }
    }
    out.close_tables();
    if !out.paragraph.trim().is_empty() {
        let p = std::mem::take(&mut out.paragraph);
        out.lines.push(p);
    }
    Some(collapse_blank_lines(
        out.lines.iter().flat_map(|line| line.split('\n')),
    ))
}

impl Out {
    fn unit(&mut self, unit: u16, fc: u32, paragraphs: &Runs<Para>) {
        match unit {
            0x13 => {
                if self.fields.len() < MAX_FIELD_DEPTH {
                    self.fields.push(false);
                } else {
                    self.untracked += 1;
                }
                return;
            }
            0x14 => {
                if self.untracked == 0 {
                    if let Some(top) = self.fields.last_mut() {
                        *top = true;
                    }
                }
                return;
            }
            0x15 => {
                if self.untracked > 0 {
                    self.untracked -= 1;
                } else {
                    self.fields.pop();
                }
                return;
            }
            _ => {}
        }
        // Inside a field's code (before its separator): instructions, not text.
        if self.fields.iter().any(|shown| !shown) {
            return;
        }
        match unit {
            0x0D => self.end_paragraph(paragraphs.at(fc)),
            0x07 => {
                let p = paragraphs.at(fc);
                if p.row_end {
                    self.end_row(p);
                } else {
                    self.end_cell(p);
                }
            }
            0x09 => self.push('\t'),
            // Line break, page or section break, column break.
            0x0B | 0x0C | 0x0E => self.push('\n'),
            0x1E => self.push('-'),
            // Optional hyphens, pictures, footnote and comment marks, other controls.
            0x00..=0x1F => {}
            0xD800..=0xDBFF => self.high = Some(unit),
            0xDC00..=0xDFFF => {
                if let Some(high) = self.high.take() {
                    let c = char::decode_utf16([high, unit]).next();
                    if let Some(Ok(c)) = c {
                        self.push(c);
                    }
                }
            }
            _ => {
                if let Some(c) = char::from_u32(u32::from(unit)) {
                    self.push(c);
                }
            }
        }
    }

    fn push(&mut self, c: char) {
        self.high = None;
        self.size += c.len_utf8();
        self.paragraph.push(c);
    }

    /// The paragraph just ended, with its list marker.
    fn take_paragraph(&mut self, p: Para) -> String {
        let mut text = std::mem::take(&mut self.paragraph);
        if let Some(marker) = self.lists.next_marker(p.ilfo, p.ilvl) {
            self.size += marker.len();
            text.insert_str(0, &marker);
        }
        text
    }

    fn end_paragraph(&mut self, p: Para) {
        let text = self.take_paragraph(p);
        if p.in_table {
            self.table(p.depth).cell_text(&text);
        } else {
            self.close_tables();
            self.lines.push(text);
        }
    }

    fn end_cell(&mut self, p: Para) {
        let text = self.take_paragraph(p);
        let table = self.table(p.depth.max(1));
        table.cell_text(&text);
        let cell = std::mem::take(&mut table.cell);
        table
            .cells
            .push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    fn end_row(&mut self, p: Para) {
        // The row-end mark is a paragraph of its own and holds no text.
        let _ = self.take_paragraph(Para::default());
        let depth = p.depth.max(1);
        let table = self.table(depth);
        let row = std::mem::take(&mut table.cells).join("\t");
        let row = row.trim_end_matches('\t').to_string();
        table.cell.clear();
        if depth > 1 {
            // A nested table's row is text of the enclosing cell.
            let outer = self.tables.len() - 2;
            self.tables[outer].cell_text(&row);
        } else if !row.trim().is_empty() {
            self.lines.push(row);
        }
    }

    /// The table at `depth` (1 = outermost), opening or closing nested tables to reach it.
    fn table(&mut self, depth: u32) -> &mut Table {
        let depth = (depth as usize).clamp(1, MAX_FIELD_DEPTH);
        while self.tables.len() > depth {
            self.close_innermost();
        }
        while self.tables.len() < depth {
            self.tables.push(Table::default());
        }
        self.tables.last_mut().expect("depth ≥ 1 tables are open")
    }

    /// Text left in an unfinished table is kept (a row cut short by a damaged file).
    fn close_tables(&mut self) {
        while !self.tables.is_empty() {
            self.close_innermost();
        }
    }

    fn close_innermost(&mut self) {
        let Some(mut t) = self.tables.pop() else {
            return;
        };
        if !t.cell.trim().is_empty() {
            let cell = std::mem::take(&mut t.cell);
            t.cells
                .push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
        }
        let row = t.cells.join("\t");
        if row.trim().is_empty() {
            return;
        }
        match self.tables.last_mut() {
            Some(outer) => outer.cell_text(&row),
            None => self.lines.push(row),
        }
    }
}

impl Table {
    /// A paragraph of a cell: paragraphs of one cell are joined by a space.
    fn cell_text(&mut self, text: &str) {
        if !self.cell.is_empty() && !text.trim().is_empty() {
            self.cell.push(' ');
        }
        self.cell.push_str(text.trim());
    }
}
