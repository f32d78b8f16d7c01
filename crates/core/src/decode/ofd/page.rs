//! A page's (or template's) `Content.xml` to positioned characters.
//!
//! Coordinates are millimetres with y pointing down. A `TextObject`'s `Boundary` gives its
//! origin on the page and its optional `CTM` transforms the positions inside it; each
//! `TextCode` places its first character at (`X`, `Y`) — `Y` is the baseline — and each
//! next one `DeltaX` (and `DeltaY`) further. A `TextCode` without `X` or `Y` continues from
//! the previous one's. Characters become [`Piece`]s in PDF orientation (y up) so
//! [`crate::decode::layout`] can make lines of them.

use crate::decode::layout::Piece;
use crate::decode::xml::{attr, entity};
use quick_xml::events::{BytesStart, Event};
use std::collections::HashSet;

/// Characters of one page kept at most (a hostile page could hold millions).
const MAX_PIECES: usize = 1_000_000;

/// What the text objects need from the document's fonts.
#[derive(Debug, Default)]
pub struct Fonts {
    /// IDs of fonts whose `Charset` is `symbol`.
    pub symbol: HashSet<String>,
}

/// The text object being read.
struct TextObject {
    origin: (f64, f64),
    ctm: [f64; 6],
    size: f64,
    hscale: f64,
    symbol: bool,
}

/// The characters of a content file, and the IDs of the templates the page uses.
pub fn pieces(xml: &str, fonts: &Fonts) -> (Vec<Piece>, Vec<String>) {
    let mut out = Vec::new();
    let mut templates = Vec::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut object: Option<TextObject> = None;
    // The current TextCode: its attributes and text; the last position, for the next one.
    let mut code: Option<(BytesStart<'static>, String)> = None;
    let mut last = (0.0, 0.0);
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::Text(t)) => {
                if let Some((_, text)) = code.as_mut() {
                    text.push_str(&t.decode().unwrap_or_default());
                }
                continue;
            }
            Ok(Event::CData(t)) => {
                if let Some((_, text)) = code.as_mut() {
                    text.push_str(&String::from_utf8_lossy(&t));
                }
                continue;
            }
            Ok(Event::GeneralRef(r)) => {
                if let Some((_, text)) = code.as_mut() {
                    text.extend(entity(&r));
                }
                continue;
            }
            Ok(Event::End(e)) => {
                match e.local_name().as_ref() {
                    b"TextCode" => {
                        if let (Some(obj), Some((attrs, text))) = (&object, code.take()) {
                            last = place(obj, &attrs, &text, last, &mut out);
                        }
                    }
                    b"TextObject" => object = None,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => continue,
        };
        match e.local_name().as_ref() {
            b"Template" => templates.extend(attr(&e, b"TemplateID")),
            b"TextObject" if !empty => object = Some(text_object(&e, fonts)),
            b"TextCode" if !empty => code = Some((e.into_owned(), String::new())),
            _ => {}
        }
        if out.len() >= MAX_PIECES {
            break;
        }
    }
    (out, templates)
}

fn text_object(e: &BytesStart, fonts: &Fonts) -> TextObject {
    let boundary = numbers(&attr(e, b"Boundary").unwrap_or_default());
    let ctm = numbers(&attr(e, b"CTM").unwrap_or_default());
    let ctm = if ctm.len() == 6 {
        [ctm[0], ctm[1], ctm[2], ctm[3], ctm[4], ctm[5]]
    } else {
        [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    };
    let num = |key: &[u8], default: f64| {
        attr(e, key)
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|v| v.is_finite() && *v > 0.0)
            .unwrap_or(default)
    };
    TextObject {
        origin: (
            boundary.first().copied().unwrap_or(0.0),
            boundary.get(1).copied().unwrap_or(0.0),
        ),
        ctm,
        size: num(b"Size", 3.5),
        hscale: num(b"HScale", 1.0),
        symbol: attr(e, b"Font").is_some_and(|f| fonts.symbol.contains(&f)),
    }
}

/// Places one TextCode's characters; returns where it started (for a next TextCode that
/// gives no position of its own).
fn place(
    obj: &TextObject,
    attrs: &BytesStart,
    text: &str,
    last: (f64, f64),
    out: &mut Vec<Piece>,
) -> (f64, f64) {
    let start_x = attr(attrs, b"X")
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(last.0);
    let start_y = attr(attrs, b"Y")
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(last.1);
    let dx = deltas(&attr(attrs, b"DeltaX").unwrap_or_default());
    let dy = deltas(&attr(attrs, b"DeltaY").unwrap_or_default());
    let [a, b, c, d, e, f] = obj.ctm;
    // The font size on the page: the CTM's vertical scale.
    let scale = (c * c + d * d).sqrt();
    let size = if scale > 0.0 {
        obj.size * scale
    } else {
        obj.size
    };
    let (mut x, mut y) = (start_x, start_y);
    for (i, ch) in text.chars().enumerate() {
        if out.len() >= MAX_PIECES {
            break;
        }
        if i > 0 {
            x += dx.get(i - 1).or(dx.last()).copied().unwrap_or(0.0);
            y += dy.get(i - 1).copied().unwrap_or(0.0);
        }
        let ch = if obj.symbol { unsymbol(ch) } else { ch };
        // Spaces are kept as pieces of their own: the text between words is the writer's.
        if ch.is_control() {
            continue;
        }
        let px = obj.origin.0 + a * x + c * y + e;
        let py = obj.origin.1 + b * x + d * y + f;
        let em = if ch.is_ascii() { 0.5 } else { 1.0 };
        if px.is_finite() && py.is_finite() {
            out.push(Piece {
                text: ch.to_string(),
                x0: px,
                x1: px + em * size * obj.hscale,
                // Layout works in PDF orientation: y grows upwards.
                y: -py,
                size,
            });
        }
    }
    (start_x, start_y)
}

/// A symbol font's private-use code (U+F020–U+F0FF, Windows' convention) as the character
/// it stands for in the font's 8-bit encoding.
fn unsymbol(c: char) -> char {
    match c as u32 {
        0xF020..=0xF0FF => char::from_u32(c as u32 - 0xF000).unwrap_or(c),
        _ => c,
    }
}

/// `DeltaX`/`DeltaY`: numbers, where `g n v` stands for `n` times `v`.
pub fn deltas(s: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let mut words = s.split_ascii_whitespace();
    while let Some(w) = words.next() {
        if w == "g" {
            let n = words
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            let v = words
                .next()
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or(0.0);
            // A repeat can claim any count; no line holds more than this many characters.
            out.extend(std::iter::repeat_n(v, n.min(100_000)));
        } else if let Ok(v) = w.parse::<f64>() {
            out.push(v);
        }
        if out.len() > 1_000_000 {
            break;
        }
    }
    out
}

fn numbers(s: &str) -> Vec<f64> {
    s.split_ascii_whitespace()
        .filter_map(|w| w.parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .collect()
}
