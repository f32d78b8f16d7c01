//! Character maps: from the bytes a PDF shows to Unicode text.
//!
//! - An embedded `/ToUnicode` CMap (`bfchar`, `bfrange`, with its `codespacerange` telling
//!   how many bytes each code takes) is the standard way and wins when present.
//! - The predefined CJK CMaps name a legacy encoding outright: `GBK-EUC-H`, `GB-EUC-H`,
//!   `GBK2K-H` … are GBK/GB18030 bytes, `UniGB-UCS2-H` is UTF-16BE, `ETen-B5-H` is Big5.
//!   Many official PDFs use them without a ToUnicode map; encoding_rs decodes them.

use super::syntax::{Lexer, Token};
use encoding_rs::Encoding;
use std::collections::HashMap;

/// A parsed ToUnicode CMap.
#[derive(Debug, Default)]
pub struct ToUnicode {
    /// Code lengths in bytes, by the codespace ranges: (length, low bytes, high bytes).
    ranges: Vec<(usize, Vec<u8>, Vec<u8>)>,
    /// (code length, code) → text.
    map: HashMap<(usize, u32), String>,
}

/// Entries read from one CMap, at most (a range can span 65 536 codes).
const MAX_ENTRIES: usize = 200_000;

impl ToUnicode {
    pub fn parse(data: &[u8]) -> ToUnicode {
        let mut cmap = ToUnicode::default();
        let mut lexer = Lexer::new(data, 0);
        let mut operands: Vec<Token> = Vec::new();
        while let Some(token) = lexer.token() {
            let Token::Keyword(word) = token else {
                operands.push(token);
                continue;
            };
            match word {
                b"endcodespacerange" => {
                    for pair in operands.chunks_exact(2) {
                        if let (Token::Str(lo), Token::Str(hi)) = (&pair[0], &pair[1]) {
                            if !lo.is_empty() && lo.len() == hi.len() && lo.len() <= 4 {
                                cmap.ranges.push((lo.len(), lo.clone(), hi.clone()));
                            }
                        }
                    }
                }
                b"endbfchar" => {
                    for pair in operands.chunks_exact(2) {
                        if let (Token::Str(code), Token::Str(text)) = (&pair[0], &pair[1]) {
                            cmap.insert(code, utf16be(text));
                        }
                    }
                }
                b"endbfrange" => cmap.ranges_from(&operands),
                _ => {}
            }
            operands.clear();
        }
        cmap
    }

    /// `bfrange` entries: `<lo> <hi> <dst>` (dst incremented) or `<lo> <hi> [<d1> <d2> …]`.
    fn ranges_from(&mut self, operands: &[Token]) {
        let mut i = 0;
        while i + 1 < operands.len() {
            let (Token::Str(lo), Token::Str(hi)) = (&operands[i], &operands[i + 1]) else {
                i += 1;
                continue;
            };
            let (lo_v, hi_v) = (be(lo), be(hi));
            match operands.get(i + 2) {
                Some(Token::Str(dst)) => {
                    let base: Vec<u16> = dst
                        .chunks(2)
                        .map(|p| u16::from(p[0]) << 8 | u16::from(p.get(1).copied().unwrap_or(0)))
                        .collect();
                    for (k, code) in (lo_v..=hi_v).enumerate() {
                        if self.map.len() >= MAX_ENTRIES || k > 0xFFFF {
                            break;
                        }
                        let mut units = base.clone();
                        if let Some(last) = units.last_mut() {
                            *last = last.wrapping_add(k as u16);
                        }
                        self.map
                            .insert((lo.len(), code), String::from_utf16_lossy(&units));
                    }
                    i += 3;
                }
                Some(Token::ArrayStart) => {
                    let mut j = i + 3;
                    let mut code = lo_v;
                    while let Some(Token::Str(dst)) = operands.get(j) {
                        if code <= hi_v && self.map.len() < MAX_ENTRIES {
                            self.map.insert((lo.len(), code), utf16be(dst));
                        }
                        code = code.saturating_add(1);
                        j += 1;
                    }
                    i = j + 1;
                }
                _ => i += 3,
            }
        }
    }

