//! Word .docx: paragraphs as lines, automatic numbering turned back into visible markers,
//! tables as rows of tab-separated cells.
//!
//! GB/T 9704 documents number their headings with Word's automatic numbering more often
//! than by typing `一、`; the markers then exist only in `numbering.xml`, and without them the
//! outline stage would see bare titles. [`numbering`] replays Word's counters to write them
//! back. [`body`] walks `document.xml`: paragraphs (text boxes included, `mc:Fallback`
//! copies skipped), tables, deleted text and field instructions left out. Page headers and
//! footers, footnotes and comments live in other parts and are not report text: not read.
//!
//! Reading is capped (see [`super::limits`]): at most 10 000 zip entries, and the parts read
//! may inflate to 64 MiB together, so a zip bomb ends in [`DecodeError::DocxTooLarge`].

mod body;
mod numbering;
#[cfg(test)]
mod tests;

use super::limits::{MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES};
use super::package::{Package, PartError};
use super::xml::{attr, entity};
use super::{DecodeError, Decoded, Format};
use quick_xml::events::Event;

/// Decodes a zip archive that should be a Word document.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let too_large = DecodeError::DocxTooLarge {
        limit: MAX_DOCX_INFLATED_BYTES,
    };
    let mut pkg = Package::open(bytes, MAX_DOCX_ENTRIES, MAX_DOCX_INFLATED_BYTES).map_err(|e| {
        match e {
            PartError::TooLarge => too_large.clone(),
            // A cut-off zip has no directory; its local headers still name the parts.
            PartError::Corrupt if super::sniff::find(bytes, b"word/").is_some() => {
                DecodeError::CorruptDocx
            }
            PartError::Corrupt => DecodeError::Binary {
                kind: "a zip archive",
            },
        }
    })?;
    if pkg.find("word/document.xml").is_none() {
        let names: Vec<&str> = pkg.names().collect();
        let kind = if names.iter().any(|n| n.starts_with("xl/")) {
            Some("an Excel spreadsheet")
        } else if names.iter().any(|n| n.starts_with("ppt/")) {
            Some("a PowerPoint presentation")
        } else if names.contains(&"mimetype") || names.contains(&"content.xml") {
            Some("an OpenDocument file")
        } else {
            None
        };
        return Err(match kind {
            Some(kind) => DecodeError::OtherOffice { kind },
            None if names.iter().any(|n| n.starts_with("word/")) => DecodeError::CorruptDocx,
            None => DecodeError::Binary {
                kind: "a zip archive",
            },
        });
    }
    let mut part = |name: &str| -> Result<Option<String>, DecodeError> {
        let Some(entry) = pkg.find(name) else {
            return Ok(None);
        };
        let bytes = pkg.read(&entry).map_err(|e| match e {
            PartError::TooLarge => too_large.clone(),
            PartError::Corrupt => DecodeError::CorruptDocx,
        })?;
        Ok(Some(part_text(&bytes)))
    };
    let document = part("word/document.xml")?.ok_or(DecodeError::CorruptDocx)?;
    let styles = part("word/styles.xml")?;
    let numbering = part("word/numbering.xml")?;
    let core = part("docProps/core.xml")?;

    let styles = numbering::Styles::parse(styles.as_deref().unwrap_or(""));
    let lists = numbering::Numbering::parse(numbering.as_deref().unwrap_or(""));
    let body = body::read(&document, &styles, lists).ok_or(DecodeError::CorruptDocx)?;
    let title_hint = core.as_deref().and_then(core_title).or(body.title);
    Ok(Decoded {
        text: body.text,
        format: Format::Docx,
        encoding: "UTF-8".into(),
        title_hint,
        notes: Vec::new(),
    })
}

/// A part's text: UTF-8 in practice; UTF-16 parts (allowed, never seen) by their BOM.
fn part_text(bytes: &[u8]) -> String {
    match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, len)) => enc
            .decode_without_bom_handling(&bytes[len..])
            .0
            .into_owned(),
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// `dc:title` from `docProps/core.xml`, unless it is empty or a printer-driver leftover.
fn core_title(xml: &str) -> Option<String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut in_title = false;
    let mut title = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) if e.local_name().as_ref() == b"title" => in_title = true,
            Ok(Event::End(e)) if e.local_name().as_ref() == b"title" => break,
            Ok(Event::Text(t)) if in_title => title.push_str(&t.decode().unwrap_or_default()),
            Ok(Event::GeneralRef(r)) if in_title => title.extend(entity(&r)),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    let title = title.trim();
    (!super::junk_title(title)).then(|| title.to_string())
}
