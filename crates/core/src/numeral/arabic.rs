//! Arabic numbers: `163`, `23.07`, `1,234`, `1,100.9`, full-width `１２３．５`.
//!
//! Two traps in report text decide the rules here:
//! - An ASCII comma is often a Chinese comma that lost its width (`办结51件,`, `建议53,办理`,
//!   `5,18`), so a comma is a thousands separator only in a well-formed group chain: a head of
//!   1–3 digits, then groups of exactly three digits. If any comma followed by digits breaks
//!   the pattern, no comma in the run is a separator (`1,200,35` is a list, not 1200 and 35).
//!   A full-width `，` counts only between full-width digits (`４，５６５`).
//! - A point is a decimal point only when a digit follows (`1.加强` is a heading marker,
//!   a final `。`/`.` ends a sentence), and a dotted chain such as `2023.12.01` or `3.1.2` is
//!   a date or a section number, so only its first part is read.

use super::chars::{arabic_digit, char_at, is_arabic_point};
use crate::decimal::Decimal;

/// Longest run of thousands groups we look ahead through: past 10²¹ a comma chain is a list
/// of numbers, and the bound keeps the lookahead constant.
const MAX_GROUPS: usize = 6;

/// Most fraction digits kept (the rest are cut, as [`Decimal`] keeps no more).
const MAX_FRACTION_DIGITS: u32 = 12;

/// An Arabic number read at a position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Arabic {
    pub value: Decimal,
    pub end: usize,
    /// Digits before the point (separators not counted): `1,234.5` → 4.
    pub int_digits: u32,
    /// Written with a decimal point.
    pub point: bool,
    /// Written with thousands separators.
    pub grouped: bool,
}

/// Reads the Arabic number starting exactly at `at`: digits, or a point followed by digits
/// (`.5`). `None` when no digit starts there.
pub(crate) fn read(text: &str, at: usize) -> Option<Arabic> {
    let s = text.get(at..)?;
    if let Some(a) = read_plain(s.as_bytes()) {
        return Some(Arabic {
            end: at + a.end,
            ..a
        });
    }
    read_general(s, at)
}

/// The common case of [`read`], from the bytes (`end` relative to `s`): ASCII digits (at most
/// 18, so the value fits a `u64`), perhaps a `.` and 1 to 12 ASCII digits, ended by a byte that
/// no reading goes on with — not a comma, a point or a digit, nor the full-width `，` `．` `０`–`９`
/// (EF BC 8C, 8E, 90–99). `None` sends every other case to [`read_general`], which reads the
/// same numbers character by character with its separators' rules, at several times the cost
/// (asked of every number of a report).
fn read_plain(s: &[u8]) -> Option<Arabic> {
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let ends = |at: usize| match s.get(at..).unwrap_or_default() {
        [b',' | b'.', ..] => false,
        [b, ..] if b.is_ascii_digit() => false,
        [0xEF, 0xBC, 0x8C | 0x8E | 0x90..=0x99, ..] => false,
        _ => true,
    };
    let int = digits(0);
    if !(1..=18).contains(&int) {
        return None;
    }
    let mut mantissa = s[..int]
        .iter()
        .fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
    let (end, scale) = match s.get(int) {
        Some(b'.') => {
            let fraction = digits(int + 1);
            if !(1..=12).contains(&fraction) {
                return None;
            }
            let end = int + 1 + fraction;
            for b in &s[int + 1..end] {
                mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
            }
            (end, fraction as u32)
        }
        _ => (int, 0),
    };
    ends(end).then(|| Arabic {
        value: Decimal::new(i128::from(mantissa), scale),
        end,
        int_digits: int as u32,
        point: scale > 0,
        grouped: false,
    })
}

