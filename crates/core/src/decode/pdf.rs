//! PDF: the text layer, read by a focused reader rather than a general PDF library (lopdf
//! costs about 670 KB gzip in wasm; this costs a fraction, see BENCHMARKS.md).
//!
//! [`file`](mod@file) finds the objects (scanning for `n g obj`, so damaged cross-reference tables do
//! not matter) and inflates streams within a budget; [`syntax`] parses objects; the page tree
//! gives the pages in order; [`content`] replays each page's text operators with [`font`]
//! decoding the shown bytes — a ToUnicode CMap when there is one, else a predefined CJK
//! CMap such as `GBK-EUC-H` decoded as GBK ([`cmap`]), else the simple font's encoding;
//! [`layout`] makes lines and rejoins wrapped paragraphs.
//!
//! Encrypted files, scans (pages that are only images) and text whose fonts map to nothing
//! get their own [`DecodeError`]s.

mod cmap;
mod content;
mod file;
mod font;
mod syntax;
#[cfg(test)]
mod tests;

use super::layout;
use super::limits::{MAX_PDF_INFLATED_BYTES, MAX_PDF_PAGES};
use super::{DecodeError, Decoded, Format, Note};
use file::File;
use syntax::{Dict, Obj};

/// Decodes a PDF's text layer.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_within(bytes, MAX_PDF_INFLATED_BYTES)
}

/// [`decode`] with an inflation budget of `budget` bytes (tests use a small one).
fn decode_within(bytes: &[u8], budget: usize) -> Result<Decoded, DecodeError> {
    let file = File::parse(bytes, budget);
    if file.trailers.iter().any(|t| t.get(b"Encrypt").is_some()) {
        return Err(DecodeError::EncryptedPdf);
    }
    let pages = pages(&file);
    if pages.is_empty() {
        return Err(DecodeError::CorruptPdf);
    }
    let mut interpreter = content::Interpreter::new(&file);
    let mut page_lines = Vec::with_capacity(pages.len());
    let mut empty_pages = 0usize;
    for page in &pages {
        interpreter.out.pieces.clear();
        let resources = inherited(&file, page, b"Resources").and_then(Obj::as_dict);
        let data = page_content(&file, page);
        interpreter.page(&data, resources);
        if file.over_budget() {
            return Err(DecodeError::PdfTooLarge {
                limit: MAX_PDF_INFLATED_BYTES,
            });
        }
        let lines = layout::lines(&interpreter.out.pieces);
        empty_pages += usize::from(lines.is_empty());
        page_lines.push(lines);
    }
    let text = layout::text(&page_lines);
    let unmapped = interpreter.out.unmapped;
    let readable = text.chars().filter(|c| !c.is_whitespace()).count();
    let truncated = cut_short(bytes);
    if readable == 0 {
        return Err(if truncated {
            // Pages whose content streams were cut off look empty: not a scan.
            DecodeError::Damaged {
                format: Format::Pdf,
                fault: super::error::Fault::Truncated,
            }
        } else if unmapped > 0 {
            DecodeError::UnmappedPdfText
        } else {
            DecodeError::ScannedPdf
        });
    }
    // Mostly unmapped glyphs: what is left would be noise (stray digits, spaces).
    if unmapped > readable * 4 {
        return Err(DecodeError::UnmappedPdfText);
    }
    let mut notes = Vec::new();
    if empty_pages > 0 {
        notes.push(Note::PdfPagesWithoutText {
            pages: empty_pages,
            of: pages.len(),
        });
    }
    if unmapped > 0 {
        notes.push(Note::PdfUnmappedText { glyphs: unmapped });
    }
    if truncated {
        notes.push(Note::Incomplete);
    }
    Ok(Decoded {
        text,
        format: Format::Pdf,
        encoding: interpreter.out.methods.join("+"),
        title_hint: info_title(&file),
        notes,
    })
}

/// A complete PDF ends with `%%EOF` (perhaps followed by a line end or some padding); a
/// download cut short does not.
fn cut_short(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    super::sniff::find(tail, b"%%EOF").is_none()
}

/// The pages in order: the page tree from the catalog, else every `/Type /Page` object.
fn pages(file: &File) -> Vec<&Dict> {
    let root = file
        .trailers
        .iter()
        .rev()
        .find_map(|t| t.get(b"Root"))
        .map(|r| file.resolve(r))
        .and_then(Obj::as_dict);
    let mut out = Vec::new();
    if let Some(tree) = root.and_then(|r| file.lookup(r, b"Pages")) {
        let mut seen = std::collections::HashSet::new();
        collect_pages(file, tree, &mut out, &mut seen, 0);
    }
    if out.is_empty() {
        let mut loose: Vec<(&u32, &Dict)> = file
            .all()
            .filter_map(|(n, o)| {
                o.as_dict()
                    .filter(|d| d.get(b"Type").and_then(Obj::as_name) == Some(b"Page"))
                    .map(|d| (n, d))
            })
            .collect();
        crate::sort::by_key(&mut loose, |(n, _)| **n);
        out = loose
            .into_iter()
            .map(|(_, d)| d)
            .take(MAX_PDF_PAGES)
            .collect();
    }
    out
}

