//! Dates whose 年/月/日 or range dash a scraper dropped.
//!
//! `20256月` is 2025年6月, `2025730日` is 2025年7月30日, `(20212025年)` is (2021—2025年) and
//! `2025坚持` is 2025年坚持 (seed 004). The repair inserts the missing characters into the
//! cleaned text (zero-width in the input), so later stages read an ordinary date, and each
//! repair becomes a finding. A number is repaired only when its digits cannot be anything else
//! than a date: the year part must be a plausible report year and month/day must be valid.

/// One repair: characters to insert at input offsets, and the input range it explains.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repair {
    pub start: usize,
    pub end: usize,
    /// `(input offset, text)` insertions, in order.
    pub inserts: Vec<(usize, &'static str)>,
    /// The reading, e.g. `2025年7月30日`.
    pub reading: String,
}

fn is_year(y: u32) -> bool {
    (1949..=2099).contains(&y)
}

/// Years that are read as a year even with no 年 after them: close to the present era of
/// these reports, so that counts such as 1288户 or 1504件 are never mistaken for years.
fn is_bare_year(y: u32) -> bool {
    (1990..=2039).contains(&y)
}

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// Characters that may follow a bare year without showing that 年 was dropped
/// (units, ranges, decimals, another number).
fn continues_number(c: char) -> bool {
    digit(c).is_some()
        || "年.．%％-—–~～/至到件项人个元万亿户次名家条份场期宗起批类台枚处支所余多多·:：号届第级倍天日月时分秒"
            .contains(c)
        || c.is_ascii_alphabetic()
}

/// Finds all repairs in `text` (the input, not yet folded).
pub fn find(text: &str) -> Vec<Repair> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i].1).is_none() {
            i += 1;
            continue;
        }
        // A maximal digit run not glued to a decimal point or another number.
        let run_start = i;
        while i < chars.len() && digit(chars[i].1).is_some() {
            i += 1;
        }
        let run_end = i;
        let prev = run_start.checked_sub(1).map(|p| chars[p].1);
        if matches!(prev, Some('.' | '．' | ',' | '-' | ':' | '/'))
            && run_start >= 2
            && digit(chars[run_start - 2].1).is_some()
        {
            continue;
        }
        let digits: Vec<u32> = chars[run_start..run_end]
            .iter()
            .filter_map(|&(_, c)| digit(c))
            .collect();
        let next = chars.get(run_end).map(|&(_, c)| c);
        let pos = |k: usize| chars[run_start + k].0;
        let end_pos = chars.get(run_end).map_or(text.len(), |&(p, _)| p);
        if digits.len() < 4 {
            continue;
        }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
        if !is_year(year) {
            continue;
        }
        let rest = &digits[4..];
        let num = |ds: &[u32]| ds.iter().fold(0u32, |a, d| a * 10 + d);
        match next {
            // (20212025年) → 2021—2025年
            Some('年') if rest.len() == 4 && is_year(num(rest)) && num(rest) > year => {
                out.push(Repair {
                    start: pos(0),
                    end: end_pos,
                    inserts: vec![(pos(4), "—")],
                    reading: format!("{year}—{}年", num(rest)),
                });
            }
            // 20256月 → 2025年6月
            Some('月') if (1..=2).contains(&rest.len()) && (1..=12).contains(&num(rest)) => {
                out.push(Repair {
                    start: pos(0),
                    end: end_pos + '月'.len_utf8(),
                    inserts: vec![(pos(4), "年")],
                    reading: format!("{year}年{}月", num(rest)),
                });
            }
            // 2025730日 → 2025年7月30日
            Some('日' | '号') if (2..=4).contains(&rest.len()) => {
                if let Some(m_len) = split_month_day(rest) {
                    let (m, d) = (num(&rest[..m_len]), num(&rest[m_len..]));
                    out.push(Repair {
                        start: pos(0),
                        end: end_pos + '日'.len_utf8(),
                        inserts: vec![(pos(4), "年"), (pos(4 + m_len), "月")],
                        reading: format!("{year}年{m}月{d}日"),
                    });
                }
            }
            // 2025坚持 → 2025年坚持
            _ if rest.is_empty() && is_bare_year(year) && !next.is_some_and(continues_number) => {
                let prev_is_digitish = prev.is_some_and(|c| digit(c).is_some() || c == '.');
                if !prev_is_digitish && next.is_some() {
                    out.push(Repair {
                        start: pos(0),
                        end: end_pos,
                        inserts: vec![(end_pos, "年")],
                        reading: format!("{year}年"),
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// Where the month ends in the digits after the year: one or two digits, whichever leaves a
/// valid month and day (a two-digit month first when both work, as in 1231 → 12月31日).
fn split_month_day(rest: &[u32]) -> Option<usize> {
    let num = |ds: &[u32]| ds.iter().fold(0u32, |a, d| a * 10 + d);
    let valid = |m_len: usize| {
        m_len < rest.len()
            && rest.len() - m_len <= 2
            && (1..=12).contains(&num(&rest[..m_len]))
            && (1..=31).contains(&num(&rest[m_len..]))
            && rest[m_len] != 0
    };
    [2, 1].into_iter().find(|&m| valid(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readings(text: &str) -> Vec<String> {
        find(text).into_iter().map(|r| r.reading).collect()
    }

    #[test]
    fn seed_004_dates() {
        assert_eq!(readings("立足柳城实际20256月,对全县"), ["2025年6月"]);
        assert_eq!(readings("2025730日,该清单"), ["2025年7月30日"]);
        assert_eq!(readings("截至20251231日"), ["2025年12月31日"]);
        assert_eq!(readings("2025513日,“柳城县"), ["2025年5月13日"]);
        assert_eq!(
            readings("《法治政府建设实施纲要(20212025年)》"),
            ["2021—2025年"]
        );
        assert_eq!(readings("    2025坚持以习近平"), ["2025年"]);
        assert_eq!(readings("2023“项目管家”机制"), ["2023年"]);
        assert_eq!(readings("事事有着落2025,共承办"), ["2025年"]);
    }

    #[test]
    fn ordinary_numbers_are_left_alone() {
        assert!(find("共抽查市场主体1288户").is_empty());
        assert!(find("清理文件1504件,2025年全市").is_empty());
        assert!(find("2025年6月28日").is_empty());
        assert!(find("注册资本5633243.28万元").is_empty());
        assert!(find("12345政务服务平台").is_empty());
        assert!(find("2021—2025年").is_empty());
        assert!(find("2026-02-13 09:53").is_empty());
        assert!(find("节约2000元").is_empty());
    }

    #[test]
    fn insertion_points_are_input_offsets() {
        let text = "实际20256月";
        let r = &find(text)[0];
        assert_eq!(r.inserts, vec![(text.find("6月").unwrap(), "年")]);
        assert_eq!(&text[r.start..r.end], "20256月");
    }
}
