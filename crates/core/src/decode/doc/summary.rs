//! The title in an OLE file's `\u{5}SummaryInformation` property set ([MS-OLEPS] 2.21;
//! PIDSI_TITLE = 2), as a hint for the report's title.

use super::fib::{u16_at, u32_at};

const PIDSI_CODEPAGE: u32 = 1;
const PIDSI_TITLE: u32 = 2;
const VT_LPSTR: u32 = 0x1E;
const VT_LPWSTR: u32 = 0x1F;

/// The document's title property, decoded in the property set's code page.
pub fn title(stream: &[u8]) -> Option<String> {
    if u16_at(stream, 0)? != 0xFFFE {
        return None;
    }
    // Header (28 bytes), then the first property set's FMTID (16 bytes) and offset.
    let section = u32_at(stream, 28 + 16)? as usize;
    let count = (u32_at(stream, section + 4)? as usize).min(1024);
    let value = |id: u32| {
        (0..count).find_map(|i| {
            let entry = section + 8 + 8 * i;
            (u32_at(stream, entry)? == id)
                .then(|| u32_at(stream, entry + 4))
                .flatten()
                .map(|off| section + off as usize)
        })
    };
    let code_page = value(PIDSI_CODEPAGE)
        .and_then(|at| u16_at(stream, at + 4))
        .unwrap_or(1252);
    let at = value(PIDSI_TITLE)?;
    let kind = u32_at(stream, at)?;
    let len = u32_at(stream, at + 4)? as usize;
    let text = match kind {
        VT_LPSTR => {
            let bytes = stream.get(at + 8..at + 8 + len.min(4096))?;
            let bytes = bytes.split(|&b| b == 0).next().unwrap_or(bytes);
            encoding_for_code_page(code_page)
                .decode_without_bom_handling(bytes)
                .0
                .into_owned()
        }
        VT_LPWSTR => {
            let units: Vec<u16> = (0..len.min(2048))
                .map_while(|k| u16_at(stream, at + 8 + 2 * k))
                .take_while(|&u| u != 0)
                .collect();
            String::from_utf16_lossy(&units)
        }
        _ => return None,
    };
    let title = text.trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// The encoding of a Windows code page (the ones Chinese documents use, and Western).
pub fn encoding_for_code_page(code_page: u16) -> &'static encoding_rs::Encoding {
    match code_page {
        936 => encoding_rs::GBK,
        54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        65001 => encoding_rs::UTF_8,
        1200 => encoding_rs::UTF_16LE,
        1201 => encoding_rs::UTF_16BE,
        932 => encoding_rs::SHIFT_JIS,
        949 => encoding_rs::EUC_KR,
        _ => encoding_rs::WINDOWS_1252,
    }
}
