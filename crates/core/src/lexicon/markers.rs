//! Heading markers of GB/T 9704: `一、` `（一）` `1.` `（1）`, and `一是` points.
//!
//! Works on cleaned text, where full-width brackets and digits are already ASCII, so `（一）`
//! and `(一)` look the same here.

use crate::text::small_chinese_number;

/// Longest title, in characters, of a heading whose marker is [`spaced_dun`].
pub const MAX_SPACED_TITLE_CHARS: usize = 30;

/// The characters of the ordinals markers write (一 … 十, as in 二十三、): a match the compiler
/// turns into a few comparisons, where a scan of a string of them decoded each in turn (asked
/// of every line and every label).
fn is_ordinal_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// A marker at the start of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    pub level: u8,
    /// The ordinal the marker writes (四、 → 4).
    pub number: u32,
    /// Byte length of the marker, trailing spaces included.
    pub len: usize,
}

/// Reads a heading marker at the start of `line` (leading spaces allowed).
pub fn parse_marker(line: &str) -> Option<Marker> {
    let lead = line.len() - line.trim_start().len();
    let s = &line[lead..];
    let m = chinese_dun(s)
        .or_else(|| bracketed(s))
        .or_else(|| arabic_dot(s))?;
    let rest = &s[m.len..];
    let spaces = rest.len() - rest.trim_start().len();
    // A marker needs some text after it.
    if rest.trim().is_empty() {
        return None;
    }
    Some(Marker {
        len: lead + m.len + spaces,
        ..m
    })
}

/// `一、` … `二十三、`
fn chinese_dun(s: &str) -> Option<Marker> {
    let digits_end = s.find(|c: char| !is_ordinal_digit(c))?;
    // A stray space before the 顿号 (一 、) is a typing slip, not another construction.
    let spaces = s[digits_end..].len() - s[digits_end..].trim_start_matches(' ').len();
    let rest = &s[digits_end + spaces..];
    let sep = spaces
        + if rest.starts_with('、') {
            '、'.len_utf8()
        } else if spaces > 0 {
            return None;
        } else if rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
            // 一. is a common typing variant of 一、
            1
        } else {
            return None;
        };
    let number = small_chinese_number(&s[..digits_end])?;
    Some(Marker {
        level: 1,
        number,
        len: digits_end + sep,
    })
}

/// `一 主要工作开展情况`: a Chinese numeral and a space instead of the 顿号, as typed in some
/// Word files. Weaker than `一、` (一 may start a sentence), so the caller only takes it for a
/// line that is a heading on its own.
pub fn spaced_dun(line: &str) -> Option<Marker> {
    let s = line.trim_start();
    let lead = line.len() - s.len();
    let digits_end = s.find(|c: char| !is_ordinal_digit(c))?;
    let rest = &s[digits_end..];
    let title = rest.trim_start_matches(' ');
    let spaces = rest.len() - title.len();
    if digits_end == 0 || spaces == 0 || !title.starts_with(crate::text::is_cjk) {
        return None;
    }
    Some(Marker {
        level: 1,
        number: small_chinese_number(&s[..digits_end])?,
        len: lead + digits_end + spaces,
    })
}

/// `(一)` (level 2) and `(1)` (level 4).
fn bracketed(s: &str) -> Option<Marker> {
    let inner = s.strip_prefix('(')?;
    let close = inner.find(')')?;
    let num = &inner[..close];
    let len = 1 + close + 1;
    if let Some(n) = small_chinese_number(num) {
        return Some(Marker {
            level: 2,
            number: n,
            len,
        });
    }
    if (1..=2).contains(&num.len()) && num.bytes().all(|b| b.is_ascii_digit()) {
        let n: u32 = num.parse().ok()?;
        return (n > 0).then_some(Marker {
            level: 4,
            number: n,
            len,
        });
    }
    None
}

/// `1.` `1、` (level 3); not `1.5万`, `2023年`, `12345`.
fn arabic_dot(s: &str) -> Option<Marker> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &s[digits..];
    let sep = if rest.starts_with('、') {
        '、'.len_utf8()
    } else if rest.starts_with('.') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()) {
        1
    } else {
        return None;
    };
    let n: u32 = s[..digits].parse().ok()?;
    (n > 0).then_some(Marker {
        level: 3,
        number: n,
        len: digits + sep,
    })
}

/// A `一是`/`二是` point marker at byte `at`: its ordinal and byte length.
pub fn point_marker(s: &str) -> Option<(u32, usize)> {
    let digits_end = s.find(|c: char| !is_ordinal_digit(c))?;
    if digits_end == 0 || !s[digits_end..].starts_with('是') {
        return None;
    }
    let n = small_chinese_number(&s[..digits_end])?;
    Some((n, digits_end + '是'.len_utf8()))
}

/// The marker text for a level and number, in the GB/T 9704 form (`四、`, `（二）`).
pub fn canonical_marker(level: u8, number: u32) -> String {
    let zh = crate::text::chinese_number(number);
    match level {
        1 => format!("{zh}、"),
        2 => format!("（{zh}）"),
        3 => format!("{number}."),
        _ => format!("（{number}）"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(s: &str) -> Option<(u8, u32)> {
        parse_marker(s).map(|m| (m.level, m.number))
    }

    #[test]
    fn the_four_levels() {
        assert_eq!(level("一、扎实开展示范创建活动"), Some((1, 1)));
        assert_eq!(level("十二、其他"), Some((1, 12)));
        assert_eq!(level("三 、依法化解矛盾纠纷"), Some((1, 3)));
        assert_eq!(level("(一)深入学习贯彻习近平法治思想情况"), Some((2, 1)));
        assert_eq!(level("(十四)加强党的领导"), Some((2, 14)));
        assert_eq!(level("3.深化行政审批制度改革"), Some((3, 3)));
        assert_eq!(level("3、深化行政审批制度改革"), Some((3, 3)));
        assert_eq!(level("(2)规范执法"), Some((4, 2)));
    }

    #[test]
    fn numbers_and_years_are_not_markers() {
        assert_eq!(level("2023年，柳州市司法局坚持"), None);
        assert_eq!(level("1.5万人次参加"), None);
        assert_eq!(level("一是认真组织开展"), None);
        assert_eq!(level("(2021—2025年)"), None);
        assert_eq!(level("一、"), None);
        assert_eq!(level("一站式服务"), None);
    }

    #[test]
    fn points() {
        assert_eq!(point_marker("一是认真组织"), Some((1, 6)));
        assert_eq!(point_marker("十二是"), Some((12, 9)));
        assert_eq!(point_marker("是"), None);
        assert_eq!(point_marker("一直是"), None);
    }

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical_marker(1, 4), "四、");
        assert_eq!(canonical_marker(2, 11), "（十一）");
    }
}
