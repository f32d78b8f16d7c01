//! Stage 4, metrics: every quantity with value, unit, qualifier, kind, label and section.
//!
//! One pass over the cleaned text. At each place a number can start, dates are tried first
//! (they go to `dates`), then the numeral is read and judged by its context ([`context`]): a
//! number that is an ordinal, a name, a hotline or a slogan is skipped; everything else that
//! carries a unit (or stands where a unit was plainly dropped) becomes a [`Metric`].

pub mod context;
pub mod dates;
pub mod label;
pub mod qualifier;
pub mod table;
#[cfg(test)]
mod tests;
pub mod units;

use crate::clean::Cleaned;
use crate::decimal::Decimal;
use crate::model::{
    Base, DateMention, Direction, Finding, FindingKind, Metric, MetricKind, Qualifier,
};
use crate::numeral::{self, Approx, Numeral, Per};
use crate::outline::Outline;

#[derive(Clone, Debug, Default)]
pub struct Extracted {
    pub metrics: Vec<Metric>,
    pub dates: Vec<DateMention>,
    pub findings: Vec<Finding>,
    /// Cleaned-text range of each metric's number (parallel to `metrics`), for the checks.
    pub positions: Vec<(usize, usize)>,
    /// Cleaned-text ranges of each metric's label (parallel to `metrics`).
    pub label_parts: Vec<label::Parts>,
    /// Each label before sentence context was added (parallel to `metrics`).
    pub base_labels: Vec<String>,
}

/// Chinese characters that can start a numeral (the numeral module decides).
fn may_start(c: char) -> bool {
    matches!(
        c,
        '0'..='9'
            | '〇'
            | '零'
            | '一'
            | '二'
            | '两'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '数'
            | '几'
            | '上'
            | '无'
    )
}

pub fn extract(cleaned: &Cleaned<'_>, outline: &Outline, body_from: usize) -> Extracted {
    let text = cleaned.text.as_str();
    let mut out = Extracted::default();
    // End of the previous metric, so a label never reaches back across it.
    let mut prev_metric_end = 0usize;
    let mut i = body_from.min(text.len());
    let bytes = text.as_bytes();
    while i < text.len() {
        // Fast skip: most characters are CJK that cannot start a number; decide from the
        // bytes without building a char.
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_digit() {
                i += 1;
                continue;
            }
        } else if (0xE0..0xF0).contains(&b) && i + 2 < bytes.len() {
            let code = (u32::from(b & 0x0F) << 12)
                | (u32::from(bytes[i + 1] & 0x3F) << 6)
                | u32::from(bytes[i + 2] & 0x3F);
            if !char::from_u32(code).is_some_and(may_start) {
                i += 3;
                continue;
            }
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if !may_start(c) || continues_previous(text, i) {
            i += c.len_utf8();
            continue;
        }
        if c.is_ascii_digit() {
            if let Some(d) = dates::read(text, i) {
                let span = cleaned.span(i, d.end);
                out.dates.push(DateMention {
                    text: span.slice(cleaned.original).to_string(),
                    value: d.value,
                    span,
                    repaired: cleaned.is_repaired(span),
                });
                i = d.end;
                continue;
            }
        }
        if let Some(found) = bare_magnitude(text, i) {
            let end = found.end;
            push_metric(cleaned, outline, &mut out, &mut prev_metric_end, found);
            i = end;
            continue;
        }
        if let Some(zero) = zero_statement(text, i) {
            push_metric(cleaned, outline, &mut out, &mut prev_metric_end, zero);
            i = out
                .positions
                .last()
                .map_or(i + c.len_utf8(), |p| p.1.max(i + c.len_utf8()));
            continue;
        }
        let Some(n) = numeral::read(text, i).filter(|n| n.end > i) else {
            i = skip_numeral_run(text, i);
            continue;
        };
        match judge(text, i, &n, outline) {
            Some(found) => {
                let end = found.end;
                push_metric(cleaned, outline, &mut out, &mut prev_metric_end, found);
                i = end.max(n.end);
            }
            None => i = n.end,
        }
    }
    out
}

/// A digit or Chinese numeral glued to the one before it was already read with it.
fn continues_previous(text: &str, i: usize) -> bool {
    let prev = text[..i].chars().next_back();
    let c = text[i..].chars().next();
    match (prev, c) {
        (Some(p), Some(c)) if c.is_ascii_digit() => p.is_ascii_digit() || p == '.',
        (Some(p), Some(c)) => crate::text::is_chinese_digit(p) && crate::text::is_chinese_digit(c),
        _ => false,
    }
}

