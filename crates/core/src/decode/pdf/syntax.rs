//! PDF's object syntax: a lexer and a parser for numbers, strings, names, arrays,
//! dictionaries and references. Used for the file's objects and for content streams alike.
//!
//! Total on any input: malformed syntax yields `None` or a best-effort value, never a panic.
//! Nesting is capped so a hostile file cannot exhaust the stack.

/// A PDF object.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    /// A stream: its dictionary and the raw (still encoded) bytes.
    Stream(Dict, Vec<u8>),
}

/// A dictionary: few keys, so a vector.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dict(pub Vec<(Vec<u8>, Obj)>);

impl Dict {
    pub fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Obj {
    pub fn as_num(&self) -> Option<f64> {
        match self {
            Obj::Num(n) => Some(*n),
            _ => None,
        }
    }
    pub fn as_name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }
    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) | Obj::Stream(d, _) => Some(d),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Obj]> {
        match self {
            Obj::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// A lexical token.
#[derive(Clone, Debug, PartialEq)]
pub enum Token<'a> {
    Num(f64),
    Str(Vec<u8>),
    Name(Vec<u8>),
    /// A bare word: `obj`, `R`, `true`, an operator (`Tj`, `BT`) …
    Keyword(&'a [u8]),
    ArrayStart,
    ArrayEnd,
    DictStart,
    DictEnd,
}

pub fn is_white(c: u8) -> bool {
    matches!(c, 0 | 9 | 10 | 12 | 13 | 32)
}

fn is_delim(c: u8) -> bool {
    matches!(
        c,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

const MAX_DEPTH: usize = 64;

/// A cursor over PDF bytes.
pub struct Lexer<'a> {
    pub data: &'a [u8],
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8], pos: usize) -> Self {
        Lexer {
            data,
            pos: pos.min(data.len()),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    pub fn skip_white(&mut self) {
        while let Some(c) = self.peek() {
            if is_white(c) {
                self.pos += 1;
            } else if c == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next token, or `None` at the end.
    pub fn token(&mut self) -> Option<Token<'a>> {
        self.skip_white();
        let c = self.peek()?;
        let start = self.pos;
        self.pos += 1;
        Some(match c {
            b'(' => Token::Str(self.literal_string()),
            b'<' if self.peek() == Some(b'<') => {
                self.pos += 1;
                Token::DictStart
            }
            b'<' => Token::Str(self.hex_string()),
            b'>' if self.peek() == Some(b'>') => {
                self.pos += 1;
                Token::DictEnd
            }
            b'[' => Token::ArrayStart,
            b']' => Token::ArrayEnd,
            b'/' => Token::Name(self.name()),
            b'+' | b'-' | b'.' | b'0'..=b'9' => {
                while self
                    .peek()
                    .is_some_and(|c| c.is_ascii_digit() || c == b'.' || c == b'-' || c == b'+')
                {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.data[start..self.pos]).unwrap_or("0");
                Token::Num(parse_number(text))
            }
            _ => {
                while self.peek().is_some_and(|c| !is_white(c) && !is_delim(c)) {
                    self.pos += 1;
                }
                // A lone delimiter (`)`, `>`, `{`, `}`) is a one-byte keyword, ignored by callers.
                Token::Keyword(&self.data[start..self.pos.max(start + 1)])
            }
        })
    }

    fn literal_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut high: Option<u8> = None;
        while let Some(c) = self.peek() {
            self.pos += 1;
            if c == b'>' {
                break;
            }
            let Some(v) = (c as char).to_digit(16) else {
                continue;
            };
            match high.take() {
                Some(h) => out.push(h << 4 | v as u8),
                None => high = Some(v as u8),
            }
        }
        if let Some(h) = high {
            out.push(h << 4);
        }
        out
    }

    fn name(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        while let Some(c) = self.peek() {
            if is_white(c) || is_delim(c) {
                break;
            }
            self.pos += 1;
            if c == b'#' {
                let hex = |c: Option<&u8>| c.and_then(|&c| (c as char).to_digit(16));
                if let (Some(h), Some(l)) = (
                    hex(self.data.get(self.pos)),
                    hex(self.data.get(self.pos + 1)),
                ) {
                    out.push((h * 16 + l) as u8);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(c);
        }
        out
    }

    /// Parses one object (references `n g R` included). `None` at the end or on a keyword
    /// that is not a value (the keyword is consumed).
    pub fn object(&mut self) -> Option<Obj> {
        let token = self.token()?;
        self.object_from(token, 0)
    }

    pub fn object_from(&mut self, token: Token<'a>, depth: usize) -> Option<Obj> {
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match token {
            Token::Num(n) => {
                // `12 0 R`: look ahead for a generation number and `R`.
                if n.fract() == 0.0 && n >= 0.0 {
                    let save = self.pos;
                    if let (Some(Token::Num(g)), Some(Token::Keyword(b"R"))) =
                        (self.token(), self.token())
                    {
                        if g.fract() == 0.0 && g >= 0.0 && n <= u32::MAX as f64 {
                            return Some(Obj::Ref(n as u32));
                        }
                    }
                    self.pos = save;
                }
                Obj::Num(n)
            }
            Token::Str(s) => Obj::Str(s),
            Token::Name(n) => Obj::Name(n),
            Token::Keyword(b"true") => Obj::Bool(true),
            Token::Keyword(b"false") => Obj::Bool(false),
            Token::Keyword(b"null") => Obj::Null,
            Token::Keyword(_) | Token::ArrayEnd | Token::DictEnd => return None,
            Token::ArrayStart => {
                let mut items = Vec::new();
                loop {
                    match self.token() {
                        None | Some(Token::ArrayEnd) => break,
                        Some(Token::DictEnd) => continue,
                        Some(t) => {
                            if let Some(o) = self.object_from(t, depth + 1) {
                                items.push(o);
                            }
                        }
                    }
                }
                Obj::Array(items)
            }
            Token::DictStart => Obj::Dict(self.dict_body(depth)),
        })
    }

    /// The rest of a dictionary after `<<`.
    pub fn dict_body(&mut self, depth: usize) -> Dict {
        let mut dict = Dict::default();
        loop {
            match self.token() {
                None | Some(Token::DictEnd) => break,
                Some(Token::Name(key)) => {
                    let Some(t) = self.token() else { break };
                    if t == Token::DictEnd {
                        break;
                    }
                    if let Some(v) = self.object_from(t, depth + 1) {
                        dict.0.push((key, v));
                    }
                }
                // Garbage where a key should be: skip it.
                Some(_) => {}
            }
        }
        dict
    }
}

fn parse_number(text: &str) -> f64 {
    // PDF numbers have no exponent; producers sometimes write `--5` or `5.3.2`.
    let t = text.trim_start_matches('+');
    let t = if t.starts_with("--") { &t[1..] } else { t };
    let end = t
        .char_indices()
        .skip(1)
        .find(|&(_, c)| c == '-' || c == '+')
        .map_or(t.len(), |(i, _)| i);
    let t = &t[..end];
    let t = match t.match_indices('.').nth(1) {
        Some((i, _)) => &t[..i],
        None => t,
    };
    t.parse::<f64>()
        .ok()
        .filter(|n| n.is_finite())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<Obj> {
        Lexer::new(s.as_bytes(), 0).object()
    }

    #[test]
    fn values_parse() {
        assert_eq!(parse("12 0 R"), Some(Obj::Ref(12)));
        assert_eq!(parse("-3.5"), Some(Obj::Num(-3.5)));
        assert_eq!(
            parse("(a\\(b\\)c\\101\\\n)"),
            Some(Obj::Str(b"a(b)cA".to_vec()))
        );
        assert_eq!(parse("(x(y)z)"), Some(Obj::Str(b"x(y)z".to_vec())));
        assert_eq!(parse("<4E2D 6>"), Some(Obj::Str(vec![0x4E, 0x2D, 0x60])));
        assert_eq!(parse("/GBK-EUC-H"), Some(Obj::Name(b"GBK-EUC-H".to_vec())));
        assert_eq!(parse("/A#20B"), Some(Obj::Name(b"A B".to_vec())));
        let d = parse("<< /Type /Page /Kids [1 0 R 2 0 R] /N 5 >>").unwrap();
        let d = d.as_dict().unwrap();
        assert_eq!(
            d.get(b"Kids"),
            Some(&Obj::Array(vec![Obj::Ref(1), Obj::Ref(2)]))
        );
        assert_eq!(d.get(b"N"), Some(&Obj::Num(5.0)));
    }

    #[test]
    fn garbage_never_panics() {
        for s in [
            "<<", "[[[[", "(((", "<", "/", "1 0", "<< /A >>", "]>>)", "--5", "5.3.2", "1e400",
        ] {
            let _ = parse(s);
        }
        assert_eq!(parse("5.3.2"), Some(Obj::Num(5.3)));
        let deep = "[".repeat(10_000);
        let _ = parse(&deep);
    }
}
