//! A metric's kind beyond what its unit says: a percentage after 增长/下降 is a change, with its
//! direction; an amount in 元 is money.

use crate::model::Direction;

/// Up or down, from the words right before a percentage. A percentage a figure was raised or
/// cut *to* (权重提升至15%, 降至3%) is the new level, not a change.
pub(super) fn change_direction(before: &str) -> Option<Direction> {
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

/// The kind and direction of a figure whose metric starts at `start`, from its unit and the
/// words before it: 同比下降4.8%, 提升80%以上 and 压减50% are changes; points and 倍 that are
/// no change are `Other`; anything in 元 is money.
pub(super) fn of(
    text: &str,
    start: usize,
    u: &super::unit::Unit,
) -> (crate::model::MetricKind, Option<Direction>) {
    use crate::model::MetricKind;
    let mut kind = u.kind;
    let mut direction = None;
    if matches!(u.text.as_str(), "%" | "个百分点" | "百分点" | "倍") {
        if let Some(d) = change_direction(&text[..start]) {
            kind = MetricKind::Change;
            direction = Some(d);
        } else if u.text != "%" {
            kind = MetricKind::Other;
        }
    }
    if u.text.contains('元') {
        kind = MetricKind::Money;
    }
    (kind, direction)
}
