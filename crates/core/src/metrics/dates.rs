//! Dates and date ranges, read before anything is taken for a metric.
//!
//! `2023年`, `2023年10月`, `6月28日`, `2025年7月30日`, `1-11月`, `2016—2022年`, `2021-2025年`,
//! `2026-02-13`, `3月起至10月底`. The value is ISO-like: `2023`, `2023-10`, `--06-28`, ranges
//! joined with `/`.

// Words of the time of day (5日上午9时, 6日晚) and verbs of events (6日召开): `lexicon/dates.toml`.
use crate::lexicon::data::dates::{EVENT_VERBS, TIME_OF_DAY};

/// A date read at a position (cleaned text): its end and ISO-like value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateRead {
    pub end: usize,
    pub value: String,
}

fn digits(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

/// An Arabic number of 1–4 digits at the start of `s`: (value, length).
fn num(s: &str) -> Option<(u32, usize)> {
    let n = digits(s);
    if n == 0 || n > 4 {
        return None;
    }
    Some((s[..n].parse().ok()?, n))
}

/// `prefix` and the numbers zero-padded to their widths, joined by `-`: `iso("", &[(2024, 4),
/// (3, 2)])` is `2024-03` (`format!("{a:04}-{m:02}")`, without the formatting machinery: every
/// date of a report is written this way).
fn iso(prefix: &str, parts: &[(u32, usize)]) -> String {
    let mut out = String::with_capacity(prefix.len() + 11);
    out.push_str(prefix);
    for (k, &(n, width)) in parts.iter().enumerate() {
        if k > 0 {
            out.push('-');
        }
        let mut digits = [0u8; 10];
        let mut len = 0;
        let mut rest = n;
        loop {
            digits[len] = b'0' + (rest % 10) as u8;
            len += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        for _ in len..width {
            out.push('0');
        }
        for &d in digits[..len].iter().rev() {
            out.push(char::from(d));
        }
    }
    out
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '~' | '～' | '至' | '到' | '－')
}

/// Skips a dash (one or two chars, e.g. `——`) at the start: its byte length.
fn dash_len(s: &str) -> usize {
    let mut len = 0;
    for c in s.chars().take(2) {
        if is_dash(c) && (len == 0 || c == '—') {
            len += c.len_utf8();
        } else {
            break;
        }
    }
    len
}

/// A day of the month written without its month, before a time of day or the verb of an event
/// (5日上午9时, 6日在…会议上说, 22日召开), and an hour after a time of day (上午9时): dates and
/// times, not counts of days or hours.
fn day_or_clock(text: &str, at: usize) -> Option<DateRead> {
    let s = text.get(at..)?;
    let (n, len) = num(s)?;
    if !text[..at].ends_with(|c: char| !c.is_ascii_digit() && c != '.') && at > 0 {
        return None;
    }
    let after = &s[len..];
    if let Some(rest) = after.strip_prefix(['日', '号']) {
        let event = TIME_OF_DAY
            .iter()
            .chain(EVENT_VERBS)
            .any(|w| rest.starts_with(w));
        if (1..=31).contains(&n) && event {
            return Some(DateRead {
                end: at + len + '日'.len_utf8(),
                value: format!("---{n:02}"),
            });
        }
    }
    let after_time_word = TIME_OF_DAY.iter().any(|w| text[..at].ends_with(w));
    if after_time_word && n <= 24 && after.starts_with(['时', '点']) {
        let mut end = at + len + '时'.len_utf8();
        let mut value = format!("T{n:02}");
        if let Some((m, lm)) = num(&text[end..]).filter(|&(m, _)| m < 60) {
            if text[end + lm..].starts_with('分') {
                end += lm + '分'.len_utf8();
                value.push_str(&format!(":{m:02}"));
            }
        }
        return Some(DateRead { end, value });
    }
    None
}

/// Times of day and quarters, which are not quantities: `8时30分`, `9点`, `3季度`, `第4季度`.
fn time_or_quarter(s: &str) -> Option<(usize, String)> {
    let (n, len) = num(s)?;
    let after = &s[len..];
    if let Some(rest) = after.strip_prefix("季度") {
        let _ = rest;
        return (1..=4)
            .contains(&n)
            .then(|| (len + "季度".len(), format!("Q{n}")));
    }
    let unit = ["时", "点"].into_iter().find(|u| after.starts_with(u))?;
    if n > 24 || after.starts_with("点击") {
        return None;
    }
    let mut end = len + unit.len();
    let mut value = format!("T{n:02}");
    if let Some((m, lm)) = num(&s[end..]).filter(|&(m, _)| m < 60) {
        if s[end + lm..].starts_with('分') {
            end += lm + '分'.len_utf8();
            value.push_str(&format!(":{m:02}"));
        }
    } else if !value.is_empty()
        && unit == "时"
        && !s[end..].starts_with([
            '许', '整', '左', '起', '前', '后', '至', '到', ',', '，', '。',
        ])
    {
        // 8时 alone is a time only before a time word; 24时 (hours) is a duration elsewhere.
        return None;
    }
    Some((end, value))
}

/// A year written in Chinese digits (二〇二三年), with month and day if they follow.
pub fn read_chinese(text: &str, at: usize) -> Option<DateRead> {
    // A year in Chinese digits is a digit sequence, which starts with two digits that touch
    // (二〇, 一九): the common lone 一 of 进一步, 统一 is no year and needs no reading.
    if !crate::numeral::starts_digit_sequence(text, at) {
        return None;
    }
    let n = crate::numeral::read(text, at)?;
    let year = n
        .value
        .to_i64()
        .filter(|y| n.digit_sequence && (1949..=2099).contains(y))?;
    let mut end = n.end;
    let rest = text[end..].strip_prefix('年')?;
    end = text.len() - rest.len();
    let mut value = format!("{year:04}");
    if let Some(m) = crate::numeral::read(text, end).filter(|m| m.chinese) {
        let month = m.value.to_i64().filter(|v| (1..=12).contains(v));
        if let (Some(month), Some(r)) = (month, text[m.end..].strip_prefix('月')) {
            end = text.len() - r.len();
            value.push_str(&format!("-{month:02}"));
        }
    }
    Some(DateRead { end, value })
}

/// Whether the character after 1–4 digits at the start of `s` may go on into a date or a time:
/// every reader below starts with such a number and then asks for one of these (年, 月, 日/号,
/// 时/点, 季度, a dash, or a space before 年/月 in PDF text). Most numbers are counts
/// (163件) and are turned away here, before the readers look.
fn may_be_date(s: &str) -> bool {
    let n = digits(s);
    if n == 0 || n > 4 {
        return false;
    }
    s[n..].chars().next().is_some_and(|c| {
        matches!(
            c,
            '年' | '月'
                | '日'
                | '号'
                | '时'
                | '点'
                | '季'
                | ' '
                | '-'
                | '—'
                | '–'
                | '~'
                | '～'
                | '至'
                | '到'
                | '－'
        )
    })
}

/// Reads `Y年[M月[D日]]`, `M月[D日]`, `Y-M-D`, and ranges of them, at byte `at`.
pub fn read(text: &str, at: usize) -> Option<DateRead> {
    if !text.get(at..).is_some_and(may_be_date) {
        return None;
    }
    if let Some(d) = day_or_clock(text, at) {
        return Some(d);
    }
    if let Some((len, value)) = text.get(at..).and_then(time_or_quarter) {
        return Some(DateRead {
            end: at + len,
            value,
        });
    }
    let s = text.get(at..)?;
    let (first, end1, value1) = single(s)?;
    // A range: 2016—2022年, 1-11月, 3月起至10月底, 2021-2025年
    let rest = &s[end1..];
    let rest_skip = rest.strip_prefix("起").unwrap_or(rest);
    let skipped = rest.len() - rest_skip.len();
    let d = dash_len(rest_skip);
    if d > 0 {
        let after = &rest_skip[d..];
        if let Some((second, end2, value2)) = single(after) {
            let compatible = first.kind == second.kind || first.kind == Kind::BareNumber;
            if compatible {
                let value1 = if first.kind == Kind::BareNumber {
                    second.format_like(first.n)
                } else {
                    value1
                };
                return Some(DateRead {
                    end: at + end1 + skipped + d + end2,
                    value: format!("{value1}/{value2}"),
                });
            }
        }
    }
    if first.kind == Kind::BareNumber {
        return None;
    }
    Some(DateRead {
        end: at + end1,
        value: value1,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Year,
    YearMonth,
    YearMonthDay,
    Month,
    MonthDay,
    /// A number that is only a date as the start of a range (`1` in `1-11月`).
    BareNumber,
}

#[derive(Clone, Copy, Debug)]
struct Single {
    kind: Kind,
    n: u32,
}

impl Single {
    /// Formats a bare range start like the range end: `1` before `11月` is `--01`.
    fn format_like(&self, n: u32) -> String {
        match self.kind {
            Kind::Year => iso("", &[(n, 4)]),
            Kind::Month | Kind::MonthDay => iso("--", &[(n, 2)]),
            _ => n.to_string(),
        }
    }
}

/// `s` past `word`, which may stand one space away: a PDF sets its digits apart from the words
/// around them (`2025 年 3 月 5 日`).
fn spaced(s: &str, word: char) -> Option<&str> {
    s.strip_prefix(' ').unwrap_or(s).strip_prefix(word)
}

/// One date (not a range): kind, byte length, value.
fn single(s: &str) -> Option<(Single, usize, String)> {
    let (a, la) = num(s)?;
    let after = &s[la..];
    // ISO-like 2026-02-13
    if la == 4 && after.starts_with('-') {
        if let Some((m, lm)) = num(&after[1..]).filter(|&(m, lm)| lm <= 2 && (1..=12).contains(&m))
        {
            let after_m = &after[1 + lm..];
            if let Some((d, ld)) = after_m
                .strip_prefix('-')
                .and_then(num)
                .filter(|&(d, ld)| ld <= 2 && (1..=31).contains(&d))
            {
                return Some((
                    Single {
                        kind: Kind::YearMonthDay,
                        n: a,
                    },
                    la + 1 + lm + 1 + ld,
                    iso("", &[(a, 4), (m, 2), (d, 2)]),
                ));
            }
        }
    }
    if let Some(r) = spaced(after, '年') {
        if !(1900..=2100).contains(&a) || la != 4 {
            // 3年 is a duration, not a date.
            return None;
        }
        let mut len = s.len() - r.len();
        let r2 = r.strip_prefix("度").unwrap_or(r);
        if r2.len() < r.len() {
            len += "度".len();
            return Some((
                Single {
                    kind: Kind::Year,
                    n: a,
                },
                len,
                iso("", &[(a, 4)]),
            ));
        }
        let r = r.strip_prefix(' ').unwrap_or(r);
        if let Some((m, lm)) = num(r).filter(|&(m, lm)| lm <= 2 && (1..=12).contains(&m)) {
            if let Some(r3) = spaced(&r[lm..], '月') {
                len = s.len() - r3.len();
                let r3 = r3.strip_prefix(' ').unwrap_or(r3);
                if let Some((d, ld)) = num(r3).filter(|&(d, ld)| ld <= 2 && (1..=31).contains(&d)) {
                    if let Some(r4) = spaced(&r3[ld..], '日').or_else(|| spaced(&r3[ld..], '号'))
                    {
                        len = s.len() - r4.len();
                        return Some((
                            Single {
                                kind: Kind::YearMonthDay,
                                n: a,
                            },
                            len,
                            iso("", &[(a, 4), (m, 2), (d, 2)]),
                        ));
                    }
                }
                return Some((
                    Single {
                        kind: Kind::YearMonth,
                        n: a,
                    },
                    len,
                    iso("", &[(a, 4), (m, 2)]),
                ));
            }
        }
        return Some((
            Single {
                kind: Kind::Year,
                n: a,
            },
            len,
            iso("", &[(a, 4)]),
        ));
    }
    if la <= 2 && (1..=12).contains(&a) {
        // A PDF's spaced 3 月 5 日 counts only with its day: 12 月 alone may be a count's tail.
        let spaced_out = after.starts_with(' ');
        if let Some(r) = spaced(after, '月') {
            let day_at = if spaced_out {
                r.strip_prefix(' ').unwrap_or(r)
            } else {
                r
            };
            if let Some((d, ld)) = num(day_at).filter(|&(d, ld)| ld <= 2 && (1..=31).contains(&d)) {
                let rest = &day_at[ld..];
                let end = if spaced_out {
                    spaced(rest, '日').or_else(|| spaced(rest, '号'))
                } else {
                    rest.strip_prefix(['日', '号'])
                };
                if let Some(end) = end {
                    return Some((
                        Single {
                            kind: Kind::MonthDay,
                            n: a,
                        },
                        s.len() - end.len(),
                        iso("--", &[(a, 2), (d, 2)]),
                    ));
                }
            }
        }
        if let Some(r) = after.strip_prefix('月') {
            let mut len = la + '月'.len_utf8();
            // 11月底 / 10月份 / 3月起 / 6月初
            for tail in crate::lexicon::data::dates::MONTH_TAILS {
                if r.starts_with(tail) {
                    len += tail.len();
                    break;
                }
            }
            return Some((
                Single {
                    kind: Kind::Month,
                    n: a,
                },
                len,
                iso("--", &[(a, 2)]),
            ));
        }
    }
    // A bare number may start a range (1-11月, 2016—2022年).
    if !after.starts_with(['.', '%', ',']) && dash_len(after) > 0 {
        let kind = Kind::BareNumber;
        return Some((Single { kind, n: a }, la, a.to_string()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<(String, String)> {
        read(s, 0).map(|d| (s[..d.end].to_string(), d.value))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn iso_is_the_padded_format() {
        for n in [0, 1, 9, 10, 99, 100, 999, 1000, 2024, 9999, 12345, u32::MAX] {
            assert_eq!(iso("", &[(n, 4)]), format!("{n:04}"));
            assert_eq!(iso("--", &[(n, 2)]), format!("--{n:02}"));
            for m in [1, 9, 12] {
                assert_eq!(iso("", &[(n, 4), (m, 2)]), format!("{n:04}-{m:02}"));
                assert_eq!(iso("--", &[(m, 2), (n, 2)]), format!("--{m:02}-{n:02}"));
                assert_eq!(
                    iso("", &[(n, 4), (m, 2), (m + 19, 2)]),
                    format!("{n:04}-{m:02}-{:02}", m + 19)
                );
            }
        }
    }

    #[test]
    fn single_dates() {
        assert_eq!(date("2023年共审查"), pair("2023年", "2023"));
        assert_eq!(date("2023年10月获"), pair("2023年10月", "2023-10"));
        assert_eq!(date("2025年7月30日,"), pair("2025年7月30日", "2025-07-30"));
        assert_eq!(date("6月28日，"), pair("6月28日", "--06-28"));
        assert_eq!(date("2023年度实地"), pair("2023年度", "2023"));
        assert_eq!(date("11月底"), pair("11月底", "--11"));
        assert_eq!(date("2026-02-13 09:53"), pair("2026-02-13", "2026-02-13"));
    }

    #[test]
    fn dates_spaced_like_a_pdf() {
        assert_eq!(
            date("2025 年 3 月 5 日在第十四届"),
            pair("2025 年 3 月 5 日", "2025-03-05")
        );
        assert_eq!(date("2024 年工作回顾"), pair("2024 年", "2024"));
        assert_eq!(date("2024 年 10 月,"), pair("2024 年 10 月", "2024-10"));
        assert_eq!(date("3 月 5 日召开"), pair("3 月 5 日", "--03-05"));
        // A month alone, spaced, may be a count's tail; a year's trailing space is not taken.
        assert_eq!(date("12 月"), None);
        assert_eq!(date("2024 年 共"), pair("2024 年", "2024"));
    }

    #[test]
    fn ranges() {
        assert_eq!(date("1-11月柳州市"), pair("1-11月", "--01/--11"));
        assert_eq!(date("2016—2022年制定"), pair("2016—2022年", "2016/2022"));
        assert_eq!(date("2021-2025年)"), pair("2021-2025年", "2021/2025"));
        assert_eq!(date("3月起至10月底"), pair("3月起至10月底", "--03/--10"));
    }

    #[test]
    fn times_and_quarters() {
        assert_eq!(date("8时30分召开"), pair("8时30分", "T08:30"));
        assert_eq!(date("3季度受理"), pair("3季度", "Q3"));
        assert_eq!(date("9点前"), pair("9点", "T09"));
        assert_eq!(date("24小时"), None);
        assert_eq!(
            read_chinese("二〇二三年十二月", 0).map(|d| d.value),
            Some("2023-12".to_string())
        );
    }

    #[test]
    fn a_day_before_a_time_of_day_and_an_hour_after_one() {
        let read_at = |t: &str, n: &str| read(t, t.find(n).unwrap()).map(|d| d.value);
        let t = "十三届全国人大一次会议5日上午9时在人民大会堂开幕";
        assert_eq!(read_at(t, "5"), Some("---05".to_string()));
        assert_eq!(read_at(t, "9"), Some("T09".to_string()));
        assert_eq!(
            read_at("局长邵琪伟6日在2014年全国旅游工作会议上说", "6"),
            Some("---06".to_string())
        );
        // A count of days is no date.
        assert_eq!(read_at("办理时限压缩至5日内", "5"), None);
        assert_eq!(read_at("连续工作15日，", "15"), None);
    }

    #[test]
    fn counts_are_not_dates() {
        assert_eq!(date("163件"), None);
        assert_eq!(date("3年行动"), None);
        assert_eq!(date("12个乡镇"), None);
        assert_eq!(date("5-10人"), None);
        assert_eq!(date("13月"), None);
    }
}
