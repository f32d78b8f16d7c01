//! Rich Text Format (.rtf), as Word, WPS and LibreOffice write it (RTF 1.9.1).
//!
//! One pass over the bytes with a stack of group states. Text bytes and `\'hh` escapes are
//! collected and decoded together in the current code page — the font's `\fcharset`
//! (134 → GBK, 136 → Big5 …) or the document's `\ansicpgN` — so a double-byte character
//! written as `\'b7\'a8` reads as 法; `\uN` is a UTF-16 unit, followed by `\ucN` fallback
//! characters that are skipped. Destinations that are not text (font and colour tables,
//! styles, pictures, objects, headers and footers, footnotes, field instructions, `\*`
//! extensions) are skipped, except `\listtext`/`\pntext`, which hold the visible list
//! markers (一、, 1.). `\par` and `\line` end lines, `\cell` separates table cells by tabs
//! and `\row` ends a row; deleted revisions (`\deleted`) and hidden text (`\v`) are left
//! out. `\info\title` is the title hint.

use super::lines::collapse_blank_lines;
use super::{DecodeError, Decoded, Format};
use encoding_rs::Encoding;
use std::collections::HashMap;

/// Groups nest at most this deep; deeper ones are read as if flat.
const MAX_DEPTH: usize = 256;

#[derive(Clone)]
struct State {
    /// Inside a destination that is not text.
    skip: bool,
    /// Inside `\info\title`.
    title: bool,
    /// Fallback characters after `\uN`.
    uc: u32,
    encoding: &'static Encoding,
    /// `\deleted` or `\v`: text not shown.
    hidden: bool,
    /// The paragraph is in a table (`\intbl`).
    in_table: bool,
    /// Inside the font table.
    font_table: bool,
    /// Inside the font table: the font being defined.
    font_def: Option<i32>,
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
    state: State,
    stack: Vec<State>,
    /// Groups past [`MAX_DEPTH`], not tracked.
    untracked: usize,
    default_encoding: &'static Encoding,
    fonts: HashMap<i32, &'static Encoding>,
    /// Bytes waiting to be decoded in the current encoding.
    pending: Vec<u8>,
    /// A high surrogate from `\uN`, waiting for its pair.
    high: Option<u16>,
    /// Fallback characters still to skip.
    skip_chars: u32,
    line: String,
    cells: Vec<String>,
    lines: Vec<String>,
    title: String,
    /// Non-ASCII bytes decoded in a code page (none: the text came as `\uN`).
    code_page_bytes: usize,
    /// The next group is an ignorable destination (`{\*\…`).
    star: bool,
    size: usize,
}

/// Decodes an RTF document.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut r = Reader {
        b: bytes,
        at: 0,
        state: State {
            skip: false,
            title: false,
            uc: 1,
            encoding: encoding_rs::WINDOWS_1252,
            hidden: false,
            in_table: false,
            font_table: false,
            font_def: None,
        },
        stack: Vec::new(),
        untracked: 0,
        default_encoding: encoding_rs::WINDOWS_1252,
        fonts: HashMap::new(),
        pending: Vec::new(),
        high: None,
        skip_chars: 0,
        line: String::new(),
        cells: Vec::new(),
        lines: Vec::new(),
        title: String::new(),
        star: false,
        code_page_bytes: 0,
        size: 0,
    };
    r.run();
    if r.size > super::limits::MAX_TEXT_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: r.size,
            limit: super::limits::MAX_TEXT_BYTES,
        });
    }
    r.end_line();
    let title = r.title.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(Decoded {
        text: collapse(&r.lines),
        format: Format::Rtf,
        // Text written as \uN is Unicode whatever the code page says.
        encoding: if r.code_page_bytes > 0 {
            r.default_encoding.name().into()
        } else {
            "UTF-16".into()
        },
        title_hint: (!super::junk_title(&title)).then_some(title),
        notes: Vec::new(),
    })
}

