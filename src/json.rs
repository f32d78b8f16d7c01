//! JSON to Rust values for the web app, written for small code rather than speed.
//!
//! The page reads a report's contract line, a comparison, stored records, message heads and
//! the workspace file with serde's derives. With `serde_json` every (type × method) pair
//! instantiated its own copy of the parser's glue — position fix-ups, error paths, peeking —
//! which came to ≈ 90 KB of the first-paint wasm (BENCHMARKS.md, "Session 5"). This
//! deserializer does the parsing in plain, non-generic functions and leaves only a call to
//! the visitor in each generic method: almost every method forwards to `deserialize_any`,
//! which dispatches on the next byte, as a self-describing format allows.
//!
//! It reads what `serde_json` writes: numbers become `u64`, `i64` or
//! `f64` as in `serde_json` (integers that do not fit become `f64`), strings are borrowed
//! unless they hold escapes, `\u` escapes with surrogate pairs, unknown fields are skipped.
//! A struct must be an object (`serde_json` also takes a list of its fields, which nothing
//! writes here); its fields go to the derive's `visit_seq` in declaration order (`Fields`),
//! which is far smaller code than its `visit_map`. Nesting is limited to 128 levels, as in `serde_json`, so hostile input cannot exhaust the
//! stack; malformed input is an `Err`, never a panic. Serialization stays with `serde_json`.

use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;
use std::fmt;

/// Parses `text` as one JSON value of type `T` (whitespace around it allowed).
pub fn from_str<'a, T: serde::Deserialize<'a>>(text: &'a str) -> Result<T, Error> {
    let mut de = Deserializer {
        text,
        pos: 0,
        depth: 0,
    };
    let value = T::deserialize(&mut de)?;
    match de.peek() {
        None => Ok(value),
        Some(_) => Err(de.error("trailing characters")),
    }
}

/// A JSON number's text (checked against the grammar already) as the nearest `f64`.
///
/// On the page, the browser's `parseFloat`, which rounds correctly as `str::parse` does:
/// the standard parser would bring its 10 KB table of powers of five (which does not
/// compress) into the first paint for the few shares and rates the page reads (BENCHMARKS.md,
/// "Session 6").
#[cfg(target_arch = "wasm32")]
fn parse_float(text: &str) -> Option<f64> {
    Some(js_sys::parse_float(text)).filter(|f| !f.is_nan())
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_float(text: &str) -> Option<f64> {
    text.parse().ok()
}

/// What went wrong, with the byte offset for syntax errors.
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }

    // serde's own wording of what was found (`Unexpected`'s `Display`) prints floats with the
    // standard library's float formatting, which nothing else on the page needs (≈ 5 KB gzip
    // of the first paint; BENCHMARKS.md, "Session 6"): the same messages, floats left out.
    fn invalid_type(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error(format!(
            "invalid type: {}, expected {expected}",
            unexpected(found)
        ))
    }

    fn invalid_value(found: de::Unexpected, expected: &dyn de::Expected) -> Self {
        Error(format!(
            "invalid value: {}, expected {expected}",
            unexpected(found)
        ))
    }
}

/// What a visitor was given, as serde words it, but a float without its digits.
fn unexpected(found: de::Unexpected) -> String {
    use de::Unexpected as U;
    match found {
        U::Bool(b) => format!("boolean `{b}`"),
        U::Unsigned(n) => format!("integer `{n}`"),
        U::Signed(n) => format!("integer `{n}`"),
        U::Float(_) => "a floating point number".into(),
        U::Char(c) => format!("character `{c}`"),
        U::Str(s) => format!("string \"{s}\""),
        U::Bytes(_) => "byte array".into(),
        U::Unit => "unit value".into(),
        U::Option => "Option value".into(),
        U::NewtypeStruct => "newtype struct".into(),
        U::Seq => "sequence".into(),
        U::Map => "map".into(),
        U::Enum => "enum".into(),
        U::UnitVariant => "unit variant".into(),
        U::NewtypeVariant => "newtype variant".into(),
        U::TupleVariant => "tuple variant".into(),
        U::StructVariant => "struct variant".into(),
        U::Other(other) => other.into(),
    }
}

const MAX_DEPTH: u32 = 128;

struct Deserializer<'de> {
    text: &'de str,
    pos: usize,
    depth: u32,
}

/// A string value: borrowed from the input when it has no escapes.
enum Text<'de> {
    Borrowed(&'de str),
    Owned(String),
}

