//! Reading one input (a path or `-` for stdin) into report text.
//!
//! All format and encoding work happens in the core's decoding module; this file only does the
//! I/O and turns failures into messages.

use std::io::Read;

/// The text of one input and how it was read.
pub struct Input {
    pub text: String,
    pub source: gangmu_core::present::Source,
}

/// Reads `path` (`-` = stdin). The error is a message for the user.
pub fn read(path: &str) -> Result<Input, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("cannot read {path}: {e}"))?;
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
    Ok(Input {
        text,
        source: gangmu_core::present::Source {
            format: "text".into(),
            encoding: "UTF-8".into(),
        },
    })
}