fn skip_numeral_run(text: &str, i: usize) -> usize {
    let mut j = i;
    for c in text[i..].chars() {
        if c.is_ascii_digit() || crate::text::is_chinese_digit(c) {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j.max(i + text[i..].chars().next().map_or(1, char::len_utf8))
}

/// A metric found in the text, in cleaned-text coordinates.
struct Found {
    /// Qualifier + number + unit.
    start: usize,
    end: usize,
    num_start: usize,
    value: Decimal,
    unit: Option<String>,
    magnitude_power: u32,
    magnitude_text: &'static str,
    qualifier: Option<Qualifier>,
    qualifier_text: Option<String>,
    kind: MetricKind,
    direction: Option<Direction>,
    /// The number stands where a unit was dropped.
    unit_missing: bool,
    /// `超过93%的目标`: the noun (目标) when this number is a target compared against.
    target_of: Option<&'static str>,
    classifier: bool,
}

/// Decides whether the numeral at `at` is a metric and reads its unit and qualifier.
fn judge(text: &str, at: usize, n: &Numeral, outline: &Outline) -> Option<Found> {
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
    if unit_missing && !dropped_unit(text, at, pos, n) {
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
        classifier,
    })
}

/// Units that are themselves the things counted (两镇, 12村).
fn is_place_unit(unit: &str) -> bool {
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

/// Up or down, from the words right before a percentage.
fn change_direction(before: &str) -> Option<Direction> {
    let b = before.trim_end_matches(['了', '至', '到', '达', ' ']);
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
fn bare_magnitude(text: &str, at: usize) -> Option<Found> {
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
        classifier: matches!(kind, MetricKind::Count | MetricKind::Money),
    })
}

/// Statements of zero: 无一件 (0 件), “零发生” (0).
fn zero_statement(text: &str, at: usize) -> Option<Found> {
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
        classifier: true,
    }
}

fn push_metric(
    cleaned: &Cleaned<'_>,
    outline: &Outline,
    out: &mut Extracted,
    prev_end: &mut usize,
    f: Found,
) {
    let text = cleaned.text.as_str();
    let floor = (*prev_end).max(line_start(text, f.start)).min(f.start);
    let mut clause = label::clause_start(text, f.start, floor);
    // The previous count's noun is that count's label, not this one's
    // (30个部门涉及10个类别: 10 counts 类别, and 涉及 them, not 部门).
    if let Some((_, post_end)) = out.label_parts.last().and_then(|p| p.post) {
        if clause < post_end && post_end <= f.start {
            clause = post_end;
        }
    }
    let mut parts = label::parts(text, clause, f.start, f.end, f.classifier);
    // In a run such as 覆盖12个乡镇、20家企业 or 安置群众4户23人, a number with no words of its
    // own before it shares those of the previous metric.
    let joined_to_previous = clause == floor && floor == *prev_end && *prev_end > 0;
    if parts.pre.is_empty() && joined_to_previous {
        if let Some(prev) = out.label_parts.last() {
            parts.pre = prev.pre.clone();
            if parts.post.is_none() {
                parts.post = prev.post;
            }
        }
    }
    // Figures in one clause share its topic (非涉农街道，8个类别90项职责).
    let same_clause = !text[(*prev_end).min(f.start)..f.start].contains(label::is_boundary);
    if parts.topic.is_none() && same_clause && *prev_end > 0 {
        parts.topic = out.label_parts.last().and_then(|p| p.topic);
    }
    // In a flattened table the column header says what the number is.
    let mut label = match table::cell_label(text, f.num_start) {
        Some(header) => header,
        None => label_text(cleaned, &parts),
    };
    if let Some(place) = f.unit.as_deref().filter(|u| is_place_unit(u)) {
        label.push_str(place);
    }
    out.base_labels.push(label.clone());
    if let Some(noun) = f.target_of {
        // 全程电子化率99%，超过93%的目标: the 93% is the 全程电子化率's target.
        let subject = out
            .metrics
            .last()
            .map_or(String::new(), |m| m.label.clone());
        label = format!("{subject}{noun}");
    } else if let Some(context) = sentence_context(text, out, f.start) {
        if label.is_empty() {
            label = context;
        } else if label.chars().filter(|c| crate::text::is_cjk(*c)).count() <= SHORT_LABEL_CHARS
            || needs_subject(&label)
        {
            label = format!("{label}（{context}）");
        }
    }
    let span = cleaned.span(f.start, f.end);
    if f.unit_missing {
        out.findings.push(Finding {
            kind: FindingKind::UnitMissing,
            message: format!(
                "No unit after the number in \"{}\"; it was probably dropped",
                span.slice(cleaned.original)
            ),
            message_zh: format!(
                "“{}”中数字后缺少单位，可能被遗漏",
                span.slice(cleaned.original)
            ),
            span: Some(span),
        });
    }
    let base_unit = f
        .unit
        .as_deref()
        .map(|u| u.strip_prefix(f.magnitude_text).unwrap_or(u).to_string())
        .filter(|u| !u.is_empty());
    out.metrics.push(Metric {
        value: f.value,
        unit: f.unit,
        qualifier: f.qualifier,
        qualifier_text: f.qualifier_text,
        kind: f.kind,
        direction: f.direction,
        label,
        section: outline.section_at(f.num_start),
        span,
        text: span.slice(cleaned.original).to_string(),
        base: Some(Base {
            value: f.value.shift(f.magnitude_power),
            unit: base_unit,
        }),
        indicator: None,
    });
    out.positions.push((f.num_start, f.end));
    let post = parts.post;
    out.label_parts.push(parts);
    // The next number's words start after this one's noun only when a list goes on
    // (覆盖12个乡镇、20家企业); otherwise the words after this count may be the next label.
    *prev_end = match post {
        Some((_, e)) if text[e..].starts_with(['、', '和', '与', '及']) => e,
        _ => f.end,
    };
}

