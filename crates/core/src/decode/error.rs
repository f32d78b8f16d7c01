//! Why a file could not be read, in words that say what to do (Chinese and English).
//!
//! The web app is Chinese-first and shows [`DecodeError::message_zh`]; the CLI prints
//! [`DecodeError::message_en`]. Neither message contains user-controlled text except the
//! encoding label the caller passed, so both are safe to show as plain text.

use super::Format;
use std::fmt;

/// A file that holds no report text Gangmu can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Zero bytes, or only whitespace.
    Empty,
    /// Larger than the cap for its format (see [`super::limits`]).
    TooLarge { bytes: usize, limit: usize },
    /// Not text at all: an image, an archive, a program … (`kind` says which, in English).
    Binary { kind: &'static str },
    /// An old binary Word document (.doc, .wps) or another OLE2 file (also encrypted Office files).
    LegacyOffice,
    /// An Office file that is not a Word document (spreadsheet, presentation).
    OtherOffice { kind: &'static str },
    /// Rich Text Format.
    Rtf,
    /// A zip/docx that is cut short or damaged.
    CorruptDocx,
    /// A docx whose parts would inflate past the cap (a zip bomb, or an absurdly large document).
    DocxTooLarge { limit: usize },
    /// A PDF whose streams would inflate past the cap (a decompression bomb).
    PdfTooLarge { limit: usize },
    /// A PDF protected by a password or encryption.
    EncryptedPdf,
    /// A PDF whose pages are images only (a scan): there is no text layer.
    ScannedPdf,
    /// A PDF with a text layer whose fonts carry no way back to characters.
    UnmappedPdfText,
    /// A PDF too damaged to find its pages.
    CorruptPdf,
    /// This build was compiled without the feature for the format (`html`, `docx`, `pdf`).
    Unsupported { format: &'static str },
    /// The encoding the caller asked for is not a known label.
    UnknownEncoding { label: String },
    /// A file of a known format that is damaged or cut short; `fault` says what is wrong.
    Damaged { format: Format, fault: Fault },
    /// A document protected by a password (Word, OFD …; PDFs have [`Self::EncryptedPdf`]).
    Encrypted { format: Format },
    /// A .wps file that is not in Word's format: WPS before 2005, or Microsoft Works.
    OldWps,
}

/// What is wrong with a damaged file ([`DecodeError::Damaged`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The container (OLE compound file, zip) cannot be opened.
    Container,
    /// The document's header (Word's File Information Block) is not valid.
    Header,
    /// The table stream the header names is missing.
    TableStream,
    /// The table saying where the text is stored (Word's piece table) is missing or damaged.
    PieceTable,
    /// The package does not say which document it holds (OFD.xml).
    NoDocument,
    /// The document lists no pages.
    NoPages,
    /// The file ends before its end (an unfinished download).
    Truncated,
}

impl Fault {
    pub fn message_zh(self) -> &'static str {
        match self {
            Fault::Container => "文件的容器结构无法打开",
            Fault::Header => "文件头信息无效",
            Fault::TableStream => "缺少记录文档结构的表流（0Table/1Table）",
            Fault::PieceTable => "记录正文位置的片段表已损坏",
            Fault::NoDocument => "入口文件 OFD.xml 缺失或未指明文档",
            Fault::NoPages => "文档中没有页面",
            Fault::Truncated => "文件不完整，在结尾之前就中断了",
        }
    }

    pub fn message_en(self) -> &'static str {
        match self {
            Fault::Container => "its container cannot be opened",
            Fault::Header => "its header is not valid",
            Fault::TableStream => {
                "the table stream (0Table/1Table) that holds its structure is missing"
            }
            Fault::PieceTable => "the piece table that says where its text is stored is damaged",
            Fault::NoDocument => "its entry file OFD.xml is missing or names no document",
            Fault::NoPages => "it has no pages",
            Fault::Truncated => "it is cut short before its end",
        }
    }
}

impl DecodeError {
    /// The message in both languages, as the web app shows it.
    pub fn message(&self) -> crate::model::Bilingual {
        crate::model::Bilingual::new(self.message_zh(), self.message_en())
    }

