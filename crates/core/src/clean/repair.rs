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
/// (units, ranges, decimals, another number), besides digits and ASCII letters.
const CONTINUES_NUMBER: &str =
    "年.．%％-—–~～/至到件项人个元万亿户次名家条份场期宗起批类台枚处支所余多多·:：号届第级倍天日月时分秒";

fn continues_number(c: char) -> bool {
    // ([`CONTINUES_NUMBER`] sorted once and searched by halves: `str::contains(char)` set up a
    // substring search of the whole list a call.)
    static SORTED: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    digit(c).is_some()
        || SORTED
            .get_or_init(|| {
                let mut v: Vec<char> = CONTINUES_NUMBER.chars().collect();
                crate::sort::ascending(&mut v);
                v
            })
            .binary_search(&c)
            .is_ok()
        || c.is_ascii_alphabetic()
}

fn opens(c: char) -> bool {
    "〔[【(（［".contains(c)
}

fn closes(c: char) -> bool {
    "〕]】)）］".contains(c)
}

/// Whether an ASCII or a full-width (EF BC 90..99) digit starts at byte `k`.
fn is_digit_at(bytes: &[u8], k: usize) -> bool {
    bytes.get(k).is_some_and(u8::is_ascii_digit)
        || (bytes.get(k) == Some(&0xEF)
            && bytes.get(k + 1) == Some(&0xBC)
            && bytes.get(k + 2).is_some_and(|b| (0x90..=0x99).contains(b)))
}

/// The first byte at or after `i` where a digit starts ([`is_digit_at`]; the end if none): the
/// scan of [`find`] from one number to the next. (Such a byte always starts a character:
/// continuation bytes are neither an ASCII digit nor EF.)
///
/// Sixteen bytes at a time while none of them can start a digit (an ASCII digit or the EF of a
/// full-width one): a test without branches, which vectorises. Else straight to the first byte
/// that may: stepping a character at a time, a full-width ，（）： (EF BC ..) had the sixteen
/// bytes tested again from every character up to it. This may stop inside a character; the
/// steps find the next character start again, since a continuation byte is neither.
fn next_digit(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 16) {
            let candidate = chunk
                .iter()
                .fold(false, |any, &b| any | b.is_ascii_digit() | (b == 0xEF));
            if !candidate {
                i += 16;
                continue;
            }
            i += first_candidate(chunk);
        }
        if is_digit_at(bytes, i) {
            return i;
        }
        // Step over the whole character (CJK is three bytes).
        i += match bytes[i] {
            0xF0..=0xFF => 4,
            0xE0..=0xEF => 3,
            0xC0..=0xDF => 2,
            _ => 1,
        };
    }
    bytes.len()
}

/// The first byte of `chunk` (16 bytes) that is an ASCII digit or EF (0 if none): eight bytes
/// at a time, each byte tested without carries into its neighbours (the high bit of a byte of
/// the mask set iff the byte is one of them). (Not inlined: inlined, the compiler merged a
/// search here with the sixteen-byte test above, which then no longer vectorised: clean
/// +0.4 M instructions a pass over the seeds.)
#[inline(never)]
fn first_candidate(chunk: &[u8]) -> usize {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let marks = |x: u64| {
        // A byte equal to EF: zero after the xor.
        let y = x ^ (0xEF * ONES);
        let ef = !(((y & LOW7) + LOW7) | y | LOW7);
        // A byte of 0x30..=0x39: high bit clear, its low seven bits at least 0x30 and below 0x3A.
        let low = x & LOW7;
        let at_least_30 = low + (0x80 - 0x30) * ONES;
        let at_least_3a = low + (0x80 - 0x3A) * ONES;
        let digit = at_least_30 & !at_least_3a & !x & !LOW7;
        ef | digit
    };
    for (k, eight) in chunk.chunks_exact(8).enumerate() {
        let mut word = [0u8; 8];
        word.copy_from_slice(eight);
        let m = marks(u64::from_le_bytes(word));
        if m != 0 {
            return k * 8 + (m.trailing_zeros() / 8) as usize;
        }
    }
    0
}

