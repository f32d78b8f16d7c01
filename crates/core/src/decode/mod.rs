//! Stage 0, decode: the bytes of a file in, report text plus what was detected out.
//!
//! One entry point, [`decode`], serves the CLI and the web app (which runs it in a worker).
//!
//! **Which format.** Magic numbers first, the file name second ([`sniff`]): PDF, zip (docx),
//! OLE2 (.doc), RTF, images, archives and programs are recognised whatever their name; only
//! text-like input falls back on the extension (`.html`, `.mhtml`) or on markup at its start.
//!
//! **Which encoding** (plain text, web pages, MHTML; see [`text`]): a byte-order mark first,
//! then the caller's override, then what the document declares (`<meta charset>`), then
//! strict UTF-8, then detection (BOM-less UTF-16 by its zero bytes and plausibility, then
//! chardetng with GBK winning ties). The encoding used is reported in [`Decoded::encoding`].
//!
//! **Caps** ([`limits`]), so a hostile or absurd file ends in a [`DecodeError`] and never in
//! an out-of-memory abort: 64 MiB of input for any file, 16 MiB for text and web pages,
//! 8 MiB of decoded text; a docx may inflate to 64 MiB over at most 10 000 entries; a PDF's
//! streams may inflate to 128 MiB in total.
//!
//! Heavy formats sit behind the crate features `html`, `docx` and `pdf` (all on by default);
//! without one, such a file gets [`DecodeError::Unsupported`]. Like the rest of the core this
//! module does no I/O, reads no clock and never panics (see the property tests).

mod csv_column;
pub mod error;
pub mod sniff;
pub mod text;

#[cfg(feature = "doc")]
mod doc;
#[cfg(feature = "docx")]
mod docx;
#[cfg(feature = "html")]
mod html;
#[cfg(any(feature = "pdf", feature = "ofd"))]
mod layout;
#[cfg(any(feature = "docx", feature = "doc", feature = "rtf"))]
mod lines;
#[cfg(any(feature = "docx", feature = "doc"))]
mod list_number;
#[cfg(feature = "html")]
mod mhtml;
#[cfg(feature = "ofd")]
mod ofd;
#[cfg(any(feature = "docx", feature = "ofd"))]
mod package;
#[cfg(feature = "pdf")]
mod pdf;
#[cfg(feature = "rtf")]
mod rtf;
#[cfg(any(feature = "docx", feature = "ofd"))]
mod xml;

pub use error::{DecodeError, Fault};
pub use text::{encoding_for_label, OFFERED_ENCODINGS};

use serde::Serialize;
use sniff::Sniffed;

/// The caps on what one file may cost.
pub mod limits {
    /// Any file, before anything else is looked at.
    pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;
    /// Plain text and web pages (a long report is under 1 MB).
    pub const MAX_TEXT_INPUT_BYTES: usize = 16 * 1024 * 1024;
    /// The decoded text of any format.
    pub const MAX_TEXT_BYTES: usize = 8 * 1024 * 1024;
    /// Total bytes inflated from one docx (all the parts read together).
    pub const MAX_DOCX_INFLATED_BYTES: usize = 64 * 1024 * 1024;
    /// Entries in one docx's zip directory.
    pub const MAX_DOCX_ENTRIES: usize = 10_000;
    /// Total bytes inflated from one PDF's streams.
    pub const MAX_PDF_INFLATED_BYTES: usize = 128 * 1024 * 1024;
    /// Pages read from one PDF.
    pub const MAX_PDF_PAGES: usize = 10_000;
}

/// What the bytes turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Mhtml,
    Docx,
    /// Word 97–2003 binary (.doc), also WPS files in that format.
    Doc,
    Pdf,
    /// OFD (GB/T 33190), China's fixed-layout format.
    Ofd,
    Rtf,
}