    fn insert(&mut self, code: &[u8], text: String) {
        if !code.is_empty() && code.len() <= 4 && self.map.len() < MAX_ENTRIES {
            self.map.insert((code.len(), be(code)), text);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// How many bytes the code at the start of `bytes` takes, by the codespace ranges;
    /// `default` when no range matches.
    pub fn code_len(&self, bytes: &[u8], default: usize) -> usize {
        let len = self
            .ranges
            .iter()
            .filter(|(len, lo, hi)| {
                bytes.len() >= *len && (0..*len).all(|k| lo[k] <= bytes[k] && bytes[k] <= hi[k])
            })
            .map(|(len, _, _)| *len)
            .min();
        len.unwrap_or(default).clamp(1, bytes.len().max(1))
    }

    pub fn lookup(&self, code: &[u8]) -> Option<&str> {
        self.map.get(&(code.len(), be(code))).map(String::as_str)
    }
}

/// Big-endian value of up to four bytes.
fn be(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .take(4)
        .fold(0u32, |acc, &b| acc << 8 | u32::from(b))
}

/// A ToUnicode destination: UTF-16BE, one or more code units (ligatures map to several).
fn utf16be(bytes: &[u8]) -> String {
    let units: Vec<u16> = bytes
        .chunks(2)
        .map(|p| u16::from(p[0]) << 8 | u16::from(p.get(1).copied().unwrap_or(0)))
        .collect();
    String::from_utf16_lossy(&units)
}

/// What a predefined CMap's bytes are, by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Predefined {
    /// A legacy multi-byte encoding (GBK, Big5, Shift_JIS, EUC-KR).
    Legacy(&'static Encoding),
    Utf16Be,
    Utf8,
    Utf32Be,
    /// `Identity-H`/`-V`: glyph ids, meaningless without a ToUnicode map.
    Identity,
}

pub fn predefined(name: &[u8]) -> Option<Predefined> {
    let name = std::str::from_utf8(name).ok()?;
    let base = name
        .strip_suffix("-H")
        .or_else(|| name.strip_suffix("-V"))
        .unwrap_or(name);
    Some(match base {
        "GB-EUC" | "GBpc-EUC" | "GBK-EUC" | "GBKp-EUC" | "GBT-EUC" | "GBTpc-EUC" => {
            Predefined::Legacy(encoding_rs::GBK)
        }
        "GBK2K" => Predefined::Legacy(encoding_rs::GB18030),
        "B5pc" | "ETen-B5" | "ETenms-B5" | "HKscs-B5" | "HKdla-B5" | "HKdlb-B5" | "HKgccs-B5"
        | "HKm314-B5" | "HKm471-B5" | "CNS-EUC" => Predefined::Legacy(encoding_rs::BIG5),
        "90ms-RKSJ" | "90msp-RKSJ" | "83pv-RKSJ" | "90pv-RKSJ" | "78ms-RKSJ" | "Add-RKSJ"
        | "Ext-RKSJ" => Predefined::Legacy(encoding_rs::SHIFT_JIS),
        "EUC" | "78-EUC" => Predefined::Legacy(encoding_rs::EUC_JP),
        "KSC-EUC" | "KSCms-UHC" | "KSCms-UHC-HW" | "KSCpc-EUC" => {
            Predefined::Legacy(encoding_rs::EUC_KR)
        }
        "Identity" => Predefined::Identity,
        _ if base.starts_with("Uni")
            && (base.ends_with("-UCS2")
                || base.ends_with("-UTF16")
                || base.ends_with("-UCS2-HW")) =>
        {
            Predefined::Utf16Be
        }
        _ if base.starts_with("Uni") && base.ends_with("-UTF8") => Predefined::Utf8,
        _ if base.starts_with("Uni") && base.ends_with("-UTF32") => Predefined::Utf32Be,
        _ => return None,
    })
}

/// How many bytes the code at the start of `bytes` takes in a predefined CMap.
pub fn predefined_code_len(p: Predefined, bytes: &[u8]) -> usize {
    let first = bytes.first().copied().unwrap_or(0);
    let len = match p {
        Predefined::Legacy(enc) if enc == encoding_rs::GB18030 => match bytes.get(1) {
            Some(b'0'..=b'9') if first >= 0x81 => 4,
            _ if first >= 0x81 => 2,
            _ => 1,
        },
        Predefined::Legacy(enc) if enc == encoding_rs::SHIFT_JIS => {
            if matches!(first, 0x81..=0x9F | 0xE0..=0xFC) {
                2
            } else {
                1
            }
        }
        Predefined::Legacy(_) => {
            if first >= 0x81 {
                2
            } else {
                1
            }
        }
        Predefined::Utf16Be => {
            if (0xD8..=0xDB).contains(&first) {
                4
            } else {
                2
            }
        }
        Predefined::Utf8 => match first {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        },
        Predefined::Utf32Be => 4,
        Predefined::Identity => 2,
    };
    len.clamp(1, bytes.len().max(1))
}

/// The text of one code in a predefined CMap; `None` when it is not a character.
pub fn predefined_text(p: Predefined, code: &[u8]) -> Option<String> {
    let text = match p {
        Predefined::Legacy(enc) => {
            let (t, errors) = enc.decode_without_bom_handling(code);
            if errors {
                return None;
            }
            t.into_owned()
        }
        Predefined::Utf16Be => {
            let (t, errors) = encoding_rs::UTF_16BE.decode_without_bom_handling(code);
            if errors {
                return None;
            }
            t.into_owned()
        }
        Predefined::Utf8 => String::from_utf8(code.to_vec()).ok()?,
        Predefined::Utf32Be => char::from_u32(be(code))?.to_string(),
        Predefined::Identity => return None,
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CMAP: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n2 beginbfchar <0003> <0020> <01A2> <6CD5> endbfchar\n2 beginbfrange <0010> <0012> <0030> <0100> <0101> [<653F> <5E9C>] endbfrange\nendcmap";

    #[test]
    fn to_unicode_maps_chars_and_ranges() {
        let c = ToUnicode::parse(CMAP);
        assert_eq!(c.lookup(&[0x01, 0xA2]), Some("法"));
        assert_eq!(c.lookup(&[0x00, 0x11]), Some("1"));
        assert_eq!(c.lookup(&[0x01, 0x01]), Some("府"));
        assert_eq!(c.lookup(&[0x00, 0x04]), None);
        assert_eq!(c.code_len(&[0x01, 0xA2, 0x00], 1), 2);
    }

    #[test]
    fn gb_cmaps_are_gbk() {
        let p = predefined(b"GBK-EUC-H").unwrap();
        let bytes = encoding_rs::GBK.encode("法治2023").0;
        assert_eq!(predefined_code_len(p, &bytes), 2);
        assert_eq!(predefined_text(p, &bytes[..2]).as_deref(), Some("法"));
        assert_eq!(predefined_text(p, b"2").as_deref(), Some("2"));
        assert_eq!(predefined(b"UniGB-UCS2-H"), Some(Predefined::Utf16Be));
        assert_eq!(predefined(b"Identity-H"), Some(Predefined::Identity));
        assert_eq!(predefined(b"Custom"), None);
    }
}
