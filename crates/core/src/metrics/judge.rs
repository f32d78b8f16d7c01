//! Whether a numeral is a metric, and its unit, qualifier and kind.
//!
//! [`judge`] reads the words around a number read by the numeral module: markers, ordinals,
//! names, hotlines, slogans and enumerations are rejected; what remains gets its unit (a range's
//! lower end borrows the upper end's), its qualifier words and its kind. Statements of zero and
//! bare magnitudes (突破万次) are found here too.

use super::{context, label, qualifier};
use crate::decimal::Decimal;
use crate::lexicon::units;
use crate::model::{Direction, MetricKind, Qualifier};
use crate::numeral::{self, Approx, Numeral, Per};
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
    let num_end = n.end;
    // A lone Chinese 一 is an idiom or a marker (一是, 进一步, 一站式), never a count: decide
    // that before any context is read, since it is by far the most frequent numeral.
    if n.chinese && n.magnitude.is_none() && n.value.to_i64() == Some(1) {
        return None;
    }
    if is_marker(text, at, num_end, outline) {
        return None;
    }
    if context::is_ordinal(text, at, num_end)
        || context::is_named(text, at, num_end)
        || context::is_model_name(text, at, num_end)
        || context::is_hotline(text, at, num_end)
        || context::is_document_number(text, at, num_end)
        || context::explains_model(text, at, num_end)
    {
        return None;
    }
    // Magnitude (23.07亿, 10余万) and approximation (1500余, 32亿余) come from the numeral.
    let (mut magnitude_text, mut magnitude_power) =
        n.magnitude.map_or(("", 0), |m| (m.text, m.power));
    let pos = num_end;
    let approx = n.approx;
    // Unit (one space allowed before it: 10544 项).
    let after = &text[pos..];
    let spaced = after
        .strip_prefix(' ')
        .filter(|r| units::match_unit(r).is_some());
    let unit_at = if spaced.is_some() { pos + 1 } else { pos };
    let percent_prefix = matches!(n.per, Some(Per::Cent | Per::Mille));
    let unit_match = if percent_prefix {
        None
    } else {
        units::match_unit(&text[unit_at..])
    };
    let (unit_text, mut kind, unit_end) = match (n.per, unit_match) {
        (Some(Per::Cent), _) => ("%".to_string(), MetricKind::Percent, pos),
        (Some(Per::Mille), _) => ("‰".to_string(), MetricKind::Percent, pos),
        (None, Some(u)) => (
            text[unit_at..unit_at + u.len].to_string(),
            u.kind,
            unit_at + u.len,
        ),
        // The lower end of a range takes the unit of the upper end (每场5—10人: 5 人).
        (None, None) if range_upper(text, pos).is_some() => {
            let (m, u, k) = range_upper(text, pos).unwrap_or_default();
            // 1-5万元 is 1万 to 5万: a bare lower end takes the upper end's magnitude.
            if magnitude_power == 0 {
                if let Some(mag) = m {
                    magnitude_text = mag.text;
                    magnitude_power = mag.power;
                }
            }
            (u, k.unwrap_or(MetricKind::Count), pos)
        }
        (None, None) => (String::new(), MetricKind::Count, pos),
    };
    // A range 5—10人 is read as two bounds: 5 人 (at least) and 10 人 (at most).
    let range_lower = n.per.is_none() && unit_match.is_none() && !unit_text.is_empty();
    let range_high = !range_lower && is_range_upper(text, at);
    // 32亿余条: 余 between magnitude and unit.
    let mut end = unit_end;
    if n.chinese && !unit_text.is_empty() {
        // A magnitude makes it a quantity whatever the unit (超两亿元); otherwise only
        // counting classifiers do (五次, 两镇), and a bare 一 is an idiom (一站式, 一府两院).
        // Per cent (百分之九十五), money (一万零十二元) and tenths (六成) are quantities too.
        let counted = magnitude_power > 0
            || percent_prefix
            || units::is_chinese_count_unit(&unit_text)
            || matches!(
                kind,
                MetricKind::Money | MetricKind::Percent | MetricKind::Duration
            );
        if !counted || n.value.to_i64() == Some(1) && magnitude_power == 0 {
            return None;
        }
        if context::is_enumeration(&text[unit_end..]) || context::in_quotes(text, at, unit_end) {
            return None;
        }
        if n.value.to_i64() == Some(2) && text[..at].ends_with(['、', '和']) {
            return None;
        }
    }
    if n.chinese && unit_text.is_empty() && !percent_prefix {
        return None;
    }
    if !unit_text.is_empty() && context::is_slogan(text, at, unit_end, &unit_text) {
        return None;
    }
    let unit_missing = unit_text.is_empty() && !percent_prefix && magnitude_power == 0;
    if unit_missing && !in_cell && !dropped_unit(text, at, pos, n) {
        return None;
    }
    if unit_missing && context::is_slogan(text, at, pos, "") {
        return None;
    }
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
        const TARGETS: &[(&str, &str)] = &[
            ("的目标", "目标"),
            ("的标准", "标准"),
            ("的要求", "要求"),
            ("的平均", "平均水平"),
            ("的水平", "水平"),
        ];
        target_of = TARGETS
            .iter()
            .find(|(w, _)| text[end..].starts_with(w))
            .map(|&(_, noun)| noun);
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
    if range_lower {
        prefix_q = Some(Qualifier::AtLeast);
        prefix_word = Some("起");
    } else if range_high && prefix_q.is_none() && suffix_q.is_none() {
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
    // Change: 同比下降4.8%, 提升80%以上, 压减50%.
    let mut direction = None;
    if matches!(unit_text.as_str(), "%" | "个百分点" | "百分点" | "倍") {
        if let Some(d) = change_direction(&text[..start]) {
            kind = MetricKind::Change;
            direction = Some(d);
        } else if unit_text != "%" {
            kind = MetricKind::Other;
        }
    }
    // A count's or an amount's noun may follow it (4个实地督察组, 31.89万元刻章成本).
    // (A place word as unit names the thing itself: 两镇 counts 镇.)
    let classifier = matches!(kind, MetricKind::Count | MetricKind::Money)
        && !unit_text.is_empty()
        && !is_place_unit(&unit_text)
        && !range_lower;
    let unit = if unit_text.is_empty() && magnitude_power == 0 {
        None
    } else {
        Some(format!("{magnitude_text}{unit_text}"))
    };
    if unit.as_deref().is_some_and(|u| u.contains('元')) {
        kind = MetricKind::Money;
    }
    Some(Found {
        start,
        end,
        num_start: at,
        value: n.value,
        unit,
        magnitude_power,
        magnitude_text,
        qualifier,
        qualifier_text,
        kind,
        direction,
        unit_missing,
        target_of,
        cell_label: None,
        classifier,
    })
}

