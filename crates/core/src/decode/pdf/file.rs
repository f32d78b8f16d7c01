//! The objects of a PDF file, found by scanning for `n g obj` rather than trusting the
//! cross-reference table (often wrong in files that were edited or cut short), plus the
//! objects packed in object streams. Later definitions win, as in an incremental update.

use super::syntax::{is_white, Dict, Lexer, Obj, Token};
use std::collections::HashMap;
use std::io::Read;

/// Object numbers above this are ignored (a hostile file could claim billions).
const MAX_OBJECTS: usize = 2_000_000;

pub struct File {
    objects: HashMap<u32, Obj>,
    /// Trailer dictionaries (classic `trailer` and cross-reference streams), last one last.
    pub trailers: Vec<Dict>,
    /// Bytes left to inflate; `None` once the budget ran out.
    budget: std::cell::Cell<Option<usize>>,
}

impl File {
    /// Reads the objects of `data`; streams may inflate to `budget` bytes in total.
    pub fn parse(data: &[u8], budget: usize) -> File {
        let mut file = File {
            objects: HashMap::new(),
            trailers: Vec::new(),
            budget: std::cell::Cell::new(Some(budget)),
        };
        let starts = object_starts(data);
        // Stream lengths may be references to objects defined later: note where each object is.
        let offsets: HashMap<u32, usize> = starts.iter().map(|&(n, body)| (n, body)).collect();
        for &(num, body) in &starts {
            if file.objects.len() >= MAX_OBJECTS {
                break;
            }
            if let Some(obj) = parse_indirect(data, body, &offsets) {
                if let Obj::Stream(d, _) = &obj {
                    if d.get(b"Type").and_then(Obj::as_name) == Some(b"XRef") {
                        file.trailers.push(d.clone());
                    }
                }
                file.objects.insert(num, obj);
            }
        }
        let mut from = 0;
        while let Some(at) = crate::decode::sniff::find(&data[from..], b"trailer") {
            let mut lexer = Lexer::new(data, from + at + b"trailer".len());
            if let Some(Obj::Dict(d)) = lexer.object() {
                file.trailers.push(d);
            }
            from += at + b"trailer".len();
        }
        file.unpack_object_streams();
        file
    }

    /// Objects packed inside `/Type /ObjStm` streams (PDF 1.5+), unless defined directly.
    fn unpack_object_streams(&mut self) {
        let streams: Vec<(Dict, Vec<u8>)> = self
            .objects
            .values()
            .filter_map(|o| match o {
                Obj::Stream(d, raw) if d.get(b"Type").and_then(Obj::as_name) == Some(b"ObjStm") => {
                    Some((d.clone(), raw.clone()))
                }
                _ => None,
            })
            .collect();
        for (dict, raw) in streams {
            let Some(data) = self.decode_stream(&dict, &raw) else {
                continue;
            };
            let n = self.num(dict.get(b"N")).unwrap_or(0.0).clamp(0.0, 1e6) as usize;
            let first = self.num(dict.get(b"First")).unwrap_or(0.0).max(0.0) as usize;
            let mut header = Lexer::new(&data, 0);
            for _ in 0..n {
                let (Some(Token::Num(num)), Some(Token::Num(off))) =
                    (header.token(), header.token())
                else {
                    break;
                };
                if self.objects.len() >= MAX_OBJECTS || num < 0.0 || off < 0.0 {
                    break;
                }
                let num = num as u32;
                if self.objects.contains_key(&num) {
                    continue;
                }
                let mut lexer = Lexer::new(&data, first.saturating_add(off as usize));
                if let Some(obj) = lexer.object() {
                    self.objects.insert(num, obj);
                }
            }
        }
    }

    /// Follows references (a few hops at most).
    pub fn resolve<'a>(&'a self, mut obj: &'a Obj) -> &'a Obj {
        for _ in 0..16 {
            match obj {
                Obj::Ref(n) => match self.objects.get(n) {
                    Some(o) => obj = o,
                    None => return &Obj::Null,
                },
                _ => return obj,
            }
        }
        &Obj::Null
    }

    #[cfg(test)]
    pub fn get(&self, num: u32) -> Option<&Obj> {
        self.objects.get(&num)
    }