    /// A stable identifier for programs (tests, the web app's styling).
    pub fn code(&self) -> &'static str {
        match self {
            DecodeError::Empty => "empty",
            DecodeError::TooLarge { .. } => "too_large",
            DecodeError::Binary { .. } => "binary",
            DecodeError::LegacyOffice => "legacy_office",
            DecodeError::OtherOffice { .. } => "other_office",
            DecodeError::Rtf => "rtf",
            DecodeError::CorruptDocx => "corrupt_docx",
            DecodeError::DocxTooLarge { .. } => "docx_too_large",
            DecodeError::PdfTooLarge { .. } => "pdf_too_large",
            DecodeError::EncryptedPdf => "encrypted_pdf",
            DecodeError::ScannedPdf => "scanned_pdf",
            DecodeError::UnmappedPdfText => "unmapped_pdf_text",
            DecodeError::CorruptPdf => "corrupt_pdf",
            DecodeError::Unsupported { .. } => "unsupported_format",
            DecodeError::UnknownEncoding { .. } => "unknown_encoding",
            DecodeError::Damaged { .. } => "damaged",
            DecodeError::Encrypted { .. } => "encrypted",
            DecodeError::OldWps => "old_wps",
        }
    }

    /// The message in Chinese, for the web app.
    pub fn message_zh(&self) -> String {
        match self {
            DecodeError::Empty => "文件是空的，没有可读取的文字。请检查是否选错了文件。".into(),
            DecodeError::TooLarge { bytes, limit } => format!(
                "文件太大（{}），超过了 {} 的上限；年度报告通常不到 1 MB。请确认文件是否正确，或只保留报告正文后再试。",
                human_size(*bytes),
                human_size(*limit)
            ),
            DecodeError::Binary { kind } => format!(
                "这不是文本文件（看起来是{}）。请选择报告的 .txt、.html、.docx 或 .pdf 文件。",
                kind_zh(kind)
            ),
            DecodeError::LegacyOffice => "这是旧版 Word 文档（.doc/.wps）或加密的 Office 文件，无法直接读取。请在 Word 或 WPS 中“另存为” .docx（不设密码）后再打开。".into(),
            DecodeError::OtherOffice { kind } => format!(
                "这是{}文件，不是 Word 文档。请打开报告的 Word（.docx）、PDF 或文本文件。",
                kind_zh(kind)
            ),
            DecodeError::Rtf => "这是 RTF 文件，暂不支持。请在 Word 或 WPS 中另存为 .docx 或 .txt 后再打开。".into(),
            DecodeError::CorruptDocx => "Word 文档（.docx）已损坏或不完整（可能下载未完成）。请重新下载，或在 Word/WPS 中打开后重新保存。".into(),
            DecodeError::DocxTooLarge { limit } => format!(
                "Word 文档解压后超过 {} 的上限（可能是恶意压缩文件），已停止读取。请确认文件来源，或将报告另存为 .txt。",
                human_size(*limit)
            ),
            DecodeError::PdfTooLarge { limit } => format!(
                "PDF 的内容解压后超过 {} 的上限（可能是恶意文件），已停止读取。请确认文件来源，或从网页复制报告正文。",
                human_size(*limit)
            ),
            DecodeError::EncryptedPdf => "PDF 文件已加密或设有密码，无法读取其中的文字。请使用未加密的版本，或从网页复制报告正文。".into(),
            DecodeError::ScannedPdf => "这是扫描版 PDF：页面只是图片，不含文字层，无法提取文字。请寻找网页或 Word 版本，或先用文字识别（OCR）软件转换。".into(),
            DecodeError::UnmappedPdfText => "PDF 中的文字使用了无法还原为汉字的字体编码。请从网页复制报告正文，或寻找 Word/网页版本。".into(),
            DecodeError::CorruptPdf => "PDF 文件已损坏或不完整，找不到页面内容。请重新下载该文件。".into(),
            DecodeError::Unsupported { format } => format!(
                "此版本未包含读取 {format} 文件的功能。请使用完整版本，或将报告另存为 .txt。"
            ),
            DecodeError::UnknownEncoding { label } => format!(
                "不认识编码“{label}”。请选择 UTF-8、GB18030（GBK/GB2312）、UTF-16LE、UTF-16BE 或 Big5。"
            ),
            DecodeError::Damaged { format, fault } => format!(
                "{}已损坏或不完整：{}。请重新下载该文件{}。",
                format.name_zh(),
                fault.message_zh(),
                advice_zh(*format)
            ),
            DecodeError::Encrypted { format } => format!(
                "{}设有密码或已加密，无法读取其中的文字。请在原软件中取消密码后另存，或使用未加密的版本。",
                format.name_zh()
            ),
            DecodeError::OldWps => "这个 .wps 文件不是 Word 兼容格式（可能是 2005 年以前的 WPS 文字或 Microsoft Works 文档），无法读取。请在 WPS 中打开并另存为 .docx 或 .doc。".into(),
        }
    }

    /// The message in English, for the CLI and the web app's English interface.
    pub fn message_en(&self) -> String {
        match self {
            DecodeError::Empty => "the file is empty: there is no text to read. Check that you chose the right file.".into(),
            DecodeError::TooLarge { bytes, limit } => format!(
                "the file is too large ({}; the limit is {}); an annual report is usually under 1 MB. Check the file, or keep only the report's text and try again.",
                human_size(*bytes),
                human_size(*limit)
            ),
            DecodeError::Binary { kind } => format!(
                "this is not a text file (it looks like {kind}). Choose the report as .txt, .html, .docx or .pdf."
            ),
            DecodeError::LegacyOffice => "this is an old Word document (.doc/.wps) or an encrypted Office file, which cannot be read directly. Open it in Word or WPS and save it as .docx (without a password).".into(),
            DecodeError::OtherOffice { kind } => format!(
                "this is {kind}, not a Word document. Open the report as Word (.docx), PDF or text."
            ),
            DecodeError::Rtf => "RTF files are not supported. Open it in Word or WPS and save it as .docx or .txt.".into(),
            DecodeError::CorruptDocx => "the Word document (.docx) is damaged or incomplete (perhaps an unfinished download). Download it again, or open it in Word/WPS and save it again.".into(),
            DecodeError::DocxTooLarge { limit } => format!(
                "the Word document inflates past the {} limit (perhaps a zip bomb); reading stopped. Check where the file came from, or save the report as .txt.",
                human_size(*limit)
            ),
            DecodeError::PdfTooLarge { limit } => format!(
                "the PDF's contents inflate past the {} limit (perhaps a decompression bomb); reading stopped. Check where the file came from, or copy the report's text from the web page.",
                human_size(*limit)
            ),
            DecodeError::EncryptedPdf => "the PDF is encrypted or password-protected, so its text cannot be read. Use an unencrypted copy, or copy the report's text from the web page.".into(),
            DecodeError::ScannedPdf => "this is a scanned PDF: its pages are images and hold no text. Look for the web or Word version, or run OCR software on it first.".into(),
            DecodeError::UnmappedPdfText => "the PDF's text uses font encodings that cannot be turned back into characters. Copy the report's text from the web page, or look for a Word or web version.".into(),
            DecodeError::CorruptPdf => "the PDF is damaged or incomplete: its pages cannot be found. Download it again.".into(),
            DecodeError::Unsupported { format } => format!(
                "this build cannot read {format} files. Use the full build, or save the report as .txt."
            ),
            DecodeError::UnknownEncoding { label } => format!(
                "unknown encoding {label:?}. Choose UTF-8, GB18030 (GBK/GB2312), UTF-16LE, UTF-16BE or Big5."
            ),
            DecodeError::Damaged { format, fault } => format!(
                "the {} is damaged or incomplete: {}. Download it again{}.",
                format.name_en(),
                fault.message_en(),
                advice_en(*format)
            ),
            DecodeError::Encrypted { format } => format!(
                "the {} is encrypted or password-protected, so its text cannot be read. Remove the password in the program that made it and save it again, or use an unencrypted copy.",
                format.name_en()
            ),
            DecodeError::OldWps => "this .wps file is not in Word's format (perhaps WPS Writer before 2005, or Microsoft Works), so it cannot be read. Open it in WPS and save it as .docx or .doc.".into(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for DecodeError {}

/// What else to try with a damaged file of this format, in Chinese (after 请重新下载该文件).
fn advice_zh(format: Format) -> &'static str {
    match format {
        Format::Doc | Format::Docx => "，或在 Word/WPS 中打开后另存为 .docx",
        Format::Pdf => "，或从网页复制报告正文",
        Format::Ofd => "，或用 OFD 阅读器打开后另存为 PDF",
        _ => "",
    }
}

/// The same in English (after "Download it again").
fn advice_en(format: Format) -> &'static str {
    match format {
        Format::Doc | Format::Docx => ", or open it in Word or WPS and save it as .docx",
        Format::Pdf => ", or copy the report's text from the web page",
        Format::Ofd => ", or open it in an OFD reader and save it as PDF",
        _ => "",
    }
}

fn kind_zh(kind: &str) -> &'static str {
    match kind {
        "a PNG image" => "PNG 图片",
        "a JPEG image" => "JPEG 图片",
        "a GIF image" => "GIF 图片",
        "a BMP image" => "BMP 图片",
        "a WebP image" => "WebP 图片",
        "a TIFF image" => "TIFF 图片",
        "a zip archive" => "zip 压缩包",
        "a gzip archive" => "gzip 压缩包",
        "a 7z archive" => "7z 压缩包",
        "a RAR archive" => "RAR 压缩包",
        "a program (exe)" => "可执行程序（exe）",
        "a program (ELF)" => "可执行程序（ELF）",
        "a WebAssembly module" => "WebAssembly 模块",
        "an Excel spreadsheet" => "Excel 表格",
        "a PowerPoint presentation" => "PowerPoint 演示文稿",
        "an OpenDocument file" => "OpenDocument 文档",
        "an MHTML archive without a web page" => "不含网页的 MHTML 文件",
        "an audio or video file" => "音视频文件",
        _ => "二进制数据",
    }
}

/// `1.5 MB`, `812 KB`, `20 B`.
fn human_size(bytes: usize) -> String {
    const MB: usize = 1024 * 1024;
    if bytes >= MB {
        let tenths = bytes * 10 / MB;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else if bytes >= 1024 {
        format!("{} KB", bytes / 1024)
    } else {
        format!("{bytes} B")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(human_size(20), "20 B");
        assert_eq!(human_size(812 * 1024), "812 KB");
        assert_eq!(human_size(50 * 1024 * 1024), "50.0 MB");
    }

    #[test]
    fn every_binary_kind_has_a_chinese_name() {
        for kind in super::super::sniff::BINARY_KINDS {
            assert_ne!(kind_zh(kind), "二进制数据", "{kind}");
        }
    }

    #[test]
    fn messages_say_what_to_do() {
        let e = DecodeError::LegacyOffice;
        assert!(e.message_zh().contains(".docx"));
        assert!(e.message_en().contains(".docx"));
        assert!(DecodeError::ScannedPdf.message_zh().contains("扫描"));
    }
}