/// Finds all repairs in `text` (the input, not yet folded).
pub fn find(text: &str) -> Vec<Repair> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    // The digits of the run being read and where each starts: buffers reused for every number.
    let mut digits: Vec<u32> = Vec::new();
    let mut offsets: Vec<usize> = Vec::new();
    while i < bytes.len() {
        i = next_digit(bytes, i);
        if i >= bytes.len() {
            break;
        }
        let is_digit_at = |k: usize| is_digit_at(bytes, k);
        // A maximal digit run.
        digits.clear();
        offsets.clear();
        while i < bytes.len() && is_digit_at(i) {
            offsets.push(i);
            if bytes[i].is_ascii_digit() {
                digits.push(u32::from(bytes[i] - b'0'));
                i += 1;
            } else {
                digits.push(u32::from(bytes[i + 2] - 0x90));
                i += 3;
            }
        }
        let end_pos = i;
        // (A year needs four digits: shorter runs, most numbers, are passed before any
        // character around them is decoded.)
        if digits.len() < 4 {
            continue;
        }
        let next = text[end_pos..].chars().next();
        let mut back = text[..offsets[0]].chars().rev();
        let (before, before2) = (back.next(), back.next());
        // Not glued to a decimal point or another number.
        if matches!(before, Some('.' | '．' | ',' | '-' | ':' | '/'))
            && before2.is_some_and(|b| digit(b).is_some())
        {
            continue;
        }
        let prev = before;
        let pos = |k: usize| offsets[k];
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
            // 2025坚持 → 2025年坚持; never a year in brackets, which is written without 年 (the
            // year of a document number 〔2011〕76号, 年度报告（2024）), nor one a PDF spaced
            // from its 年 (2025 年 3 月 5 日).
            _ if rest.is_empty()
                && is_bare_year(year)
                && !next.is_some_and(continues_number)
                && !after_spaces(&text[end_pos..]).is_some_and(continues_number)
                && !(prev.is_some_and(opens) && next.is_some_and(closes)) =>
            {
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

/// The first character of `rest` after inline spaces, when there are any: the 年 of a PDF's
/// spaced `2025 年`.
fn after_spaces(rest: &str) -> Option<char> {
    let solid = rest.trim_start_matches([' ', '\u{3000}', '\u{a0}', '\t']);
    (solid.len() < rest.len())
        .then(|| solid.chars().next())
        .flatten()
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

    /// `next_digit` (sixteen bytes at a time, then straight to the first digit or EF) answers
    /// as a look at every byte: from every byte of the seeds' lines (inside characters too),
    /// and of digits of both widths after full-width punctuation at every place of a window.
    #[test]
    fn the_next_digit_by_sixteen_bytes_is_the_first_byte_a_digit_starts_at() {
        let mut texts = crate::test_seeds::seed_lines();
        for date in [
            "20256月",
            "２０２５７月３０日",
            "（20212025年）",
            "2025坚持",
        ] {
            for pad in 0..20 {
                for filler in ["审", "a", "，", "：", "Ｅ"] {
                    texts.push(format!("{}{date}，", filler.repeat(pad)));
                }
            }
        }
        let mut n = 0;
        for t in &texts {
            let bytes = t.as_bytes();
            for i in 0..=bytes.len() {
                let want = (i..bytes.len())
                    .find(|&k| is_digit_at(bytes, k))
                    .unwrap_or(bytes.len());
                assert_eq!(next_digit(bytes, i), want, "{t:?} from {i}");
                n += 1;
            }
        }
        assert!(n > 100_000, "{n}");
    }

    /// The eight-bytes-at-a-time mark of `first_candidate` is the byte test, for every byte
    /// value at every place, next to bytes of every value.
    #[test]
    fn first_candidate_marks_exactly_digits_and_ef() {
        let is = |b: u8| b.is_ascii_digit() || b == 0xEF;
        for b in 0..=255u8 {
            for other in 0..=255u8 {
                if is(other) {
                    continue;
                }
                for at in 0..16 {
                    let mut chunk = [other; 16];
                    chunk[at] = b;
                    let want = if is(b) { at } else { 0 };
                    assert_eq!(
                        first_candidate(&chunk),
                        want,
                        "{b:#x} at {at} among {other:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_sorted_list_holds_what_the_string_holds() {
        for c in ('\0'..='\u{FFFF}').chain(['😀']) {
            let by_string =
                digit(c).is_some() || CONTINUES_NUMBER.contains(c) || c.is_ascii_alphabetic();
            assert_eq!(continues_number(c), by_string, "{c:?}");
        }
    }

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
        // A PDF's spacing is not a dropped 年.
        assert!(readings("——2025 年 3 月 5 日在第十四届全国人民代表大会").is_empty());
        assert!(readings("一、2024 年工作回顾").is_empty());
        assert_eq!(readings("2025 坚持以习近平"), ["2025年"]);
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
        assert!(find("路卫发〔2011〕76号").is_empty());
        assert!(find("年度报告（2024）").is_empty());
    }

    #[test]
    fn insertion_points_are_input_offsets() {
        let text = "实际20256月";
        let r = &find(text)[0];
        assert_eq!(r.inserts, vec![(text.find("6月").unwrap(), "年")]);
        assert_eq!(&text[r.start..r.end], "20256月");
    }
}