/// Units that are themselves the things counted (两镇, 12村).
pub(super) fn is_place_unit(unit: &str) -> bool {
    matches!(unit, "镇" | "村" | "乡" | "县" | "区" | "街道")
}

/// Range dashes between two numbers: 5—10人, 5-10人, 5~10人, 5至10人.
fn range_dash(s: &str) -> usize {
    ["——", "—", "–", "-", "~", "～", "至", "到"]
        .iter()
        .find(|d| s.starts_with(**d))
        .map_or(0, |d| d.len())
}

/// The unit (magnitude included) and kind of the upper end of a range starting at `pos`
/// (just after the lower number).
fn range_upper(
    text: &str,
    pos: usize,
) -> Option<(Option<numeral::Magnitude>, String, Option<MetricKind>)> {
    let dash = range_dash(&text[pos..]);
    if dash == 0 {
        return None;
    }
    let upper = numeral::read(text, pos + dash).filter(|m| m.per.is_none())?;
    let u = units::match_unit(&text[upper.end..])?;
    Some((
        upper.magnitude,
        text[upper.end..upper.end + u.len].to_string(),
        Some(u.kind),
    ))
}

/// True when the number at `at` is the upper end of a range (the 10 of 5—10人).
fn is_range_upper(text: &str, at: usize) -> bool {
    let head = crate::text::window(text, at.saturating_sub(8), at);
    head.char_indices().any(|(i, _)| {
        let rest = &head[i..];
        let dash = range_dash(rest);
        dash > 0
            && dash == rest.len()
            && head[..i].ends_with(|c: char| c.is_ascii_digit() || matches!(c, '万' | '亿' | '千'))
    })
}

/// Heading markers (1. / (1) / 一、) are not numbers of the report.
fn is_marker(text: &str, at: usize, end: usize, outline: &Outline) -> bool {
    let k = outline.ranges.partition_point(|&(s, _)| s <= at);
    let in_heading = k > 0 && {
        let (s, e) = outline.ranges[k - 1];
        at < e && text[s..at].chars().count() <= 4
    };
    if in_heading {
        let after = &text[end..];
        return after.starts_with(['、', '.', ')', '）']) || text[..at].ends_with(['(', '（']);
    }
    // What stands between the line start and the number, if it is short (a marker's "(").
    let lead = crate::text::line_prefix(text, at, 8).map(str::trim);
    let lead = lead.unwrap_or("-");
    let after = &text[end..];
    let marker_sep = after.strip_prefix(['、', '.']);
    (lead.is_empty() && marker_sep.is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_digit())))
        || (matches!(lead, "(" | "（") && after.starts_with([')', '）']))
        || after.starts_with('是') && text[at..end].chars().all(crate::text::is_chinese_digit)
}

