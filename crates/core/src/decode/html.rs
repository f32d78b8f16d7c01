//! Saved web pages: the report's text with its paragraphs and lines, the page chrome left out.
//!
//! A small hand-written tag walker rather than an HTML5 parser: a full DOM crate costs about
//! 240 KB (gzip) in wasm, and extraction needs only three things from the markup — where
//! blocks and lines break, which subtrees are chrome, and the `<title>`. The walker is total:
//! any byte sequence yields text (unclosed tags, stray `<`, broken entities are read as a
//! browser would, or as text).
//!
//! - Block elements (`p`, `div`, `li`, `h1`–`h6`, `tr` …) and `br` end a line; table cells
//!   are separated by a tab, so a table row reads as one line.
//! - `script`, `style`, `template`, `noscript`, `iframe`, `svg` … are never text; `nav`,
//!   `header`, `footer`, `aside` and elements whose class or id names navigation, a
//!   breadcrumb or a footer are dropped as page chrome, except inside `<article>`/`<main>`.
//!   When dropping would leave almost nothing, everything is kept (with a note).
//! - Whitespace collapses as in a browser; `<pre>` keeps its lines.
//! - The page `<title>` becomes the title hint, without the site name after `_` or `|`.

mod entities;

use super::{text, DecodeError, Decoded, Format, Note};
use encoding_rs::Encoding;
// `class`/`id` names and words of names that mark chrome or content: `lexicon/chrome.toml`.
use crate::lexicon::data::chrome::html::{
    CONTENT_WORDS, NAME_WORDS as CHROME_WORDS, WHOLE_NAMES as CHROME_NAMES,
};

/// Decodes a web page: charset from the bytes' own declaration (see [`text::transcode`]).
pub fn decode(bytes: &[u8], encoding_override: Option<&str>) -> Result<Decoded, DecodeError> {
    let t = text::transcode(bytes, encoding_override, declared_charset(bytes))?;
    if text::looks_binary(&t.text) {
        return Err(DecodeError::Binary {
            kind: "binary data",
        });
    }
    Ok(from_text(&t.text, t.encoding.name(), t.notes))
}

/// Extracts the report text from markup that is already decoded.
pub fn from_text(markup: &str, encoding: &str, mut notes: Vec<Note>) -> Decoded {
    let page = walk(markup, true);
    let kept = visible_chars(&page.text);
    let page = if page.chrome_chars > 0 && kept * 10 < page.chrome_chars && page.chrome_chars >= 50
    {
        notes.push(Note::PageChromeKept);
        walk(markup, false)
    } else {
        page
    };
    Decoded {
        text: page.text,
        format: Format::Html,
        encoding: encoding.into(),
        title_hint: page.title.as_deref().and_then(site_name_removed),
        notes,
    }
}

/// True when decoded text is clearly a web page (for UTF-16 pages, which cannot be sniffed as bytes).
pub fn looks_like_markup(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(256)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || super::sniff::looks_like_html(head.as_bytes())
}

/// The charset a page declares in its first 8 KB: `<meta charset>`, `<meta http-equiv
/// content="…; charset=…">` or an XML declaration. UTF-16 declared in bytes that are read
/// as ASCII is a mistake browsers read as UTF-8, and so do we.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head: Vec<u8> = bytes[..bytes.len().min(8192)].to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = super::sniff::find(&head[from..], b"charset") {
        let start = from + at + b"charset".len();
        from = start;
        // Only inside a tag (`<meta …>`) or the XML declaration (`encoding=` is handled below).
        let tag_start = head[..start].iter().rposition(|&c| c == b'<');
        let tag_end = head[..start].iter().rposition(|&c| c == b'>');
        if !matches!((tag_start, tag_end), (Some(s), e) if e.is_none_or(|e| e < s)) {
            continue;
        }
        if let Some(enc) = label_after(&head[start..]) {
            return Some(utf16_means_utf8(enc));
        }
    }
    if head.starts_with(b"<?xml") {
        let end = head.iter().position(|&c| c == b'>').unwrap_or(head.len());
        let decl = &head[..end];
        if let Some(at) = super::sniff::find(decl, b"encoding") {
            return label_after(&decl[at + b"encoding".len()..]).map(utf16_means_utf8);
        }
    }
    None
}

