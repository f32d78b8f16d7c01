//! Reading one input (a path or `-` for stdin) into report text.
//!
//! All format and encoding work happens in the core's decoding module
//! (`gangmu_core::decode`); this file only does the I/O and turns failures into messages
//! that name the file and say what to do.

use gangmu_core::decode::{self, limits};
use std::io::Read;

/// The text of one input and how it was read.
pub struct Input {
    pub text: String,
    pub source: gangmu_core::present::Source,
    /// A title from outside the text (HTML `<title>`, docx title), for `Options::title_hint`.
    pub title_hint: Option<String>,
    /// What the decoder noted (invalid bytes replaced …), for stderr: printed in input order
    /// by the caller, whichever thread read the file.
    pub notes: Vec<String>,
}

/// Decodes the `bytes` of input `path` (its name helps tell the format).
pub fn decode(path: &str, bytes: &[u8], encoding: Option<&str>) -> Result<Input, String> {
    let name = (path != "-").then_some(path);
    let decoded =
        decode::decode(bytes, name, encoding).map_err(|e| format!("{path}: {}", e.message_en()))?;
    Ok(Input {
        notes: decoded
            .notes
            .iter()
            .map(|n| format!("{path}: note: {}", n.message_en()))
            .collect(),
        source: gangmu_core::present::Source {
            format: decoded.format.as_str().into(),
            encoding: decoded.encoding,
        },
        title_hint: decoded.title_hint,
        text: decoded.text,
    })
}

/// The file's bytes, refusing (without reading it all) a file above the decoder's cap.
pub fn read_bytes(path: &str) -> std::io::Result<Vec<u8>> {
    let cap = limits::MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin().take(cap).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(path)?
            .take(cap)
            .read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}
