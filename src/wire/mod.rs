//! What the worker sends the page to show: the selected report (the core's `Report`, read by the
//! worker from its contract line) and a comparison's view, in a compact positional encoding.
//!
//! Why not JSON: the page read the line with serde's derived readers, one per type of the
//! report tree, each with its field-name matching, missing-field and error paths, and with the
//! JSON reader's generic code instantiated for each (≈ 14 KB gzip of the first paint,
//! BENCHMARKS.md session 7). Here a struct is its fields one after the other, read by one
//! straight-line function; an enum is its variant's index; a string or list its length, then
//! its contents.
//!
//! **Kept in step with the core by the compiler.** Each type's writer and reader are made by
//! one macro line that names every field (`structs!`) or variant (`unit_enums!`): the writer
//! destructures the whole struct and matches every variant, the reader builds the struct, so
//! a field or variant the core adds fails to compile here until it is listed, and both sides
//! always use the same order. The bytes live only between the worker and the page of one
//! build (never stored), so there are no versions to keep.
//!
//! **Never panics on bad bytes.** A reader that meets anything it cannot read (the bytes end,
//! an unknown variant, a length longer than what is left, a string that is not UTF-8) marks
//! itself failed and goes on with empty values; [`decode`] then returns `None`.

mod compare;
mod report;

/// A value that goes over the wire: written by the worker, read by the page.
pub trait Wire: Sized {
    fn put(&self, w: &mut Writer);
    /// Reads one value; on bad input marks `r` failed and returns an empty value.
    fn get(r: &mut Reader) -> Self;
}

/// The bytes of `value`.
pub fn encode<T: Wire>(value: &T) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    value.put(&mut w);
    w.0
}

/// The value in `bytes`, or `None` when they are not exactly one `T`.
pub fn decode<T: Wire>(bytes: &[u8]) -> Option<T> {
    let mut r = Reader {
        bytes,
        at: 0,
        failed: false,
    };
    let value = T::get(&mut r);
    (!r.failed && r.at == bytes.len()).then_some(value)
}

pub struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// LEB128.
    fn unsigned(&mut self, mut n: u128) {
        loop {
            let b = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }

    /// Zigzag, then LEB128: small negative numbers stay short.
    fn signed(&mut self, n: i128) {
        self.unsigned(((n << 1) ^ (n >> 127)) as u128);
    }
}

pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    failed: bool,
}

impl Reader<'_> {
    fn fail(&mut self) {
        self.failed = true;
        self.at = self.bytes.len();
    }

    fn byte(&mut self) -> u8 {
        match self.bytes.get(self.at) {
            Some(&b) => {
                self.at += 1;
                b
            }
            None => {
                self.fail();
                0
            }
        }
    }

    fn unsigned(&mut self) -> u128 {
        let mut n = 0u128;
        for shift in (0..128).step_by(7) {
            let b = self.byte();
            n |= u128::from(b & 0x7f) << shift;
            if b < 0x80 {
                return n;
            }
        }
        self.fail();
        0
    }

    fn signed(&mut self) -> i128 {
        let n = self.unsigned();
        ((n >> 1) as i128) ^ -((n & 1) as i128)
    }

    /// A count of items that each take at least one byte: never more than the bytes left.
    fn len(&mut self) -> usize {
        let n = self.unsigned();
        if n > (self.bytes.len() - self.at) as u128 {
            self.fail();
            return 0;
        }
        n as usize
    }
}

impl Wire for u8 {
    fn put(&self, w: &mut Writer) {
        w.byte(*self);
    }
    fn get(r: &mut Reader) -> Self {
        r.byte()
    }
}

impl Wire for bool {
    fn put(&self, w: &mut Writer) {
        w.byte(u8::from(*self));
    }
    fn get(r: &mut Reader) -> Self {
        match r.byte() {
            0 => false,
            1 => true,
            _ => {
                r.fail();
                false
            }
        }
    }
}

/// Unsigned integers as LEB128, signed ones zigzagged; a value out of the type's range fails.
macro_rules! integers {
    ($($t:ty: $put:ident $get:ident $wide:ty),* $(,)?) => {$(
        impl Wire for $t {
            fn put(&self, w: &mut Writer) {
                w.$put(*self as $wide);
            }
            fn get(r: &mut Reader) -> Self {
                let n = r.$get();
                <$t>::try_from(n).unwrap_or_else(|_| {
                    r.fail();
                    0
                })
            }
        }
    )*};
}