fn utf16_means_utf8(enc: &'static Encoding) -> &'static Encoding {
    if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
        encoding_rs::UTF_8
    } else {
        enc
    }
}

/// The label in `="gb2312"` / `=gbk;` / ` = 'utf-8'`.
fn label_after(rest: &[u8]) -> Option<&'static Encoding> {
    let rest = rest
        .trim_ascii_start()
        .strip_prefix(b"=")?
        .trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&c| {
            matches!(
                c,
                b'"' | b'\'' | b';' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
            )
        })
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end]).filter(|e| *e != encoding_rs::REPLACEMENT)
}

/// The page title without the site's name: `柳城县2025年法治政府建设年度报告_柳城县人民政府门户网站`
/// → the part that names a report, else the longest part.
fn site_name_removed(title: &str) -> Option<String> {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<&str> = title
        .split(['_', '|', '｜'])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split("——"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let best = parts
        .iter()
        .find(|p| p.contains("报告") || p.contains("報告"))
        .or_else(|| parts.iter().max_by_key(|p| p.chars().count()))?;
    Some(best.to_string())
}

fn visible_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

/// Elements whose content is never text (their end tag is searched for literally).
const RAW: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "noembed", "noframes", "xmp", "textarea",
    "title",
];
/// Elements that are page chrome (outside `<article>`/`<main>`).
const CHROME: &[&str] = &["nav", "header", "footer", "aside", "menu"];
/// Elements never shown as text whatever they contain.
const HIDDEN: &[&str] = &[
    "svg", "math", "select", "button", "object", "canvas", "video", "audio", "map",
];
const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];
/// Deeper nesting than this is not tracked (it only affects which chrome is dropped).
const MAX_STACK: usize = 512;

struct Page {
    text: String,
    title: Option<String>,
    /// Visible characters left out as chrome.
    chrome_chars: usize,
}

struct Open {
    name: String,
    /// This element hides its content (chrome or hidden).
    hides: bool,
    /// `article`/`main`: chrome rules stop here.
    content: bool,
}

struct Walker {
    out: String,
    /// The current line has visible text.
    line_open: bool,
    /// Newlines at the end of `out` (at most two: one empty line).
    newlines: usize,
    /// Whitespace seen since the last character: `Some(true)` if it held a line break.
    space: Option<bool>,
    stack: Vec<Open>,
    hiding: usize,
    content: usize,
    pre: usize,
    /// Cells opened in the current table row.
    cells: usize,
    chrome_chars: usize,
    drop_chrome: bool,
}

fn walk(markup: &str, drop_chrome: bool) -> Page {
    let mut w = Walker {
        out: String::with_capacity(markup.len() / 3),
        line_open: false,
        newlines: 2,
        space: None,
        stack: Vec::new(),
        hiding: 0,
        content: 0,
        pre: 0,
        cells: 0,
        chrome_chars: 0,
        drop_chrome,
    };
    let mut title = None;
    let b = markup.as_bytes();
    let lower = markup.to_ascii_lowercase();
    let lower = lower.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' {
            let end = b[i..]
                .iter()
                .position(|&c| c == b'<')
                .map_or(b.len(), |p| i + p);
            w.text(&entities::decode(&markup[i..end]));
            i = end;
            continue;
        }
        let next = b.get(i + 1).copied().unwrap_or(0);
        if lower[i..].starts_with(b"<!--") {
            i = super::sniff::find(&lower[i + 4..], b"-->").map_or(b.len(), |p| i + 4 + p + 3);
        } else if next == b'!' || next == b'?' {
            i = lower[i..]
                .iter()
                .position(|&c| c == b'>')
                .map_or(b.len(), |p| i + p + 1);
        } else if next == b'/' && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) {
            let (name, end) = tag_name(lower, i + 2);
            i = tag_end(b, end).0;
            w.end_tag(name);
        } else if next.is_ascii_alphabetic() {
            let (name, name_end) = tag_name(lower, i + 1);
            let (end, self_closing) = tag_end(b, name_end);
            let attrs = &lower[name_end..end.saturating_sub(1).max(name_end)];
            i = end;
            if RAW.contains(&name) {
                let close = [b"</", name.as_bytes()].concat();
                let stop = super::sniff::find(&lower[i..], &close).map_or(b.len(), |p| i + p);
                if name == "title" && title.is_none() {
                    // Between two ASCII bytes, so on a char boundary.
                    let t = entities::decode(&markup[i..stop]);
                    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    title = (!t.is_empty()).then_some(t);
                } else if name == "textarea" || name == "xmp" {
                    w.text(&entities::decode(&markup[i..stop]));
                }
                i = if stop < b.len() {
                    tag_end(b, stop + close.len()).0
                } else {
                    stop
                };
                continue;
            }
            w.start_tag(name, attrs, self_closing);
        } else {
            w.text("<");
            i += 1;
        }
    }
    w.newline();
    Page {
        text: w.out,
        title,
        chrome_chars: w.chrome_chars,
    }
}

