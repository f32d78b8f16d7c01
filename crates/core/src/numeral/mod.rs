//! Numerals: Arabic, full-width, Chinese and mixed number expressions, parsed at a position.
//!
//! This module only reads numbers; deciding whether a number is a metric (and its unit,
//! qualifier and label) is the metrics stage's job. It works on cleaned text, where
//! full-width digits are already ASCII, but it accepts them anyway so it can be used alone.
//!
//! [`read`] reads the one numeral that starts exactly at a byte offset. Its parts:
//!
//! | file | reads |
//! |---|---|
//! | `arabic.rs` | `163`, `23.07`, `1,234`, `１２３` (and when a comma or point is not part of it) |
//! | `compound.rs` | the grammar of one number: 两千四百五, 一万零十二, 3万4000, 二〇二三, 三点五, 1500余, 两千三百余万 |
//! | `vague.rs` | 数十, 几百, 上万 |
//! | `prefix.rs` | numbers led by a bare scale: 百分之九十五, 千分之三, 万分之三, 万余, 百余 |
//! | `fraction.rs` | X分之Y and W又X分之Y |
//! | [`find`] (`find.rs`) | all numerals of a sentence, with the lone-digit rules (used by the conformance test) |
//! | [`typed`] (`typed.rs`) | a number or a year typed into a form field (a correction): the whole field, or a refusal with its reason |
//!
//! Conventions, so the metrics stage can rely on them:
//! - `value` is the number as written without its trailing magnitude word: `23.07亿` is 23.07
//!   with magnitude 亿; `两千万` is 2000 with 万 (千/百/十 belong to the value); a number with
//!   digits after its last scale word has no magnitude (`一万零十二`, `3万4000`).
//! - Approximation words are part of the numeral and reported in `approx`; the value is the
//!   round part as written (`1500余` = 1500, `十几` = 10, `两千三百余万` = 2300 + 万).
//! - Vague numbers (`数十`, `几百`, `上万`) read as the round value they name (10, 100, 1 + 万)
//!   with `approx = Ji` and `vague = true`.
//! - `百分之…` sets `per`; fractions set `fraction` and give a `value` rounded to 12 places.
//! - Trailing `%`, `‰`, units and `个百分点` are not read: they are units for the metrics stage.

mod arabic;
mod chars;
mod compound;
pub mod find;
mod fraction;
mod lex;
mod prefix;
pub mod typed;
mod vague;

pub(crate) use vague::STARTS as VAGUE_STARTS;

#[cfg(test)]
mod bench;
#[cfg(test)]
mod props;
#[cfg(test)]
mod tests;

pub use find::{find_all, Found, Marker};

use crate::decimal::Decimal;

/// A magnitude word written after a number and kept in the unit (`23.07亿元` → 23.07, 亿).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Magnitude {
    /// Canonical simplified form: `万`, `亿`, `万亿` (10¹²) or `万万` (10⁸). 千/百/十 before
    /// 万/亿 belong to the value (`2千万` → 2000, 万).
    pub text: &'static str,
    /// Power of ten it stands for (万 = 4).
    pub power: u32,
}

impl Magnitude {
    /// The 万 or 亿 written right after a number (`三万多`, `数亿`): the readers of vague and
    /// prefixed numbers keep it in the unit, as for digits.
    pub(crate) fn wan_or_yi(power: u8) -> Self {
        match power {
            4 => Magnitude {
                text: "万",
                power: 4,
            },
            _ => Magnitude {
                text: "亿",
                power: 8,
            },
        }
    }
}

/// An approximation word inside or right after a number (`1500余`, `十几`, `32亿余`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Approx {
    /// 余
    Yu,
    /// 多
    Duo,
    /// 几 / 来 (十几件, 二十来个), and the vague 数十 / 几百 / 上万.
    Ji,
}

/// A number read at a position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Numeral {
    /// Byte offset just past the numeral (past its magnitude and approximation words).
    pub end: usize,
    /// The value as written, magnitude excluded: `23.07亿` → 23.07; `两千三百余万` → 2300;
    /// `一万零十二` → 10012 (a compound with no trailing magnitude keeps its full value).
    /// Negative after 负; for a fraction, the quotient rounded to 12 decimal places.
    pub value: Decimal,
    pub magnitude: Option<Magnitude>,
    pub approx: Option<Approx>,
    /// Byte offset where the magnitude word starts, if any (for `32亿余条`: where 亿 is).
    pub magnitude_at: Option<usize>,
    /// True when written (at least partly) with Chinese digits, 十/百/千 or 点 (五, 两亿,
    /// 2千); a 万/亿 alone does not count (3万, 3万4000 are false).
    pub chinese: bool,
    /// `百分之…` / `千分之…` prefix: the value is in per cent / per mille.
    pub per: Option<Per>,
    /// A run of digit characters read as one number (二〇二三 = 2023, 一九九八): usually a
    /// year or a code, not a quantity.
    pub digit_sequence: bool,
    /// A vague number (数十, 几百, 上千, 上万): the value is the round number it names.
    pub vague: bool,
    /// `X分之Y` (三分之一), `W又X分之Y`, or a bare `万分之Y`: the exact parts.
    pub fraction: Option<Fraction>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Cent,
    Mille,
}

/// The exact parts of a fraction; [`Numeral::value`] holds its rounded value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fraction {
    /// Y in X分之Y, with its sign (负３分之负一百五十七 → -157).
    pub numerator: Decimal,
    /// X in X分之Y (magnitudes multiplied out: 五十万分之 → 500000).
    pub denominator: Decimal,
    /// W in W又X分之Y (三百五又三分之一 → 350).
    pub whole: Option<Decimal>,
    /// Written as a bare denominator with no leading number (万分之三, 百万分之五): a rate.
    pub prefix: bool,
}