impl Format {
    /// The name used in the CLI's JSON (`source.format`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Mhtml => "mhtml",
            Format::Docx => "docx",
            Format::Doc => "doc",
            Format::Pdf => "pdf",
            Format::Ofd => "ofd",
            Format::Rtf => "rtf",
        }
    }

    /// The format as named in messages, in Chinese.
    pub fn name_zh(self) -> &'static str {
        match self {
            Format::Text => "文本文件",
            Format::Html => "网页",
            Format::Mhtml => "MHTML 网页存档",
            Format::Docx => "Word 文档（.docx）",
            Format::Doc => "旧版 Word 文档（.doc/.wps）",
            Format::Pdf => "PDF 文件",
            Format::Ofd => "OFD 文件",
            Format::Rtf => "RTF 文件",
        }
    }

    /// The format as named in messages, in English.
    pub fn name_en(self) -> &'static str {
        match self {
            Format::Text => "text file",
            Format::Html => "web page",
            Format::Mhtml => "MHTML web archive",
            Format::Docx => "Word document (.docx)",
            Format::Doc => "old Word document (.doc/.wps)",
            Format::Pdf => "PDF",
            Format::Ofd => "OFD document",
            Format::Rtf => "RTF document",
        }
    }
}

/// Something the user may want to know about how the text was read. Never fatal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum Note {
    /// No BOM, no declaration, not UTF-8: the encoding was guessed (the UI offers an override).
    EncodingDetected { encoding: String },
    /// The document declared one encoding but its bytes are in another.
    DeclaredEncodingWrong { declared: String, used: String },
    /// Byte sequences invalid in the encoding were replaced by U+FFFD.
    InvalidSequences { count: usize },
    /// NUL characters were removed.
    NulRemoved { count: usize },
    /// Traditional characters: matched as simplified, shown as written.
    TraditionalCharacters { count: usize },
    /// A .csv whose one text column holds the report: that column was read as the text.
    CsvTextColumn,
    /// The page's header, navigation and footer hid everything, so they were kept.
    PageChromeKept,
    /// Some PDF pages hold no text (scanned pages inside a text PDF).
    PdfPagesWithoutText { pages: usize, of: usize },
    /// Some PDF text could not be mapped to characters and was left out.
    PdfUnmappedText { glyphs: usize },
    /// The file ends before its end (an unfinished download): later pages may be missing.
    Incomplete,
}

impl Note {
    /// The note in both languages, as the web app shows it.
    pub fn message(&self) -> crate::model::Bilingual {
        crate::model::Bilingual::new(self.message_zh(), self.message_en())
    }

    /// The note in Chinese, for the web app.
    pub fn message_zh(&self) -> String {
        match self {
            Note::EncodingDetected { encoding } => {
                format!("文件未标明编码，已自动识别为 {encoding}；如显示乱码，请手动选择编码。")
            }
            Note::DeclaredEncodingWrong { declared, used } => {
                format!("网页声明的编码 {declared} 与内容不符，已按 {used} 读取。")
            }
            Note::InvalidSequences { count } => {
                format!("有 {count} 处无效字节已替换为 �；如乱码较多，请手动选择编码。")
            }
            Note::NulRemoved { count } => format!("已删除 {count} 个空字符（NUL）。"),
            Note::TraditionalCharacters { count } => {
                format!("文中有 {count} 个繁体字：按简体匹配，显示保持原样。")
            }
            Note::PageChromeKept => "未能区分网页的导航和正文，已保留全部文字。".into(),
            Note::CsvTextColumn => {
                "这个 CSV 文件的一列中存放着整篇报告，已按该列的文字读取。".into()
            }
            Note::PdfPagesWithoutText { pages, of } => {
                format!("PDF 共 {of} 页，其中 {pages} 页没有文字层（可能是扫描页），这些页的内容未能读取。")
            }
            Note::PdfUnmappedText { glyphs } => {
                format!("PDF 中有 {glyphs} 个字形无法还原为文字，已略去。")
            }
            Note::Incomplete => {
                "文件不完整（可能下载未完成），后面的内容可能缺失；请重新下载该文件。".into()
            }
        }
    }