integers!(
    u32: unsigned unsigned u128,
    usize: unsigned unsigned u128,
    i32: signed signed i128,
    i128: signed signed i128,
);

impl Wire for f64 {
    fn put(&self, w: &mut Writer) {
        w.0.extend_from_slice(&self.to_le_bytes());
    }
    fn get(r: &mut Reader) -> Self {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = r.byte();
        }
        f64::from_le_bytes(b)
    }
}

impl Wire for String {
    fn put(&self, w: &mut Writer) {
        w.unsigned(self.len() as u128);
        w.0.extend_from_slice(self.as_bytes());
    }
    fn get(r: &mut Reader) -> Self {
        let n = r.len();
        let bytes = &r.bytes[r.at..r.at + n];
        r.at += n;
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                r.fail();
                String::new()
            }
        }
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.byte(0),
            Some(v) => {
                w.byte(1);
                v.put(w);
            }
        }
    }
    fn get(r: &mut Reader) -> Self {
        bool::get(r).then(|| T::get(r))
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, w: &mut Writer) {
        w.unsigned(self.len() as u128);
        for v in self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Self {
        let n = r.len();
        (0..n).map(|_| T::get(r)).collect()
    }
}

/// A struct as its fields in the order listed, which must be all of them (see the module's
/// documentation).
macro_rules! structs {
    ($($t:ident { $($f:ident),* $(,)? })*) => {$(
        impl $crate::wire::Wire for $t {
            fn put(&self, w: &mut $crate::wire::Writer) {
                let $t { $($f),* } = self;
                $( $crate::wire::Wire::put($f, w); )*
            }
            fn get(r: &mut $crate::wire::Reader) -> Self {
                $t { $($f: $crate::wire::Wire::get(r)),* }
            }
        }
    )*};
}

/// An enum without fields as the index of its variant among those listed, which must be all of
/// them (see the module's documentation).
macro_rules! unit_enums {
    ($($t:ident { $($v:ident),+ $(,)? })*) => {$(
        impl $crate::wire::Wire for $t {
            fn put(&self, w: &mut $crate::wire::Writer) {
                // A variant the core adds fails to compile here.
                match self {
                    $($t::$v)|+ => {}
                }
                let index = [$($t::$v),+].iter().position(|v| v == self).unwrap_or(0);
                $crate::wire::Wire::put(&(index as u8), w);
            }
            fn get(r: &mut $crate::wire::Reader) -> Self {
                let all = [$($t::$v),+];
                let index = usize::from(<u8 as $crate::wire::Wire>::get(r));
                all.get(index).copied().unwrap_or_else(|| {
                    r.fail();
                    all[0]
                })
            }
        }
    )*};
}

pub(crate) use {structs, unit_enums};

#[cfg(test)]
mod tests {
    use super::*;

    fn again<T: Wire + PartialEq + std::fmt::Debug>(v: T) {
        assert_eq!(decode::<T>(&encode(&v)), Some(v));
    }

    #[test]
    fn primitives_come_back_as_they_went() {
        for n in [0u32, 1, 127, 128, 300, u32::MAX] {
            again(n);
        }
        for n in [0i32, -1, 1, -64, 64, i32::MIN, i32::MAX] {
            again(n);
        }
        for n in [0i128, -1, i128::MAX, i128::MIN, 230_700_000_000] {
            again(n);
        }
        again(usize::MAX);
        for x in [0.0f64, -0.5, 12.345, f64::MAX, f64::MIN_POSITIVE] {
            again(x);
        }
        again(String::from("纲目 <b>&amp;</b> 1,200件"));
        again(Some(vec![true, false]));
        again(None::<String>);
        again(vec![Some(1u8), None]);
    }

    #[test]
    fn bad_bytes_are_none_never_a_panic() {
        let bytes = encode(&vec![String::from("法治政府"), String::from("建设")]);
        for cut in 0..bytes.len() {
            assert_eq!(decode::<Vec<String>>(&bytes[..cut]), None, "cut at {cut}");
        }
        // Trailing bytes, a length past the end, a bool that is not 0/1, broken UTF-8.
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode::<Vec<String>>(&longer), None);
        assert_eq!(decode::<Vec<u8>>(&[0xff, 0xff, 0xff, 0xff, 0x0f]), None);
        assert_eq!(decode::<bool>(&[2]), None);
        assert_eq!(decode::<String>(&[2, 0xe6, 0xb3]), None);
        assert_eq!(decode::<u32>(&[0x80; 20]), None);
        assert_eq!(decode::<u32>(&encode(&(u32::MAX as usize + 1))), None);
    }
}
