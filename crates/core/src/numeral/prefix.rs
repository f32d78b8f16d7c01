//! Numbers led by a bare scale word: 百分之九十五, 千分之三, 万分之三, 百万分之五; 万余,
//! 亿余, 万多, 百余, 千余.
//!
//! A Chinese numeral otherwise starts with a digit or 十, so a bare 百/千/万/亿 reads only in
//! these shapes; `突破万次` (万 alone) and `百三` are not numbers here.
//! - 百分之X → `per = Cent`, value X (百分之百 = 100); 千分之X → `per = Mille`.
//! - Any other bare denominator (万分之, 百万分之, 千万分之, 万万分之) → a fraction with
//!   `prefix = true`: 万分之三 = 3/10000.
//! - 万余 / 亿余 / 万多 → value 1 with the magnitude; 百余 / 千余 → 100 / 1000 (they belong to the
//!   value), optionally followed by a magnitude (百余万 = 100 + 余 + 万).

use super::chars::{self, Kind, Word};
use super::fraction;
use super::{Approx, Magnitude, Numeral, Per};
use crate::decimal::Decimal;

/// Longest chain of bare scale characters read as one denominator (百万万分之).
const MAX_CHAIN: usize = 4;

/// A bare 百 / 千 / 万 / 亿 (any form) may lead one of these numbers.
pub(crate) fn starts(c: char) -> bool {
    matches!(chars::kind(c), Some(Kind::Small(2 | 3) | Kind::Big(4 | 8)))
}

pub(crate) fn read(text: &str, at: usize) -> Option<Numeral> {
    // The chain of scale characters: 百, 千, 万, 百万, 千万, 万万, 百万万.
    let mut pos = at;
    let mut power = 0u32;
    let mut count = 0;
    let mut first = None;
    while count < MAX_CHAIN {
        let Some(c) = chars::char_at(text, pos) else {
            break;
        };
        let p = match chars::kind(c) {
            Some(Kind::Small(p @ (2 | 3)) | Kind::Big(p @ (4 | 8))) => p,
            _ => break,
        };
        first.get_or_insert(chars::kind(c)?);
        power += p as u32;
        count += 1;
        pos += c.len_utf8();
    }
    let first = first?;
    if let Some(numerator_at) = fraction::fen_zhi(text, pos) {
        return per_or_fraction(text, numerator_at, power, count, first);
    }
    if count == 1 {
        return approximate(text, at, pos, first);
    }
    None
}

fn per_or_fraction(
    text: &str,
    at: usize,
    power: u32,
    count: usize,
    first: Kind,
) -> Option<Numeral> {
    let per = match (count, first) {
        (1, Kind::Small(2)) => Some(Per::Cent),
        (1, Kind::Small(3)) => Some(Per::Mille),
        _ => None,
    };
    let numerator = match fraction::numerator(text, at) {
        Some(n) => n,
        // 百分之百.
        None if per == Some(Per::Cent) => {
            let c = chars::char_at(text, at).filter(|&c| chars::kind(c) == Some(Kind::Small(2)))?;
            Numeral::plain(at + c.len_utf8(), Decimal::from_int(100))
        }
        None => return None,
    };
    match per {
        Some(per) => {
            let mut n = Numeral::plain(numerator.end, numerator.total());
            n.per = Some(per);
            n.approx = numerator.approx;
            n.chinese = true;
            Some(n)
        }
        None => {
            let denominator = Decimal::from_int(1).shift(power);
            fraction::make(numerator.end, numerator.total(), denominator, None, true)
        }
    }
}

