//! Content streams: the text-showing operators replayed to find what is written where.
//!
//! Tracks the graphics state that places text (`cm`, `q`/`Q`, `BT`, `Tf`, `Td`, `TD`, `Tm`,
//! `T*`, `TL`, `Tc`, `Tw`, `Tz`, `Ts`), shows text with `Tj`, `TJ`, `'` and `"`, follows form
//! XObjects (`Do`), and skips inline images. Each shown string becomes a [`Piece`] with its
//! position and extent on the page; [`crate::decode::layout`] turns pieces into lines.

use super::super::layout::Piece;
use super::file::File;
use super::font::Font;
use super::syntax::{Dict, Lexer, Obj, Token};
use std::collections::HashMap;
use std::rc::Rc;

/// Form XObjects nest at most this deep.
const MAX_FORM_DEPTH: usize = 8;
/// Operands kept at most (a hostile stream could push millions).
const MAX_OPERANDS: usize = 4096;

/// What one page holds.
#[derive(Default)]
pub struct PageContent {
    pub pieces: Vec<Piece>,
    pub images: usize,
    pub unmapped: usize,
    pub methods: Vec<&'static str>,
}

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

#[derive(Clone)]
struct TextState {
    font: Option<Rc<Font>>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

/// Fonts are loaded once per font object.
pub type FontCache = HashMap<Vec<u8>, Rc<Font>>;

pub struct Interpreter<'f> {
    file: &'f File,
    fonts: FontCache,
    pub out: PageContent,
}

impl<'f> Interpreter<'f> {
    pub fn new(file: &'f File) -> Self {
        Interpreter {
            file,
            fonts: HashMap::new(),
            out: PageContent::default(),
        }
    }

    /// Replays one page's content with its resources.
    pub fn page(&mut self, content: &[u8], resources: Option<&Dict>) {
        self.run(content, resources, IDENTITY, 0);
    }

    fn font(&mut self, resources: Option<&Dict>, name: &[u8]) -> Option<Rc<Font>> {
        let file = self.file;
        let fonts = file.dict(resources?, b"Font")?;
        let entry = fonts.get(name)?;
        // Key by object number when referenced, else by resource name (inline dictionaries).
        let key = match entry {
            Obj::Ref(n) => n.to_be_bytes().to_vec(),
            _ => [b"/".as_slice(), name].concat(),
        };
        if let Some(f) = self.fonts.get(&key) {
            return Some(f.clone());
        }
        let dict = file.resolve(entry).as_dict()?;
        let font = Rc::new(Font::load(file, dict));
        self.fonts.insert(key, font.clone());
        Some(font)
    }