    pub fn all(&self) -> impl Iterator<Item = (&u32, &Obj)> {
        self.objects.iter()
    }

    /// `dict[key]`, references followed.
    pub fn lookup<'a>(&'a self, dict: &'a Dict, key: &[u8]) -> Option<&'a Obj> {
        dict.get(key)
            .map(|o| self.resolve(o))
            .filter(|o| **o != Obj::Null)
    }

    pub fn dict<'a>(&'a self, dict: &'a Dict, key: &[u8]) -> Option<&'a Dict> {
        self.lookup(dict, key).and_then(Obj::as_dict)
    }

    pub fn num(&self, obj: Option<&Obj>) -> Option<f64> {
        obj.map(|o| self.resolve(o)).and_then(Obj::as_num)
    }

    /// True once some stream could not be inflated because the budget ran out.
    pub fn over_budget(&self) -> bool {
        self.budget.get().is_none()
    }

    /// A stream's bytes with its filters undone. `None` for filters that are not text's
    /// (images) or when the inflation budget is spent.
    pub fn decode_stream(&self, dict: &Dict, raw: &[u8]) -> Option<Vec<u8>> {
        let filters: Vec<Vec<u8>> = match self.lookup(dict, b"Filter") {
            None => Vec::new(),
            Some(Obj::Name(n)) => vec![n.clone()],
            Some(Obj::Array(a)) => a
                .iter()
                .filter_map(|f| self.resolve(f).as_name().map(<[u8]>::to_vec))
                .collect(),
            Some(_) => return None,
        };
        let mut data = raw.to_vec();
        for filter in filters {
            data = match filter.as_slice() {
                b"FlateDecode" | b"Fl" => self.inflate(&data)?,
                b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
                b"ASCII85Decode" | b"A85" => ascii85(&data),
                b"RunLengthDecode" | b"RL" => run_length(&data),
                _ => return None,
            };
        }
        Some(data)
    }

    /// zlib (or raw deflate) with the file's budget; a damaged stream keeps what inflated.
    fn inflate(&self, data: &[u8]) -> Option<Vec<u8>> {
        let budget = self.budget.get()?;
        let mut out = Vec::new();
        let limit = budget as u64 + 1;
        let zlib = data.len() >= 2
            && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0
            && data[0] & 0x0F == 8;
        let _ = if zlib {
            flate2::read::ZlibDecoder::new(data)
                .take(limit)
                .read_to_end(&mut out)
        } else {
            flate2::read::DeflateDecoder::new(data)
                .take(limit)
                .read_to_end(&mut out)
        };
        if out.len() > budget {
            self.budget.set(None);
            return None;
        }
        self.budget.set(Some(budget - out.len()));
        Some(out)
    }
}

/// `(object number, offset after "obj")` for every `n g obj` in the file.
fn object_starts(data: &[u8]) -> Vec<(u32, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = crate::decode::sniff::find(&data[from..], b"obj") {
        let pos = from + at;
        from = pos + 3;
        // `endobj` and names like `/objx` are not starts.
        if data
            .get(pos + 3)
            .is_some_and(|&c| !is_white(c) && c != b'<' && c != b'[' && c != b'/' && c != b'(')
        {
            continue;
        }
        let before = &data[..pos];
        let gen_end = before
            .iter()
            .rposition(|&c| !is_white(c))
            .map_or(0, |i| i + 1);
        if gen_end == before.len() {
            continue;
        }
        let gen_start = before[..gen_end]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let num_end = before[..gen_start]
            .iter()
            .rposition(|&c| !is_white(c))
            .map_or(0, |i| i + 1);
        let num_start = before[..num_end]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        if gen_start == gen_end
            || num_start == num_end
            || num_end == gen_start
            || num_end - num_start > 10
        {
            continue;
        }
        let num = std::str::from_utf8(&data[num_start..num_end])
            .ok()
            .and_then(|s| s.parse::<u32>().ok());
        if let Some(num) = num {
            out.push((num, pos + 3));
        }
    }
    out
}