    /// The note in English.
    pub fn message_en(&self) -> String {
        match self {
            Note::EncodingDetected { encoding } => format!(
                "the file does not say its encoding; it was detected as {encoding}. If the text looks garbled, choose the encoding by hand."
            ),
            Note::DeclaredEncodingWrong { declared, used } => {
                format!("the page declares {declared} but its bytes are {used}; read as {used}.")
            }
            Note::InvalidSequences { count } => format!(
                "{count} invalid byte sequences were replaced by �; if much is garbled, choose the encoding by hand."
            ),
            Note::NulRemoved { count } => format!("{count} NUL characters were removed."),
            Note::TraditionalCharacters { count } => format!(
                "{count} traditional characters: matched as simplified, shown as written."
            ),
            Note::CsvTextColumn => {
                "the CSV file holds the report in one text column; that column was read as the text.".into()
            }
            Note::PageChromeKept => {
                "the page's navigation could not be told apart from its text; all text was kept.".into()
            }
            Note::PdfPagesWithoutText { pages, of } => format!(
                "{pages} of the PDF's {of} pages hold no text (scanned pages?) and were not read."
            ),
            Note::PdfUnmappedText { glyphs } => {
                format!("{glyphs} glyphs in the PDF could not be mapped to characters and were left out.")
            }
            Note::Incomplete => {
                "the file is incomplete (an unfinished download?): later parts may be missing. Download it again.".into()
            }
        }
    }
}

/// The text of one file and how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The report text, BOM removed, lines separated by `\n`.
    pub text: String,
    pub format: Format,
    /// The encoding used (`UTF-8`, `GBK`, `UTF-16LE` …; for a PDF, how its fonts were read).
    pub encoding: String,
    /// A title from outside the text (HTML `<title>`, docx title): pass it as
    /// [`crate::Options::title_hint`].
    pub title_hint: Option<String>,
    pub notes: Vec<Note>,
}

/// Decodes one file. `name` (a file name or path) helps only where the bytes cannot tell;
/// `encoding_override` (a label, see [`OFFERED_ENCODINGS`]) applies to text formats.
pub fn decode(
    bytes: &[u8],
    name: Option<&str>,
    encoding_override: Option<&str>,
) -> Result<Decoded, DecodeError> {
    if bytes.len() > limits::MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: bytes.len(),
            limit: limits::MAX_INPUT_BYTES,
        });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(DecodeError::Empty);
    }
    let ext = sniff::extension(name);
    let mut decoded = match sniff::sniff(bytes, name) {
        Sniffed::Binary(kind) => return Err(DecodeError::Binary { kind }),
        Sniffed::Ole2 => decode_ole(bytes, ext.as_deref() == Some("wps"))?,
        Sniffed::Rtf => decode_rtf(bytes)?,
        Sniffed::Pdf => decode_pdf(bytes)?,
        Sniffed::Zip => decode_zip(bytes)?,
        Sniffed::Mhtml => decode_mhtml(bytes, encoding_override)?,
        Sniffed::Html => {
            text_size_ok(bytes)?;
            decode_html(bytes, encoding_override)?
        }
        Sniffed::Text => match ext.as_deref() {
            Some("pdf") => return Err(DecodeError::CorruptPdf),
            Some("docx") => return Err(DecodeError::CorruptDocx),
            // Not an OLE file: WPS before 2005 (its own format), or a damaged file.
            Some("csv") => {
                text_size_ok(bytes)?;
                let decoded = decode_text(bytes, encoding_override)?;
                match csv_column::report(&decoded.text) {
                    Some(text) => from_column(text, decoded),
                    None => decoded,
                }
            }
            Some("wps") => {
                text_size_ok(bytes)?;
                decode_text(bytes, encoding_override).map_err(|e| match e {
                    DecodeError::Binary { .. } => DecodeError::OldWps,
                    e => e,
                })?
            }
            Some("xlsx" | "xls") => {
                return Err(DecodeError::OtherOffice {
                    kind: "an Excel spreadsheet",
                })
            }
            Some("pptx" | "ppt") => {
                return Err(DecodeError::OtherOffice {
                    kind: "a PowerPoint presentation",
                })
            }
            _ => {
                text_size_ok(bytes)?;
                decode_text(bytes, encoding_override)?
            }
        },
    };
    if decoded.text.len() > limits::MAX_TEXT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: decoded.text.len(),
            limit: limits::MAX_TEXT_BYTES,
        });
    }
    if decoded.text.trim().is_empty() {
        return Err(match decoded.format {
            Format::Pdf => DecodeError::ScannedPdf,
            _ => DecodeError::Empty,
        });
    }
    let traditional = decoded
        .text
        .chars()
        .filter(|&c| crate::lexicon::trad::to_simplified(c).is_some())
        .count();
    if traditional >= 20 {
        decoded
            .notes
            .push(Note::TraditionalCharacters { count: traditional });
    }
    Ok(decoded)
}

