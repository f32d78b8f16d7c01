//! Metrics written without a numeral: a bare magnitude after a bound (突破万次 = 1 万次) and
//! statements of zero (无一件 = 0 件, “零发生” = 0).

use super::Found;
use crate::decimal::Decimal;
use crate::lexicon::units;
use crate::metrics::qualifier;
use crate::model::{MetricKind, Qualifier};

/// A magnitude word standing for "one" of it after a bound: 突破万次, 超万人, 近亿元.
pub(in crate::metrics) fn bare_magnitude(text: &str, at: usize) -> Option<Found> {
    let s = &text[at..];
    let (word, power) = [("万亿", 12u32), ("万", 4), ("亿", 8), ("千", 3), ("百", 2)]
        .into_iter()
        .find(|(w, _)| crate::text::starts_with_str(s, w))?;
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
        row_read: false,
        classifier: matches!(kind, MetricKind::Count | MetricKind::Money),
    })
}

/// Statements of zero: 无一件 (0 件), “零发生” (0).
pub(in crate::metrics) fn zero_statement(text: &str, at: usize) -> Option<Found> {
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
        row_read: false,
        classifier: true,
    }
}
