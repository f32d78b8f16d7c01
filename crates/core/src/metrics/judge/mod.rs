//! Whether a numeral is a metric, and its unit, qualifier and kind.
//!
//! [`judge`] reads the words around a number read by the numeral module in four steps: the
//! named reject rules of [`reject`] that need only the words around it (markers, ordinals,
//! names …); the [`unit`](mod@unit) (a range's lower end borrows the upper end's); the reject
//! rules that need the unit (Chinese numerals without a classifier, slogans, no unit); then
//! its qualifier words and its [`kind`]. Statements of zero and bare magnitudes (突破万次) are
//! found by [`special`].

mod kind;
mod reject;
mod special;
mod unit;

pub(super) use reject::is_lone_yi;
pub(super) use special::{bare_magnitude, zero_statement};
pub(super) use unit::is_place_unit;

use super::qualifier;
use crate::decimal::Decimal;
use crate::model::{Direction, MetricKind, Qualifier};
use crate::numeral::{Approx, Numeral};
use crate::outline::Outline;

/// A metric found in the text, in cleaned-text coordinates.
pub(super) struct Found {
    /// Qualifier + number + unit.
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) num_start: usize,
    pub(super) value: Decimal,
    pub(super) unit: Option<String>,
    pub(super) magnitude_power: u32,
    pub(super) magnitude_text: &'static str,
    pub(super) qualifier: Option<Qualifier>,
    pub(super) qualifier_text: Option<String>,
    pub(super) kind: MetricKind,
    pub(super) direction: Option<Direction>,
    /// The number stands where a unit was dropped.
    pub(super) unit_missing: bool,
    /// `超过93%的目标`: the noun (目标) when this number is a target compared against.
    pub(super) target_of: Option<&'static str>,
    /// The label a flattened table gives this figure (its column header and row name).
    pub(super) cell_label: Option<String>,
    /// The metrics pass already asked [`super::table::row_cell`] at this number (and gave a
    /// row figure its `cell_label`): the label need not ask again.
    pub(super) row_read: bool,
    pub(super) classifier: bool,
}

/// Decides whether the numeral at `at` is a metric and reads its unit and qualifier.
/// `in_cell`: the number fills a cell of a one-cell-per-line table, where no words stand
/// around it.
pub(super) fn judge(
    text: &str,
    at: usize,
    n: &Numeral,
    outline: &Outline,
    in_cell: bool,
) -> Option<Found> {
    let u = match rejected(text, at, n, outline, in_cell) {
        Ok(u) => u,
        Err(_) => return None,
    };
    let unit_missing = reject::is_unit_missing(&u);
    let q = qualifiers(text, at, n, &u, unit_missing);
    let (kind, direction) = kind::of(text, q.start, &u);
    // A count's or an amount's noun may follow it (4个实地督察组, 31.89万元刻章成本).
    // (A place word as unit names the thing itself: 两镇 counts 镇.)
    let classifier = matches!(kind, MetricKind::Count | MetricKind::Money)
        && !u.text.is_empty()
        && !is_place_unit(u.text)
        && !u.range_lower;
    // 1亿3千多万, 2万5千公里: said in the largest magnitude written inside (1.3亿, 2.5万公里).
    let (n_value, magnitude_power, magnitude_text) = match inner_magnitude(text, at, n) {
        Some((power, word)) if power > u.magnitude_power => (
            n.value.shift(u.magnitude_power).unshift(power).normalized(),
            power,
            word,
        ),
        _ => (n.value, u.magnitude_power, u.magnitude_text),
    };
    let unit = if u.text.is_empty() && magnitude_power == 0 {
        None
    } else {
        let mut unit = String::with_capacity(magnitude_text.len() + u.text.len());
        unit.push_str(magnitude_text);
        unit.push_str(u.text);
        Some(unit)
    };
    // A temperature below zero (年极端最低气温-13.0℃, 零下5℃) keeps its sign.
    let below_zero = below_zero(text, at, u.text);
    let value = if below_zero.is_some() {
        n_value.neg()
    } else {
        n_value
    };
    Some(Found {
        start: below_zero.unwrap_or(q.start).min(q.start),
        end: q.end,
        num_start: at,
        value,
        unit,
        magnitude_power,
        magnitude_text,
        qualifier: q.qualifier,
        qualifier_text: q.text,
        kind,
        direction,
        unit_missing,
        target_of: q.target_of,
        cell_label: None,
        row_read: false,
        classifier,
    })
}