enum Number {
    U(u64),
    I(i64),
    F(f64),
}

impl<'de> Deserializer<'de> {
    fn error(&self, what: &str) -> Error {
        Error(format!("{what} at byte {}", self.pos))
    }

    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(&b) = bytes.get(self.pos) {
            if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
                return Some(b);
            }
            self.pos += 1;
        }
        None
    }

    fn eat(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(match byte {
                b':' => "expected `:`",
                b'"' => "expected a string",
                _ => "unexpected character",
            }))
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// Opens an array or object: one level deeper.
    fn open(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1;
        Ok(())
    }

    /// Before each element of an array (`close` = `]`) or entry of an object (`}`): whether
    /// there is one, after the comma that separates it from the previous one.
    fn more(&mut self, first: &mut bool, close: u8) -> Result<bool, Error> {
        match self.peek() {
            Some(b) if b == close => {
                self.pos += 1;
                self.depth -= 1;
                Ok(false)
            }
            Some(b',') if !*first => {
                self.pos += 1;
                Ok(true)
            }
            Some(_) if *first => {
                *first = false;
                Ok(true)
            }
            _ => Err(self.error("expected `,` or the end of the list")),
        }
    }

    /// After a visitor returned from an array or object: it must have read to the end.
    fn close(&mut self, done: bool, close: u8) -> Result<(), Error> {
        if done {
            return Ok(());
        }
        if self.peek() == Some(close) {
            self.pos += 1;
            self.depth -= 1;
            Ok(())
        } else {
            Err(self.error("more elements than expected"))
        }
    }

    fn string(&mut self) -> Result<Text<'de>, Error> {
        self.eat(b'"')?;
        let text: &'de str = self.text;
        let bytes = text.as_bytes();
        let start = self.pos;
        let mut owned: Option<String> = None;
        let mut run = start;
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return Err(self.error("unterminated string"));
            };
            match b {
                b'"' => {
                    let tail = &text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Text::Borrowed(tail),
                        Some(mut s) => {
                            s.push_str(tail);
                            Text::Owned(s)
                        }
                    });
                }
                b'\\' => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(&text[run..self.pos]);
                    self.pos += 1;
                    s.push(self.escape()?);
                    run = self.pos;
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => self.pos += 1,
            }
        }
    }

    /// One escape after its backslash.
    fn escape(&mut self) -> Result<char, Error> {
        let Some(&b) = self.text.as_bytes().get(self.pos) else {
            return Err(self.error("unterminated string"));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&high) {
                    if !self.text[self.pos..].starts_with("\\u") {
                        return Err(self.error("lone surrogate"));
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.error("lone surrogate"));
                    }
                    0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    high
                };
                char::from_u32(code).ok_or_else(|| self.error("lone surrogate"))?
            }
            _ => return Err(self.error("invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.pos..self.pos + 4);
        match digits.and_then(|d| {
            u32::from_str_radix(d, 16)
                .ok()
                .filter(|_| !d.starts_with('+'))
        }) {
            Some(v) => {
                self.pos += 4;
                Ok(v)
            }
            None => Err(self.error("invalid \\u escape")),
        }
    }

    fn number(&mut self) -> Result<Number, Error> {
        let bytes = self.text.as_bytes();
        let start = self.pos;
        let digits = |de: &mut Self| {
            let from = de.pos;
            while bytes.get(de.pos).is_some_and(u8::is_ascii_digit) {
                de.pos += 1;
            }
            de.pos > from
        };
        let negative = bytes.get(self.pos) == Some(&b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        if !digits(self) || (bytes[int_start] == b'0' && self.pos - int_start > 1) {
            return Err(self.error("invalid number"));
        }
        let mut float = false;
        if bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            float = true;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if matches!(bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            float = true;
            if matches!(bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        let text = &self.text[start..self.pos];
        if !float {
            if let Ok(u) = text.parse::<u64>() {
                return Ok(Number::U(u));
            }
            if let Ok(i) = text.parse::<i64>() {
                return Ok(Number::I(i));
            }
        }
        match parse_float(text) {
            Some(f) if f.is_finite() => Ok(Number::F(f)),
            _ => Err(self.error("number out of range")),
        }
    }

    /// Skips one value of any kind (an unknown field's).
    fn skip(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'"') => self.string().map(drop),
            Some(open @ (b'[' | b'{')) => {
                let close = if open == b'[' { b']' } else { b'}' };
                self.open()?;
                let mut first = true;
                while self.more(&mut first, close)? {
                    if open == b'{' {
                        self.string()?;
                        self.eat(b':')?;
                    }
                    self.skip()?;
                }
                Ok(())
            }
            Some(b'n') => self.literal("null"),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            _ => Err(self.error("expected a value")),
        }
    }
}

/// An array's elements or an object's entries, handed to a visitor.
struct Items<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    first: bool,
    done: bool,
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.done || !self.de.more(&mut self.first, b']')? {
            self.done = true;
            return Ok(None);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.done || !self.de.more(&mut self.first, b'}')? {
            self.done = true;
            return Ok(None);
        }
        if self.de.peek() != Some(b'"') {
            return Err(self.de.error("expected a string key"));
        }
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.de.eat(b':')?;
        seed.deserialize(&mut *self.de)
    }
}

