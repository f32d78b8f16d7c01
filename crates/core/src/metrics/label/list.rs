//! 、-lists of counts: the items after the first share its verb or its object.
//!
//! 承办人大代表议案2件、建议51件: 建议 is 承办建议; 受理行政复议案件463件、办结403件: 办结 is
//! 办结（行政复议案件）. In a run such as 覆盖12个乡镇、20家企业, an item with no words of its own
//! takes those of the item before.

use super::clause::{is_boundary, parts, Parts};
use crate::metrics::judge::Found;
use crate::metrics::Extracted;

/// Verbs a 、-list of counts shares with its first item (承办人大代表议案2件、建议51件).
const LIST_VERBS: &[&str] = &[
    "承办", "办理", "受理", "审结", "办结", "审查", "审核", "收到", "发放", "处理", "化解", "调解",
    "培训", "制定", "出台", "清理", "备案", "查处", "检查", "开展", "组织", "举办",
];

/// What the next item of a 、-list of counts takes from the first item's words.
pub(super) enum Shared {
    /// The verb, for a bare noun: 承办人大代表议案2件、建议51件 → 承办建议.
    Verb((usize, usize)),
    /// The object, for a bare verb: 受理行政复议案件463件、办结403件 → 办结（行政复议案件）.
    Object((usize, usize)),
}

pub(super) fn shared_verb(
    text: &str,
    out: &Extracted,
    parts: &Parts,
    prev_end: usize,
) -> Option<Shared> {
    let [(a, b)] = parts.pre[..] else {
        return None;
    };
    let listed =
        prev_end > 0 && a == prev_end + '、'.len_utf8() && text[prev_end..].starts_with('、');
    let word = &text[a..b];
    if !listed || parts.post.is_some() || word.chars().count() > 4 {
        return None;
    }
    let prev = out.label_parts.last()?;
    let (&(pa, pb), [..]) = prev.pre.split_first()?;
    // The verb within the first words (全市受理行政复议案件: after the subject 全市).
    let words = &text[pa..pb];
    let (at, verb) = LIST_VERBS
        .iter()
        .filter_map(|v| words.find(v).map(|i| (i, *v)))
        .filter(|&(i, _)| words[..i].chars().count() <= 4)
        .min_by_key(|&(i, _)| i)?;
    let verb_range = (pa + at, pa + at + verb.len());
    let object = (verb_range.1, pb);
    if LIST_VERBS.contains(&word) {
        (prev.pre.len() == 1 && text[object.0..object.1].chars().count() >= 2)
            .then_some(Shared::Object(object))
    } else if LIST_VERBS.iter().any(|v| word.starts_with(v)) {
        None
    } else {
        Some(Shared::Verb(verb_range))
    }
}

/// The previous count's noun is that count's label, not this one's (30个部门涉及10个类别: 10
/// counts 类别, and 涉及 them, not 部门) — unless nothing else would be left to say what this
/// number is (其中426人享受每月200“以奖代补”). The narrower parts and where they start.
pub(super) fn after_previous_noun(
    text: &str,
    out: &Extracted,
    clause: usize,
    f: &Found,
) -> Option<(Parts, usize)> {
    let (_, post_end) = out.label_parts.last().and_then(|p| p.post)?;
    if !(clause < post_end && post_end <= f.start) {
        return None;
    }
    let narrower = parts(text, post_end, f.start, f.end, f.classifier);
    (!narrower.pre.is_empty() || narrower.post.is_some()).then_some((narrower, post_end))
}

/// In a run such as 覆盖12个乡镇、20家企业 or 安置群众4户23人, a number with no words of its
/// own before it shares those of the previous metric; figures in one clause share its topic
/// (非涉农街道，8个类别90项职责).
pub(super) fn share_with_previous(
    text: &str,
    out: &Extracted,
    parts: &mut Parts,
    clause: usize,
    floor: usize,
    prev_end: usize,
    start: usize,
) {
    let joined_to_previous = clause == floor && floor == prev_end && prev_end > 0;
    if parts.pre.is_empty() && joined_to_previous {
        if let Some(prev) = out.label_parts.last() {
            parts.pre = prev.pre.clone();
            if parts.post.is_none() {
                parts.post = prev.post;
            }
        }
    }
    let same_clause = !text[prev_end.min(start)..start].contains(is_boundary);
    if parts.topic.is_none() && same_clause && prev_end > 0 {
        parts.topic = out.label_parts.last().and_then(|p| p.topic);
    }
}