/// The largest magnitude word written inside a Chinese numeral, before its own trailing
/// magnitude (the 亿 of 1亿3千多万, the 万 of 2万5千): its power and canonical word. A reader
/// says such a number in that magnitude (1.3亿, 2.5万), as the expected readings do; its base
/// value is the same.
fn inner_magnitude(text: &str, at: usize, n: &Numeral) -> Option<(u32, &'static str)> {
    if !n.chinese || n.digit_sequence || n.vague || n.fraction.is_some() || n.per.is_some() {
        return None;
    }
    let body = &text[at..n.magnitude_at.unwrap_or(n.end)];
    if crate::text::contains_str(body, "万亿") {
        return None;
    }
    let (i, power, word) = if let Some(i) = body.find('亿') {
        (i + '亿'.len_utf8(), 8, "亿")
    } else if let Some(i) = body.find('万') {
        (i + '万'.len_utf8(), 4, "万")
    } else {
        return None;
    };
    // Only a round rest (2万5千, 1亿3千多万), not one written out (一万零十二元 is 10012 元).
    let rest = body[i..].trim_end_matches(['多', '余', '几']);
    let round = !rest.contains('零') && rest.ends_with(['千', '百']) || rest.is_empty();
    round.then_some((power, word))
}

/// The unit of the numeral at `at`, or the rule that says it is no metric.
fn rejected<'t>(
    text: &'t str,
    at: usize,
    n: &Numeral,
    outline: &Outline,
    in_cell: bool,
) -> Result<unit::Unit<'t>, reject::Reject> {
    if let Some(why) = reject::before_unit(text, at, n, outline) {
        return Err(why);
    }
    let u = unit::read(text, at, n);
    match reject::after_unit(text, at, n, &u, in_cell) {
        Some(why) => Err(why),
        None => Ok(u),
    }
}

/// Where the minus sign or 零下 of a temperature at `at` starts, when it has one: a sign glued
/// to the number and not ending a range or a code (2011-2020).
fn below_zero(text: &str, at: usize, unit: &str) -> Option<usize> {
    if !matches!(unit, "℃" | "摄氏度" | "°C") {
        return None;
    }
    let head = &text[..at];
    let sign = ["零下", "-", "－", "−"]
        .iter()
        .find(|s| head.ends_with(**s))?;
    let start = at - sign.len();
    let joined = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric() || crate::text::is_chinese_digit(c));
    (!joined || *sign == "零下").then_some(start)
}

/// The qualifier of a figure and the extent it gives the metric.
struct Qualified {
    /// Start of the metric: the prefix word, if any, else the number.
    start: usize,
    /// End of the metric: after a suffix word, if any, else after the unit.
    end: usize,
    qualifier: Option<Qualifier>,
    /// The qualifier word as written.
    text: Option<String>,
    /// `超过93%的目标`: the noun (目标) when this number is a target compared against.
    target_of: Option<&'static str>,
}

/// Prefix and suffix qualifier words (超过, 以上, 内, 左右), approximations from the numeral
/// (1500余, 32亿余) and the bounds of a range (5—10人: 5 at least, 10 at most).
fn qualifiers(
    text: &str,
    at: usize,
    n: &Numeral,
    u: &unit::Unit<'_>,
    unit_missing: bool,
) -> Qualified {
    let approx = n.approx;
    // 32亿余条: 余 between magnitude and unit.
    let mut end = u.end;
    // Suffix qualifier: 以上, 以下, 内, 左右.
    let mut suffix_q = None;
    let mut suffix_word = None;
    if !unit_missing {
        if let Some((q, len, word)) = qualifier::suffix(&text[end..]) {
            if !matches!(q, Qualifier::Yu | Qualifier::Duo) || approx.is_none() {
                suffix_q = Some(q);
                suffix_word = Some(word);
                end += len;
            }
        }
    }
    // Prefix qualifier (涉及金额超两亿元), not when the number is a target being compared
    // against (超过93%的目标).
    let mut start = at;
    let mut prefix_q = None;
    let mut prefix_word = None;
    let mut target_of = None;
    if let Some((q, s, word)) = qualifier::prefix(text, at) {
        target_of = qualifier::compared_target(&text[end..]);
        if target_of.is_none() {
            prefix_q = Some(q);
            prefix_word = Some(word);
            start = s;
        }
    }
    let approx_q = approx.map(|a| match a {
        Approx::Yu => Qualifier::Yu,
        Approx::Duo | Approx::Ji => Qualifier::Duo,
    });
    if u.range_lower {
        prefix_q = Some(Qualifier::AtLeast);
        prefix_word = Some("起");
    } else if u.range_high && prefix_q.is_none() && suffix_q.is_none() {
        prefix_q = Some(Qualifier::AtMost);
        prefix_word = Some("至");
    }
    let bound = qualifier::combine(prefix_q, suffix_q);
    let qualifier = qualifier::combine(approx_q, bound).or(bound);
    let qualifier_text = match qualifier {
        Some(q) if Some(q) == approx_q => Some(q.as_str().to_string()),
        Some(q) if Some(q) == suffix_q => suffix_word.map(str::to_string),
        Some(_) => prefix_word.map(str::to_string),
        None => None,
    };
    Qualified {
        start,
        end,
        qualifier,
        text: qualifier_text,
        target_of,
    }
}