impl Reader<'_> {
    fn run(&mut self) {
        while self.at < self.b.len() {
            if self.size > super::limits::MAX_TEXT_BYTES {
                return;
            }
            let c = self.b[self.at];
            self.at += 1;
            match c {
                b'{' => {
                    self.flush();
                    self.skip_chars = 0;
                    if self.stack.len() < MAX_DEPTH {
                        self.stack.push(self.state.clone());
                    } else {
                        self.untracked += 1;
                    }
                }
                b'}' => {
                    self.flush();
                    self.skip_chars = 0;
                    self.star = false;
                    if self.untracked > 0 {
                        self.untracked -= 1;
                    } else if let Some(s) = self.stack.pop() {
                        self.state = s;
                    }
                }
                b'\\' => self.control(),
                b'\r' | b'\n' | 0 => {}
                _ => {
                    if self.skip_chars > 0 {
                        self.skip_chars -= 1;
                    } else {
                        self.pending.push(c);
                    }
                }
            }
        }
        self.flush();
    }

    /// After a backslash: a control symbol or a control word with its parameter.
    fn control(&mut self) {
        let Some(&c) = self.b.get(self.at) else {
            return;
        };
        if !c.is_ascii_alphabetic() {
            self.at += 1;
            match c {
                b'\'' => {
                    let hex = self
                        .b
                        .get(self.at..self.at + 2)
                        .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
                    self.at += 2;
                    if self.skip_chars > 0 {
                        self.skip_chars -= 1;
                    } else if let Some(byte) = hex {
                        self.pending.push(byte);
                    }
                }
                b'*' => self.star = true,
                b'\\' | b'{' | b'}' => self.literal(c as char),
                b'~' => self.literal(' '),
                b'_' => self.literal('-'),
                b'\r' | b'\n' => self.word(b"par", None),
                _ => {}
            }
            return;
        }
        let start = self.at;
        while self.b.get(self.at).is_some_and(u8::is_ascii_alphabetic) && self.at - start < 32 {
            self.at += 1;
        }
        let name = &self.b[start..self.at];
        let num_start = self.at;
        if self.b.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        while self.b.get(self.at).is_some_and(u8::is_ascii_digit) && self.at - num_start < 11 {
            self.at += 1;
        }
        let param = std::str::from_utf8(&self.b[num_start..self.at])
            .ok()
            .and_then(|s| s.parse::<i32>().ok());
        if self.b.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
        let name = name.to_vec();
        self.word(&name, param);
    }

    fn literal(&mut self, c: char) {
        if self.skip_chars > 0 {
            self.skip_chars -= 1;
            return;
        }
        self.flush();
        self.push(c);
    }

    fn word(&mut self, name: &[u8], param: Option<i32>) {
        let star = std::mem::take(&mut self.star);
        match name {
            // Destinations that are not the document's text.
            b"fonttbl" => {
                self.flush();
                self.state.skip = true;
                self.state.font_table = true;
            }
            b"colortbl"
            | b"stylesheet"
            | b"info"
            | b"pict"
            | b"object"
            | b"header"
            | b"headerl"
            | b"headerr"
            | b"headerf"
            | b"footer"
            | b"footerl"
            | b"footerr"
            | b"footerf"
            | b"footnote"
            | b"annotation"
            | b"fldinst"
            | b"listtable"
            | b"listoverridetable"
            | b"revtbl"
            | b"rsidtbl"
            | b"generator"
            | b"xmlnstbl"
            | b"filetbl"
            | b"themedata"
            | b"colorschememapping"
            | b"latentstyles"
            | b"datastore"
            | b"bkmkstart"
            | b"bkmkend"
            | b"shpinst"
            | b"nonshppict"
            | b"pgdsctbl"
            | b"mmathPr"
            | b"atnid"
            | b"atnauthor"
            | b"author"
            | b"operator"
            | b"company"
            | b"subject"
            | b"keywords"
            | b"comment"
            | b"doccomm"
            | b"template" => {
                self.flush();
                self.state.skip = true;
            }
            b"title" => {
                // Word writes an ANSI title, then a Unicode one in `{\*\ud …}`: the last wins.
                self.flush();
                self.title.clear();
                self.state.skip = true;
                self.state.title = true;
            }
            // Groups of the text even when marked ignorable: list markers, field results.
            b"listtext" | b"pntext" | b"fldrslt" => {}
            _ if star => {
                self.flush();
                self.state.skip = true;
            }
            b"ansicpg" => {
                if let Some(cp) = param.and_then(|p| u16::try_from(p).ok()) {
                    self.default_encoding = code_page(cp);
                    self.state.encoding = self.default_encoding;
                }
            }
            b"f" => {
                self.flush();
                match (self.state.font_table, param) {
                    (true, Some(n)) => self.state.font_def = Some(n),
                    (false, Some(n)) => {
                        self.state.encoding =
                            self.fonts.get(&n).copied().unwrap_or(self.default_encoding)
                    }
                    _ => {}
                }
            }
            b"fcharset" => {
                if let (Some(font), Some(cs)) = (self.state.font_def, param) {
                    if let Some(enc) = charset(cs) {
                        self.fonts.insert(font, enc);
                    }
                }
            }
            b"uc" => self.state.uc = param.unwrap_or(1).clamp(0, 16) as u32,
            b"u" => {
                self.flush();
                if let Some(p) = param {
                    let unit = if p < 0 { (p + 65536) as u16 } else { p as u16 };
                    self.unit(unit);
                    self.skip_chars = self.state.uc;
                }
            }
            b"par" | b"sect" | b"page" | b"line" => {
                self.flush();
                if self.state.in_table && name == b"par" {
                    self.push(' ');
                } else {
                    self.end_line();
                }
            }
            b"tab" => self.literal('\t'),
            b"cell" | b"nestcell" => {
                self.flush();
                let cell = std::mem::take(&mut self.line);
                self.cells
                    .push(cell.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            b"row" | b"nestrow" => {
                self.flush();
                let row = std::mem::take(&mut self.cells).join("\t");
                let row = row.trim_end_matches('\t');
                if !row.trim().is_empty() {
                    self.lines.push(row.to_string());
                }
                self.line.clear();
            }
            b"intbl" => self.state.in_table = true,
            b"pard" => self.state.in_table = false,
            b"deleted" | b"v" => {
                self.flush();
                self.state.hidden = param != Some(0);
            }
            b"plain" => {
                self.flush();
                self.state.hidden = false;
            }
            b"emdash" => self.literal('—'),
            b"endash" => self.literal('–'),
            b"lquote" => self.literal('‘'),
            b"rquote" => self.literal('’'),
            b"ldblquote" => self.literal('“'),
            b"rdblquote" => self.literal('”'),
            b"bullet" => self.literal('•'),
            b"emspace" | b"enspace" | b"qmspace" => self.literal(' '),
            _ => {
                // Any other control word counts as one fallback character after \uN.
                if self.skip_chars > 0 {
                    self.skip_chars -= 1;
                }
            }
        }
    }

    fn unit(&mut self, unit: u16) {
        match unit {
            0xD800..=0xDBFF => self.high = Some(unit),
            0xDC00..=0xDFFF => {
                if let Some(high) = self.high.take() {
                    if let Some(Ok(c)) = char::decode_utf16([high, unit]).next() {
                        self.push(c);
                    }
                }
            }
            _ => {
                if let Some(c) = char::from_u32(u32::from(unit)) {
                    self.push(c);
                }
            }
        }
    }

    /// Decodes the pending bytes in the current encoding.
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let bytes = std::mem::take(&mut self.pending);
        if !self.state.skip {
            self.code_page_bytes += bytes.iter().filter(|b| !b.is_ascii()).count();
        }
        let text = self.state.encoding.decode_without_bom_handling(&bytes).0;
        for c in text.chars() {
            self.push(c);
        }
    }

    fn push(&mut self, c: char) {
        if self.state.title {
            self.title.push(c);
            return;
        }
        if self.state.skip || self.state.hidden || (c.is_control() && c != '\t') {
            return;
        }
        self.high = None;
        self.size += c.len_utf8();
        self.line.push(c);
    }

    fn end_line(&mut self) {
        let line = std::mem::take(&mut self.line);
        self.lines.push(line);
    }
}

