//! OFD (GB/T 33190-2016, China's fixed-layout format for electronic documents): a zip
//! package of XML files.
//!
//! `OFD.xml` names each document's root (`DocBody/DocRoot`); the document (`Document.xml`)
//! lists its pages (`Pages/Page/@BaseLoc`) and page templates (`CommonData/TemplatePage`);
//! each page's `Content.xml` places text objects (`TextObject`, with `Boundary`, `CTM`,
//! `Size`) whose `TextCode`s give the characters, the first one's position (`X`, `Y`, the
//! baseline) and the advance to each next one (`DeltaX`, `DeltaY`, with `g n v` repeats).
//! [`page`] turns them into positioned characters; the text is read in reading order — by
//! page, then lines by their baseline, then characters by X — and wrapped lines are joined
//! as in PDFs ([`super::layout`]). XML files are read in the encoding they declare (UTF-8,
//! GB18030 …); a font whose `Charset` is `symbol` has its private-use codes mapped back to
//! the characters they stand for.
//!
//! Reading is capped like a .docx: at most 10 000 entries, 64 MiB inflated in total.
//! `DocInfo/Title` is the title hint. Signatures, annotations and attachments are not text
//! of the report and are not read.

mod page;
#[cfg(test)]
mod tests;

use super::error::Fault;
use super::layout;
use super::limits::{MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES, MAX_PDF_PAGES};
use super::package::{self, Package, PartError};
use super::xml;
use super::{DecodeError, Decoded, Format};
use quick_xml::events::Event;
use std::collections::HashMap;

/// True when a zip's entries (or, for a zip cut short, its local headers) hold `OFD.xml`.
pub fn is_ofd(bytes: &[u8]) -> bool {
    match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(zip) => zip
            .file_names()
            .any(|n| n.trim_start_matches('/').eq_ignore_ascii_case("OFD.xml")),
        Err(_) => bytes
            .get(30..37)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"OFD.xml")),
    }
}

fn damaged(fault: Fault) -> DecodeError {
    DecodeError::Damaged {
        format: Format::Ofd,
        fault,
    }
}

fn part_error(e: PartError) -> DecodeError {
    match e {
        PartError::Corrupt => damaged(Fault::Container),
        PartError::TooLarge => DecodeError::TooLarge {
            bytes: MAX_DOCX_INFLATED_BYTES + 1,
            limit: MAX_DOCX_INFLATED_BYTES,
        },
    }
}

/// Decodes an OFD package.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut pkg = Package::open(bytes, MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES).map_err(|e| {
        if matches!(e, PartError::Corrupt) {
            damaged(Fault::Truncated)
        } else {
            part_error(e)
        }
    })?;
    if pkg.find("Encryptions.xml").is_some() {
        return Err(DecodeError::Encrypted {
            format: Format::Ofd,
        });
    }
    let entry = xml(&mut pkg, "OFD.xml")?.ok_or_else(|| damaged(Fault::NoDocument))?;
    let (roots, title) = doc_roots(&entry);
    if roots.is_empty() {
        return Err(damaged(Fault::NoDocument));
    }
    let mut pages_lines = Vec::new();
    let mut pages = 0;
    for root in roots {
        let root = package::resolve("", &root);
        let Some(document) = xml(&mut pkg, &root)? else {
            return Err(damaged(Fault::NoDocument));
        };
        let dir = package::dir_of(&root);
        let doc = Document::parse(&document, &dir);
        let fonts = fonts(&mut pkg, &doc)?;
        let mut templates: HashMap<String, Vec<layout::Piece>> = HashMap::new();
        for (id, loc) in &doc.templates {
            if let Some(content) = xml(&mut pkg, loc)? {
                templates.insert(id.clone(), page::pieces(&content, &fonts).0);
            }
        }
        for loc in doc.pages.iter().take(MAX_PDF_PAGES) {
            pages += 1;
            let Some(content) = xml(&mut pkg, loc)? else {
                // A page listed but missing: the others are still read.
                pages_lines.push(Vec::new());
                continue;
            };
            let (mut pieces, used) = page::pieces(&content, &fonts);
            for id in used {
                if let Some(t) = templates.get(&id) {
                    pieces.extend(t.iter().cloned());
                }
            }
            pages_lines.push(layout::lines(&layout::reading_order(pieces)));
        }
    }
    if pages == 0 {
        return Err(damaged(Fault::NoPages));
    }
    let text = layout::text(&pages_lines);
    Ok(Decoded {
        text,
        format: Format::Ofd,
        encoding: "UTF-8".into(),
        title_hint: title.filter(|t| !super::junk_title(t)),
        notes: Vec::new(),
    })
}

