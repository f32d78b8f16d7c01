//! Vague numbers: 数十 / 数百 / 数千 / 数万, 几十 / 几百 / 几千 / 几万, 上百 / 上千 / 上万 / 上亿.
//!
//! They name an order of magnitude, not a count, but reports use them as quantities
//! (`培训数百人次`, `惠及上万群众`). Each reads as the round number it names, in the same
//! shape as an exact number: 数十 = 10, 几百 = 100, 数千 = 1000; a 万/亿 is a magnitude
//! (数万 = 1 + 万, 上亿 = 1 + 亿, 数十万 = 10 + 万, 上百万 = 100 + 万). All get
//! `approx = Ji` ("some") and `vague = true`, so the metrics stage can tell them from 十几.

use super::chars::{self, Kind};
use super::{Approx, Magnitude, Numeral};
use crate::decimal::Decimal;

/// The characters that may start a vague number: 数 / 數 / 几 / 幾 / 上 (the metrics stage's scan
/// for a number's first character is built from this list).
pub(crate) const STARTS: &[char] = &['数', '數', '几', '幾', '上'];

/// Whether `c` may start a vague number ([`STARTS`]).
pub(crate) fn starts(c: char) -> bool {
    STARTS.contains(&c)
}

/// Reads the vague number starting at `at`, if it is one.
pub(crate) fn read(text: &str, at: usize) -> Option<Numeral> {
    let lead = chars::char_at(text, at)?;
    let scale_at = at + lead.len_utf8();
    let scale = chars::char_at(text, scale_at)?;
    let after = scale_at + scale.len_utf8();
    let shang = lead == '上';
    let mut n = match chars::kind(scale)? {
        // 上十 is not said; 数十, 几十 are.
        Kind::Small(p) if p >= 2 || !shang => {
            Numeral::plain(after, Decimal::from_int(1).shift(p as u32))
        }
        Kind::Big(p @ (4 | 8)) => {
            let mut n = Numeral::plain(after, Decimal::from_int(1));
            n.magnitude = Some(Magnitude::wan_or_yi(p));
            n.magnitude_at = Some(scale_at);
            n
        }
        _ => return None,
    };
    if n.magnitude.is_none() {
        // 数十万, 几百亿, 上千万.
        if let Some(c) = chars::char_at(text, after) {
            if let Some(Kind::Big(p @ (4 | 8))) = chars::kind(c) {
                n.magnitude = Some(Magnitude::wan_or_yi(p));
                n.magnitude_at = Some(after);
                n.end = after + c.len_utf8();
            }
        }
    }
    n.approx = Some(Approx::Ji);
    n.vague = true;
    n.chinese = true;
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Option<(String, Option<&'static str>, &str)> {
        read(text, 0).map(|n| {
            (
                n.value.to_string(),
                n.magnitude.map(|m| m.text),
                &text[n.end..],
            )
        })
    }

    #[test]
    fn vague_numbers_read_as_the_round_number_they_name() {
        assert_eq!(v("数十人"), Some(("10".into(), None, "人")));
        assert_eq!(v("几百家"), Some(("100".into(), None, "家")));
        assert_eq!(v("上千人次"), Some(("1000".into(), None, "人次")));
        assert_eq!(v("上万群众"), Some(("1".into(), Some("万"), "群众")));
        assert_eq!(v("数十万元"), Some(("10".into(), Some("万"), "元")));
        assert_eq!(v("上百万"), Some(("100".into(), Some("万"), "")));
        let n = read("数百", 0).unwrap();
        assert_eq!((n.approx, n.vague), (Some(Approx::Ji), true));
    }

    #[test]
    fn words_that_only_start_like_vague_numbers_are_not_read() {
        assert_eq!(v("数据"), None);
        assert_eq!(v("上级"), None);
        assert_eq!(v("上十"), None);
        assert_eq!(v("几个"), None);
        assert_eq!(v("数"), None);
    }
}