fn text_size_ok(bytes: &[u8]) -> Result<(), DecodeError> {
    if bytes.len() > limits::MAX_TEXT_INPUT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: bytes.len(),
            limit: limits::MAX_TEXT_INPUT_BYTES,
        });
    }
    Ok(())
}

fn decode_text(bytes: &[u8], encoding_override: Option<&str>) -> Result<Decoded, DecodeError> {
    let t = text::transcode(bytes, encoding_override, None)?;
    if text::looks_binary(&t.text) {
        return Err(DecodeError::Binary {
            kind: "binary data",
        });
    }
    // UTF-16 web pages cannot be sniffed as bytes; look again once decoded.
    #[cfg(feature = "html")]
    if t.encoding != encoding_rs::UTF_8 && html::looks_like_markup(&t.text) {
        return Ok(html::from_text(&t.text, t.encoding.name(), t.notes));
    }
    Ok(Decoded {
        text: t.text,
        format: Format::Text,
        encoding: t.encoding.name().into(),
        title_hint: None,
        notes: t.notes,
    })
}

/// The text of a CSV's text column, read as a web page when it holds markup.
fn from_column(text: String, decoded: Decoded) -> Decoded {
    let mut notes = decoded.notes;
    notes.push(Note::CsvTextColumn);
    #[cfg(feature = "html")]
    if sniff::looks_like_html(text.as_bytes()) {
        return html::from_text(&text, &decoded.encoding, notes);
    }
    Decoded {
        text,
        notes,
        ..decoded
    }
}

#[cfg(feature = "html")]
fn decode_html(bytes: &[u8], encoding_override: Option<&str>) -> Result<Decoded, DecodeError> {
    html::decode(bytes, encoding_override)
}

#[cfg(not(feature = "html"))]
fn decode_html(_: &[u8], _: Option<&str>) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported { format: "HTML" })
}

#[cfg(feature = "html")]
fn decode_mhtml(bytes: &[u8], encoding_override: Option<&str>) -> Result<Decoded, DecodeError> {
    mhtml::decode(bytes, encoding_override)
}

#[cfg(not(feature = "html"))]
fn decode_mhtml(_: &[u8], _: Option<&str>) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported { format: "MHTML" })
}

/// A zip: an OFD package if it holds `OFD.xml`, else (perhaps) a Word document.
fn decode_zip(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    #[cfg(feature = "ofd")]
    if ofd::is_ofd(bytes) {
        return ofd::decode(bytes);
    }
    #[cfg(not(feature = "ofd"))]
    if sniff::find(&bytes[..bytes.len().min(4096)], b"OFD.xml").is_some() {
        return Err(DecodeError::Unsupported { format: "OFD" });
    }
    decode_docx(bytes)
}

#[cfg(feature = "docx")]
fn decode_docx(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    docx::decode(bytes)
}

#[cfg(not(feature = "docx"))]
fn decode_docx(_: &[u8]) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported {
        format: "Word (.docx)",
    })
}

#[cfg(feature = "rtf")]
fn decode_rtf(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    text_size_ok(bytes)?;
    rtf::decode(bytes)
}

#[cfg(not(feature = "rtf"))]
fn decode_rtf(_: &[u8]) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Rtf)
}

#[cfg(feature = "doc")]
fn decode_ole(bytes: &[u8], wps: bool) -> Result<Decoded, DecodeError> {
    doc::decode(bytes, wps)
}

#[cfg(not(feature = "doc"))]
fn decode_ole(_: &[u8], _: bool) -> Result<Decoded, DecodeError> {
    Err(DecodeError::LegacyOffice)
}