/// [`read`] character by character: every form of Arabic number, its separators' rules and
/// full-width digits.
fn read_general(s: &str, at: usize) -> Option<Arabic> {
    let mut acc = Accumulator::default();
    let mut pos = 0;
    let mut last_full_width = false;

    // Integer digits.
    for c in s.chars() {
        let Some((d, fw)) = arabic_digit(c) else {
            break;
        };
        acc.push_int(d);
        last_full_width = fw;
        pos += c.len_utf8();
    }
    let head_digits = acc.int_digits;

    // Thousands groups, only when the whole chain is well formed.
    let mut grouped = false;
    if (1..=3).contains(&head_digits) {
        if let Some((groups_end, values)) = group_chain(s, pos, last_full_width) {
            for v in values.iter().flatten() {
                acc.push_group(*v);
            }
            grouped = groups_end != pos;
            pos = groups_end;
        }
    }

    // Fraction digits after a decimal point, unless the number is a dotted chain.
    let mut point = false;
    if let Some(c) = char_at(s, pos) {
        if is_arabic_point(c) {
            let digits_at = pos + c.len_utf8();
            let digits: usize = s[digits_at..]
                .chars()
                .take_while(|&d| arabic_digit(d).is_some())
                .map(char::len_utf8)
                .sum();
            let after = digits_at + digits;
            let dotted = char_at(s, after)
                .filter(|&p| is_arabic_point(p))
                .is_some_and(|p| {
                    char_at(s, after + p.len_utf8()).is_some_and(|d| arabic_digit(d).is_some())
                });
            if digits > 0 && !(dotted && head_digits > 0) {
                for d in s[digits_at..after].chars().filter_map(arabic_digit) {
                    acc.push_fraction(d.0);
                }
                point = true;
                pos = after;
            }
        }
    }

    if acc.int_digits == 0 && !point {
        return None;
    }
    Some(Arabic {
        value: Decimal::new(acc.mantissa, acc.scale),
        end: at + pos,
        int_digits: acc.int_digits,
        point,
        grouped,
    })
}

/// Digits gathered so far, as an exact mantissa and scale.
#[derive(Default)]
struct Accumulator {
    mantissa: i128,
    scale: u32,
    int_digits: u32,
}

impl Accumulator {
    fn push_int(&mut self, d: u8) {
        self.mantissa = self.mantissa.saturating_mul(10).saturating_add(d as i128);
        self.int_digits = self.int_digits.saturating_add(1);
    }

    fn push_group(&mut self, group: u16) {
        self.mantissa = self
            .mantissa
            .saturating_mul(1000)
            .saturating_add(group as i128);
        self.int_digits = self.int_digits.saturating_add(3);
    }

    fn push_fraction(&mut self, d: u8) {
        if self.scale < MAX_FRACTION_DIGITS {
            self.mantissa = self.mantissa.saturating_mul(10).saturating_add(d as i128);
            self.scale += 1;
        }
    }
}