/// 万余 / 亿余 / 万多 / 百余 / 千余 (+ 万 / 亿).
fn approximate(text: &str, at: usize, pos: usize, first: Kind) -> Option<Numeral> {
    let word = chars::char_at(text, pos)?;
    let approx = match chars::kind(word) {
        Some(Kind::Word(Word::Yu)) => Approx::Yu,
        Some(Kind::Word(Word::Duo)) => Approx::Duo,
        _ => return None,
    };
    let end = pos + word.len_utf8();
    if approx == Approx::Yu && chars::char_at(text, end) == Some('额') {
        return None;
    }
    let mut n = match first {
        Kind::Small(p) => Numeral::plain(end, Decimal::from_int(1).shift(p as u32)),
        Kind::Big(p) => {
            let mut n = Numeral::plain(end, Decimal::from_int(1));
            n.magnitude = Some(Magnitude::wan_or_yi(p));
            n.magnitude_at = Some(at);
            n
        }
        _ => return None,
    };
    if n.magnitude.is_none() {
        if let Some(c) = chars::char_at(text, end) {
            if let Some(Kind::Big(p @ (4 | 8))) = chars::kind(c) {
                n.magnitude = Some(Magnitude::wan_or_yi(p));
                n.magnitude_at = Some(end);
                n.end = end + c.len_utf8();
            }
        }
    }
    n.approx = Some(approx);
    n.chinese = true;
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::super::{read, Approx, Per};

    #[test]
    fn percent_and_per_mille_prefixes() {
        let n = read("合格率达到百分之九十五。", "合格率达到".len()).unwrap();
        assert_eq!((n.value.to_string(), n.per), ("95".into(), Some(Per::Cent)));
        assert_eq!(n.end, "合格率达到百分之九十五".len());
        let n = read("百分之6", 0).unwrap();
        assert_eq!((n.value.to_string(), n.per), ("6".into(), Some(Per::Cent)));
        let n = read("百分之三十五点五", 0).unwrap();
        assert_eq!(n.value.to_string(), "35.5");
        let n = read("千分之三", 0).unwrap();
        assert_eq!((n.value.to_string(), n.per), ("3".into(), Some(Per::Mille)));
        assert_eq!(read("百分之百", 0).unwrap().value.to_string(), "100");
        assert_eq!(read("百 分 之2.4", 0).unwrap().value.to_string(), "2.4");
    }

    #[test]
    fn negative_percent() {
        let n = read("负百分之四十", 0).unwrap();
        assert_eq!(
            (n.value.to_string(), n.per),
            ("-40".into(), Some(Per::Cent))
        );
    }

    #[test]
    fn other_bare_denominators_are_prefix_fractions() {
        let n = read("万分之三", 0).unwrap();
        let f = n.fraction.unwrap();
        assert_eq!(
            (n.value.to_string(), f.denominator.to_string(), f.prefix),
            ("0.0003".into(), "10000".into(), true)
        );
        assert_eq!(read("百万分之五", 0).unwrap().value.to_string(), "0.000005");
        assert_eq!(
            read("万万分之七", 0).unwrap().value.to_string(),
            "0.00000007"
        );
    }

    #[test]
    fn bare_scales_with_an_approximation_word() {
        let n = read("惠及群众万余人", "惠及群众".len()).unwrap();
        assert_eq!(
            (n.value.to_string(), n.magnitude.unwrap().text, n.approx),
            ("1".into(), "万", Some(Approx::Yu))
        );
        assert_eq!(n.end, "惠及群众万余".len());
        let n = read("百余人", 0).unwrap();
        assert_eq!(
            (n.value.to_string(), n.magnitude, n.approx),
            ("100".into(), None, Some(Approx::Yu))
        );
        let n = read("千余万元", 0).unwrap();
        assert_eq!(
            (n.value.to_string(), n.magnitude.unwrap().text),
            ("1000".into(), "万")
        );
        assert_eq!(read("万多", 0).unwrap().approx, Some(Approx::Duo));
    }

    #[test]
    fn bare_scales_alone_are_not_numbers() {
        assert!(read("突破万次", "突破".len()).is_none());
        assert!(read("百三", 0).is_none());
        assert!(read("万", 0).is_none());
        assert!(read("万万", 0).is_none());
        assert!(read("百姓", 0).is_none());
        assert!(read("万余额", 0).is_none());
        assert!(read("百分之二三十", 0).is_none());
    }
}