/// A font's `\fcharset` as an encoding (`None`: the document's code page).
fn charset(cs: i32) -> Option<&'static Encoding> {
    Some(match cs {
        128 => encoding_rs::SHIFT_JIS,
        129 => encoding_rs::EUC_KR,
        134 => encoding_rs::GBK,
        136 => encoding_rs::BIG5,
        161 => encoding_rs::WINDOWS_1253,
        162 => encoding_rs::WINDOWS_1254,
        163 => encoding_rs::WINDOWS_1258,
        177 => encoding_rs::WINDOWS_1255,
        178 => encoding_rs::WINDOWS_1256,
        186 => encoding_rs::WINDOWS_1257,
        204 => encoding_rs::WINDOWS_1251,
        222 => encoding_rs::WINDOWS_874,
        238 => encoding_rs::WINDOWS_1250,
        _ => return None,
    })
}

/// `\ansicpgN` as an encoding.
fn code_page(cp: u16) -> &'static Encoding {
    match cp {
        936 => encoding_rs::GBK,
        54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        932 => encoding_rs::SHIFT_JIS,
        949 => encoding_rs::EUC_KR,
        65001 => encoding_rs::UTF_8,
        874 => encoding_rs::WINDOWS_874,
        1250..=1258 => Encoding::for_label(format!("windows-{cp}").as_bytes())
            .unwrap_or(encoding_rs::WINDOWS_1252),
        _ => encoding_rs::WINDOWS_1252,
    }
}