/// The object after `n g obj`, with its stream data if it has one.
fn parse_indirect(data: &[u8], body: usize, offsets: &HashMap<u32, usize>) -> Option<Obj> {
    let mut lexer = Lexer::new(data, body);
    let obj = lexer.object()?;
    let Obj::Dict(dict) = obj else {
        return Some(obj);
    };
    let after = lexer.pos;
    let mut peek = Lexer::new(data, after);
    if peek.token() != Some(Token::Keyword(b"stream")) {
        return Some(Obj::Dict(dict));
    }
    let mut start = peek.pos;
    if data.get(start) == Some(&b'\r') {
        start += 1;
    }
    if data.get(start) == Some(&b'\n') {
        start += 1;
    }
    let declared = match dict.get(b"Length") {
        Some(Obj::Num(n)) => Some(*n),
        Some(Obj::Ref(r)) => offsets
            .get(r)
            .and_then(|&o| match Lexer::new(data, o).token() {
                Some(Token::Num(n)) => Some(n),
                _ => None,
            }),
        _ => None,
    };
    let fits = |len: usize| {
        let end = start.checked_add(len)?;
        let rest = data.get(end..)?;
        let skip = rest.iter().take_while(|&&c| is_white(c)).count();
        rest[skip..].starts_with(b"endstream").then_some(end)
    };
    let end = declared
        .filter(|n| *n >= 0.0 && *n <= data.len() as f64)
        .and_then(|n| fits(n as usize))
        .or_else(|| {
            let end = crate::decode::sniff::find(&data[start..], b"endstream")
                .map_or(data.len(), |p| start + p);
            let trimmed = data[start..end]
                .iter()
                .rposition(|&c| c != b'\n' && c != b'\r')
                .map_or(start, |p| start + p + 1);
            Some(trimmed)
        })?;
    Some(Obj::Stream(dict, data.get(start..end)?.to_vec()))
}

/// Hex digits up to the `>` end marker; whitespace ignored, an odd last digit padded with 0.
fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&c| c != b'>')
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
        .collect()
}

fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut group = [0u32; 5];
    let mut n = 0;
    let data = data.strip_prefix(b"<~").unwrap_or(data);
    for &c in data {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group[n] = u32::from(c - b'!');
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
                    out.extend_from_slice(&(v as u32).to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for d in group.iter_mut().skip(n) {
            *d = 84;
        }
        let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
        out.extend_from_slice(&(v as u32).to_be_bytes()[..n - 1]);
    }
    out
}

fn run_length(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() {
        let len = data[i];
        i += 1;
        match len {
            128 => break,
            0..=127 => {
                let end = (i + len as usize + 1).min(data.len());
                out.extend_from_slice(&data[i..end]);
                i = end;
            }
            _ => {
                if let Some(&b) = data.get(i) {
                    out.extend(std::iter::repeat_n(b, 257 - len as usize));
                }
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_found_without_an_xref_table() {
        let pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj<</Length 3 0 R>>stream\nBT (a) Tj ET\nendstream\nendobj\n3 0 obj 12 endobj\ntrailer << /Root 1 0 R >>\n%%EOF";
        let f = File::parse(pdf, 1 << 20);
        assert!(matches!(f.get(1), Some(Obj::Dict(_))));
        assert_eq!(
            f.get(2),
            Some(&Obj::Stream(
                Dict(vec![(b"Length".to_vec(), Obj::Ref(3))]),
                b"BT (a) Tj ET".to_vec()
            ))
        );
        assert_eq!(f.get(3), Some(&Obj::Num(12.0)));
        assert_eq!(f.trailers.len(), 1);
    }

    #[test]
    fn filters_decode() {
        assert_eq!(ascii_hex(b"48 65 6C6C 6F>"), b"Hello");
        assert_eq!(ascii85(b"<~87cURD]i,\"Ebo80~>"), b"Hello World!");
        assert_eq!(
            run_length(&[2, b'a', b'b', b'c', 254, b'x', 128]),
            b"abcxxx"
        );
    }

    #[test]
    fn a_bomb_stream_spends_the_budget_and_stops() {
        use std::io::Write;
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..3 {
            enc.write_all(&zeros).unwrap();
        }
        let packed = enc.finish().unwrap();
        let f = File::parse(b"%PDF-1.4\n", 2 << 20);
        let dict = Dict(vec![(
            b"Filter".to_vec(),
            Obj::Name(b"FlateDecode".to_vec()),
        )]);
        assert_eq!(f.decode_stream(&dict, &packed), None);
        assert!(f.over_budget());
    }
}