#[cfg(test)]
mod tests {
    use super::reject::Reject;
    use super::*;

    /// Why the first numeral of `num` in `text` is no metric (None: it is one).
    fn why(text: &str, num: &str) -> Option<Reject> {
        let at = text.find(num).unwrap();
        let n = crate::numeral::read(text, at).unwrap();
        rejected(text, at, &n, &Outline::default(), false).err()
    }

    #[test]
    fn each_reject_rule_by_name() {
        assert_eq!(why("进一步加强", "一"), Some(Reject::LoneYi));
        assert_eq!(why("制定第三批全国法治政府", "三"), Some(Reject::Ordinal));
        assert_eq!(why("严格执行“三重一大”决策制度", "三"), Some(Reject::Name));
        assert_eq!(why("“1+5+N”模式", "5"), Some(Reject::ModelName));
        assert_eq!(why("建设三大平台", "三"), Some(Reject::Ordinal));
        assert_eq!(why("聚焦三类人员", "三"), Some(Reject::Uncounted));
        assert_eq!(why("推进三级联动", "三"), Some(Reject::Uncounted));
        assert_eq!(why("坚持两手抓", "两"), Some(Reject::ChineseWithoutUnit));
        assert_eq!(why("省委十一届三次、四次全会", "四"), Some(Reject::Session));
        assert_eq!(why("抓好四个方面", "四"), Some(Reject::Enumeration));
        assert_eq!(why("实行“五个一”机制", "五"), Some(Reject::Quoted));
        // A quoted count of a count is a slogan; a quoted count of a thing is a count (seed 001).
        assert_eq!(why("推行“3个一批”项目管理机制", "3"), Some(Reject::Quoted));
        assert_eq!(
            why("对新设企业继续赠送“4枚印章”，为1239户企业节约刻章成本", "4"),
            None
        );
        // A report's parts (合水 2024, 石柱 2019).
        assert_eq!(why("报告共包括六个部分", "六"), Some(Reject::Enumeration));
        assert_eq!(
            why("报告共分三个部分：一、2018年工作回顾", "三"),
            Some(Reject::Enumeration)
        );
        // A disclosure table's index number (汉滨 2025) and a document number in its row.
        assert_eq!(
            why("文件名称 | 汉滨区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |", "2025-"),
            Some(Reject::Metadata)
        );
        assert_eq!(
            why("发文字号 | 金政发〔2025〕33号 | 制发机构 | |", "33"),
            Some(Reject::Metadata)
        );
        assert_eq!(why("坚持24小时备勤待命", "24"), Some(Reject::Slogan));
        assert_eq!(why("编号2023A", "2023"), Some(Reject::ModelName));
        assert_eq!(why("审结案件163件", "163"), None);
        // A number glued to a short noun that a count follows names the noun (a hotline).
        assert_eq!(why("受理答复8890诉求655件", "8890"), Some(Reject::NoUnit));
        assert_eq!(why("提出修改建议65审查重大行政决策", "65"), None);
        // A note's reference after a figure's unit.
        assert_eq!(
            why("全国发电量77790.6亿千瓦时1，同比增长3.7%", "1，"),
            Some(Reject::NoUnit)
        );
        assert_eq!(why("办结五件", "五"), None);
        // The number of a floor, a room or a house of an address.
        assert_eq!(why("联系地址:政府大楼5楼528;", "528"), Some(Reject::NoUnit));
        assert_eq!(why("九莲南路399号", "399"), Some(Reject::NoUnit));
        assert_eq!(
            why("认真落实《云南省法治化营商环境全面提质 23 条措施》", "23"),
            Some(Reject::BookTitle)
        );
    }
}
