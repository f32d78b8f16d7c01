//! `word/document.xml` to lines: one per paragraph, one per table row.

use super::super::lines::collapse_blank_lines;
use super::numbering::{Numbering, Styles};
use super::{attr, entity, Event};

/// The document's text and a title from its `Title` style.
pub struct Body {
    pub text: String,
    pub title: Option<String>,
}

#[derive(Default)]
struct Paragraph {
    text: String,
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<usize>,
}

#[derive(Default)]
struct Table {
    cells: Vec<String>,
    cell: Option<String>,
}

/// Deeper nesting (paragraphs in text boxes in tables …) is read as flat text.
const MAX_DEPTH: usize = 64;

/// Reads the document; `None` when it is not well-formed enough to hold a body.
pub fn read(xml: &str, styles: &Styles, mut lists: Numbering) -> Option<Body> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut lines: Vec<String> = Vec::new();
    let mut title = None;
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut tables: Vec<Table> = Vec::new();
    // Inside these, text is not shown: mc:Fallback (a copy of mc:Choice), deleted text,
    // field instructions.
    let mut skip = 0usize;
    let mut in_text = false;
    let mut saw_body = false;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(e) => e,
            // Truncated or broken XML: keep what was read, if anything.
            Err(_) => break,
        };
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                b"body" => saw_body = true,
                b"Fallback" | b"delText" | b"instrText" | b"del" => skip += 1,
                b"p" if paragraphs.len() < MAX_DEPTH => paragraphs.push(Paragraph::default()),
                b"tbl" if tables.len() < MAX_DEPTH => tables.push(Table::default()),
                b"tc" => {
                    if let Some(t) = tables.last_mut() {
                        t.cell = Some(String::new());
                    }
                }
                b"t" => in_text = true,
                _ => {}
            },
            Event::Empty(e) => {
                if skip > 0 {
                    continue;
                }
                let val = || attr(&e, b"val");
                match e.local_name().as_ref() {
                    b"pStyle" => set(&mut paragraphs, |p| p.style = val()),
                    b"numId" => set(&mut paragraphs, |p| p.num_id = val()),
                    b"ilvl" => set(&mut paragraphs, |p| {
                        p.ilvl = val().and_then(|v| v.parse().ok())
                    }),
                    b"tab" | b"ptab" => push(&mut paragraphs, "\t"),
                    b"br" | b"cr" => push(&mut paragraphs, "\n"),
                    b"noBreakHyphen" => push(&mut paragraphs, "-"),
                    b"p" => end_paragraph(Paragraph::default(), &mut tables, &mut lines),
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip == 0 => {
                push(&mut paragraphs, &t.decode().unwrap_or_default())
            }
            Event::CData(t) if in_text && skip == 0 => {
                push(&mut paragraphs, &String::from_utf8_lossy(&t))
            }
            Event::GeneralRef(r) if in_text && skip == 0 => {
                if let Some(c) = entity(&r) {
                    push(&mut paragraphs, c.encode_utf8(&mut [0; 4]));
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                b"Fallback" | b"delText" | b"instrText" | b"del" => skip = skip.saturating_sub(1),
                b"t" => in_text = false,
                b"p" => {
                    let Some(mut p) = paragraphs.pop() else {
                        continue;
                    };
                    if skip > 0 {
                        continue;
                    }
                    let (style_num, style_lvl) = p
                        .style
                        .as_deref()
                        .map(|s| styles.numbering(s))
                        .unwrap_or_default();
                    let num_id = p.num_id.clone().or(style_num);
                    let marker = match num_id.as_deref() {
                        Some("0") | None => None,
                        Some(id) => lists.next_marker(id, p.ilvl.or(style_lvl).unwrap_or(0)),
                    };
                    if let Some(marker) = marker {
                        p.text.insert_str(0, &marker);
                    }
                    if title.is_none() && p.style.as_deref().is_some_and(|s| styles.is_title(s)) {
                        let t = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        title = (!t.is_empty()).then_some(t);
                    }
                    // A text box's paragraph inside another paragraph becomes a line of its own.
                    end_paragraph(p, &mut tables, &mut lines);
                }
                b"tc" => {
                    if let Some(t) = tables.last_mut() {
                        let cell = t.cell.take().unwrap_or_default();
                        t.cells
                            .push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
                    }
                }
                b"tr" => {
                    if let Some(t) = tables.last_mut() {
                        let row = std::mem::take(&mut t.cells).join("\t");
                        let row = row.trim_end_matches('\t').to_string();
                        if tables.len() > 1 {
                            // A nested table's row is text of the enclosing cell.
                            let outer = tables.len() - 2;
                            append_cell(&mut tables[outer], &row);
                        } else if !row.is_empty() {
                            lines.push(row);
                        }
                    }
                }
                b"tbl" => {
                    tables.pop();
                }
                _ => {}
            },
            _ => {}
        }
    }
    if !saw_body {
        return None;
    }
    // Consecutive empty paragraphs (spacing) collapse to one empty line.
    let text = collapse_blank_lines(lines.iter().map(String::as_str));
    Some(Body { text, title })
}

fn set(paragraphs: &mut [Paragraph], f: impl FnOnce(&mut Paragraph)) {
    if let Some(p) = paragraphs.last_mut() {
        f(p);
    }
}

fn push(paragraphs: &mut [Paragraph], s: &str) {
    if let Some(p) = paragraphs.last_mut() {
        p.text.push_str(s);
    }
}

/// A finished paragraph goes to the open table cell, else it is a line.
fn end_paragraph(p: Paragraph, tables: &mut [Table], lines: &mut Vec<String>) {
    match tables.last_mut() {
        Some(t) if t.cell.is_some() => append_cell(t, &p.text),
        _ => lines.push(p.text),
    }
}

fn append_cell(table: &mut Table, text: &str) {
    if let Some(cell) = table.cell.as_mut() {
        if !cell.is_empty() && !text.trim().is_empty() {
            cell.push(' ');
        }
        cell.push_str(text.trim());
    }
}
