//! A font as far as text extraction needs it: how its codes split, what text each code is,
//! and how wide each glyph is (to tell line ends, word gaps and table cells apart).

use super::cmap::{self, Predefined, ToUnicode};
use super::file::File;
use super::syntax::{Dict, Obj};
use std::collections::HashMap;

pub struct Font {
    to_unicode: Option<ToUnicode>,
    predefined: Option<Predefined>,
    /// Simple (one-byte) fonts: the character of each code.
    simple: Option<Box<[Option<char>; 256]>>,
    /// Composite (Type0) fonts: codes are usually two bytes.
    composite: bool,
    /// Advance widths in 1/1000 em, by code (simple fonts) or CID (Identity composite fonts).
    widths: HashMap<u32, f64>,
    default_width: f64,
    /// How the text was read, for [`crate::decode::Decoded::encoding`].
    pub method: &'static str,
}

/// One shown code: its text (`None` when unmapped), width in 1/1000 em, and whether it is
/// the single-byte space (word spacing applies to it).
pub struct Glyph {
    pub text: Option<String>,
    pub width: f64,
    pub is_space: bool,
}

impl Font {
    pub fn load(file: &File, dict: &Dict) -> Font {
        let subtype = file
            .lookup(dict, b"Subtype")
            .and_then(Obj::as_name)
            .unwrap_or(b"");
        let composite = subtype == b"Type0";
        let to_unicode = match file.lookup(dict, b"ToUnicode") {
            Some(Obj::Stream(d, raw)) => file
                .decode_stream(d, raw)
                .map(|data| ToUnicode::parse(&data)),
            _ => None,
        }
        .filter(|c| !c.is_empty());
        let encoding = file.lookup(dict, b"Encoding");
        let predefined = if composite {
            encoding.and_then(Obj::as_name).and_then(cmap::predefined)
        } else {
            None
        };
        let simple = (!composite).then(|| Box::new(simple_encoding(file, encoding)));
        let mut widths = HashMap::new();
        let mut default_width = if composite { 1000.0 } else { 500.0 };
        if composite {
            let descendant = file
                .lookup(dict, b"DescendantFonts")
                .and_then(Obj::as_array)
                .and_then(|a| a.first())
                .map(|o| file.resolve(o))
                .and_then(Obj::as_dict);
            if let Some(d) = descendant {
                default_width = file.num(d.get(b"DW")).unwrap_or(1000.0);
                if let Some(w) = file.lookup(d, b"W").and_then(Obj::as_array) {
                    cid_widths(file, w, &mut widths);
                }
            }
        } else {
            let first = file.num(dict.get(b"FirstChar")).unwrap_or(0.0).max(0.0) as u32;
            if let Some(w) = file.lookup(dict, b"Widths").and_then(Obj::as_array) {
                for (k, v) in w.iter().take(256).enumerate() {
                    if let Some(v) = file.resolve(v).as_num() {
                        widths.insert(first + k as u32, v);
                    }
                }
            }
        }
        let method = match (&to_unicode, predefined) {
            (Some(_), _) => "ToUnicode",
            (None, Some(Predefined::Legacy(enc))) if enc == encoding_rs::GBK => "GBK-EUC-H",
            (None, Some(Predefined::Legacy(enc))) if enc == encoding_rs::GB18030 => "GBK2K-H",
            (None, Some(Predefined::Legacy(_))) => "CJK CMap",
            (None, Some(Predefined::Utf16Be)) => "UniGB-UCS2-H",
            (None, Some(Predefined::Identity)) => "Identity-H",
            (None, Some(_)) => "Unicode CMap",
            (None, None) if composite => "Identity-H",
            (None, None) => "WinAnsiEncoding",
        };
        Font {
            to_unicode,
            predefined,
            simple,
            composite,
            widths,
            default_width,
            method,
        }
    }

    /// Splits a shown string into glyphs.
    pub fn glyphs(&self, bytes: &[u8]) -> Vec<Glyph> {
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let rest = &bytes[i..];
            let len = match (&self.to_unicode, self.predefined) {
                (_, Some(p)) if p != Predefined::Identity => cmap::predefined_code_len(p, rest),
                (Some(c), _) => c.code_len(rest, if self.composite { 2 } else { 1 }),
                _ if self.composite => 2.min(rest.len()),
                _ => 1,
            };
            let code = &rest[..len];
            let text = self
                .to_unicode
                .as_ref()
                .and_then(|c| c.lookup(code).map(str::to_string))
                .or_else(|| self.predefined.and_then(|p| cmap::predefined_text(p, code)))
                .or_else(|| {
                    self.simple
                        .as_ref()
                        .and_then(|t| t[usize::from(code[0])])
                        .map(String::from)
                });
            let value = code.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b));
            let width =
                if self.composite && self.predefined.is_some_and(|p| p != Predefined::Identity) {
                    // Widths are by CID, and legacy CMaps' code-to-CID tables are not embedded:
                    // half width for one-byte (ASCII) codes, full width otherwise.
                    if len == 1 {
                        500.0
                    } else {
                        1000.0
                    }
                } else {
                    self.widths
                        .get(&value)
                        .copied()
                        .unwrap_or(self.default_width)
                };
            out.push(Glyph {
                text,
                width,
                is_space: len == 1 && code[0] == b' ',
            });
            i += len;
        }
        out
    }
}

