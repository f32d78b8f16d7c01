//! Which kind of file the bytes are: magic numbers first, the file name's extension second.
//!
//! Magic numbers win because users rename files (a PDF saved as `.txt`, a page saved as
//! `.doc`). Only text-like inputs fall back on the extension and on a look at the markup.

/// What the bytes are, before any decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Text,
    Html,
    Mhtml,
    /// A zip archive (a .docx if it holds `word/document.xml`).
    Zip,
    Pdf,
    /// An OLE2 compound file: .doc, .wps, .xls, or an encrypted Office document.
    Ole2,
    Rtf,
    /// Not text: the kind, in English (see [`BINARY_KINDS`]).
    Binary(&'static str),
}

/// The binary kinds [`sniff`] can name (each has a Chinese name in the error messages).
pub const BINARY_KINDS: &[&str] = &[
    "a PNG image",
    "a JPEG image",
    "a GIF image",
    "a BMP image",
    "a WebP image",
    "a TIFF image",
    "a zip archive",
    "a gzip archive",
    "a 7z archive",
    "a RAR archive",
    "a program (exe)",
    "a program (ELF)",
    "a WebAssembly module",
    "an audio or video file",
];

/// Looks at the first bytes and the name's extension.
pub fn sniff(bytes: &[u8], name: Option<&str>) -> Sniffed {
    if let Some(kind) = magic(bytes) {
        return kind;
    }
    let ext = extension(name);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml" | "jsp" | "asp" | "aspx" | "php") => Sniffed::Html,
        Some("mht" | "mhtml") => Sniffed::Mhtml,
        _ if looks_like_mhtml(bytes) => Sniffed::Mhtml,
        _ if looks_like_html(bytes) => Sniffed::Html,
        _ => Sniffed::Text,
    }
}

/// The lower-cased extension of a file name, if any.
pub fn extension(name: Option<&str>) -> Option<String> {
    let name = name?;
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (stem, ext) = base.rsplit_once('.')?;
    (!stem.is_empty() && !ext.is_empty() && ext.len() <= 8).then(|| ext.to_ascii_lowercase())
}

fn magic(b: &[u8]) -> Option<Sniffed> {
    let starts = |m: &[u8]| b.starts_with(m);
    let kind = if starts(b"%PDF-") || find(&b[..b.len().min(1024)], b"%PDF-").is_some() {
        Sniffed::Pdf
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") {
        Sniffed::Zip
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Sniffed::Ole2
    } else if starts(b"{\\rtf") {
        Sniffed::Rtf
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Sniffed::Binary("a PNG image")
    } else if starts(&[0xFF, 0xD8, 0xFF]) {
        Sniffed::Binary("a JPEG image")
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Sniffed::Binary("a GIF image")
    } else if starts(b"BM") && b.len() > 26 && b[6..10] == [0, 0, 0, 0] {
        Sniffed::Binary("a BMP image")
    } else if starts(b"RIFF") && b.get(8..12) == Some(b"WEBP") {
        Sniffed::Binary("a WebP image")
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Sniffed::Binary("a TIFF image")
    } else if starts(&[0x1F, 0x8B]) {
        Sniffed::Binary("a gzip archive")
    } else if starts(&[b'7', b'z', 0xBC, 0xAF, 0x27, 0x1C]) {
        Sniffed::Binary("a 7z archive")
    } else if starts(b"Rar!\x1a\x07") {
        Sniffed::Binary("a RAR archive")
    } else if starts(b"MZ") && b.len() >= 64 && b[..64].contains(&0) {
        Sniffed::Binary("a program (exe)")
    } else if starts(b"\x7fELF") {
        Sniffed::Binary("a program (ELF)")
    } else if starts(b"\0asm") {
        Sniffed::Binary("a WebAssembly module")
    } else if b.get(4..8) == Some(b"ftyp")
        || starts(b"ID3")
        || starts(b"OggS")
        || starts(&[0x1A, 0x45, 0xDF, 0xA3])
    {
        Sniffed::Binary("an audio or video file")
    } else {
        return None;
    };
    Some(kind)
}

/// An MHTML archive starts with mail-style headers announcing a multipart body.
fn looks_like_mhtml(b: &[u8]) -> bool {
    let head = ascii_lower(&b[..b.len().min(2048)]);
    (head.starts_with("from:")
        || head.starts_with("mime-version:")
        || head.starts_with("content-type:")
        || head.starts_with("subject:")
        || head.starts_with("date:"))
        && head.contains("multipart/related")
}

