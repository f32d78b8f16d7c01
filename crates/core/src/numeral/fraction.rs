//! Fractions: X分之Y (三分之一, 16分之5, 五十万分之二十五) and W又X分之Y (三百五又三分之一).
//!
//! The exact parts go to [`Fraction`]; `value` is the quotient rounded half away from zero
//! to [`FRACTION_PLACES`] decimals, which is as many as [`Decimal`] keeps and more than any
//! report prints. Magnitudes are multiplied out on both sides (五十万分之 → 500000). A 分 not
//! followed by 之 and a number is left alone: 三分 (three points), 十分重要 (very).

use super::chars::{self, is_minus_word};
use super::{compound, Fraction, Numeral, FRACTION_PLACES};
use crate::decimal::Decimal;

/// After `分之` (spaces allowed around each part: `五 分之 一`, `二分 之一`): the position of
/// the numerator.
pub(crate) fn fen_zhi(text: &str, pos: usize) -> Option<usize> {
    let p = chars::skip_spaces(text, pos)?;
    let p = expect(text, p, &['分'])?;
    let p = chars::skip_spaces(text, p)?;
    let p = expect(text, p, &['之'])?;
    chars::skip_spaces(text, p)
}

fn expect(text: &str, pos: usize, any_of: &[char]) -> Option<usize> {
    let c = chars::char_at(text, pos).filter(|c| any_of.contains(c))?;
    Some(pos + c.len_utf8())
}

/// The numerator at `pos`: a plain number, possibly negative (负一百五十七), no approximation.
pub(crate) fn numerator(text: &str, pos: usize) -> Option<Numeral> {
    let c = chars::char_at(text, pos)?;
    let (negative, at) = if is_minus_word(c) {
        (true, pos + c.len_utf8())
    } else {
        (false, pos)
    };
    let mut n = Numeral::from(compound::read(text, at)?);
    if n.approx.is_some() || n.digit_sequence {
        return None;
    }
    if negative {
        n.value = n.value.neg();
    }
    Some(n)
}

/// Extends a number read at its start into a fraction when one follows it.
pub(crate) fn extend(text: &str, n: Numeral) -> Numeral {
    if n.approx.is_some() || n.vague || n.digit_sequence || n.per.is_some() {
        return n;
    }
    // Neither 分 (X分之Y) nor 又 (W又X分之Y) after the number and its spaces: no fraction.
    // Almost every number; both readers below would look again.
    let next = chars::skip_spaces(text, n.end).and_then(|p| chars::char_at(text, p));
    if !matches!(next, Some('分' | '又')) {
        return n;
    }
    if let Some(f) = simple(text, &n) {
        return f;
    }
    mixed(text, &n).unwrap_or(n)
}

/// X分之Y with X already read.
fn simple(text: &str, denominator: &Numeral) -> Option<Numeral> {
    let p = fen_zhi(text, denominator.end)?;
    let y = numerator(text, p)?;
    make(y.end, y.total(), denominator.total(), None, false)
}

/// W又X分之Y with W already read.
fn mixed(text: &str, whole: &Numeral) -> Option<Numeral> {
    let p = chars::skip_spaces(text, whole.end)?;
    let p = expect(text, p, &['又'])?;
    let p = chars::skip_spaces(text, p)?;
    let x = Numeral::from(compound::read(text, p)?);
    if x.approx.is_some() || x.digit_sequence {
        return None;
    }
    let q = fen_zhi(text, x.end)?;
    let y = numerator(text, q)?;
    make(y.end, y.total(), x.total(), Some(whole.total()), false)
}

/// A fraction numeral from its parts; `None` for a zero denominator.
pub(crate) fn make(
    end: usize,
    numerator: Decimal,
    denominator: Decimal,
    whole: Option<Decimal>,
    prefix: bool,
) -> Option<Numeral> {
    let quotient = numerator.div_rounded(&denominator, FRACTION_PLACES)?;
    let value = match whole {
        Some(w) => w.add(&quotient),
        None => quotient,
    };
    let mut n = Numeral::plain(end, value);
    n.chinese = true;
    n.fraction = Some(Fraction {
        numerator,
        denominator,
        whole,
        prefix,
    });
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::super::read;

    fn f(text: &str) -> Option<(String, String, String, &str)> {
        let n = read(text, 0)?;
        let fr = n.fraction?;
        Some((
            n.value.to_string(),
            fr.numerator.to_string(),
            fr.denominator.to_string(),
            &text[n.end..],
        ))
    }

    #[test]
    fn chinese_and_arabic_fractions() {
        assert_eq!(
            f("三分之一的案件"),
            Some(("0.333333333333".into(), "1".into(), "3".into(), "的案件"))
        );
        assert_eq!(
            f("二分之一"),
            Some(("0.5".into(), "1".into(), "2".into(), ""))
        );
        assert_eq!(
            f("16分之5"),
            Some(("0.3125".into(), "5".into(), "16".into(), ""))
        );
        assert_eq!(
            f("二十五分之一千零拾肆"),
            Some(("40.56".into(), "1014".into(), "25".into(), ""))
        );
        assert_eq!(
            f("五 分之 一"),
            Some(("0.2".into(), "1".into(), "5".into(), ""))
        );
    }

    #[test]
    fn magnitudes_are_multiplied_out_in_fractions() {
        let n = read("一百万又五十万分之二十五", 0).unwrap();
        assert_eq!(n.value.to_string(), "1000000.00005");
        let fr = n.fraction.unwrap();
        assert_eq!(fr.denominator.to_string(), "500000");
        assert_eq!(fr.whole.unwrap().to_string(), "1000000");
    }

    #[test]
    fn mixed_and_negative_fractions() {
        assert_eq!(
            read("三百五又三分之一", 0).unwrap().value.to_string(),
            "350.333333333333"
        );
        assert_eq!(read("负一又二分之一", 0).unwrap().value.to_string(), "-1.5");
        assert_eq!(
            read("负３分之负一百五十七", 0).unwrap().value.to_string(),
            "52.333333333333"
        );
    }

    #[test]
    fn fen_without_a_numerator_is_not_a_fraction() {
        let n = read("二分之。", 0).unwrap();
        assert_eq!((n.value.to_string(), n.end), ("2".into(), "二".len()));
        assert!(n.fraction.is_none());
        let n = read("十分重要", 0).unwrap();
        assert_eq!(n.value.to_string(), "10");
        assert_eq!(read("三分", 0).unwrap().end, "三".len());
    }

    #[test]
    fn a_zero_denominator_is_no_fraction() {
        let n = read("零分之一", 0).unwrap();
        assert!(n.fraction.is_none());
        assert_eq!(n.end, "零".len());
    }
}
