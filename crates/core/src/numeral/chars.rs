//! Which characters take part in numerals, and as what.
//!
//! One table for simplified, traditional and financial (大写) forms, so the grammar never
//! has to care how a digit was written. Full-width Arabic digits are here too: the clean
//! stage folds them, but the numeral reader must also work on raw text.

/// The role of one Chinese numeral character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// 一 … 九, and the financial 壹 … 玖 (`financial`, never read alone in running text).
    Digit { value: u8, financial: bool },
    /// 两 / 兩 / 俩 / 倆 = 2, but only as a multiplier or alone: after a scale it is the
    /// weight unit (`三斤二两`), never an abbreviated digit.
    Liang,
    /// 零 / 〇 / ○: a gap inside a compound (一千零五) or a digit in a sequence (二〇二三).
    Zero,
    /// 十 百 千 (拾 佰 仟): power of ten 1 ..= 3.
    Small(u8),
    /// 万 / 亿 / 兆: power of ten 4, 8, 12. A lone 兆 is only read inside a number (兆瓦 is a unit).
    Big(u8),
    /// 点 / 點: the decimal point of a Chinese numeral (三点五).
    Point,
    /// 余 / 多 / 几 / 来: approximation words.
    Word(Word),
}

/// Approximation words, before deciding which [`super::Approx`] they mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Word {
    Yu,
    Duo,
    Ji,
    Lai,
}

/// The role of `c` in a Chinese numeral, if it has one.
pub(crate) fn kind(c: char) -> Option<Kind> {
    let digit = |value, financial| Some(Kind::Digit { value, financial });
    match c {
        '一' => digit(1, false),
        '二' => digit(2, false),
        '三' => digit(3, false),
        '四' => digit(4, false),
        '五' => digit(5, false),
        '六' => digit(6, false),
        '七' => digit(7, false),
        '八' => digit(8, false),
        '九' => digit(9, false),
        '壹' => digit(1, true),
        '贰' | '貳' | '弍' => digit(2, true),
        '叁' | '參' | '叄' => digit(3, true),
        '肆' => digit(4, true),
        '伍' => digit(5, true),
        '陆' | '陸' => digit(6, true),
        '柒' => digit(7, true),
        '捌' => digit(8, true),
        '玖' => digit(9, true),
        '两' | '兩' | '俩' | '倆' => Some(Kind::Liang),
        '零' | '〇' | '○' => Some(Kind::Zero),
        '十' | '拾' => Some(Kind::Small(1)),
        '百' | '佰' => Some(Kind::Small(2)),
        '千' | '仟' => Some(Kind::Small(3)),
        '万' | '萬' => Some(Kind::Big(4)),
        '亿' | '億' => Some(Kind::Big(8)),
        '兆' => Some(Kind::Big(12)),
        '点' | '點' => Some(Kind::Point),
        '余' | '餘' => Some(Kind::Word(Word::Yu)),
        '多' => Some(Kind::Word(Word::Duo)),
        '几' | '幾' => Some(Kind::Word(Word::Ji)),
        '来' | '來' => Some(Kind::Word(Word::Lai)),
        _ => None,
    }
}

/// True for characters that are numerals by themselves: digits, 两, 零 and the scales.
/// (点 and the approximation words only mean something next to a number.)
pub(crate) fn is_numeral_char(c: char) -> bool {
    matches!(
        kind(c),
        Some(Kind::Digit { .. } | Kind::Liang | Kind::Zero | Kind::Small(_) | Kind::Big(_))
    )
}

/// An Arabic digit, ASCII or full-width: (value, full-width).
pub(crate) fn arabic_digit(c: char) -> Option<(u8, bool)> {
    match c {
        '0'..='9' => Some((c as u8 - b'0', false)),
        '０'..='９' => Some(((c as u32 - '０' as u32) as u8, true)),
        _ => None,
    }
}

/// A decimal point between Arabic digits: `.` or the full-width `．`.
pub(crate) fn is_arabic_point(c: char) -> bool {
    c == '.' || c == '．'
}

/// 负 / 負: the Chinese minus sign (负三十二, 负百分之四十).
pub(crate) fn is_minus_word(c: char) -> bool {
    c == '负' || c == '負'
}

/// Spaces that may separate the parts of one numeral (`一百 五 十 二`, `5 万元` from PDF
/// text). Line breaks never do.
pub(crate) fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{3000}'
}

/// At most this many spaces are skipped between the parts of a numeral; a longer gap
/// separates two things (table columns), and the bound keeps lookahead constant.
pub(crate) const MAX_SPACES: usize = 6;

/// The byte offset of the first non-space at or after `pos` (at most [`MAX_SPACES`]
/// spaces skipped), or `None` when the gap is longer.
pub(crate) fn skip_spaces(text: &str, pos: usize) -> Option<usize> {
    let mut p = pos;
    for (n, c) in text.get(pos..)?.chars().enumerate() {
        if !is_space(c) {
            return Some(p);
        }
        if n == MAX_SPACES {
            return None;
        }
        p += c.len_utf8();
    }
    Some(p)
}

/// The character starting at byte `pos`, if `pos` is a char boundary inside `text`.
pub(crate) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..)?.chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simplified_traditional_and_financial_forms_agree() {
        assert_eq!(kind('五'), kind('五'));
        assert_eq!(
            kind('伍'),
            Some(Kind::Digit {
                value: 5,
                financial: true
            })
        );
        assert_eq!(kind('萬'), kind('万'));
        assert_eq!(kind('兩'), Some(Kind::Liang));
        assert_eq!(kind('〇'), Some(Kind::Zero));
        assert_eq!(kind('拾'), Some(Kind::Small(1)));
        assert_eq!(kind('億'), Some(Kind::Big(8)));
        assert_eq!(kind('的'), None);
    }

    #[test]
    fn full_width_digits_are_arabic_digits() {
        assert_eq!(arabic_digit('７'), Some((7, true)));
        assert_eq!(arabic_digit('7'), Some((7, false)));
        assert_eq!(arabic_digit('七'), None);
    }

    #[test]
    fn long_gaps_are_not_skipped() {
        assert_eq!(skip_spaces("5 万", 1), Some(2));
        assert_eq!(skip_spaces("5万", 1), Some(1));
        assert_eq!(skip_spaces("5        万", 1), None);
        assert_eq!(skip_spaces("5", 7), None);
    }
}
