//! Every numeral of a sentence, the way a stand-alone number extractor sees them.
//!
//! [`read`] parses at a position the caller chose; this scans a whole text and
//! adds the two decisions a scanner has to make on its own, modelled on Recognizers-Text so
//! its public test cases can score the parser (`tests/anchor_specs.rs`):
//! - a lone single Chinese digit (一 … 九, 两, 十, 零) counts only when a classifier, a
//!   function word, punctuation or the end of the text follows it (`五次`, `是五`, `“一”`),
//!   not inside words (`一切`, `一看`, `四川`); a lone financial digit never counts
//!   (队伍, 放肆, 收拾, 大陆 are words);
//! - a minus sign `-` / `－` counts before an Arabic number unless a digit or letter
//!   precedes it (`5-20` is a range);
//! - `%` / `％`, `‰` and `个百分点` after a number are recorded as a [`Marker`].
//!
//! It does not judge what a number is: heading markers (（一）, 一是), ordinals, years and
//! plan names are found like any other number. That is the metrics stage's job.

use super::chars::{self, Kind};
use super::{may_start, read, Numeral};
use crate::decimal::Decimal;
use crate::lexicon::data::numeral;
// Function words and punctuation after which a lone digit stands alone (`不是四而是五`).
use crate::lexicon::data::numeral::STANDALONE_BEFORE_CHARS as STANDALONE_BEFORE;

/// A numeral found in a text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Found {
    /// Byte range, including a leading minus sign and a trailing marker.
    pub start: usize,
    pub end: usize,
    /// The signed value with its magnitude multiplied out (`-2.5万` → -25000); for a per cent
    /// or per mille numeral, in that unit.
    pub value: Decimal,
    /// The numeral as [`read`] gave it (its `end` excludes the marker).
    pub numeral: Numeral,
    pub marker: Option<Marker>,
}

/// A percent-family sign after a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// `%` / `％`
    Percent,
    /// `‰`
    Permille,
    /// `个百分点`: percentage points, a difference of two percentages, not a percentage.
    Points,
}

/// All numerals of `text`, left to right, not overlapping.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = chars::char_at(text, pos) {
        if let Some(found) = found_at(text, pos, c) {
            pos = found.end;
            out.push(found);
        } else if chars::is_numeral_char(c) {
            // Numeral characters that are no number here (十四五, 两两, 四川) are skipped
            // together, so no part of them is read as a number either.
            pos += text[pos..]
                .chars()
                .take_while(|&d| chars::is_numeral_char(d))
                .map(char::len_utf8)
                .sum::<usize>();
        } else {
            pos += c.len_utf8();
        }
    }
    out
}

fn found_at(text: &str, pos: usize, c: char) -> Option<Found> {
    if c == '-' || c == '－' {
        return negative_at(text, pos, c);
    }
    let leading_point = chars::is_arabic_point(c) && !preceded_by_digit(text, pos);
    if !may_start(c) && !leading_point {
        return None;
    }
    let n = read(text, pos)?;
    let lone = n.end == pos + c.len_utf8() && chars::kind(c).is_some();
    if lone && !lone_digit_stands(c, &text[n.end..]) {
        return None;
    }
    Some(with_marker(text, pos, n, n.total()))
}

/// `-10000`, `－1２２％`, `-.5`: a minus sign that no digit or letter precedes.
fn negative_at(text: &str, pos: usize, c: char) -> Option<Found> {
    let after = pos + c.len_utf8();
    let next = chars::char_at(text, after)?;
    let arabic_next = chars::arabic_digit(next).is_some() || chars::is_arabic_point(next);
    let prev = text[..pos].chars().next_back();
    let prev_word = prev.is_some_and(|p| p.is_alphanumeric() || chars::arabic_digit(p).is_some());
    if !arabic_next || prev_word {
        return None;
    }
    let mut n = read(text, after)?;
    n.value = n.value.neg();
    Some(with_marker(text, pos, n, n.total()))
}

fn preceded_by_digit(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_some_and(|p| chars::arabic_digit(p).is_some())
}

fn with_marker(text: &str, start: usize, n: Numeral, value: Decimal) -> Found {
    let mut found = Found {
        start,
        end: n.end,
        value,
        numeral: n,
        marker: None,
    };
    if n.per.is_some() || n.fraction.is_some() {
        return found;
    }
    if let Some((marker, end)) = marker_after(text, n.end) {
        found.marker = Some(marker);
        found.end = end;
    }
    found
}