/// The label as the user wrote it, brackets balanced.
fn label_text(cleaned: &Cleaned<'_>, parts: &label::Parts) -> String {
    let mut s: String = parts
        .pre
        .iter()
        .chain(&parts.post)
        .map(|&(a, b)| cleaned.source(a, b).trim())
        .collect();
    if let Some((a, b)) = parts.topic {
        s = format!(
            "{}（{}）",
            balance_brackets(&s),
            cleaned.source(a, b).trim()
        );
    }
    balance_brackets(&s)
}

/// Drops an opening bracket that is never closed or a closing one that was never opened
/// (a label cut out of `（警情推送103件、群众来访42件）`).
fn balance_brackets(s: &str) -> String {
    if !s.contains(['(', ')', '（', '）', '《', '》', '“', '”']) {
        return s.trim().to_string();
    }
    let pairs = [('(', ')'), ('（', '）'), ('《', '》'), ('“', '”')];
    let mut out: String = s.to_string();
    // (覆盖14个抽查领域): a label that is one bracketed aside loses the brackets.
    for (open, close) in [('(', ')'), ('（', '）')] {
        if out.starts_with(open) && out.ends_with(close) && out.matches(open).count() == 1 {
            out = out[open.len_utf8()..out.len() - close.len_utf8()].to_string();
        }
    }
    for (open, close) in pairs {
        let opens = out.matches(open).count();
        let closes = out.matches(close).count();
        if opens > closes {
            if out.starts_with(open) {
                out = out[open.len_utf8()..].to_string();
            } else if let Some(p) = out.rfind(open) {
                // 矛盾纠纷类(警情推送: the bracket opens a breakdown that belongs elsewhere.
                out.truncate(p);
            }
        } else if closes > opens {
            if out.ends_with(close) {
                out.truncate(out.len() - close.len_utf8());
            } else if let Some(p) = out.find(close) {
                out = out[p + close.len_utf8()..].to_string();
            }
        }
    }
    out.trim().to_string()
}

/// The label of the first metric of the sentence holding `pos`, when the number at `pos` is a
/// further figure about the same thing (受理行政复议案件463件，办结403件 → 办结 is about the
/// 行政复议案件). Not inside a 其中 breakdown, whose parts are named on their own.
fn sentence_context(text: &str, out: &Extracted, pos: usize) -> Option<String> {
    let floor = pos - crate::text::window(text, pos.saturating_sub(MAX_LOOKBACK), pos).len();
    let sentence = text[floor..pos]
        .rfind(['。', '；', ';', '\n'])
        .map_or(floor, |p| {
            floor + p + text[floor + p..].chars().next().map_or(1, char::len_utf8)
        });
    // The nearest earlier metric of the sentence that names what it counts.
    let first = (0..out.positions.len())
        .rev()
        .take_while(|&k| out.positions[k].0 >= sentence)
        .find(|&k| {
            matches!(out.metrics[k].kind, MetricKind::Count | MetricKind::Money)
                && out.base_labels[k].chars().count() > SHORT_LABEL_CHARS
                && !needs_subject(&out.base_labels[k])
        })?;
    let between = &text[sentence..pos];
    // Parts of a breakdown (其中…, or a list 严管32人、普管46人) are named on their own.
    let last_end = out.positions.last().map_or(pos, |p| p.1);
    let listed = text[last_end..pos].contains('、');
    if between.contains("其中") || listed {
        return None;
    }
    let label = &out.base_labels[first];
    if label.contains('（') {
        return None;
    }
    let n = label.chars().count();
    (n > SHORT_LABEL_CHARS && n <= MAX_CONTEXT_CHARS).then(|| label.clone())
}

/// Labels that name a change or an average without saying of what (同比下降, 平均每乡镇): they
/// take the subject from the figure they follow.
fn needs_subject(label: &str) -> bool {
    let bare = label
        .trim_start_matches("同比")
        .trim_start_matches("较上年")
        .trim_start_matches("比上年");
    label.starts_with("平均")
        || label.starts_with('每')
        || [
            "下降", "上升", "增长", "减少", "提升", "提高", "降低", "增加",
        ]
        .contains(&bare)
}

/// Labels this short get the sentence's first metric as context.
const SHORT_LABEL_CHARS: usize = 3;
const MAX_CONTEXT_CHARS: usize = 24;

/// Start of the line holding `pos`; a label never reaches further back than this.
fn line_start(text: &str, pos: usize) -> usize {
    crate::text::line_start_within(text, pos, MAX_LOOKBACK)
}

/// How far back (bytes) label and sentence scans look: a few hundred characters, far more than
/// a clause, so huge single-line inputs stay linear.
const MAX_LOOKBACK: usize = 600;