fn collect_pages<'a>(
    file: &'a File,
    node: &'a Obj,
    out: &mut Vec<&'a Dict>,
    seen: &mut std::collections::HashSet<*const Obj>,
    depth: usize,
) {
    if depth > 64 || out.len() >= MAX_PDF_PAGES || !seen.insert(node as *const Obj) {
        return;
    }
    let Some(dict) = node.as_dict() else { return };
    match file.lookup(dict, b"Kids").and_then(Obj::as_array) {
        Some(kids) => {
            for kid in kids {
                collect_pages(file, file.resolve(kid), out, seen, depth + 1);
            }
        }
        None => out.push(dict),
    }
}

/// A page attribute, inherited from the page tree when the page lacks it.
fn inherited<'a>(file: &'a File, page: &'a Dict, key: &[u8]) -> Option<&'a Obj> {
    let mut node = page;
    for _ in 0..32 {
        if let Some(v) = file.lookup(node, key) {
            return Some(v);
        }
        node = file.dict(node, b"Parent")?;
    }
    None
}

/// A page's content streams, decoded and concatenated.
fn page_content(file: &File, page: &Dict) -> Vec<u8> {
    let mut data = Vec::new();
    let streams: Vec<&Obj> = match file.lookup(page, b"Contents") {
        Some(Obj::Array(a)) => a.iter().map(|o| file.resolve(o)).collect(),
        Some(o) => vec![o],
        None => Vec::new(),
    };
    for s in streams {
        if let Obj::Stream(d, raw) = s {
            if let Some(decoded) = file.decode_stream(d, raw) {
                data.extend_from_slice(&decoded);
                data.push(b'\n');
            }
        }
    }
    data
}

/// `/Title` from the document information dictionary, unless it says nothing about the
/// document (see [`super::junk_title`]): only a hint, the document's own title line wins.
fn info_title(file: &File) -> Option<String> {
    let info = file
        .trailers
        .iter()
        .rev()
        .find_map(|t| t.get(b"Info"))
        .map(|i| file.resolve(i))
        .and_then(Obj::as_dict)?;
    let Some(Obj::Str(raw)) = file.lookup(info, b"Title") else {
        return None;
    };
    let title = text_string(raw);
    let title = title.trim_matches(|c: char| c.is_whitespace() || c == '\0');
    (!super::junk_title(title)).then(|| title.to_string())
}

/// A PDF text string ([PDF 32000] 7.9.2.2): UTF-16BE with its BOM as the standard says,
/// and what writers produce besides — UTF-16LE with a BOM (WPS), UTF-8 with or without a
/// BOM, GBK bytes — else PDFDocEncoding.
pub(crate) fn text_string(raw: &[u8]) -> String {
    let utf16 = |enc: &'static encoding_rs::Encoding, rest: &[u8]| {
        enc.decode_without_bom_handling(rest).0.into_owned()
    };
    if let Some(rest) = raw.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(encoding_rs::UTF_16BE, rest);
    }
    if let Some(rest) = raw.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(encoding_rs::UTF_16LE, rest);
    }
    if let Some(rest) = raw.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return String::from_utf8_lossy(rest).into_owned();
    }
    if !raw.is_ascii() {
        if let Ok(s) = std::str::from_utf8(raw) {
            return s.to_string();
        }
        let (gbk, had_errors) = encoding_rs::GBK.decode_without_bom_handling(raw);
        let cjk = gbk
            .chars()
            .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
            .count();
        if !had_errors && cjk * 2 >= gbk.chars().filter(|c| !c.is_ascii()).count() {
            return gbk.into_owned();
        }
    }
    raw.iter().map(|&b| pdf_doc_char(b)).collect()
}

/// PDFDocEncoding ([PDF 32000] Annex D): Latin-1 except 0x18–0x1F and 0x80–0xA0.
fn pdf_doc_char(b: u8) -> char {
    const LOW: [u16; 8] = [
        0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC,
    ];
    const HIGH: [u16; 33] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212,
        0x2030, 0x201E, 0x201C, 0x201D, 0x2018, 0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141,
        0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0xFFFD, 0x20AC,
    ];
    let code = match b {
        0x18..=0x1F => LOW[usize::from(b - 0x18)],
        0x80..=0xA0 => HIGH[usize::from(b - 0x80)],
        _ => u16::from(b),
    };
    char::from_u32(u32::from(code)).unwrap_or('\u{FFFD}')
}