/// A struct's fields, handed to its visitor as a sequence in declaration order.
///
/// serde's derive writes two readers for each struct: `visit_map` (match each key to a field,
/// reject duplicates, then fill in the missing ones) and `visit_seq` (one element per field,
/// in order). A deserializer instantiates only the one it calls, and `visit_seq` is the
/// smaller by far, so an object is read as the sequence of the values of `fields`, looked up
/// by name (BENCHMARKS.md, "Session 6"). A field the object lacks is `None` to `Option`
/// fields, as `visit_map` makes it, and the end of the sequence to the others: the derive
/// then takes the field's `#[serde(default)]`, or fails as `visit_map` would. Unknown keys are
/// skipped; of a key given twice the first counts (`serde_json` refuses the object). Each
/// object is scanned once for its keys before its values are read, so a value nested in `k`
/// structs is parsed `k + 1` times: a few passes over a report's line, which the page reads
/// once when the report is selected. The derive lists a field's aliases among `fields`;
/// nothing the page reads has any (a field with an alias would shift the order).
struct Fields<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    names: &'static [&'static str],
    /// Each key of the object and where its value starts.
    entries: Vec<(Text<'de>, usize)>,
    next: usize,
}

impl<'de> de::SeqAccess<'de> for Fields<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(name) = self.names.get(self.next) else {
            return Ok(None);
        };
        self.next += 1;
        if self.de.seek_value(name, &self.entries) {
            seed.deserialize(&mut *self.de).map(Some)
        } else {
            Ok(seed.deserialize(Missing).ok())
        }
    }
}

/// The value of a field the object does not have: `None` to an `Option`, an error to any
/// other type (which [`Fields`] turns into the end of the sequence).
struct Missing;

impl<'de> de::Deserializer<'de> for Missing {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Error> {
        Err(Error(String::new()))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_none()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// An enum written as `{"Variant": content}`.
struct Variant<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'de> de::EnumAccess<'de> for Variant<'_, 'de> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name = seed.deserialize(&mut *self.de)?;
        self.de.eat(b':')?;
        Ok((name, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        de::Deserialize::deserialize(self.de)
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(self.de)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        de::Deserializer::deserialize_seq(self.de, visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.de.fields_in_order(fields, visitor)
    }
}

impl<'de> Deserializer<'de> {
    /// Reads an object as the struct whose fields are `names` (see [`Fields`]).
    fn fields_in_order<V: Visitor<'de>>(
        &mut self,
        names: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let entries = self.entries()?;
        let end = self.pos;
        // The object's level, closed by `entries`, stays open while its values are read.
        self.open_level()?;
        let value = visitor.visit_seq(Fields {
            de: &mut *self,
            names,
            entries,
            next: 0,
        })?;
        self.depth -= 1;
        self.pos = end;
        Ok(value)
    }

    /// Reads an object's keys and where each value starts, up to its end (values are
    /// checked and skipped).
    fn entries(&mut self) -> Result<Vec<(Text<'de>, usize)>, Error> {
        self.open_with(b'{')?;
        let mut out = Vec::new();
        let mut first = true;
        while self.more(&mut first, b'}')? {
            let key = self.text()?;
            self.eat(b':')?;
            self.peek();
            out.push((key, self.pos));
            self.skip()?;
        }
        Ok(out)
    }

    /// Moves to the value of key `name` in `entries`; `false` when there is none.
    fn seek_value(&mut self, name: &str, entries: &[(Text<'de>, usize)]) -> bool {
        match entries.iter().find(|(key, _)| key.as_str() == name) {
            Some(&(_, at)) => {
                self.pos = at;
                true
            }
            None => false,
        }
    }

    /// One level deeper without consuming anything.
    fn open_level(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        Ok(())
    }

    /// Opens the array (`[`) or object (`{`) a visitor is about to read.
    fn open_with(&mut self, open: u8) -> Result<(), Error> {
        if self.peek() == Some(open) {
            self.open()
        } else {
            Err(self.error(if open == b'[' {
                "expected a list"
            } else {
                "expected an object"
            }))
        }
    }

    /// A string value as text (the visitors copy what they keep).
    fn text(&mut self) -> Result<Text<'de>, Error> {
        if self.peek() == Some(b'"') {
            self.string()
        } else {
            Err(self.error("expected a string"))
        }
    }

    fn unsigned(&mut self) -> Result<u64, Error> {
        match self.number_here()? {
            Number::U(u) => Ok(u),
            _ => Err(self.error("expected an unsigned integer")),
        }
    }

    fn signed(&mut self) -> Result<i64, Error> {
        match self.number_here()? {
            Number::U(u) => i64::try_from(u).map_err(|_| self.error("integer out of range")),
            Number::I(i) => Ok(i),
            Number::F(_) => Err(self.error("expected an integer")),
        }
    }

    fn float(&mut self) -> Result<f64, Error> {
        Ok(match self.number_here()? {
            Number::U(u) => u as f64,
            Number::I(i) => i as f64,
            Number::F(f) => f,
        })
    }

    fn number_here(&mut self) -> Result<Number, Error> {
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.error("expected a number")),
        }
    }