impl Numeral {
    /// The value with its magnitude multiplied out, exactly (`23.07亿` → 2307000000).
    pub fn total(&self) -> Decimal {
        match self.magnitude {
            Some(m) => self.value.shift(m.power),
            None => self.value,
        }
    }

    fn plain(end: usize, value: Decimal) -> Self {
        Numeral {
            end,
            value,
            magnitude: None,
            approx: None,
            magnitude_at: None,
            chinese: false,
            per: None,
            digit_sequence: false,
            vague: false,
            fraction: None,
        }
    }
}

/// Decimal places kept in the value of a fraction (三分之一 → 0.333333333333).
pub const FRACTION_PLACES: u32 = 12;

/// Reads the numeral starting exactly at byte `at` of `text`, if one starts there.
///
/// Never panics: `at` off a char boundary or past the end gives `None`. Time is linear in
/// the length of the numeral (lookahead past it is bounded).
pub fn read(text: &str, at: usize) -> Option<Numeral> {
    let c = chars::char_at(text, at)?;
    if chars::is_minus_word(c) {
        let mut n = read_unsigned(text, at + c.len_utf8())?;
        n.value = n.value.neg();
        return Some(n);
    }
    read_unsigned(text, at)
}

fn read_unsigned(text: &str, at: usize) -> Option<Numeral> {
    if let Some(n) = plain_arabic(text, at) {
        return Some(n);
    }
    if let Some(n) = lone_chinese_digit(text, at) {
        return Some(n);
    }
    let c = chars::char_at(text, at)?;
    if prefix::starts(c) {
        return prefix::read(text, at);
    }
    if vague::starts(c) {
        return vague::read(text, at);
    }
    let n = compound::read(text, at).map(Numeral::from)?;
    Some(fraction::extend(text, n))
}

/// Most numbers of a report are plain Arabic ones (163件, 23.07%, 1,234人) followed by a word
/// the grammar cannot go on with: the number is then the Arabic number alone, read without the
/// general grammar ([`compound::read`] and [`fraction::extend`] give the same, token by token,
/// at about ten times the cost). `None` sends every other case to them: what follows is a
/// space, a digit, a point, a numeral character (十, 万, 点, 余, 多 …) or 分/又 of a fraction.
fn plain_arabic(text: &str, at: usize) -> Option<Numeral> {
    if !text.as_bytes().get(at)?.is_ascii_digit() {
        return None;
    }
    let a = arabic::read(text, at)?;
    let ends = match chars::char_at(text, a.end) {
        None => true,
        Some(c) if c.is_ascii() => {
            !(c.is_ascii_digit() || chars::is_arabic_point(c) || chars::is_space(c))
        }
        Some(c) => {
            chars::kind(c).is_none()
                && chars::arabic_digit(c).is_none()
                && !chars::is_arabic_point(c)
                && !chars::is_space(c)
                && !matches!(c, '分' | '又')
        }
    };
    ends.then(|| Numeral::plain(a.end, a.value))
}

/// A Chinese digit (一 … 九) that nothing of a numeral follows — 一是, 进一步, 三项, 统一 — is the
/// digit alone, read without the grammar: a quarter of the numerals the metrics stage reads are
/// such a 一, and [`compound::read`] with [`fraction::extend`] give the same at several times the
/// cost. `None` sends every other case to them: a financial digit (壹), or a digit followed by a
/// numeral character (十, 万, 两, 零, 点, 余 …), an Arabic digit or point, a space, or 分/又.
fn lone_chinese_digit(text: &str, at: usize) -> Option<Numeral> {
    let c = chars::char_at(text, at)?;
    let Some(chars::Kind::Digit {
        value,
        financial: false,
    }) = chars::kind(c)
    else {
        return None;
    };
    let end = at + c.len_utf8();
    let ends = match chars::char_at(text, end) {
        None => true,
        Some(next) => {
            chars::kind(next).is_none()
                && chars::arabic_digit(next).is_none()
                && !chars::is_arabic_point(next)
                && !chars::is_space(next)
                && !matches!(next, '分' | '又')
                && arabic::read(text, end).is_none()
        }
    };
    ends.then(|| Numeral {
        chinese: true,
        ..Numeral::plain(end, Decimal::from_int(i64::from(value)))
    })
}

impl From<compound::Compound> for Numeral {
    fn from(c: compound::Compound) -> Self {
        Numeral {
            magnitude: c.magnitude.map(|m| m.0),
            magnitude_at: c.magnitude.map(|m| m.1),
            approx: c.approx,
            chinese: c.chinese,
            digit_sequence: c.digit_sequence,
            ..Numeral::plain(c.end, c.value)
        }
    }
}

/// Whether `text` at `at` starts with two Chinese digits that touch (二〇二三, 一九, 〇五), which
/// every numeral read as a digit sequence ([`Numeral::digit_sequence`]) does: plain digits
/// (not financial ones, not 两) and zeros.
pub fn starts_digit_sequence(text: &str, at: usize) -> bool {
    use chars::Kind;
    let sequence_digit = |c| {
        matches!(
            chars::kind(c),
            Some(
                Kind::Digit {
                    financial: false,
                    ..
                } | Kind::Zero
            )
        )
    };
    let mut cs = text.get(at..).unwrap_or("").chars();
    cs.next().is_some_and(sequence_digit) && cs.next().is_some_and(sequence_digit)
}

/// True when a numeral may start with `c`: a cheap filter for scanners before [`read`].
/// (Digits, Chinese digits and scales, 负, and the first characters of 数十/几百/上万.)
pub fn may_start(c: char) -> bool {
    chars::arabic_digit(c).is_some()
        || chars::is_numeral_char(c)
        || chars::is_minus_word(c)
        || vague::starts(c)
}