/// `%`, `‰` or `个百分点` (spaces allowed between its characters: `个 百 分 点`; 个 may be left
/// out).
fn marker_after(text: &str, pos: usize) -> Option<(Marker, usize)> {
    let p = chars::skip_spaces(text, pos)?;
    let c = chars::char_at(text, p)?;
    match c {
        '%' | '％' => return Some((Marker::Percent, p + c.len_utf8())),
        '‰' => return Some((Marker::Permille, p + c.len_utf8())),
        _ => {}
    }
    // (个 may be left out: `同比下降5.94百分点`.)
    let mut q = match c {
        '个' | '個' => p + c.len_utf8(),
        _ => p,
    };
    for (i, expected) in [['百', '百'], ['分', '分'], ['点', '點']]
        .iter()
        .enumerate()
    {
        if i > 0 || q != p {
            q = chars::skip_spaces(text, q)?;
        }
        let c = chars::char_at(text, q).filter(|c| expected.contains(c))?;
        q += c.len_utf8();
    }
    Some((Marker::Points, q))
}

/// Whether a lone digit `c` followed by `rest` is a number.
fn lone_digit_stands(c: char, rest: &str) -> bool {
    if matches!(
        chars::kind(c),
        Some(Kind::Digit {
            financial: true,
            ..
        })
    ) || "拾佰仟".contains(c)
    {
        return false;
    }
    // `六   个百分点`: spaces between the digit and its classifier.
    let rest = match chars::skip_spaces(rest, 0) {
        Some(p) => &rest[p..],
        None => return false,
    };
    match rest.chars().next() {
        None => true,
        Some(next) => {
            STANDALONE_BEFORE.contains(&next)
                || numeral::CLASSIFIERS.iter().any(|w| rest.starts_with(w))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(&str, String)> {
        find_all(text)
            .iter()
            .map(|f| (&text[f.start..f.end], f.value.to_string()))
            .collect()
    }

    #[test]
    fn finds_every_number_of_a_report_sentence() {
        assert_eq!(
            spans("审结行政复议案件163件，其中维持93件，纠错率4%。"),
            vec![
                ("163", "163".into()),
                ("93", "93".into()),
                ("4%", "4".into())
            ]
        );
        assert_eq!(
            spans("区委区政府领导先后五次听取汇报，筹集资金两千三百余万元"),
            vec![("五", "5".into()), ("两千三百余万", "23000000".into())]
        );
    }

    #[test]
    fn lone_digits_inside_words_are_not_numbers() {
        assert!(spans("一切").is_empty());
        assert!(spans("我家在四川").is_empty());
        assert!(spans("这个人很放肆").is_empty());
        assert!(spans("小明拾起石子").is_empty());
        assert_eq!(spans("这不是四川这是五台山"), vec![("五", "5".into())]);
        assert_eq!(
            spans("“一”和“五”"),
            vec![("一", "1".into()), ("五", "5".into())]
        );
    }

    #[test]
    fn numeral_runs_that_are_no_number_are_skipped_whole() {
        assert!(spans("十四五规划").is_empty());
        assert!(spans("两两").is_empty());
        assert!(spans("百分之二三十").is_empty());
    }

    #[test]
    fn minus_signs_and_markers() {
        assert_eq!(spans("-22.2%"), vec![("-22.2%", "-22.2".into())]);
        assert_eq!(
            spans("5-20%"),
            vec![("5", "5".into()), ("20%", "20".into())]
        );
        assert_eq!(
            spans("提高2.4个百分点"),
            vec![("2.4个百分点", "2.4".into())]
        );
        let f = find_all("提高2.4个百分点")[0];
        assert_eq!(f.marker, Some(Marker::Points));
        assert_eq!(spans("发生率5‰"), vec![("5‰", "5".into())]);
        // Written without 个: points all the same, not 5.94百 = 594.
        assert_eq!(
            spans("行政诉讼败诉率7.22%、同比下降5.94百分点,低于全省平均"),
            vec![("7.22%", "7.22".into()), ("5.94百分点", "5.94".into())]
        );
        assert_eq!(
            find_all("同比下降5.94百分点")[0].marker,
            Some(Marker::Points)
        );
    }
}