/// Markup at the very start (after a BOM and whitespace): a doctype or an `<html>`/`<head>`/
/// `<body>`/`<meta>` tag. Text that merely mentions a tag later on stays text.
pub(crate) fn looks_like_html(b: &[u8]) -> bool {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    let head = ascii_lower(&b[..b.len().min(1024)]);
    let head = head.trim_start();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<?xml",
        "<!--",
    ]
    .iter()
    .any(|p| head.starts_with(p))
        && (head.starts_with("<!doctype html")
            || head.contains("<html")
            || head.contains("<body")
            || head.contains("<head"))
        || markup_fragment(head)
}

/// A page's body without its `<html>` (what a scraper saves as .txt): starts with a tag
/// and is dense with the tags of running text.
fn markup_fragment(head: &str) -> bool {
    let starts_with_tag =
        head.starts_with('<') && head[1..].starts_with(|c: char| c.is_ascii_alphabetic());
    let tags = [
        "<p>", "<p ", "</p>", "<div", "<br", "<span", "<table", "<tr", "<td", "<li", "<h1", "<h2",
        "<h3", "<strong", "<font",
    ];
    let count: usize = tags.iter().map(|t| head.matches(t).count()).sum();
    starts_with_tag && count >= 4
}

/// The ASCII bytes of `b`, lower-cased; other bytes become `?` (enough for sniffing).
fn ascii_lower(b: &[u8]) -> String {
    b.iter()
        .map(|&c| {
            if c.is_ascii() && c != 0 {
                c.to_ascii_lowercase() as char
            } else {
                '?'
            }
        })
        .collect()
}

/// First index of `needle` in `hay`.
pub(crate) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_win_over_the_extension() {
        assert_eq!(sniff(b"%PDF-1.7\n...", Some("report.txt")), Sniffed::Pdf);
        assert_eq!(
            sniff(b"\x89PNG\r\n\x1a\n\0\0", Some("report.txt")),
            Sniffed::Binary("a PNG image")
        );
        assert_eq!(sniff(b"PK\x03\x04rest", Some("a.txt")), Sniffed::Zip);
        assert_eq!(
            sniff(
                &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0],
                Some("a.doc")
            ),
            Sniffed::Ole2
        );
        let mut exe = b"MZ".to_vec();
        exe.resize(128, 0);
        assert_eq!(
            sniff(&exe, Some("a.txt")),
            Sniffed::Binary("a program (exe)")
        );
    }

    #[test]
    fn text_that_starts_with_mz_or_bm_stays_text() {
        assert_eq!(
            sniff(
                "MZ市司法局2023年法治政府建设年度报告，共计六十四个字节以上的长度才会检查"
                    .as_bytes(),
                None
            ),
            Sniffed::Text
        );
        assert_eq!(
            sniff("BM 2023年度报告 一、主要举措".as_bytes(), None),
            Sniffed::Text
        );
    }

    #[test]
    fn markup_is_recognised_by_extension_or_by_its_start() {
        assert_eq!(sniff(b"<p>x</p>", Some("page.HTM")), Sniffed::Html);
        assert_eq!(
            sniff(b"\xef\xbb\xbf  <!DOCTYPE html><html>", None),
            Sniffed::Html
        );
        assert_eq!(sniff(b"<html><body>x", Some("a.txt")), Sniffed::Html);
        assert_eq!(
            sniff("报告里提到 <html> 标签".as_bytes(), Some("a.txt")),
            Sniffed::Text
        );
        // A scraped page body saved as .txt or .csv.
        let body = "<div class=\"content\"><p>一、总体情况</p><p>全年办理案件12件。</p><br></div>";
        assert_eq!(sniff(body.as_bytes(), Some("a.txt")), Sniffed::Html);
        assert_eq!(sniff(body.as_bytes(), Some("a.csv")), Sniffed::Html);
        assert_eq!(sniff(b"<1> a <2> b", Some("a.txt")), Sniffed::Text);
        assert_eq!(
            sniff(
                b"From: <Saved by Blink>\r\nContent-Type: multipart/related;",
                None
            ),
            Sniffed::Mhtml
        );
    }

    #[test]
    fn extension_ignores_directories_and_dotfiles() {
        assert_eq!(
            extension(Some("dir.v2/Report.DOCX")).as_deref(),
            Some("docx")
        );
        assert_eq!(extension(Some(".bashrc")), None);
        assert_eq!(extension(Some("README")), None);
        assert_eq!(extension(None), None);
    }
}
