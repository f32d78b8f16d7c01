//! Bytes of a dropped file to text, until the core's `decode` module lands on main.
//!
//! Handles UTF-8 (with or without BOM) and UTF-16 with a BOM; everything else gets a clear
//! message in both languages instead of garbled text.

use crate::i18n::Message;

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub format: String,
    pub encoding: String,
}

pub fn decode(bytes: &[u8], name: &str) -> Result<Decoded, Message> {
    if bytes.is_empty() {
        return Err(Message::new("文件是空的", "The file is empty"));
    }
    let text = |text: String, encoding: &str| Decoded {
        text,
        format: format_of(name),
        encoding: encoding.to_string(),
    };
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(s) => Ok(text(s.to_string(), "UTF-8")),
            Err(_) => Err(not_utf8()),
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(text(utf16(rest, u16::from_le_bytes), "UTF-16LE"));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(text(utf16(rest, u16::from_be_bytes), "UTF-16BE"));
    }
    if bytes.starts_with(b"%PDF") {
        return Err(Message::new(
            "这是 PDF 文件，目前只能读取纯文本；请先另存为 .txt，或复制全文后粘贴",
            "This is a PDF; only plain text can be read for now. Save it as .txt, or copy the text and paste it",
        ));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(Message::new(
            "这是 Word（.docx）或压缩文件，目前只能读取纯文本；请另存为 .txt，或复制全文后粘贴",
            "This is a Word (.docx) or zip file; only plain text can be read for now. Save it as .txt, or paste the text",
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) if s.contains('\0') => Err(binary()),
        Ok(s) => Ok(text(s.to_string(), "UTF-8")),
        Err(_) if bytes.iter().take(4096).filter(|&&b| b == 0).count() > 8 => Err(binary()),
        Err(_) => Err(not_utf8()),
    }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

fn format_of(name: &str) -> String {
    let lower = name.to_lowercase();
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        "html".into()
    } else {
        "text".into()
    }
}

fn not_utf8() -> Message {
    Message::new(
        "文件不是 UTF-8 文本（可能是 GBK 编码）；请用记事本另存为 UTF-8，或复制全文后粘贴",
        "The file is not UTF-8 text (perhaps GBK). Save it as UTF-8, or copy the text and paste it",
    )
}

fn binary() -> Message {
    Message::new(
        "这不是文本文件，无法分析",
        "This is not a text file and cannot be analysed",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("报告".as_bytes(), "a.txt").unwrap().text, "报告");
        assert_eq!(decode(b"\xEF\xBB\xBFabc", "a.txt").unwrap().text, "abc");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "报告".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        let d = decode(&b, "a.txt").unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("报告", "UTF-16LE"));
    }

    #[test]
    fn gbk_pdf_binary_and_empty_get_messages() {
        // "报告" in GBK.
        assert!(decode(b"\xb1\xa8\xb8\xe6", "a.txt")
            .unwrap_err()
            .zh
            .contains("UTF-8"));
        assert!(decode(b"%PDF-1.7\n", "a.pdf")
            .unwrap_err()
            .zh
            .contains("PDF"));
        assert!(decode(&[0u8, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff], "x.bin").is_err());
        assert!(decode(b"", "e.txt").unwrap_err().en.contains("empty"));
    }
}