/// A plain number with no unit is still a metric when a unit was evidently dropped
/// (提出修改建议65审查…, 案例10;, 每月200“以奖代补”): Arabic, after words, before a clause end
/// or more words.
fn dropped_unit(text: &str, at: usize, end: usize, n: &Numeral) -> bool {
    if n.chinese || n.per.is_some() {
        return false;
    }
    let before = text[..at].chars().next_back();
    let after = text[end..].chars().next();
    let word_before = before.is_some_and(|c| crate::text::is_cjk(c) || c == '”');
    let fits_after = match after {
        None => true,
        Some(c) => label::is_boundary(c) || crate::text::is_cjk(c) || c == '“',
    };
    // Quoted numbers without a unit are names (“321”工作法).
    let quoted = text[..at].ends_with(['“', '"']) || text[end..].starts_with(['”', '"']);
    word_before && fits_after && !quoted && !matches!(after, Some('.'))
}

/// Up or down, from the words right before a percentage. A percentage a figure was raised or
/// cut *to* (权重提升至15%, 降至3%) is the new level, not a change.
fn change_direction(before: &str) -> Option<Direction> {
    let b = before.trim_end_matches([' ', '了']);
    if b.ends_with(['至', '到']) {
        return None;
    }
    let b = b.trim_end_matches(['达', ' ']);
    const UP: &[&str] = &[
        "增长", "上升", "提升", "提高", "增加", "增幅", "上涨", "攀升", "递增",
    ];
    const DOWN: &[&str] = &[
        "下降", "减少", "降低", "压减", "压缩", "缩短", "降幅", "减幅", "减低", "下滑", "回落",
        "精简", "缩减", "节约",
    ];
    if UP.iter().any(|w| b.ends_with(w)) {
        Some(Direction::Up)
    } else if DOWN.iter().any(|w| b.ends_with(w)) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// A magnitude word standing for "one" of it after a bound: 突破万次, 超万人, 近亿元.
pub(super) fn bare_magnitude(text: &str, at: usize) -> Option<Found> {
    let s = &text[at..];
    let (word, power) = [("万亿", 12u32), ("万", 4), ("亿", 8), ("千", 3), ("百", 2)]
        .into_iter()
        .find(|(w, _)| s.starts_with(w))?;
    let (q, start, qword) = qualifier::prefix(text, at)?;
    if !matches!(
        q,
        Qualifier::Over | Qualifier::Beyond | Qualifier::Nearly | Qualifier::AtLeast
    ) {
        return None;
    }
    let rest = &s[word.len()..];
    let u = units::match_unit(rest)?;
    let unit_text = &rest[..u.len];
    let end = at + word.len() + u.len;
    let kind = if unit_text.contains('元') {
        MetricKind::Money
    } else {
        u.kind
    };
    Some(Found {
        start,
        end,
        num_start: at,
        value: Decimal::from_int(1),
        unit: Some(format!("{word}{unit_text}")),
        magnitude_power: power,
        magnitude_text: word,
        qualifier: Some(q),
        qualifier_text: Some(qword.to_string()),
        kind,
        direction: None,
        unit_missing: false,
        target_of: None,
        cell_label: None,
        classifier: matches!(kind, MetricKind::Count | MetricKind::Money),
    })
}

/// Statements of zero: 无一件 (0 件), “零发生” (0).
pub(super) fn zero_statement(text: &str, at: usize) -> Option<Found> {
    let s = &text[at..];
    if let Some(rest) = s.strip_prefix("无一") {
        let u = units::match_unit(rest).filter(|u| units::is_chinese_count_unit(&rest[..u.len]))?;
        let end = at + "无一".len() + u.len;
        return Some(zero(at, end, Some(rest[..u.len].to_string())));
    }
    if let Some(rest) = s.strip_prefix('零') {
        let event = [
            "发生", "投诉", "事故", "差错", "失误", "违规", "上访", "伤亡", "反弹", "事件", "案件",
            "死亡",
        ];
        if event.iter().any(|w| rest.starts_with(w))
            && !text[..at].ends_with([
                '〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
            ])
        {
            let w = event
                .iter()
                .find(|w| rest.starts_with(**w))
                .map_or(0, |w| w.len());
            return Some(zero(at, at + '零'.len_utf8() + w, None));
        }
    }
    None
}

fn zero(start: usize, end: usize, unit: Option<String>) -> Found {
    Found {
        start,
        end,
        num_start: start,
        value: Decimal::ZERO,
        unit,
        magnitude_power: 0,
        magnitude_text: "",
        qualifier: None,
        qualifier_text: None,
        kind: MetricKind::Count,
        direction: None,
        unit_missing: false,
        target_of: None,
        cell_label: None,
        classifier: true,
    }
}