#[cfg(any(
    feature = "docx",
    feature = "doc",
    feature = "pdf",
    feature = "ofd",
    feature = "rtf"
))]
/// A title from a file's metadata that says nothing about the document: empty, a
/// program's placeholder, a file name, a newspaper, or a person's name (the author or
/// editor typed into the title field). The document's own title line is used instead.
pub(crate) fn junk_title(title: &str) -> bool {
    use crate::lexicon::data::file_metadata;
    let t = title.trim();
    let lower = t.to_ascii_lowercase();
    let han = t
        .chars()
        .filter(|c| ('\u{4E00}'..='\u{9FFF}').contains(c))
        .count();
    let only_han = han == t.chars().count();
    t.chars().count() < 2
        || lower.starts_with("microsoft word")
        || lower.starts_with("untitled")
        || lower.starts_with("document")
        || file_metadata::PLACEHOLDERS.iter().any(|p| t.starts_with(p))
        || file_metadata::FILE_EXTENSIONS
            .iter()
            .any(|e| lower.ends_with(e))
        || file_metadata::PRESS_ENDINGS.iter().any(|e| t.ends_with(e))
        // A news site or app that republished the report (人民网, 澎湃新闻, 某某新闻客户端): the
        // words `meta` reads 来源 lines with (`lexicon/issuer.toml`).
        || crate::lexicon::data::issuer::REPUBLISHERS
            .iter()
            .any(|e| t.ends_with(e))
        || (t.ends_with('网') && t.chars().count() <= 8)
        // A byline: 责任编辑 某某, 记者 某某, 作者：某某.
        || file_metadata::BYLINE_WORDS.iter().any(|w| t.contains(w))
        // 2–4 Han characters alone: a person's name, never a report's title.
        || (only_han && han <= 4)
        // Latin letters only (a user name such as "Qianyi Li", "Administrator").
        || (han == 0 && t.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '.'))
}

#[cfg(feature = "pdf")]
fn decode_pdf(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    pdf::decode(bytes)
}

#[cfg(not(feature = "pdf"))]
fn decode_pdf(_: &[u8]) -> Result<Decoded, DecodeError> {
    Err(DecodeError::Unsupported { format: "PDF" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_whitespace_only_files_are_empty() {
        assert_eq!(decode(b"", Some("a.txt"), None), Err(DecodeError::Empty));
        assert_eq!(
            decode(b" \r\n\t ", Some("a.txt"), None),
            Err(DecodeError::Empty)
        );
        assert_eq!(
            decode(b"\xef\xbb\xbf\n", Some("a.txt"), None),
            Err(DecodeError::Empty)
        );
        assert_eq!(
            decode(&[0xFF, 0xFE, b'\n', 0], None, None),
            Err(DecodeError::Empty)
        );
    }

    #[test]
    fn plain_text_reports_its_encoding() {
        let d = decode("一、总体情况\n".as_bytes(), Some("r.txt"), None).unwrap();
        assert_eq!(
            (d.format, d.encoding.as_str(), d.text.as_str()),
            (Format::Text, "UTF-8", "一、总体情况\n")
        );
        let gbk = encoding_rs::GBK
            .encode("一、总体情况：全年办理行政复议案件二十件。\n")
            .0;
        let d = decode(&gbk, Some("r.txt"), None).unwrap();
        assert_eq!(d.encoding, "GBK");
        assert!(d.notes.contains(&Note::EncodingDetected {
            encoding: "GBK".into()
        }));
    }

    #[test]
    fn office_and_binary_files_get_their_own_errors() {
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
        assert_eq!(
            decode(&ole, Some("r.doc"), None),
            Err(DecodeError::Damaged {
                format: Format::Doc,
                fault: error::Fault::Truncated
            })
        );
        assert_eq!(
            decode(b"{\\rtf1\\ansi x}", Some("r.rtf"), None).map(|d| d.text),
            Ok("x\n".to_string())
        );
        assert!(matches!(
            decode(b"GIF89a\x01\x00", Some("r.txt"), None),
            Err(DecodeError::Binary { .. })
        ));
        assert_eq!(
            decode(b"not a pdf", Some("r.pdf"), None),
            Err(DecodeError::CorruptPdf)
        );
        assert_eq!(
            decode(b"not a zip", Some("r.docx"), None),
            Err(DecodeError::CorruptDocx)
        );
    }

    #[test]
    fn oversized_text_is_refused_before_decoding() {
        let big = vec![b'a'; limits::MAX_TEXT_INPUT_BYTES + 1];
        assert!(matches!(
            decode(&big, Some("big.txt"), None),
            Err(DecodeError::TooLarge { .. })
        ));
    }

    #[test]
    fn traditional_text_is_noted() {
        let text = "個們備優區員問審將導層幹應戶據數於會條業構權為無監糾級紛總處規設訴證";
        let d = decode(text.as_bytes(), None, None).unwrap();
        assert!(d
            .notes
            .iter()
            .any(|n| matches!(n, Note::TraditionalCharacters { .. })));
        assert_eq!(d.text, text);
    }
}