    fn boolean(&mut self) -> Result<bool, Error> {
        match self.peek() {
            Some(b't') => self.literal("true").map(|_| true),
            Some(b'f') => self.literal("false").map(|_| false),
            _ => Err(self.error("expected true or false")),
        }
    }

    fn null(&mut self) -> Result<(), Error> {
        self.peek();
        self.literal("null")
    }
}

impl<'de> Text<'de> {
    fn as_str(&self) -> &str {
        match self {
            Text::Borrowed(s) => s,
            Text::Owned(s) => s,
        }
    }
}

/// Each method calls the one visitor method its type expects, so a visitor's other
/// methods (and their error messages) are never instantiated; only `deserialize_any`
/// (internally tagged enums, numbers of any kind) dispatches on what comes.
impl<'de> de::Deserializer<'de> for &mut Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b'"') => match self.string()? {
                Text::Borrowed(s) => visitor.visit_borrowed_str(s),
                Text::Owned(s) => visitor.visit_string(s),
            },
            Some(b'[') => self.deserialize_seq(visitor),
            Some(b'{') => self.deserialize_map(visitor),
            Some(b'n') => {
                self.literal("null")?;
                visitor.visit_unit()
            }
            Some(b't' | b'f') => visitor.visit_bool(self.boolean()?),
            Some(b'-' | b'0'..=b'9') => match self.number()? {
                Number::U(u) => visitor.visit_u64(u),
                Number::I(i) => visitor.visit_i64(i),
                Number::F(f) => visitor.visit_f64(f),
            },
            _ => Err(self.error("expected a value")),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open_with(b'[')?;
        let mut items = Items {
            de: &mut *self,
            first: true,
            done: false,
        };
        let value = visitor.visit_seq(&mut items)?;
        let done = items.done;
        self.close(done, b']')?;
        Ok(value)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.open_with(b'{')?;
        let mut items = Items {
            de: &mut *self,
            first: true,
            done: false,
        };
        let value = visitor.visit_map(&mut items)?;
        let done = items.done;
        self.close(done, b'}')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.fields_in_order(fields, visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_str(self.text()?.as_str())
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_bool(self.boolean()?)
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_u64(self.unsigned()?)
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_u64(visitor)
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_i64(self.signed()?)
    }

    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_i64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_f64(self.float()?)
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.null()?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.peek() {
            Some(b'"') => {
                let name = self.string()?;
                visitor.visit_enum(IntoDeserializer::<Error>::into_deserializer(name.as_str()))
            }
            Some(b'{') => {
                self.open()?;
                let mut first = true;
                if !self.more(&mut first, b'}')? {
                    return Err(self.error("expected an enum variant"));
                }
                let value = visitor.visit_enum(Variant { de: self })?;
                self.close(false, b'}')?;
                Ok(value)
            }
            _ => Err(self.error("expected an enum")),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip()?;
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        i128 u128 bytes byte_buf
    }
}

#[cfg(test)]
pub(crate) mod tests;