/// The lower-case tag name starting at `at` (ASCII letters, digits, `-`, `:`), and where it ends.
fn tag_name(lower: &[u8], at: usize) -> (&str, usize) {
    let len = lower[at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b':'))
        .count();
    // ASCII only, so valid UTF-8.
    (
        std::str::from_utf8(&lower[at..at + len]).unwrap_or(""),
        at + len,
    )
}

/// Past the `>` that ends a tag (quoted attribute values may hold `>`), and whether it was `/>`.
fn tag_end(b: &[u8], mut i: usize) -> (usize, bool) {
    let mut quote = 0u8;
    while i < b.len() {
        let c = b[i];
        if quote != 0 {
            if c == quote {
                quote = 0;
            }
        } else if c == b'"' || c == b'\'' {
            quote = c;
        } else if c == b'>' {
            return (i + 1, i > 0 && b[i - 1] == b'/');
        } else if c == b'<' && quote == 0 {
            // A tag cut short by the next one: end here, as a browser would recover.
            return (i, false);
        }
        i += 1;
    }
    (b.len(), false)
}

/// True when a `class` or `id` value names chrome (`top-nav`, `footer_box`, `breadcrumb`),
/// or an inline style hides the element (`display:none`).
fn chrome_attrs(attrs: &[u8]) -> bool {
    let named = ["class", "id"].iter().any(|key| {
        attr_value(attrs, key).is_some_and(|v| v.split_ascii_whitespace().any(chrome_name))
    });
    let hidden =
        attr_value(attrs, "style").is_some_and(|v| v.replace(' ', "").contains("display:none"));
    named || hidden
}

/// One class name or id: `nav`, `top-nav2`, `footer_box` are chrome; `position-relative`,
/// `article-header`, `hidden-xs` are not.
fn chrome_name(name: &str) -> bool {
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit());
    if CHROME_NAMES.contains(&name) || CHROME_WORDS.contains(&name) {
        return true;
    }
    let words: Vec<&str> = name.split(['-', '_']).filter(|w| !w.is_empty()).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let chrome_end =
        |w: &str| CHROME_WORDS.contains(&w.trim_end_matches(|c: char| c.is_ascii_digit()));
    words.len() > 1
        && (chrome_end(first) || chrome_end(last))
        && !words.iter().any(|w| CONTENT_WORDS.contains(w))
}

/// The value of attribute `key` in lower-cased attribute text.
fn attr_value<'a>(attrs: &'a [u8], key: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(at) = super::sniff::find(&attrs[from..], key.as_bytes()) {
        let start = from + at;
        from = start + key.len();
        let before_ok = start == 0 || attrs[start - 1].is_ascii_whitespace();
        let rest = attrs[from..].trim_ascii_start();
        if !before_ok || !rest.starts_with(b"=") {
            continue;
        }
        let rest = rest[1..].trim_ascii_start();
        let (quote, rest) = match rest.first() {
            Some(&q @ (b'"' | b'\'')) => (Some(q), &rest[1..]),
            _ => (None, rest),
        };
        let end = rest
            .iter()
            .position(|&c| match quote {
                Some(q) => c == q,
                None => c.is_ascii_whitespace() || c == b'>',
            })
            .unwrap_or(rest.len());
        return std::str::from_utf8(&rest[..end]).ok();
    }
    None
}