/// An XML part as text, in the encoding it declares. `Ok(None)` when absent.
fn xml(pkg: &mut Package, name: &str) -> Result<Option<String>, DecodeError> {
    let Some(real) = pkg.find(name) else {
        return Ok(None);
    };
    let bytes = pkg.read(&real).map_err(part_error)?;
    Ok(Some(decode_xml(&bytes)))
}

/// XML bytes to text: a byte-order mark, else the declaration's `encoding`, else UTF-8.
pub(crate) fn decode_xml(bytes: &[u8]) -> String {
    if let Some((enc, len)) = encoding_rs::Encoding::for_bom(bytes) {
        return enc
            .decode_without_bom_handling(&bytes[len..])
            .0
            .into_owned();
    }
    let head = &bytes[..bytes.len().min(200)];
    let declared = head
        .starts_with(b"<?xml")
        .then(|| {
            let end = head.windows(2).position(|w| w == b"?>")?;
            let decl = &head[..end];
            let at = super::sniff::find(decl, b"encoding")?;
            let rest = &decl[at + 8..];
            let q = rest.iter().position(|&c| c == b'"' || c == b'\'')?;
            let rest = &rest[q + 1..];
            let close = rest.iter().position(|&c| c == b'"' || c == b'\'')?;
            encoding_rs::Encoding::for_label(&rest[..close])
        })
        .flatten()
        .filter(|e| *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE);
    declared
        .unwrap_or(encoding_rs::UTF_8)
        .decode_without_bom_handling(bytes)
        .0
        .into_owned()
}

/// `DocBody/DocRoot` of each document in `OFD.xml`, and the first `DocInfo/Title`.
fn doc_roots(xml: &str) -> (Vec<String>, Option<String>) {
    let mut roots = Vec::new();
    let mut title: Option<String> = None;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut field: Option<&'static str> = None;
    let mut text = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                field = match e.local_name().as_ref() {
                    b"DocRoot" => Some("root"),
                    b"Title" => Some("title"),
                    _ => None,
                };
                text.clear();
            }
            Ok(Event::Text(t)) if field.is_some() => text.push_str(&t.decode().unwrap_or_default()),
            Ok(Event::GeneralRef(r)) if field.is_some() => text.extend(xml::entity(&r)),
            Ok(Event::End(_)) => {
                match field.take() {
                    Some("root") if !text.trim().is_empty() => roots.push(text.trim().to_string()),
                    Some("title") if title.is_none() && !text.trim().is_empty() => {
                        title = Some(text.trim().to_string())
                    }
                    _ => {}
                }
                text.clear();
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    (roots, title)
}

/// What `Document.xml` says: pages, templates and resource files, as package paths.
#[derive(Debug, Default)]
struct Document {
    pages: Vec<String>,
    templates: Vec<(String, String)>,
    resources: Vec<String>,
}

impl Document {
    fn parse(xml: &str, dir: &str) -> Document {
        let mut doc = Document::default();
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut res_field = false;
        let mut text = String::new();
        loop {
            let (e, empty) = match reader.read_event() {
                Ok(Event::Start(e)) => (e, false),
                Ok(Event::Empty(e)) => (e, true),
                Ok(Event::Text(t)) if res_field => {
                    text.push_str(&t.decode().unwrap_or_default());
                    continue;
                }
                Ok(Event::End(_)) => {
                    if res_field && !text.trim().is_empty() {
                        doc.resources.push(package::resolve(dir, text.trim()));
                    }
                    res_field = false;
                    text.clear();
                    continue;
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => continue,
            };
            match e.local_name().as_ref() {
                b"Page" => {
                    if let Some(loc) = xml::attr(&e, b"BaseLoc") {
                        doc.pages.push(package::resolve(dir, &loc));
                    }
                }
                b"TemplatePage" => {
                    if let (Some(id), Some(loc)) = (xml::attr(&e, b"ID"), xml::attr(&e, b"BaseLoc"))
                    {
                        doc.templates.push((id, package::resolve(dir, &loc)));
                    }
                }
                b"PublicRes" | b"DocumentRes" if !empty => res_field = true,
                _ => {}
            }
        }
        doc
    }
}

/// The fonts of the document's resource files: ID → whether its charset is `symbol`.
fn fonts(pkg: &mut Package, doc: &Document) -> Result<page::Fonts, DecodeError> {
    let mut fonts = page::Fonts::default();
    for loc in &doc.resources {
        let Some(res) = xml(pkg, loc)? else { continue };
        let mut reader = quick_xml::Reader::from_str(&res);
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) | Ok(Event::Empty(e)) if e.local_name().as_ref() == b"Font" => {
                    let symbol =
                        xml::attr(&e, b"Charset").is_some_and(|c| c.eq_ignore_ascii_case("symbol"));
                    if let (Some(id), true) = (xml::attr(&e, b"ID"), symbol) {
                        fonts.symbol.insert(id);
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    Ok(fonts)
}