    fn run(&mut self, content: &[u8], resources: Option<&Dict>, base: Matrix, depth: usize) {
        let mut lexer = Lexer::new(content, 0);
        let mut operands: Vec<Obj> = Vec::new();
        let mut ctm = base;
        let mut stack: Vec<(Matrix, TextState)> = Vec::new();
        let mut ts = TextState {
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        };
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        while let Some(token) = lexer.token() {
            let op = match token {
                Token::Keyword(op) => op,
                other => {
                    if let Some(obj) = lexer.object_from(other, 0) {
                        if operands.len() < MAX_OPERANDS {
                            operands.push(obj);
                        }
                    }
                    continue;
                }
            };
            let num = |i: usize| operands.get(i).and_then(Obj::as_num).unwrap_or(0.0);
            let nums = |k: usize| -> Option<Vec<f64>> {
                (operands.len() >= k).then(|| {
                    operands[operands.len() - k..]
                        .iter()
                        .map(|o| o.as_num().unwrap_or(0.0))
                        .collect()
                })
            };
            match op {
                b"q" if stack.len() < 256 => stack.push((ctm, ts.clone())),
                b"Q" => {
                    if let Some((m, t)) = stack.pop() {
                        ctm = m;
                        ts = t;
                    }
                }
                b"cm" => {
                    if let Some(m) = nums(6) {
                        ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &ctm);
                    }
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    if let (Some(Obj::Name(name)), Some(size)) =
                        (operands.first(), operands.get(1).and_then(Obj::as_num))
                    {
                        ts.font = self.font(resources, name);
                        ts.size = size;
                    }
                }
                b"Tc" => ts.char_spacing = num(0),
                b"Tw" => ts.word_spacing = num(0),
                b"Tz" => ts.scale = num(0) / 100.0,
                b"TL" => ts.leading = num(0),
                b"Ts" => ts.rise = num(0),
                b"Td" | b"TD" => {
                    if let Some(m) = nums(2) {
                        if op == b"TD" {
                            ts.leading = -m[1];
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, m[0], m[1]], &tlm);
                        tm = tlm;
                    }
                }
                b"Tm" => {
                    if let Some(m) = nums(6) {
                        tlm = [m[0], m[1], m[2], m[3], m[4], m[5]];
                        tm = tlm;
                    }
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -ts.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" | b"'" | b"\"" | b"TJ" => {
                    if op == b"'" || op == b"\"" {
                        if op == b"\"" {
                            ts.word_spacing = num(0);
                            ts.char_spacing = num(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -ts.leading], &tlm);
                        tm = tlm;
                    }
                    let items: Vec<Obj> = match (op, operands.last()) {
                        (b"TJ", Some(Obj::Array(a))) => a.clone(),
                        (_, Some(s @ Obj::Str(_))) => vec![s.clone()],
                        _ => Vec::new(),
                    };
                    for item in &items {
                        match item {
                            Obj::Str(bytes) => self.show(bytes, &ts, &mut tm, &ctm),
                            Obj::Num(n) => {
                                let tx = -n / 1000.0 * ts.size * ts.scale;
                                tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                            }
                            _ => {}
                        }
                    }
                }
                b"Do" => {
                    if let Some(Obj::Name(name)) = operands.first() {
                        self.xobject(resources, name, ctm, depth);
                    }
                }
                b"BI" => skip_inline_image(&mut lexer),
                _ => {}
            }
            operands.clear();
        }
    }

    fn show(&mut self, bytes: &[u8], ts: &TextState, tm: &mut Matrix, ctm: &Matrix) {
        let Some(font) = ts.font.clone() else { return };
        let start = mul(
            &[ts.size * ts.scale, 0.0, 0.0, ts.size, 0.0, ts.rise],
            &mul(tm, ctm),
        );
        let mut text = String::new();
        for glyph in font.glyphs(bytes) {
            match &glyph.text {
                Some(t) => text.push_str(t),
                None => self.out.unmapped += 1,
            }
            let spacing = ts.char_spacing + if glyph.is_space { ts.word_spacing } else { 0.0 };
            let tx = (glyph.width / 1000.0 * ts.size + spacing) * ts.scale;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], tm);
        }
        if !self.out.methods.contains(&font.method) {
            self.out.methods.push(font.method);
        }
        let end = mul(
            &[ts.size * ts.scale, 0.0, 0.0, ts.size, 0.0, ts.rise],
            &mul(tm, ctm),
        );
        let size = (start[2] * start[2] + start[3] * start[3]).sqrt();
        let text: String = text
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .collect();
        if text.is_empty() || !size.is_finite() {
            return;
        }
        self.out.pieces.push(Piece {
            text,
            x0: start[4],
            x1: end[4],
            y: start[5],
            size: size.max(0.1),
        });
    }

    fn xobject(&mut self, resources: Option<&Dict>, name: &[u8], ctm: Matrix, depth: usize) {
        let file = self.file;
        let Some(xobjects) = resources.and_then(|r| file.dict(r, b"XObject")) else {
            return;
        };
        let Some(Obj::Stream(dict, raw)) = xobjects.get(name).map(|o| file.resolve(o)) else {
            return;
        };
        match file.lookup(dict, b"Subtype").and_then(Obj::as_name) {
            Some(b"Image") => self.out.images += 1,
            Some(b"Form") if depth < MAX_FORM_DEPTH => {
                let Some(data) = file.decode_stream(dict, raw) else {
                    return;
                };
                let matrix = match file.lookup(dict, b"Matrix").and_then(Obj::as_array) {
                    Some(m) if m.len() == 6 => {
                        let v: Vec<f64> = m
                            .iter()
                            .map(|o| file.resolve(o).as_num().unwrap_or(0.0))
                            .collect();
                        [v[0], v[1], v[2], v[3], v[4], v[5]]
                    }
                    _ => IDENTITY,
                };
                let own = file.dict(dict, b"Resources").or(resources);
                self.run(&data, own, mul(&matrix, &ctm), depth + 1);
            }
            _ => {}
        }
    }
}

/// Past an inline image: `BI <dict> ID <binary> EI`.
fn skip_inline_image(lexer: &mut Lexer) {
    while let Some(t) = lexer.token() {
        if t == Token::Keyword(b"ID") {
            break;
        }
    }
    let data = lexer.data;
    let mut i = lexer.pos + 1;
    while i + 2 <= data.len() {
        if &data[i..i + 2] == b"EI"
            && data[i - 1].is_ascii_whitespace()
            && data.get(i + 2).is_none_or(|c| c.is_ascii_whitespace())
        {
            lexer.pos = i + 2;
            return;
        }
        i += 1;
    }
    lexer.pos = data.len();
}
