//! Word 97–2003 binary documents (.doc), and WPS Writer files (.wps) written in that format.
//!
//! The file is an OLE compound file, read with the `cfb` crate. Its `WordDocument` stream
//! starts with the File Information Block ([`fib`]), which says where the document's tables
//! are in the table stream (`1Table` or `0Table`; WPS writes `0Table`). The text is read
//! through the piece table ([`pieces`]) and assembled by [`text`]: paragraph marks become
//! line ends, table cells tabs and rows lines (from the paragraph properties, [`props`]),
//! fields keep their results and lose their codes, deleted revisions are left out, and
//! automatic numbering is written out ([`lists`]). The `SummaryInformation` title becomes
//! the title hint ([`summary`]). Footnotes, headers and comments follow the main text in
//! the stream and are not read (as for .docx).
//!
//! Other OLE files get their own messages: encrypted Word or Office documents, Excel and
//! PowerPoint files, and .wps files in a format other than Word's (Microsoft Works, WPS
//! before 2005). Word 6.0/95 files (another layout) are named as such.

mod fib;
mod lists;
mod pieces;
mod props;
pub(crate) mod summary;
#[cfg(test)]
mod tests;
mod text;

use super::error::Fault;
use super::limits::MAX_TEXT_BYTES;
use super::{DecodeError, Decoded, Format};
use fib::{Fib, FibError};
use std::io::{Cursor, Read};

/// Decodes an OLE compound file that should be a Word document. `wps` says the file is
/// named `.wps`, which only chooses the message when it is not a Word document.
pub fn decode(bytes: &[u8], wps: bool) -> Result<Decoded, DecodeError> {
    let damaged = |fault| DecodeError::Damaged {
        format: Format::Doc,
        fault,
    };
    let mut ole = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|_| {
        damaged(if truncated(bytes) {
            Fault::Truncated
        } else {
            Fault::Container
        })
    })?;
    let streams: Vec<String> = ole
        .read_root_storage()
        .map(|e| e.name().to_string())
        .collect();
    let has = |name: &str| streams.iter().any(|s| s == name);
    if !has("WordDocument") {
        return Err(other_ole(&has, wps));
    }
    let word = read_stream(&mut ole, "WordDocument").ok_or_else(|| damaged(Fault::Container))?;
    let fib = match Fib::parse(&word) {
        Ok(fib) => fib,
        Err(FibError::Word95) => return Err(DecodeError::LegacyOffice),
        Err(FibError::NotWord) => return Err(damaged(Fault::Header)),
    };
    if fib.encrypted {
        return Err(DecodeError::Encrypted {
            format: Format::Doc,
        });
    }
    let (first, second) = if fib.table_1 {
        ("1Table", "0Table")
    } else {
        ("0Table", "1Table")
    };
    let table = read_stream(&mut ole, first)
        .or_else(|| read_stream(&mut ole, second))
        .ok_or_else(|| damaged(Fault::TableStream))?;
    let pieces = fib
        .table(fib::CLX, &table)
        .and_then(pieces::parse)
        .ok_or_else(|| damaged(Fault::PieceTable))?;
    let paragraphs = fib
        .table(fib::PLCF_BTE_PAPX, &table)
        .map(|plc| props::paragraphs(&word, plc));
    let deleted = fib
        .table(fib::PLCF_BTE_CHPX, &table)
        .map(|plc| props::deleted(&word, plc));
    let from = |index| fib.table(index, &table).and(fib.table_from(index, &table));
    let lists = lists::Lists::parse(from(fib::PLF_LST), from(fib::PLF_LFO));
    let empty_paras = props::Runs::empty();
    let empty_deleted = props::Runs::empty();
    let sources = text::Sources {
        word: &word,
        pieces: &pieces,
        ccp_text: fib.ccp_text,
        paragraphs: paragraphs.as_ref().unwrap_or(&empty_paras),
        deleted: deleted.as_ref().unwrap_or(&empty_deleted),
    };
    let text = text::read(&sources, lists, MAX_TEXT_BYTES).ok_or(DecodeError::TooLarge {
        bytes: MAX_TEXT_BYTES + 1,
        limit: MAX_TEXT_BYTES,
    })?;
    let title_hint = read_stream(&mut ole, "\u{5}SummaryInformation")
        .as_deref()
        .and_then(summary::title)
        .filter(|t| !super::junk_title(t));
    Ok(Decoded {
        text,
        format: Format::Doc,
        encoding: "UTF-16LE".into(),
        title_hint,
        notes: Vec::new(),
    })
}

/// An OLE file without a Word document inside: what it is instead.
fn other_ole(has: &dyn Fn(&str) -> bool, wps: bool) -> DecodeError {
    if has("EncryptionInfo") || has("EncryptedPackage") {
        // An encrypted .docx/.xlsx is an OLE file holding the encrypted package.
        DecodeError::Encrypted {
            format: Format::Docx,
        }
    } else if has("Workbook") || has("Book") {
        DecodeError::OtherOffice {
            kind: "an Excel spreadsheet",
        }
    } else if has("PowerPoint Document") {
        DecodeError::OtherOffice {
            kind: "a PowerPoint presentation",
        }
    } else if wps || has("MatOST") || has("CONTENTS") {
        DecodeError::OldWps
    } else {
        DecodeError::LegacyOffice
    }
}

/// The compound file's header names sectors past the end of the file: it was cut short.
/// (The header's first 109 FAT sector numbers and the first directory sector are checked.)
fn truncated(bytes: &[u8]) -> bool {
    let shift = fib::u16_at(bytes, 0x1E).unwrap_or(9);
    let sector: u64 = if shift == 12 { 4096 } else { 512 };
    // Sector s fills bytes (s + 1) × size .. (s + 2) × size; values from 0xFFFFFFFA are marks.
    let beyond = |s: u32| s < 0xFFFF_FFFA && (u64::from(s) + 2) * sector > bytes.len() as u64;
    let directory = fib::u32_at(bytes, 0x30).is_some_and(beyond);
    let fat = (0..109).any(|i| fib::u32_at(bytes, 0x4C + 4 * i).is_some_and(beyond));
    bytes.len() < 512 || directory || fat
}

/// A stream's bytes (at most the input cap; a stream cannot be larger than its file).
fn read_stream(ole: &mut cfb::CompoundFile<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let mut stream = ole.open_stream(name).ok()?;
    let mut bytes = Vec::new();
    (&mut stream)
        .take(super::limits::MAX_INPUT_BYTES as u64)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}