/// Lines joined by `\n`, runs of empty lines kept as one, no empty line at the end.
fn collapse(lines: &[String]) -> String {
    let mut text = collapse_blank_lines(lines.iter().map(String::as_str));
    while text.ends_with("\n\n") {
        text.pop();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(rtf: &str) -> String {
        decode(rtf.as_bytes()).unwrap().text
    }

    #[test]
    fn gbk_bytes_in_the_declared_code_page_and_the_fonts_charset() {
        // As WPS and Word on Chinese Windows write it: \ansicpg936, GBK bytes as \'hh.
        let rtf = r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 \'cb\'ce\'cc\'e5;}}
{\info{\title \'b7\'a8\'d6\'ce\'d5\'fe\'b8\'ae\'bd\'a8\'c9\'e8\'c4\'ea\'b6\'c8\'b1\'a8\'b8\'e6}}\f0 \'d2\'bb\'a1\'a2\'d7\'dc\'cc\'e5\'c7\'e9\'bf\'f6\par
\'b0\'ec\'bd\'e1\'b0\'b8\'bc\'fe12\'bc\'fe\'a1\'a3\par}";
        let d = decode(rtf.as_bytes()).unwrap();
        assert_eq!(d.text, "一、总体情况\n办结案件12件。\n");
        assert_eq!((d.format, d.encoding.as_str()), (Format::Rtf, "GBK"));
        assert_eq!(d.title_hint.as_deref(), Some("法治政府建设年度报告"));
    }

    #[test]
    fn unicode_escapes_skip_their_fallbacks() {
        assert_eq!(
            text(r"{\rtf1\ansi\uc1 \u27861\'3f\u27835?\uc2\u25919\'3f\'3f\u24220 xx\par}"),
            "法治政府\n"
        );
        // A character outside the BMP as a surrogate pair.
        assert_eq!(text(r"{\rtf1 \u-10176?\u-9206?\par}"), "𠀊\n");
    }

    #[test]
    fn destinations_fields_lists_tables_and_deletions() {
        let rtf = r"{\rtf1{\fonttbl{\f0 Arial;}}{\colortbl;\red0;}{\stylesheet{\s1 Heading 1;}}
{\header page}{\*\generator LibreOffice}
{\listtext \u19968?\u12289?\tab}\u24635?\u20307?\par
{\field{\*\fldinst HYPERLINK http://x}{\fldrslt \u32593?\u31449?}}\par
\trowd\intbl a\cell b\par c\cell\row
\pard {\deleted gone}kept{\v hidden}\par}";
        assert_eq!(text(rtf), "一、\t总体\n网站\na\tb c\nkept\n");
    }

    #[test]
    fn broken_rtf_reads_what_is_there() {
        for rtf in [
            r"{\rtf1 {{{{ text",
            r"{\rtf1 }}}}} x\'",
            r"{\rtf1 \u",
            r"{\rtf1\uc99999999 \u1x",
        ] {
            let _ = decode(rtf.as_bytes());
        }
    }
}