impl Walker {
    fn start_tag(&mut self, name: &str, attrs: &[u8], self_closing: bool) {
        match name {
            "br" => return self.line_break(),
            "td" | "th" => {
                self.close_open(&["td", "th"]);
                // A tab between cells of a data row; a layout table's cells hold blocks.
                if self.cells > 0 && self.hiding == 0 && self.line_open {
                    self.out.push('\t');
                    self.space = None;
                }
                self.cells += 1;
            }
            "tr" => {
                self.close_open(&["td", "th", "tr"]);
                self.newline();
                self.cells = 0;
            }
            "p" | "li" | "dt" | "dd" | "option" => self.close_open(&[name]),
            _ => {}
        }
        if BLOCK.contains(&name) {
            self.newline();
        }
        if name == "pre" {
            self.pre += 1;
        }
        if VOID.contains(&name) || self_closing || self.stack.len() >= MAX_STACK {
            return;
        }
        let content = matches!(name, "article" | "main");
        let chrome = self.drop_chrome
            && self.content == 0
            && (CHROME.contains(&name) || chrome_attrs(attrs));
        let hides = HIDDEN.contains(&name) || chrome;
        self.hiding += usize::from(hides);
        self.content += usize::from(content);
        self.stack.push(Open {
            name: name.to_string(),
            hides,
            content,
        });
    }

    fn end_tag(&mut self, name: &str) {
        if name == "br" {
            return self.line_break();
        }
        if let Some(pos) = self.stack.iter().rposition(|o| o.name == name) {
            for open in self.stack.drain(pos..) {
                self.hiding -= usize::from(open.hides);
                self.content -= usize::from(open.content);
            }
        }
        if name == "pre" {
            self.pre = self.pre.saturating_sub(1);
        }
        if BLOCK.contains(&name) {
            self.newline();
        }
        if name == "tr" {
            self.cells = 0;
        }
    }

    /// Pops an element with optional end tag (`<p>…<p>`) when the same kind starts again.
    fn close_open(&mut self, names: &[&str]) {
        if let Some(top) = self.stack.last() {
            if names.contains(&top.name.as_str()) {
                let name = top.name.clone();
                self.end_tag(&name);
            }
        }
    }

    fn text(&mut self, s: &str) {
        if self.hiding > 0 {
            self.chrome_chars += visible_chars(s);
            return;
        }
        for c in s.chars() {
            if self.pre > 0 {
                match c {
                    '\n' => self.line_break(),
                    '\r' => {}
                    _ => self.push(c),
                }
            } else if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}') {
                if self.line_open {
                    let had_break = self.space.unwrap_or(false) || c == '\n';
                    self.space = Some(had_break);
                }
            } else {
                if let Some(had_break) = self.space.take() {
                    // A line break in the source between two CJK characters is no space
                    // (CSS Text 3, segment breaks).
                    let cjk = |c: char| c >= '\u{2E80}';
                    if !(had_break && cjk(c) && self.out.chars().next_back().is_some_and(cjk)) {
                        self.out.push(' ');
                    }
                }
                self.push(c);
            }
        }
    }

    fn push(&mut self, c: char) {
        // `&nbsp;` runs at the start of a line are the page's way to indent a paragraph
        // (or to keep an empty paragraph open), not report text.
        if c == '\u{A0}' && !self.line_open && self.pre == 0 {
            return;
        }
        self.out.push(c);
        self.line_open = true;
        self.newlines = 0;
    }

    /// Ends the current line, if it has text.
    fn newline(&mut self) {
        self.space = None;
        if self.line_open {
            let trimmed = self.out.trim_end_matches([' ', '\t']).len();
            self.out.truncate(trimmed);
            self.out.push('\n');
            self.line_open = false;
            self.newlines = 1;
        }
    }

    /// `<br>`: ends the line, and a second one in a row leaves one empty line.
    fn line_break(&mut self) {
        if self.hiding > 0 {
            return;
        }
        if self.line_open {
            self.newline();
        } else if self.newlines < 2 && !self.out.is_empty() {
            self.out.push('\n');
            self.newlines += 1;
        }
    }
}

#[cfg(test)]
mod tests;