/// `/W [c [w1 w2 …] c_first c_last w …]`.
fn cid_widths(file: &File, w: &[Obj], widths: &mut HashMap<u32, f64>) {
    let mut i = 0;
    while i < w.len() && widths.len() < 100_000 {
        let Some(first) = file.resolve(&w[i]).as_num() else {
            break;
        };
        let first = first.max(0.0) as u32;
        match w.get(i + 1).map(|o| file.resolve(o)) {
            Some(Obj::Array(list)) => {
                for (k, v) in list.iter().enumerate() {
                    if let Some(v) = file.resolve(v).as_num() {
                        widths.insert(first.saturating_add(k as u32), v);
                    }
                }
                i += 2;
            }
            Some(Obj::Num(last)) => {
                let last = (*last).max(0.0) as u32;
                let width = w
                    .get(i + 2)
                    .and_then(|o| file.resolve(o).as_num())
                    .unwrap_or(1000.0);
                for cid in first..=last.min(first.saturating_add(65_535)) {
                    widths.insert(cid, width);
                }
                i += 3;
            }
            _ => break,
        }
    }
}

/// A simple font's code → character table: base encoding plus `/Differences`.
fn simple_encoding(file: &File, encoding: Option<&Obj>) -> [Option<char>; 256] {
    let (base, differences) = match encoding {
        Some(Obj::Name(n)) => (n.as_slice(), None),
        Some(Obj::Dict(d)) => (
            file.lookup(d, b"BaseEncoding")
                .and_then(Obj::as_name)
                .unwrap_or(b"StandardEncoding"),
            file.lookup(d, b"Differences").and_then(Obj::as_array),
        ),
        _ => (&b"StandardEncoding"[..], None),
    };
    let legacy = if base == b"MacRomanEncoding" {
        encoding_rs::MACINTOSH
    } else {
        encoding_rs::WINDOWS_1252
    };
    let mut table = [None; 256];
    for (code, slot) in table.iter_mut().enumerate() {
        let byte = [code as u8];
        let (t, errors) = legacy.decode_without_bom_handling(&byte);
        if !errors && code >= 0x20 {
            *slot = t.chars().next();
        }
    }
    if let Some(diffs) = differences {
        let mut code = 0usize;
        for item in diffs {
            match file.resolve(item) {
                Obj::Num(n) => code = n.max(0.0) as usize,
                Obj::Name(name) => {
                    if code < 256 {
                        table[code] = glyph_char(name);
                    }
                    code += 1;
                }
                _ => {}
            }
        }
    }
    table
}

/// The character a glyph name stands for: `uni6CD5`, `u1F600`, `zero`, `a`, `period` …
fn glyph_char(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    let name = name.split('.').next().unwrap_or(name);
    if let Some(hex) = name.strip_prefix("uni").filter(|h| h.len() == 4) {
        return u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
    }
    if let Some(hex) = name
        .strip_prefix('u')
        .filter(|h| (4..=6).contains(&h.len()))
    {
        if let Ok(v) = u32::from_str_radix(hex, 16) {
            return char::from_u32(v);
        }
    }
    if name.len() == 1 {
        return name.chars().next().filter(char::is_ascii_alphabetic);
    }
    const NAMES: &[(&str, char)] = &[
        ("space", ' '),
        ("exclam", '!'),
        ("quotedbl", '"'),
        ("numbersign", '#'),
        ("dollar", '$'),
        ("percent", '%'),
        ("ampersand", '&'),
        ("quotesingle", '\''),
        ("parenleft", '('),
        ("parenright", ')'),
        ("asterisk", '*'),
        ("plus", '+'),
        ("comma", ','),
        ("hyphen", '-'),
        ("period", '.'),
        ("slash", '/'),
        ("zero", '0'),
        ("one", '1'),
        ("two", '2'),
        ("three", '3'),
        ("four", '4'),
        ("five", '5'),
        ("six", '6'),
        ("seven", '7'),
        ("eight", '8'),
        ("nine", '9'),
        ("colon", ':'),
        ("semicolon", ';'),
        ("less", '<'),
        ("equal", '='),
        ("greater", '>'),
        ("question", '?'),
        ("at", '@'),
        ("bracketleft", '['),
        ("backslash", '\\'),
        ("bracketright", ']'),
        ("underscore", '_'),
        ("bullet", '•'),
        ("endash", '–'),
        ("emdash", '—'),
        ("quoteleft", '‘'),
        ("quoteright", '’'),
        ("quotedblleft", '“'),
        ("quotedblright", '”'),
        ("ellipsis", '…'),
        ("periodcentered", '·'),
    ];
    NAMES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}