/// The groups `,ddd,ddd…` starting at `pos` (just after the head digits), if the chain is
/// well formed: returns where it ends and the group values. A comma not followed by a digit
/// simply ends the chain (`53,办理`); a comma followed by anything but exactly three digits
/// spoils it (`5,18`, `1,200,35`): then `None`, and the head is the whole number.
fn group_chain(
    s: &str,
    pos: usize,
    head_full_width: bool,
) -> Option<(usize, [Option<u16>; MAX_GROUPS])> {
    let mut values = [None; MAX_GROUPS];
    let mut p = pos;
    let mut full_width = head_full_width;
    for slot in values.iter_mut() {
        let Some(comma) = char_at(s, p) else { break };
        let comma_ok = comma == ',' || (comma == '，' && full_width);
        if !comma_ok {
            break;
        }
        let digits_at = p + comma.len_utf8();
        let mut q = digits_at;
        let mut value: u16 = 0;
        let mut n = 0;
        let mut all_full_width = true;
        for c in s[digits_at..].chars() {
            let Some((d, fw)) = arabic_digit(c) else {
                break;
            };
            n += 1;
            if n > 3 {
                break;
            }
            value = value * 10 + d as u16;
            all_full_width &= fw;
            q += c.len_utf8();
        }
        match n {
            0 => break,
            3 => {}
            _ => return None,
        }
        if comma == '，' && !all_full_width {
            return None;
        }
        full_width = all_full_width;
        *slot = Some(value);
        p = q;
    }
    // A chain longer than we look through is a list of numbers, not one number.
    if let Some(comma) = char_at(s, p).filter(|&c| c == ',' || c == '，') {
        let next = char_at(s, p + comma.len_utf8());
        if values[MAX_GROUPS - 1].is_some() && next.is_some_and(|c| arabic_digit(c).is_some()) {
            return None;
        }
    }
    Some((p, values))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte reading answers as the general one (or leaves the number to it) from every
    /// character of the seeds and of numbers with every kind of separator, point and digit
    /// after them.
    #[test]
    fn the_plain_reading_is_the_general_one() {
        let mut texts = crate::test_seeds::seed_texts();
        for s in [
            "163件",
            "23.07%",
            "1,234人",
            "1,200,35",
            "12３",
            "１２",
            "1.5.3",
            "2023.12.01",
            "3.",
            "1.加强",
            ".5",
            "12．5",
            "12，345",
            "４，５６５",
            "5,18",
            "53,办理",
            "0.1234567890123",
            "0.123456789012",
            "123456789012345678",
            "1234567890123456789",
            "99999999999999999.999999999999",
            "7",
            "7.",
            "7.a",
            "7.0",
            "7.08%",
            "12 万",
            "3|4",
            "5\t",
            "6\n",
            "8é",
            "9😀",
        ] {
            texts.push(s.to_string());
            texts.push(format!("共{s}"));
        }
        let mut plain = 0;
        for t in &texts {
            for (i, _) in t.char_indices() {
                let general = read_general(&t[i..], i);
                // (Debug: the same mantissa and scale, not only the same value.)
                if let Some(a) = read_plain(&t.as_bytes()[i..]) {
                    let a = Some(Arabic {
                        end: i + a.end,
                        ..a
                    });
                    assert_eq!(format!("{a:?}"), format!("{general:?}"), "{:?}", &t[i..]);
                    plain += 1;
                }
                let full = read(t, i);
                assert_eq!(format!("{full:?}"), format!("{general:?}"), "{:?}", &t[i..]);
            }
        }
        assert!(plain > 2_000, "{plain}");
    }

    fn r(text: &str) -> Option<(String, &str)> {
        read(text, 0).map(|a| (a.value.to_string(), &text[a.end..]))
    }

    #[test]
    fn reads_integers_and_decimals_from_reports() {
        assert_eq!(r("163件"), Some(("163".into(), "件")));
        assert_eq!(r("23.07亿元"), Some(("23.07".into(), "亿元")));
        assert_eq!(r("5633243.28万元"), Some(("5633243.28".into(), "万元")));
        assert_eq!(r("98.20%"), Some(("98.20".into(), "%")));
    }

    #[test]
    fn full_width_digits_and_points() {
        assert_eq!(r("１２３件"), Some(("123".into(), "件")));
        assert_eq!(r("２．２亿"), Some(("2.2".into(), "亿")));
        assert_eq!(r("１１.92亿"), Some(("11.92".into(), "亿")));
    }

    #[test]
    fn thousands_separators_only_in_well_formed_chains() {
        assert_eq!(r("1,234件"), Some(("1234".into(), "件")));
        assert_eq!(r("1,100.9亿"), Some(("1100.9".into(), "亿")));
        assert_eq!(r("1,050,000,000"), Some(("1050000000".into(), "")));
        assert_eq!(r("４，５６５"), Some(("4565".into(), "")));
    }

    #[test]
    fn a_comma_that_is_really_a_chinese_comma_ends_the_number() {
        assert_eq!(r("51件,"), Some(("51".into(), "件,")));
        assert_eq!(r("53,办理"), Some(("53".into(), ",办理")));
        assert_eq!(r("5,18"), Some(("5".into(), ",18")));
        assert_eq!(r("1,200,35件"), Some(("1".into(), ",200,35件")));
        assert_eq!(r("1234,567"), Some(("1234".into(), ",567")));
        assert_eq!(r("1, 234"), Some(("1".into(), ", 234")));
        assert_eq!(r("20，300"), Some(("20".into(), "，300")));
        assert_eq!(r("1,2345"), Some(("1".into(), ",2345")));
    }

    #[test]
    fn a_point_that_ends_a_sentence_or_marks_a_heading_is_left_alone() {
        assert_eq!(r("1.加强"), Some(("1".into(), ".加强")));
        assert_eq!(r("5."), Some(("5".into(), ".")));
        assert_eq!(r("5。"), Some(("5".into(), "。")));
    }

    #[test]
    fn dotted_chains_read_only_their_first_part() {
        assert_eq!(r("2023.12.01"), Some(("2023".into(), ".12.01")));
        assert_eq!(r("3.1.2"), Some(("3".into(), ".1.2")));
    }

    #[test]
    fn a_leading_point_reads_a_fraction() {
        assert_eq!(r(".5"), Some(("0.5".into(), "")));
        assert_eq!(r(".23456000"), Some(("0.23456000".into(), "")));
        assert_eq!(r(".x"), None);
        assert_eq!(r("x"), None);
    }

    #[test]
    fn very_long_runs_saturate_instead_of_overflowing() {
        let long = "9".repeat(200);
        assert!(read(&long, 0).is_some());
        let frac = format!("1.{}", "3".repeat(50));
        assert_eq!(read(&frac, 0).unwrap().end, frac.len());
    }
}
